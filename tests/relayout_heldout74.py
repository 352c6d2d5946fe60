"""Held-out re-layout families, seventy-fourth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (09:02-09:06 UTC by `date`) by helper session gather74 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: RECOMBINATIONS OF KNOWN FEATURES. No family adds a feature of its own; each puts together
layout choices that earlier families and real rosters already have, in a combination no one family has:

- html_th_capital_surnames_address_second_citizenship_exceptions_column: an HTML table with <th> captions
  (relayout_heldout39.html_th_long_caption_exception_address_roman, relayout_heldout71.html_th_name_citizenship_
  stack_occupation_address_cell), names with ONLY THE SURNAME IN CAPITALS (relayout_heldout37.given_names_capital_
  surname; Lor Finance's Paris-drafted roster), the business address the SECOND column (relayout.shuffled_columns,
  relayout_heldout56.html_numbered_cell_caps_name_address_second_citizenship_last), the titles one a line
  (relayout_heldout18.html_th_stacked_titles), and the citizenship a preamble default (relayout.name_title_list)
  with the exceptions in a last column 'Citizenship (if other than <default>)' (the exceptions-only idea of
  relayout_heldout62.html_citizenship_exception_under_name_preamble_default, there under the name).
- edgar_director_officer_sections_paren_citizenship_one_string_address: an EDGAR <TABLE> with '=' rules around a
  capitals caption (relayout_heldout71.edgar_number_column_address_second_citizenship_last), section rows
  'DIRECTORS' / 'EXECUTIVE OFFICERS' inside the table (relayout_heldout32.sections_name_address_occupation after
  MetLife's Exhibit 1, MSDW's 2001/2004 sections), the citizenship in parentheses under the name (relayout_
  heldout30.paren_citizenship_under_name_address_notes; Smith Barney's stacked citizenship), the '<Title>, <Org>'
  items then the outside occupations in one column (relayout_heldout30, relayout_heldout72.residence_and_
  business_address_table) and the business address ONE comma-joined string wrapped wherever the column ends
  (relayout.headerless_four_column after AIG's 2007 Exhibit A; relayout_heldout28.name_address_one_string).
- saved_text_cells_address_before_titles_citizenship_postamble: no table tags, an HTML table saved as text, the
  captions one a line and then every cell line on a line of its own, a blank line between persons (relayout.
  html_saved_as_text, relayout_heldout67.cells_one_a_line_blank_between_persons; Novo Holdings' Schedule I as
  text), the cells in the order Name | Business Address (its lines) | Position with <Org> | Principal Occupation
  (each '; '-joined on one line), the address
  BEFORE the titles (relayout_heldout67; relayout_heldout56.roman_item_labels_address_before_occupation_no_table), '-' for
  an empty cell (relayout.html_saved_as_text), and the citizenship in a POSTAMBLE after the roster naming the
  exceptions (relayout_heldout36.dot_leader_name_titles_postamble_defaults; IDT Corporation's 'other than Paul
  Reichmann, who is a citizen of Canada').
- dot_leader_name_paren_citizenship_titles_default_address: no table tags, the name joined to its first title
  by dot leaders, the other titles under it (relayout_heldout36.dot_leader_name_titles_postamble_defaults; Harvard
  College's 'Name' / 'Office/Position' list), the citizenship in parentheses after the name (Citigroup's Exhibit 99.A as
  relayout_heldout32.name_position_paren_citizenship_table renders it: 'Director (Brazil)', there after the title), the
  outside occupations on indented lines under the name (Danaher's history lines; relayout_heldout36's
  parenthesised occupations), and a PREAMBLE default business address with an indented 'Business address: ...'
  line only for the people whose address differs (relayout_heldout32.name_office_section_default_address,
  relayout_heldout39; Harvard College's 'If no business address is given ...').

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in roster order (family 2 prints
the directors' section first); no citizenship where options.citizenship is False (none is printed then).
Where a default is printed (the citizenship in families 1 and 3, the business address in family 4), it is the value
most people of the roster share (relayout.default_citizenship, relayout._default_address), every person it covers
has exactly that value, and everyone else's own value is printed with the person.

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import html
import textwrap

from relayout import Options, Roster, _default_address, _wrap_rows, default_citizenship, expected, printed_name

_PARTICLES = ("de", "du", "des", "van", "von", "der", "den", "da", "di", "del", "della", "la", "le")
_SUFFIXES = ("JR", "SR", "II", "III", "IV")


def _numbered(index: int, text: str, options: Options) -> str:
    return f"{index + 1}. {text}" if options.numbered else text


def _sentence(text: str) -> str:
    return text if text.endswith(".") else text + "."


def _wrap(text: str, width: int, indent: str = "", first: str = "") -> list[str]:
    return textwrap.wrap(text, width, initial_indent=first, subsequent_indent=indent, break_long_words=False,
                         break_on_hyphens=False) or [""]


def _done(lines: list[str]) -> str:
    return "\n".join(line.rstrip(" ") for line in lines).rstrip() + "\n"


def _citizen_of(citizenship: str) -> str:
    return "the United States" if citizenship == "United States" else citizenship


def _listed(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + ", and " + items[-1]


def _people(people: list[dict], org: str, options: Options) -> list[dict]:
    return [expected(p, org, options) for p in people]


# ---- 1. HTML <th>, capital surnames, address second, citizenship exceptions column ---------------------------------
def _capital_surname(name: str, surname_first: bool) -> str:
    """'Laurent Dassault' -> 'Laurent DASSAULT' ('DASSAULT Laurent'); 'Paul Desmarais, Jr.' -> 'Paul DESMARAIS, Jr.'
    ('DESMARAIS Paul, Jr.'); a lower-case particle goes with the surname ('Cedric de BAILLIENCOURT')."""
    words = name.replace(",", "").split()
    suffix = words.pop() if len(words) > 2 and words[-1].rstrip(".").upper() in _SUFFIXES else None
    comma = ", " if suffix and f", {suffix}" in name else " "
    cut = len(words) - 1
    while cut > 1 and words[cut - 1] in _PARTICLES:
        cut -= 1
    given, surname = words[:cut], words[cut:]
    surname = [w if w in _PARTICLES else w.upper() for w in surname]
    printed = surname + given if surname_first else given + surname
    return " ".join(printed) + (f"{comma}{suffix}" if suffix else "")


def html_th_capital_surnames_address_second_citizenship_exceptions_column(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """After relayout_heldout37.given_names_capital_surname (Lor Finance's roster, tests/data/rosters_real/dev/text_
    asterisk_member_nameaddr_lor_finance.txt, drafted in Paris) and relayout_heldout56.html_numbered_cell_caps_name_
    address_second_citizenship_last (the address the second column), with relayout_heldout39's <th> captions and
    relayout.name_title_list's preamble default citizenship. An HTML table: 'No.' (numbered variant, '1.') | Name
    (given names then the surname in capitals, 'Paul DESMARAIS, Jr.'; 'DESMARAIS Paul, Jr.' in the upper_last_first
    variant) | Business Address (lines apart by <br>) | Position with <Org> (titles one a line, '&#8212;' where none)
    | Present Principal Occupation (outside occupations one a line, '&#8212;' where none; width options.width * 3
    pixels) | 'Citizenship (if other than <default>)' (only when a citizenship is printed; the own citizenship where
    it is not the preamble's default, the cell empty otherwise). <th> captions bold in <font> with options.markers,
    with a bottom border style without; border="1" in the ruled variant. A page break (options.page_break_in) after
    the entry's row closes the table, a page-break <p> 'I-2', and a new table with the header row when
    options.repeat_header."""
    org = roster.organization
    default = default_citizenship(roster) if options.citizenship else None
    heads = (["No."] if options.numbered else []) + ["Name", "Business Address", f"Position with {org}",
                                                     "Present Principal Occupation"]
    if default:
        heads.append(f"Citizenship (if other than {default})")

    def head(text: str) -> str:
        if options.markers:
            return f"<th align=\"left\" valign=\"bottom\"><font size=\"2\">{html.escape(text)}</font></th>"
        return f"<th style=\"text-align:left; vertical-align:bottom; border-bottom:1px solid #000\">" \
               f"{html.escape(text)}</th>"

    def cell(lines: list[str], width: str = "") -> str:
        body = "<br>".join(html.escape(line) for line in lines) or "&#8212;"
        return f"<td valign=\"top\"{width}>" + (f"<font size=\"2\">{body}</font>" if options.markers else body) + \
            "</td>"

    header = "<tr>" + "".join(head(h) for h in heads) + "</tr>"
    opening = "<table cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"" + (" border=\"1\">" if options.rules else ">")
    preamble = f"The following table sets forth the name, business address, position with {org} and present " \
        f"principal occupation or employment of each director and executive officer of {org}."
    if default:
        preamble += f" Unless otherwise indicated in the last column, each such person is a citizen of " \
            f"{_citizen_of(default)}."
    parts = ["<html><head><title>Schedule I</title></head><body>", "<p align=\"center\"><b>SCHEDULE I</b></p>",
             f"<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p>",
             f"<p>{html.escape(preamble)}</p>", opening, header]
    for index, person in enumerate(roster.people):
        cells = [cell([f"{index + 1}."])] if options.numbered else []
        cells += [cell([_capital_surname(person["name"], options.upper_last_first)]), cell(person["address"]),
                  cell(person["positions"]), cell(person["other_positions"], f" width=\"{options.width * 3}\"")]
        if default:
            own = person["citizenship"] if person["citizenship"] != default else ""
            cells.append(f"<td valign=\"top\">{html.escape(own or '')}</td>")
        parts.append("<tr>" + "".join(cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\" align=\"center\">I-2</p>", opening] + \
                ([header] if options.repeat_header else [])
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", _people(roster.people, org, options)


# ---- 2. EDGAR table, DIRECTORS / EXECUTIVE OFFICERS sections, citizenship under the name, one-string address ------
def _is_board(person: dict) -> bool:
    return "board of directors" in person["bodies"] or any(t.startswith("Director") for t in person["positions"])


def edgar_director_officer_sections_paren_citizenship_one_string_address(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """After MetLife's Exhibit 1 (tests/data/rosters_real/dev/text_twocol_nameaddr_metlife.txt: 'DIRECTORS' and
    'EXECUTIVE OFFICERS' sections) as relayout_heldout32.sections_name_address_occupation renders it, Smith Barney's
    citizenship under the name (dev/table_stacked_name_title_citizenship_smith_barney.txt; in parentheses as
    relayout_heldout30.paren_citizenship_under_name_address_notes) and AIG's 2007 Exhibit A (dev/text_fixed4col_
    aig.txt: the business address one comma-joined string wrapped wherever the column ends, relayout.headerless_
    four_column). An EDGAR <TABLE>: a <CAPTION> 'NAME AND CITIZENSHIP' (or 'NAME') | 'PRESENT POSITION WITH <ORG>
    AND PRINCIPAL OCCUPATION' | 'BUSINESS ADDRESS' between full rows of '=' (relayout_heldout71), '<S>'/'<C>'
    under it with options.markers; in the table, the section rows 'DIRECTORS' (the board: a board body or a
    'Director' title; all their titles with them) and 'EXECUTIVE OFFICERS' (the others; 'Executive Officers Who
    Are Not Directors'), each underlined; the name ('n.' before it in the numbered variant, numbering on across the
    sections) with '(<citizenship>)' on the line under it when printed; the items '<Title>, <Org>' then the outside
    occupations, each wrapping at options.width + 4 with a two-space hanging indent; the address lines comma-
    joined and wrapped at 30. A dashed rule between entries in the ruled variant, else a blank line. A page break
    (options.page_break_in, counted in printed order) after the entry's first line: '</TABLE>', '<PAGE>' (a form
    feed without markers), '- 2 -', a new <TABLE> with the caption when options.repeat_header."""
    org = roster.organization
    widths = [30, options.width + 6, 32]
    total = sum(widths) - 2
    captions = [["NAME AND CITIZENSHIP"] if options.citizenship else ["NAME"],
                ["PRESENT POSITION WITH", f"{org.upper()} AND PRINCIPAL OCCUPATION"], ["BUSINESS ADDRESS"]]
    caps = [[line for c in cell for line in _wrap(c, w - 2)] for cell, w in zip(captions, widths)]
    depth = max(len(c) for c in caps)
    caption = ["<CAPTION>", "=" * total, *_wrap_rows([[""] * (depth - len(c)) + c for c in caps], widths),
               "=" * total] + (["".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>"], widths)).rstrip()]
                               if options.markers else [])
    board = [p for p in roster.people if _is_board(p)]
    officers = [p for p in roster.people if not _is_board(p)]
    lines = [f"{'SCHEDULE II':^78}".rstrip(), "", f"{'DIRECTORS AND EXECUTIVE OFFICERS OF':^78}".rstrip(),
             f"{org.upper():^78}".rstrip(), ""]
    lines += _wrap(_sentence(
        "Set forth below are the name, present position with " + org + ", present principal occupation or "
        "employment and business address" + (" and, in parentheses, the citizenship" if options.citizenship else "")
        + f" of each director and executive officer of {org}"), 78)
    lines += ["", "<TABLE>", *caption]
    index = 0
    for title, people in (("DIRECTORS", board), ("EXECUTIVE OFFICERS", officers)):
        if not people:
            continue
        lines += ["", title, "-" * len(title), ""]
        for person in people:
            name = _wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2, "  ")
            if options.citizenship:
                name += _wrap(f"({person['citizenship']})", widths[0] - 2, "  ")
            items = [f"{t}, {org}" for t in person["positions"]] + person["other_positions"]
            duties = [piece for item in items for piece in _wrap(item, widths[1] - 2, "  ")] if items else ["--"]
            address = _wrap(", ".join(person["address"]), widths[2] - 2)
            rows = _wrap_rows([name, duties, address], widths)
            if options.page_break_in == index and len(rows) > 1:
                rows[1:1] = ["</TABLE>", "", "<PAGE>" if options.markers else "\f", f"{'- 2 -':^78}".rstrip(), "",
                             "<TABLE>"] + (caption if options.repeat_header else [])
            lines += rows
            lines.append("-" * total if options.rules else "")
            index += 1
    lines.append("</TABLE>")
    return ".txt", _done(lines), _people(roster.people, org, options)


# ---- 3. saved as text: cells one a line, address before titles, citizenship postamble ------------------------------
def saved_text_cells_address_before_titles_citizenship_postamble(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """After the Novo Holdings A/S Schedule I as text (tests/data/rosters_real/dev/html_as_text_cells_multi_entity_
    novo.txt: the captions one a line, then every cell line on a line of its own) as relayout_heldout67.cells_one_
    a_line_blank_between_persons and relayout.html_saved_as_text render it ('-' for an empty cell), with the
    citizenship in a postamble naming the exceptions (relayout_heldout36.dot_leader_name_titles_postamble_defaults;
    IDT Corporation's Exhibit 7, dev/text_fixed4col_position_occupation_idt_corporation.txt). No table tags:
    'ANNEX A', the title, a preamble; the captions 'Name' / 'Business Address' / 'Position with <Org>' / 'Principal
    Occupation or Employment' one a line; each person: the name ('n.' before it in the numbered variant), the
    address lines, the titles '; '-joined on one line ('-' where none; relayout.html_saved_as_text), the outside
    occupations '; '-joined on one line ('-' where none), a line longer than options.width + 20 wrapped with a
    two-space indent; a blank line between persons (a row of '_' in the ruled
    variant). After the roster, when a citizenship is printed: 'Each of the persons named above is a citizen of
    <default>[, except A, who is a citizen of X, and B, who is a citizen of Y].' A page break (options.page_break_in)
    after the entry's name line: '<PAGE>' (a form feed without markers), 'A-2', the captions again when
    options.repeat_header."""
    org = roster.organization
    width = options.width + 20
    captions = ["Name", "Business Address", f"Position with {org}", "Principal Occupation or Employment"]
    lines = [f"{'ANNEX A':^78}".rstrip(), "", f"{'EXECUTIVE OFFICERS AND DIRECTORS OF ' + org.upper():^78}".rstrip(),
             ""]
    lines += _wrap(_sentence(f"The name, business address, position with {org} and present principal occupation "
                             f"or employment of each executive officer and director of {org} are set forth below"),
                   78)
    lines += [""] + captions + [""]
    for index, person in enumerate(roster.people):
        cells = [[_numbered(index, printed_name(person, options), options)], person["address"],
                 ["; ".join(person["positions"]) or "-"], ["; ".join(person["other_positions"]) or "-"]]
        entry = [piece for cell in cells for line in cell for piece in _wrap(line, width, "  ")]
        if options.page_break_in == index and len(entry) > 1:
            entry[1:1] = ["", "<PAGE>" if options.markers else "\f", f"{'A-2':^78}".rstrip(), ""] + \
                (captions + [""] if options.repeat_header else [])
        lines += entry
        lines += ["", "_" * 40, ""] if options.rules else [""]
    if options.citizenship:
        default = default_citizenship(roster)
        others = [f"{p['name']}, who is a citizen of {_citizen_of(p['citizenship'])}" for p in roster.people
                  if p["citizenship"] != default]
        lines += [""] + _wrap(_sentence(f"Each of the persons named above is a citizen of {_citizen_of(default)}" +
                                        (", except " + _listed(others) if others else "")), 78)
    return ".txt", _done(lines), _people(roster.people, org, options)


# ---- 4. dot leaders, citizenship after the name, default business address in the preamble --------------------------
def dot_leader_name_paren_citizenship_titles_default_address(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """After Harvard College's Exhibit A (tests/data/rosters_real/dev/text_name_office_harvard_college.txt: 'Name' /
    'Office/Position', the default business address in the preamble) as relayout_heldout36.dot_leader_name_titles_
    postamble_defaults and relayout_heldout32.name_office_section_default_address render it, Danaher's indented
    history lines (dev/text_dotleader_twocol_history_danaher.txt) and Citigroup's citizenship in parentheses (dev/text_name_
    title_citizenship_citigroup.txt, relayout_heldout32.name_position_paren_citizenship_table: there after the title). No table tags: 'EXHIBIT C', the title, a preamble with the default business
    address ('Unless a different business address is given below, the business address of each person is ...');
    the captions 'Name (Citizenship)' / 'Position(s) with <Org>' underlined by dashes of their own length (the
    right one from column 44); the name ('SURNAME, Given' in the upper_last_first variant, '(n)' before it in the
    numbered variant) with '(<citizenship>)' after it when printed, joined to its first title by dot leaders (a
    name too long for the column is on its own line, the leaders on the next), the other titles one a line under
    the first from column 44; under the name, indented four spaces, each outside occupation (wrapped at
    options.width + 6), then 'Business address: <lines comma-joined>' where the person's address is not the
    default. A person without a title has '--' after the leaders. A blank line between entries (a dashed line in
    the ruled variant). A page break (options.page_break_in) after the entry's first line: '- 2 -', '<PAGE>' (a
    form feed without markers), the captions again when options.repeat_header."""
    org = roster.organization
    default = _default_address(roster)
    left = 44
    captions = [f"{'Name (Citizenship)' if options.citizenship else 'Name':<{left}}Position(s) with {org}",
                f"{'-' * (18 if options.citizenship else 4):<{left}}{'-' * len('Position(s) with ' + org)}"]
    lines = [f"{'EXHIBIT C':^78}".rstrip(), "", f"{'DIRECTORS AND EXECUTIVE OFFICERS OF ' + org.upper():^78}"
             .rstrip(), ""]
    lines += _wrap(f"The names and positions with {org} of its directors and executive officers are set forth "
                   "below" + (", with the citizenship of each in parentheses after the name" if options.citizenship
                              else "") + ". Unless a different business address is given below, the business "
                   f"address of each person is {', '.join(default)}.", 78)
    lines += [""] + captions + [""]
    for index, person in enumerate(roster.people):
        name = printed_name(person, options)
        name = f"({index + 1}) {name}" if options.numbered else name
        if options.citizenship:
            name += f" ({person['citizenship']})"
        titles = person["positions"] or ["--"]
        if len(name) + 4 <= left:
            entry = [f"{name} {'.' * (left - len(name) - 2)} {titles[0]}"]
        else:
            entry = [name, f"    {'.' * (left - 6)} {titles[0]}"]
        entry += [" " * left + title for title in titles[1:]]
        for other in person["other_positions"]:
            entry += _wrap(other, options.width + 10, "      ", "    ")
        if person["address"] != default:
            entry += _wrap("Business address: " + ", ".join(person["address"]), 74, "      ", "    ")
        if options.page_break_in == index and len(entry) > 1:
            entry[1:1] = ["", f"{'- 2 -':^78}".rstrip(), "<PAGE>" if options.markers else "\f", ""] + \
                (captions + [""] if options.repeat_header else [])
        lines += entry
        lines.append("-" * 78 if options.rules else "")
    return ".txt", _done(lines), _people(roster.people, org, options)


FAMILIES = {
    "html_th_capital_surnames_address_second_citizenship_exceptions_column":
        html_th_capital_surnames_address_second_citizenship_exceptions_column,
    "edgar_director_officer_sections_paren_citizenship_one_string_address":
        edgar_director_officer_sections_paren_citizenship_one_string_address,
    "saved_text_cells_address_before_titles_citizenship_postamble":
        saved_text_cells_address_before_titles_citizenship_postamble,
    "dot_leader_name_paren_citizenship_titles_default_address":
        dot_leader_name_paren_citizenship_titles_default_address,
}
