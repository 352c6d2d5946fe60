"""Held-out re-layout families, hundred-and-forty-third set (see tests/relayout.py for render(), Options, expected()).

Written 2026-12-07 (21:17-21:20 UTC by `date`) by helper session gather143 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: RECOMBINATIONS OF KNOWN FEATURES. No family adds a feature of its own; each puts together
layout choices that earlier families and real development rosters already have, in a combination no one earlier
family has (checked against the comment blocks of tests/relayout.py and the docstrings of heldout128, 131, 134, 137
and 140):

- edgar_table_per_section_citizenship_second_address_postamble_exceptions: an EDGAR <TABLE> with '<S>'/'<C>' (real:
  dev/text_fixed4col_aig.txt) printed ONCE PER SECTION, a centred 'DIRECTORS' / 'EXECUTIVE OFFICERS' heading over
  each table (MSDW OIP's sections, dev/text_sections_directors_officers_msdw_oip_2001.txt; one table per section as
  heldout140's pipe family and St. Paul's one table per company, dev/html_as_text_pipes_truncated_cells_st_paul_
  travelers.txt), CITIZENSHIP the second column (heldout125 / heldout128), and NO address column: the business
  address said once AFTER the tables with the exceptions listed by name (National Grid's postamble address,
  dev/text_stacked_name_title_lines_postamble_address_national_grid.txt; heldout125's default address with
  exceptions). heldout137's EDGAR family had section rows inside one table and the address in a column.
- html_roman_key_paragraphs_section_headings_citizenship_postamble: Power Corporation's roman-keyed lines
  '(i)' name, '(ii)' position, '(iii)' occupation, '(iv)' address (dev/labelled_roman_power_corp.txt, there in
  text with a '(iii)' citizenship key) set as HTML <p> paragraphs with <br> lines (heldout119's html_bold_name_
  labelled_br_paragraphs container), under underlined 'Directors' / 'Executive Officers' headings (heldout137's
  HTML headings), the citizenship said ONCE in a postamble with the exceptions named (heldout137's pipe postamble).
- text_columns_name_over_address_position_occupation_column_numbered_sections: fixed columns WITHOUT table tags
  (dev/text_name_title_citizenship_citigroup.txt), the first column the name over its indented address lines
  (dev/text_indented_nameaddr_conagra_foods.txt), ONE middle column of 'Title of <Org>' lines then the outside
  occupation (relayout.two_column; Danaher's occupation column), CITIZENSHIP last (Citigroup), '=' caption
  underlines (heldout125), under Danaher's numbered sections '1. DIRECTORS' / '2. EXECUTIVE OFFICERS'
  (dev/text_dotleader_twocol_history_danaher.txt), '(1)' before the name when numbered (Bollore's numbered
  entries, dev/numbered_entities_bollore.txt).
- labelled_blocks_address_and_citizenship_defaults_preamble_stacked_position_lines: Micron's labelled blocks with
  values at column 37 (dev/labelled_blocks_micron.txt), a 'Position with <Org>:' label whose titles stand one a line
  (National Grid's stacked title lines), BOTH the business address and the citizenship said once in the preamble
  as defaults (Chittenden's preamble address, dev/prose_chittenden_corporation.txt; Micron's 'All directors are
  United States citizens'), a 'Business Address:' / 'Citizenship:' label printed only for the exceptions
  (heldout125's run-in address exceptions; heldout128's citizenship exceptions), no sections. heldout134's labelled
  family had section headings and every label for every person.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in printed order; no
citizenship where options.citizenship is False (none is printed then); a default said once (a preamble or a
postamble) is each covered person's own value: it is said only of the people who have it, the others' own values
are printed with them.

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import dataclasses
import html

from relayout import Options, Roster, _wrap_rows, expected, printed_name
from relayout_heldout99 import _done, _edgar_table, _lines, _numbered, _sentence, _wrap
from relayout_heldout137 import _centred, _citizen, _common, _is_board


def _runs(roster: Roster) -> list[tuple[str, int, list[dict]]]:
    """The people in the roster's order cut into runs of one kind: (kind, first index, people)."""
    out: list[tuple[str, int, list[dict]]] = []
    for index, person in enumerate(roster.people):
        kind = "Directors" if _is_board(person) else "Executive Officers"
        if out and out[-1][0] == kind:
            out[-1][2].append(person)
        else:
            out.append((kind, index, [person]))
    return out


