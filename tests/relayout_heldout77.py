"""Held-out re-layout families, seventy-seventh set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (09:25-09:29 UTC by `date`) by helper session gather77 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: RECOMBINATIONS OF KNOWN FEATURES. No family adds a feature of its own; each puts together
layout choices that earlier families and real rosters already have, in a combination no one family has:

- html_number_column_capital_surname_address_cell_occupation_items: an HTML table with <th> captions (relayout_
  heldout18.html_th_stacked_titles, relayout_heldout71.html_th_name_citizenship_stack_occupation_address_cell), a
  'No.' column of its own in the numbered variant (relayout_heldout65.html_number_column_name_address_occupation_
  citizenship), the name in bold with the business address lines under it in ONE cell (relayout_heldout27.
  html_th_name_address_cell_sections; ConAgra's name-over-address entries), names with ONLY
  THE SURNAME IN CAPITALS after the given names (relayout_heldout37.given_names_capital_surname; Lor Finance's
  Paris-drafted roster), the citizenship second, and one occupation cell listing '<Title> of <Org>' for each title
  then each outside occupation, one a line (relayout.two_column's occupation).
- edgar_two_line_captions_paren_citizenship_address_second_no_blank_rows: an EDGAR <TABLE> with two-line
  bottom-aligned captions (relayout.wrapped_citizenship_first), the citizenship in parentheses on the line under
  the name (relayout_heldout30.paren_citizenship_under_name_address_notes; Smith Barney's stacked citizenship), the
  business address the SECOND column (relayout.shuffled_columns; relayout_heldout71.edgar_number_column_address_
  second_citizenship_last), the organisation a defined term '(the "Company")' in the preamble and the caption
  (ConAgra Foods' '("ConAgra Foods")'; relayout_heldout73.name_address_offices_defined_term_phrase), the titles one a
  line (relayout_heldout18.html_th_stacked_titles; IDT Corporation's
  Present Position column), and NO blank line between entries (relayout.indented_rows_no_blank_lines after
  Harvard's 2003 Exhibit A).
- tab_cells_address_before_titles_citizenship_preamble_exceptions: no table tags, one row per person whose cells are
  separated by one TAB (relayout_heldout13.tab_separated_cells, a converter's plain-text save of IDT's table), the
  business address one comma-joined cell BEFORE the titles (relayout_heldout56.roman_item_labels_address_before_
  occupation_no_table; relayout_heldout67), and no citizenship column: the citizenship a PREAMBLE default naming
  the exceptions in the same sentence (relayout_heldout62.html_citizenship_exception_under_name_preamble_default's
  default, relayout_heldout73.yes_no_flag_rows_occupation_after_bar's exceptions named in the preamble; IDT
  Corporation's 'other than Paul Reichmann, who is a citizen of Canada').
- saved_text_cells_citizenship_second_titles_of_org_default_address_dash: no table tags, an HTML table saved as text,
  the captions one a line and then every cell line on a line of its own, a blank line between persons (relayout.
  html_saved_as_text, relayout_heldout67.cells_one_a_line_blank_between_persons; Novo Holdings' Schedule I as text),
  the citizenship the SECOND cell (relayout_heldout18.capitals_citizenship_second; Smith Barney's citizenship stacked with the name), the
  occupation cell '<Title> of <Org>' then the outside occupations one a line (relayout.two_column; relayout_
  heldout67), the business address one comma-joined line closing the entry (relayout.html_saved_as_text), and a
  PREAMBLE default business address that a '-' in the address cell stands for (relayout_heldout32.
  name_office_section_default_address, relayout_heldout74.dot_leader_name_paren_citizenship_titles_default_address;
  Harvard College's 'If no business address is given ...'; '-' for an empty cell as relayout.html_saved_as_text).

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in roster order; no citizenship
where options.citizenship is False (none is printed then). Where a default is printed (the citizenship in family 3,
the business address in family 4), it is the value most people of the roster share (relayout.default_citizenship,
relayout._default_address), every person it covers has exactly that value, and everyone else's own value is printed
with the person (family 3 names them in the preamble).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import html
import textwrap

from relayout import Options, Roster, _default_address, _wrap_rows, default_citizenship, expected, printed_name

_SUFFIXES = ("JR", "SR", "II", "III", "IV")


def _numbered(index: int, text: str, options: Options) -> str:
    return f"{index + 1}. {text}" if options.numbered else text


def _sentence(text: str) -> str:
    return text if text.endswith(".") else text + "."


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    return textwrap.wrap(text, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False) \
        or [""]


def _done(lines: list[str]) -> str:
    return "\n".join(line.rstrip() for line in lines).rstrip() + "\n"


def _citizen_of(citizenship: str) -> str:
    return "the United States" if citizenship == "United States" else citizenship


def _items(person: dict, org: str) -> list[str]:
    """'<Title> of <Org>' for each title held in the organisation, then each outside occupation."""
    return [f"{title} of {org}" for title in person["positions"]] + person["other_positions"]


def _capital_surname(name: str) -> str:
    """'Paul Desmarais, Jr.' -> 'Paul DESMARAIS, Jr.': the last word that is not a suffix in capitals."""
    words = name.split()
    for k in range(len(words) - 1, -1, -1):
        if words[k].strip(",.").upper() not in _SUFFIXES or k == 0:
            words[k] = words[k].upper()
            break
    return " ".join(words)


# ---- 1. HTML: No. column, capital surname over its address, occupation items ---------------------------------------
def html_number_column_capital_surname_address_cell_occupation_items(roster: Roster, options: Options
                                                                      ) -> tuple[str, str, list[dict]]:
    """HTML: 'ANNEX A', the title, a one-sentence preamble, then a table with <th> captions: 'No.' (numbered variant
    only) | 'Name and Business Address' | 'Citizenship' (when printed) | 'Present Principal Occupation or
    Employment'. The name cell holds the name in bold, given names then the SURNAME IN CAPITALS ('Pei-yuan CHIA';
    'SURNAME, Given' with options.upper_last_first), and under it the business address lines, all apart by <br>;
    the occupation cell holds '<Title> of <Org>' for each title held, then each outside occupation, one a line
    (<br>). Cells in <font size="2"> with options.markers; border="1" in the ruled variant; the occupation caption's
    width is options.width * 3 pixels. A page break (options.page_break_in) after the entry's row closes the table, a
    <p> with page-break-before and 'A-2', and a new table with the header row when options.repeat_header."""
    org = roster.organization
    heads = (["No."] if options.numbered else []) + ["Name and Business Address"] + (
        ["Citizenship"] if options.citizenship else []) + ["Present Principal Occupation or Employment"]
    widths = {"Present Principal Occupation or Employment": f' width="{options.width * 3}"'}
    header = "<tr>" + "".join(f"<th align=\"left\" valign=\"bottom\"{widths.get(h, '')}>{html.escape(h)}</th>"
                              for h in heads) + "</tr>"

    def cell(text: str) -> str:
        body = f"<font size=\"2\">{text}</font>" if options.markers else text
        return f"<td valign=\"top\">{body}</td>"

    opening = f"<table cellspacing=\"0\" cellpadding=\"4\" border=\"{1 if options.rules else 0}\">"
    parts = ["<html><body>", "<p align=\"center\"><b>ANNEX A</b></p>",
             f"<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p>",
             "<p>" + html.escape(_sentence(
                 f"The name, business address, {'citizenship ' if options.citizenship else ''}and present principal "
                 f"occupation or employment of each director and executive officer of {org} are set forth "
                 "below")) + "</p>", opening, header]
    for index, person in enumerate(roster.people):
        name = printed_name(person, options) if options.upper_last_first else _capital_surname(person["name"])
        first = "<br>".join([f"<b>{html.escape(name)}</b>"] + [html.escape(a) for a in person["address"]])
        cells = ([cell(f"{index + 1}.")] if options.numbered else []) + [cell(first)]
        if options.citizenship:
            cells.append(cell(html.escape(person["citizenship"] or "")))
        cells.append(cell("<br>".join(html.escape(item) for item in _items(person, org)) or "&#8212;"))
        parts.append("<tr>" + "".join(cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\" align=\"center\">A-2</p>", opening] + (
                [header] if options.repeat_header else [])
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. EDGAR: two-line captions, (citizenship) under the name, address second, no blank rows ---------------------
def edgar_two_line_captions_paren_citizenship_address_second_no_blank_rows(roster: Roster, options: Options
                                                                          ) -> tuple[str, str, list[dict]]:
    """An EDGAR <TABLE> under the usual SCHEDULE I heading and a preamble: two-line captions, bottom-aligned and
    underlined by dashes, 'Name' / '(Citizenship)' | 'Business' / 'Address' | 'Present Position' / 'with the
    Company' | 'Other Principal' / 'Occupation' ('Name' alone without citizenship); the name (wrapping with a
    two-space indent; 'SURNAME, Given' with options.upper_last_first, 'n.' in the numbered variant) with the
    citizenship in parentheses on the next line; the address lines; the titles held one a line; the outside
    occupations one a line (wrapping at options.width). '<S>'/'<C>' with options.markers. NO blank line between
    entries (a dashed rule in the ruled variant). A page break (options.page_break_in) after the entry's first line:
    '</TABLE>', '<PAGE>' (a form feed without markers), 'I-2', a new <TABLE> with the captions when
    options.repeat_header. The preamble defines 'the Company' as the organisation."""
    org = roster.organization
    widths = [30, 32, 28, options.width + 2]
    caps = [["Name", "(Citizenship)"] if options.citizenship else ["", "Name"], ["Business", "Address"],
            ["Present Position", "with the Company"], ["Other Principal", "Occupation"]]
    caption = _wrap_rows(caps, widths) + ["".join(f"{'-' * (w - 3):<{w}}" for w in widths).rstrip()]
    if options.markers:
        caption.append("".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>", "<C>"], widths)).rstrip())
    lines = [f"{'SCHEDULE I':^78}".rstrip(), "", f"{'DIRECTORS AND EXECUTIVE OFFICERS OF':^78}".rstrip(),
             f"{org.upper():^78}".rstrip(), ""]
    lines += _wrap(_sentence(
        f"Set forth below are the name, {'citizenship, ' if options.citizenship else ''}business address, present "
        f"position with {org} (the \"Company\") and other principal occupation or employment of each director "
        "and executive officer of the Company"), 78)
    lines += ["", "<TABLE>", *caption]
    for index, person in enumerate(roster.people):
        name = _wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2, "  ")
        if options.citizenship:
            name.append(" " * len(f"{index + 1}. " if options.numbered else "") + f"({person['citizenship']})")
        cells = [name, [piece for line in person["address"] for piece in _wrap(line, widths[1] - 2, "  ")],
                 [piece for title in person["positions"] for piece in _wrap(title, widths[2] - 2, "  ")],
                 [piece for other in person["other_positions"] for piece in _wrap(other, options.width, "  ")]]
        rows = _wrap_rows(cells, widths)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["</TABLE>", "", "<PAGE>" if options.markers else "\f", f"{'I-2':^78}".rstrip(), "",
                         "<TABLE>"] + (caption if options.repeat_header else [])
        lines += rows
        if options.rules:
            lines.append("-" * (sum(widths) - 2))
    lines.append("</TABLE>")
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 3. tab cells, address before titles, citizenship default with exceptions in the preamble --------------------
def tab_cells_address_before_titles_citizenship_preamble_exceptions(roster: Roster, options: Options
                                                                   ) -> tuple[str, str, list[dict]]:
    """No table tags: 'Schedule A', the title, a preamble and, when citizenship is printed, the sentence 'Each
    person listed below is a citizen of <default>, except <Name>, who is a citizen of <Country>, and ...' (no
    'except' when everyone shares it); then a caption line and one line per person whose cells are separated by ONE
    tab: ['n.' in the numbered variant] | Name ('SURNAME, Given' with options.upper_last_first) | Business Address
    (its lines joined by ', ') | Position with <Org> (titles '; '-joined) | Principal Occupation (outside
    occupations '; '-joined, empty where none). A blank line between persons (a row of '=' in the ruled variant).
    options.width does not matter (nothing wraps: a converter's save). A page break (options.page_break_in) after
    the entry: '<PAGE>' (a form feed without markers), 'A-2' and the caption line again when options.repeat_header.
    """
    org = roster.organization
    heads = (["No."] if options.numbered else []) + ["Name", "Business Address", f"Position with {org}",
                                                     "Principal Occupation"]
    caption = "\t".join(heads)
    lines = ["Schedule A", "", f"Directors and Executive Officers of {org}", ""]
    preamble = _sentence(f"The following table sets forth the name, business address, position with {org} and "
                         f"principal occupation of each director and executive officer of {org}")
    if options.citizenship:
        default = default_citizenship(roster)
        others = [p for p in roster.people if p["citizenship"] != default]
        sentence = f"Each person listed below is a citizen of {_citizen_of(default)}"
        if others:
            sentence += ", except " + ", and ".join(
                f"{p['name']}, who is a citizen of {_citizen_of(p['citizenship'])}" for p in others)
        preamble += " " + _sentence(sentence)
    lines += textwrap.wrap(preamble, 78, break_long_words=False, break_on_hyphens=False) + ["", caption, ""]
    for index, person in enumerate(roster.people):
        cells = ([f"{index + 1}."] if options.numbered else []) + [
            printed_name(person, options), ", ".join(person["address"]), "; ".join(person["positions"]),
            "; ".join(person["other_positions"])]
        lines.append("\t".join(cells).rstrip())
        lines.append("=" * 60 if options.rules else "")
        if options.page_break_in == index and index + 1 < len(roster.people):
            lines += ["<PAGE>" if options.markers else "\f", "A-2", ""] + ([caption, ""] if options.repeat_header
                                                                             else [])
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 4. saved-as-text cells, citizenship second, '<Title> of <Org>', default address as '-' ----------------------
def saved_text_cells_citizenship_second_titles_of_org_default_address_dash(roster: Roster, options: Options
                                                                         ) -> tuple[str, str, list[dict]]:
    """No table tags: an HTML table saved as text. 'EXHIBIT 99.2', 'SCHEDULE A', the organisation, a preamble
    giving the default business address ('Where the Business Address column shows "-", the business address of the
    person is <default>.'), the captions one a line: 'Name' | 'Citizenship' (when printed) | 'Present Principal
    Occupation' | 'Business Address'; then every cell line on a line of its own: the name ('SURNAME, Given' with
    options.upper_last_first, 'n.' in the numbered variant), the citizenship, '<Title> of <Org>' for each title held
    then each outside occupation (wrapping at options.width + 30 with a two-space indent), and, always on the entry's
    LAST line, the business address as one comma-joined line or '-' where the address is the default. A blank line between persons (a row of '-' in the ruled variant). A page
    break (options.page_break_in) after the name line: '<PAGE>' (a form feed without markers), '2' and the captions
    again when options.repeat_header."""
    org = roster.organization
    default = _default_address(roster)
    heads = ["Name"] + (["Citizenship"] if options.citizenship else []) + ["Present Principal Occupation",
                                                                          "Business Address"]
    lines = ["EXHIBIT 99.2", "", "SCHEDULE A", "", org, ""]
    lines += textwrap.wrap(
        _sentence(f"The following are the directors and executive officers of {org}") + " Where the Business "
        f"Address column shows \"-\", the business address of the person is {_sentence(', '.join(default))}", 78,
        break_long_words=False, break_on_hyphens=False)
    lines += ["", *heads, ""]
    for index, person in enumerate(roster.people):
        lines.append(_numbered(index, printed_name(person, options), options))
        if options.page_break_in == index:
            lines += ["<PAGE>" if options.markers else "\f", "2", ""] + (heads + [""] if options.repeat_header
                                                                          else [])
        if options.citizenship:
            lines.append(person["citizenship"] or "-")
        lines += [piece for item in _items(person, org) for piece in _wrap(item, options.width + 30, "  ")] or ["-"]
        lines.append("-" if person["address"] == default else ", ".join(person["address"]))
        lines.append("-" * 40 if options.rules else "")
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {"html_number_column_capital_surname_address_cell_occupation_items":
            html_number_column_capital_surname_address_cell_occupation_items,
            "edgar_two_line_captions_paren_citizenship_address_second_no_blank_rows":
            edgar_two_line_captions_paren_citizenship_address_second_no_blank_rows,
            "tab_cells_address_before_titles_citizenship_preamble_exceptions":
            tab_cells_address_before_titles_citizenship_preamble_exceptions,
            "saved_text_cells_citizenship_second_titles_of_org_default_address_dash":
            saved_text_cells_citizenship_second_titles_of_org_default_address_dash}