def _shared_address(roster: Roster) -> tuple[str, ...] | None:
    addresses = [tuple(p["address"]) for p in roster.people]
    common = _common(addresses)
    return common if addresses.count(common) > 1 else None


def _break(options: Options, folio: str) -> list[str]:
    return ["", "<PAGE>" if options.markers else "\f", f"{folio:^78}".rstrip(), ""]


# ---- 1. one EDGAR table per section, citizenship second, the address in a postamble ---------------------------
def edgar_table_per_section_citizenship_second_address_postamble_exceptions(roster: Roster, options: Options) -> tuple[
        str, str, list[dict]]:
    """After AIG's Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt: an EDGAR <TABLE> with dash-underlined
    bottom-aligned captions and '<S>'/'<C>'; relayout_heldout99._edgar_table). Choices combined: one table per
    section, a centred 'DIRECTORS' or 'EXECUTIVE OFFICERS' heading over each wherever the kind changes, the people in
    the roster's order (MSDW OIP's dev/text_sections_directors_officers_msdw_oip_2001.txt sections; St. Paul
    Travelers' one table per company, dev/html_as_text_pipes_truncated_cells_st_paul_travelers.txt; relayout_
    heldout140's pipe tables per section); the columns NAME | CITIZENSHIP | POSITION WITH <ORG> (titles one per
    item) | PRESENT PRINCIPAL OCCUPATION ('--' when none), citizenship second as relayout_heldout125 / 128 put it;
    NO address column: after the last table 'The business address of each of the persons named above is <A>,
    except as follows:' and one indented '<Name> -- <address>' line per other person (National Grid's postamble
    address, dev/text_stacked_name_title_lines_postamble_address_national_grid.txt; relayout_heldout125's default
    address with exceptions); when no two share an address, every one is listed. '1.' numbering runs across the
    tables; a page break after the entry's first line ('I-2', the caption again when options.repeat_header)."""
    org = roster.organization
    parts: list[str] = ["<PAGE>" if options.markers else "", f"{'SCHEDULE I':^78}".rstrip(), ""]
    parts += _centred(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}") + [""]
    parts += _wrap(_sentence(f"     The name, {'citizenship, ' if options.citizenship else ''}position with {org} "
                             f"and present principal occupation of each director and executive officer of {org} are "
                             f"set forth below; their business addresses follow the tables"), 78)
    for kind, first, people in _runs(roster):
        def name(i: int, p: dict, first: int = first) -> list[str]:
            return _wrap(_numbered(first + i, printed_name(p, options), options), 26, "  ")

        columns = [(28, ["NAME"], name),
                   (16 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 14)),
                   (24, ["POSITION WITH", org.upper()], lambda i, p: _lines(p["positions"], 24) or ["--"]),
                   (options.width + 4, ["PRESENT PRINCIPAL", "OCCUPATION"],
                    lambda i, p: _lines(p["other_positions"], options.width + 4) or ["--"])]
        brk = options.page_break_in
        sub = dataclasses.replace(options, page_break_in=brk - first if brk is not None and
                                  first <= brk < first + len(people) else None)
        head = [""] + _centred(kind.upper())
        parts += _edgar_table(Roster(org, people), sub, columns, "I-2", head)
    shared = _shared_address(roster)
    parts.append("")
    if shared:
        parts += _wrap(f"     The business address of each of the persons named above is {', '.join(shared)}, except "
                       f"as follows:", 78)
    else:
        parts += _wrap("     The business addresses of the persons named above are as follows:", 78)
    for person in roster.people:
        if tuple(person["address"]) != shared:
            parts += ["    " + line for line in
                      _wrap(f"{printed_name(person, options)} -- {', '.join(person['address'])}", 70, "    ")]
    return ".txt", _done(parts), [expected(p, org, options) for p in roster.people]


# ---- 2. HTML roman-keyed paragraphs under section headings, citizenship in a postamble ------------------------
def html_roman_key_paragraphs_section_headings_citizenship_postamble(roster: Roster, options: Options) -> tuple[
        str, str, list[dict]]:
    """After Power Corporation's Exhibit A (tests/data/rosters_real/dev/labelled_roman_power_corp.txt: a preamble
    'The (i) name, (ii) title, ... of each of the directors and executive officers ... are listed below', then one
    block per person whose lines start with the keys '(i)' .. '(v)', continuation lines indented), set as HTML
    without a table: one <p> per person, its keyed lines apart by <br> (relayout_heldout119.html_bold_name_labelled_
    br_paragraphs' container), the keys here '(i)' name, '(ii)' position with <Org> (titles joined '; '), '(iii)'
    present principal occupation ('; ', '&#8212;' when none), '(iv)' business address (its lines apart by <br>,
    indented with &nbsp;). Choices combined: underlined <p><u>Directors</u></p> / <p><u>Executive Officers</u></p>
    headings wherever the kind changes (relayout_heldout137.html_run_in_name_paragraphs_section_headings_address_
    default_preamble); no citizenship key: the citizenship said ONCE after the list, 'Each of the persons listed above
    is a citizen of X, except A, who is a citizen of Y' (relayout_heldout137.pipe_cells_address_before_occupation_
    citizenship_postamble_exceptions), none when options.citizenship is False. '1.' before the name when numbered,
    an <hr/> after each paragraph when ruled, <font> with markers, a page break (a <p> with page-break-before and
    'A-2', the heading '(continued)' when options.repeat_header and the next person is of the same kind) after the
    entry's paragraph."""
    org = roster.organization
    pad = "&nbsp;" * 6

    def para(text: str) -> str:
        if options.markers:
            return f"<p><font size=\"2\" face=\"Times New Roman\">{text}</font></p>"
        return f"<p>{text}</p>"

    parts = ["<html><body>", "<p align=\"right\"><b>EXHIBIT A</b></p>",
             f"<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p>",
             para(html.escape(f"The (i) name, (ii) position with {org}, (iii) present principal occupation and "
                              f"(iv) principal business address of each of the directors and executive officers of "
                              f"{org} are listed below."))]
    heading = None
    for index, person in enumerate(roster.people):
        kind = "Directors" if _is_board(person) else "Executive Officers"
        if kind != heading:
            heading = kind
            parts.append(f"<p><u>{kind}</u></p>")
        address = "<br>".join((pad if k else "") + html.escape(line) for k, line in enumerate(person["address"]))
        keyed = [f"(i){pad[:24]}{html.escape(_numbered(index, printed_name(person, options), options))}",
                 f"(ii){pad[:18]}{html.escape('; '.join(person['positions'])) or '&#8212;'}",
                 f"(iii){pad[:12]}{html.escape('; '.join(person['other_positions'])) or '&#8212;'}",
                 f"(iv){pad[:18]}{address}"]
        parts.append(para("<br>".join(keyed)))
        if options.rules:
            parts.append("<hr/>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts.append("<p style=\"page-break-before:always\" align=\"center\">A-2</p>")
            following = "Directors" if _is_board(roster.people[index + 1]) else "Executive Officers"
            if options.repeat_header and following == heading:
                parts.append(f"<p><u>{heading} (continued)</u></p>")
    if options.citizenship:
        default = _common([p["citizenship"] for p in roster.people])
        others = [p for p in roster.people if p["citizenship"] != default]
        text = f"Each of the persons listed above is {_citizen(default)}"
        if others:
            text += ", except " + " and ".join(f"{p['name']}, who is {_citizen(p['citizenship'])}" for p in others)
        parts.append(para(html.escape(_sentence(text))))
    parts.append("</body></html>")
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 3. fixed text columns: name over address | position and occupation | citizenship, numbered sections -------
def text_columns_name_over_address_position_occupation_column_numbered_sections(roster: Roster, options: Options) -> \
        tuple[str, str, list[dict]]:
    """After Citigroup's Schedule A (tests/data/rosters_real/dev/text_name_title_citizenship_citigroup.txt: fixed
    columns typed without table tags, citizenship the last column). Choices combined: the first column 'NAME AND
    BUSINESS ADDRESS' with the name over its address lines indented two spaces (ConAgra Foods' dev/text_indented_
    nameaddr_conagra_foods.txt; Deutsche Acquisition's dev/text_twocol_nameaddr_title_deutsche_acquisition.txt);
    ONE middle column 'PRESENT POSITION AND PRINCIPAL OCCUPATION' holding 'Title of <Org>' lines then the outside
    occupation lines (relayout.two_column; Danaher's occupation column), wrapping at options.width + 4; CITIZENSHIP
    last (dropped when options.citizenship is False); the captions underlined with '=' (relayout_heldout125); the
    people under Danaher's numbered section lines '1. DIRECTORS' / '2. EXECUTIVE OFFICERS' wherever the kind
    changes (dev/text_dotleader_twocol_history_danaher.txt); '(1)' before the name when numbered (Bollore's numbered
    entries, dev/numbered_entities_bollore.txt); a row of '-' between entries when ruled (else a blank line); a
    page break ('<PAGE>' or a form feed, '-2-', the captions again when options.repeat_header) after the entry's
    first line."""
    org = roster.organization
    mid = options.width + 6
    widths = [32, mid] + ([16] if options.citizenship else [])
    caps = [["NAME AND", "BUSINESS ADDRESS"], ["PRESENT POSITION AND", "PRINCIPAL OCCUPATION"], ["", "CITIZENSHIP"]]
    caption = _wrap_rows(caps[:len(widths)], widths) + \
        ["".join(f"{'=' * (w - 2):<{w}}" for w in widths).rstrip()]
    lines = ["<PAGE>" if options.markers else "", f"{'SCHEDULE A':^78}".rstrip(), ""]
    lines += _centred(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}") + [""]
    lines += _wrap(f"     The name, business address, present position with {org}, present principal occupation"
                   f"{' and citizenship' if options.citizenship else ''} of each director and executive officer of "
                   f"{org} are set forth below.", 78) + [""]
    lines += caption + [""]
    for number, (kind, first, people) in enumerate(_runs(roster), 1):
        lines += [f"{number}. {kind.upper()}", ""]
        for offset, person in enumerate(people):
            index = first + offset
            name = f"({index + 1}) {printed_name(person, options)}" if options.numbered else printed_name(person,
                                                                                                       options)
            left = _wrap(name, 30, "    ") + ["  " + piece for line in person["address"]
                                                for piece in _wrap(line, 28, "  ")]
            middle = _lines([f"{t} of {org}" for t in person["positions"]] + person["other_positions"], mid - 2)
            cells = [left, middle or ["--"]] + ([_wrap(person["citizenship"] or "", 14)] if options.citizenship else [])
            rows = _wrap_rows(cells, widths)
            if options.page_break_in == index and len(rows) > 1:
                rows[1:1] = _break(options, "-2-") + (caption if options.repeat_header else [])
            lines += rows + (["-" * (sum(widths) - 2)] if options.rules else [""])
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 4. labelled blocks, address and citizenship defaults in the preamble, stacked position lines --------------
def labelled_blocks_address_and_citizenship_defaults_preamble_stacked_position_lines(roster: Roster,
                                                                                     options: Options) -> tuple[
        str, str, list[dict]]:
    """After Micron's Exhibit 1 (tests/data/rosters_real/dev/labelled_blocks_micron.txt: 'Name:', 'Business
    Address:', 'Principal Occupation:' labels at the left margin, the values from column 37, a blank line between
    labels, the citizenship said once in the preamble 'All directors are United States citizens'). Choices
    combined: a 'Position with <Org>:' label ('Position:' where the name of the organisation has 20 characters or
    more) whose titles stand one a line at column 37, wrapping at options.width + 8 (National Grid's stacked
    'Title' lines, dev/text_stacked_name_title_lines_postamble_address_national_grid.txt); BOTH defaults said once in
    the preamble, 'Unless otherwise indicated below, the business address of each person is <A>' (Chittenden's
    preamble address, dev/prose_chittenden_corporation.txt) and 'each person is a citizen of X' (Micron), with a
    'Business Address:' block only for the people whose address differs (relayout_heldout125.run_in_name_dash_
    labelled_clauses_default_address) and a 'Citizenship:' line only for the exceptions (relayout_heldout128.
    surname_heading_labels_preamble_default_text); when no two share an address, every block has its address; no
    citizenship at all when options.citizenship is False. No section headings (relayout_heldout134.board_officer_
    sections_labelled_text has them). 'n.' before the name when numbered (Bollore), a row of '_' between persons
    when ruled, a page break ('<PAGE>' or a form feed, '1-2') after the entry's 'Name:' line."""
    org = roster.organization
    shared = _shared_address(roster)
    default = _common([p["citizenship"] for p in roster.people]) if options.citizenship else None
    col = 37

    def label(name: str, values: list[str]) -> list[str]:
        out: list[str] = []
        for value in values:
            for piece in _wrap(value, options.width + 8, "  "):
                out.append(f"{name if not out else '':<{col}}{piece}")
        return out or [name]

    lines = ["<PAGE>" if options.markers else "", f"{'EXHIBIT 1':>78}", ""]
    lines += _centred(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}") + [""]
    pre = _sentence(f"     The following is a list of all directors and executive officers of {org}")
    if shared:
        pre += f" Unless otherwise indicated below, the business address of each person is {_sentence(', '.join(shared))}"
    if default:
        pre += f" Unless otherwise indicated below, each person is {_citizen(default)}."
    lines += _wrap(pre, 78) + [""]
    for index, person in enumerate(roster.people):
        entry = label("Name:", [_numbered(index, printed_name(person, options), options)])
        if options.page_break_in == index:
            entry += _break(options, "1-2")
        entry += [""] + label(f"Position with {org}:" if len(org) < 20 else "Position:", person["positions"] or ["--"])
        if person["other_positions"]:
            entry += [""] + label("Principal Occupation:", person["other_positions"])
        if tuple(person["address"]) != shared:
            entry += [""] + label("Business Address:", person["address"])
        if default and person["citizenship"] != default:
            entry += [""] + label("Citizenship:", [person["citizenship"]])
        lines += entry + ([""] + ["_" * 40] if options.rules else []) + [""]
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {
    "edgar_table_per_section_citizenship_second_address_postamble_exceptions":
        edgar_table_per_section_citizenship_second_address_postamble_exceptions,
    "html_roman_key_paragraphs_section_headings_citizenship_postamble":
        html_roman_key_paragraphs_section_headings_citizenship_postamble,
    "text_columns_name_over_address_position_occupation_column_numbered_sections":
        text_columns_name_over_address_position_occupation_column_numbered_sections,
    "labelled_blocks_address_and_citizenship_defaults_preamble_stacked_position_lines":
        labelled_blocks_address_and_citizenship_defaults_preamble_stacked_position_lines,
}
