"""Held-out re-layout families, fifty-second set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (02:36-02:41 UTC by `date`) by helper session gather52 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Like the eighteenth, nineteenth, twenty-first, twenty-fifth, twenty-seventh, thirtieth,
thirty-third, thirty-sixth, thirty-ninth, forty-second, forty-fifth and forty-eighth sets, no family here adds a
layout feature that no earlier family has: each is a NEW COMBINATION of choices the earlier families
(tests/relayout.py, tests/relayout_heldout5.py .. 49.py) and the real rosters in tests/data/rosters_real/dev/
already have - column order, caption wording, name form, numbering, section rows, preamble defaults, where the
address goes, empty-cell marks, an HTML table or one saved as text - the way a real annex could print its roster,
so that no earlier family renders the same text. Each family's docstring names the real rosters and earlier
families each choice comes from:

1. html_surname_titles_cell_sections_address_second_citizenship_last (HTML): Southwestern Energy's bold bordered
   <td> captions and italic body section rows, html_name_and_title_cell's bold name with the titles under it -
   here 'Surname, Given' in mixed case as html_th_surname_defaults_after prints it -, the address column second
   as address_first_repeated_header / html_th_address_second_titles_last_citizenship_notes put it, the
   citizenship column last as Castlerigg's, 'A.' lettering inside the name cell.
2. edgar_caps_slashed_titles_no_blank_rows_default_address (fixed-width EDGAR <TABLE>): SBC's rows with no blank
   line between them (as relayout.indented_rows_no_blank_lines renders Harvard's 2003 Exhibit A), Harvard's
   preamble default address (the address printed only where it differs), Security Capital's titles joined by '/',
   the names in capitals of labelled_alternative / caps_titles_under_name_citizenship_last, IDT's 'a.' lettering,
   '--' for an empty cell as heldout45, a full-width dashed rule after every row in the ruled variant as Security
   Capital.
3. dot_leader_sections_titles_of_org_address_lines_exceptions (no table tags): Danaher's two columns with dot
   leaders after the name and its '1. Directors of <Org>' / '2. Executive Officers of <Org>' sections and
   preamble defaults, the right column a wrapped '<Title>, <Org>; ...; <occupation>' paragraph (as
   wrapped_citizenship_first writes it) with Smith Barney's address lines stacked under the occupation (only
   where not the default) and a 'Citizen of ...' line only for the preamble's exceptions (as
   name_address_stack_long_caption_citizen_line), '(1)' numbering.
4. bracketed_pipe_cells_citizenship_second_shares_columns (HTML saved as text): St. Paul Travelers' saved cells,
   every cell between two '|' lines with its lines one a line, and its trailing 'Shares ... Beneficially Owned' /
   'Description of any Transactions' columns ('0' / 'None'), with the Country of Citizenship second as
   capitals_citizenship_second, each title a line as IDT, every address line last, a number cell of its own as
   html_th_stacked_titles' '(1)' column.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them
once (benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Import `relayout`, not this module, first: relayout imports this module at its bottom (after everything this
module uses is defined), so importing this module on its own first would be a circular import.
"""
from __future__ import annotations

import html
import textwrap

from relayout import (
    Options,
    Roster,
    _citizen_of,
    _default_address,
    _full_stop,
    _heading,
    _letter_codes,
    _surname_first,
    _wrap_rows,
    expected,
    printed_name,
)
from relayout_heldout18 import _is_citizen, _most_common_citizenship
from relayout_heldout19 import _by_default, _covered
from relayout_heldout21 import _lines_cell, _surname_given
from relayout_heldout48 import _sections


def _centred(*titles: str, width: int = 78) -> list[str]:
    return [f"{title:^{width}}".rstrip() for title in titles]


# ---- 1. HTML: 'Surname, Given' in bold over the titles, body sections, address second, citizenship last ----------
def html_surname_titles_cell_sections_address_second_citizenship_last(roster: Roster, options: Options) -> tuple[
        str, str, list[dict]]:
    """After Southwestern Energy's Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_energy.htm:
    an HTML table whose captions are bold <td>s over a bottom border, italic 'Directors' / 'Executive Officers' rows
    spanning the table), with html_name_and_title_cell's first cell (tests/relayout.py: the bold name with the titles
    held in the organisation under it, apart by <br>), html_th_surname_defaults_after's 'Surname, Given' names in
    mixed case (relayout_heldout21; 'SURNAME, Given' in the upper_last_first variant), the business address in the
    SECOND column as html_th_address_second_titles_last_citizenship_notes (relayout_heldout42) puts it, Castlerigg's
    citizenship column last (dev/text_grid4col_citizenship_castlerigg.txt) and the 'A.' lettering of
    html_th_name_citizenship_four_columns (relayout_heldout30), here inside the name cell. Choices combined: an
    HTML table 'Name and Position(s) with <Org>' | 'Business Address' (every person's own lines) | 'Present
    Principal Occupation or Employment (if other than with <Org>)' (one outside occupation a line, '&#8212;' where
    there is none) | 'Citizenship' (left out where the layout prints none); the address and occupation cells' lines
    each in its own <p> with options.markers, apart by <br> without; the body section rows where the two bodies
    hold everyone, the persons in section order, lettered in print order in the numbered variant; a top border on
    every person's cells in the ruled variant; a page break (options.page_break_in, not after the last) closes the
    table, prints a centred 'A-1' and a page-break <div>, and a new table follows with the caption row again if it
    repeats."""
    org = roster.organization
    heads = [f"Name and Position(s) with {org}", "Business Address",
             f"Present Principal Occupation or Employment (if other than with {org})"] + (
        ["Citizenship"] if options.citizenship else [])
    span = len(heads)
    border = " style=\"border-bottom:1pt solid #000000\""
    header = "<tr>" + "".join(f"<td valign=\"bottom\" align=\"center\"{border}><b>{html.escape(h)}</b></td>"
                              for h in heads) + "</tr>"
    top = " style=\"border-top:0.5pt solid #000000\"" if options.rules else ""
    letters = _letter_codes(len(roster.people))
    rows, tables, number = [header], [], 0
    for section, people in _sections(roster):
        if section:
            rows.append(f"<tr><td colspan=\"{span}\" style=\"padding-top:8pt\"><i>{section}</i></td></tr>")
        for person in people:
            name = _surname_given(person, options)
            name = f"{letters[number]}. {name}" if options.numbered else name
            number += 1
            first = f"<b>{html.escape(name)}</b>" + "".join(f"<br>{html.escape(t)}" for t in person["positions"])
            cells = [first, _lines_cell(person["address"], options),
                     _lines_cell(person["other_positions"], options) if person["other_positions"] else "&#8212;"]
            cells += [html.escape(person["citizenship"])] if options.citizenship else []
            rows.append("<tr>" + "".join(f"<td valign=\"top\"{top}>{c}</td>" for c in cells) + "</tr>")
            index = roster.people.index(person)
            if options.page_break_in == index and number < len(roster.people):
                tables.append(rows)
                rows = [header] if options.repeat_header else []
    tables.append(rows)
    parts = [f"<table width=\"100%\" cellpadding=\"2\" cellspacing=\"0\" border=\"0\">{''.join(t)}</table>"
             for t in tables]
    body = "<p align=\"center\">A-1</p><div style=\"page-break-after:always\"></div>".join(parts)
    says = "name, position with " + org + ", business address, present principal occupation or employment"
    says += " and citizenship" if options.citizenship else ""
    preamble = f"Set forth below are the {says} of each director and executive officer of {_full_stop(org)}"
    text = (f"<html><body><p align=\"center\"><b>SCHEDULE A</b></p><p align=\"center\"><b>DIRECTORS AND EXECUTIVE "
            f"OFFICERS OF {html.escape(org.upper())}</b></p><p>{html.escape(preamble)}</p>{body}</body></html>")
    return ".htm", text, [expected(p, org, options) for p in roster.people]


# ---- 2. fixed-width EDGAR <TABLE>: capitals, titles joined by '/', no blank rows, a default address ----------------
def edgar_caps_slashed_titles_no_blank_rows_default_address(roster: Roster, options: Options) -> tuple[
        str, str, list[dict]]:
    """After SBC's Exhibit I (tests/data/rosters_real/dev/text_twocol_director_paren_sbc.txt: NO blank line between
    the rows, so only a non-empty name cell starts a person, as relayout.indented_rows_no_blank_lines also renders
    Harvard's 2003 Exhibit A), Harvard College's Exhibit A (dev/text_name_office_harvard_college.txt: the preamble's
    'If no business address is given, the business address of such director or executive officer is ...'),
    Security Capital's EDGAR <TABLE> (dev/text_fixed5col_multi_entity_security_capital.txt: the titles of one
    person joined by '/', 'Director/Managing', here with a space either side; a dashed rule across the page after
    every person), the names in capitals of labelled_alternative (tests/relayout.py) and
    caps_titles_under_name_citizenship_last (relayout_heldout30), IDT Corporation's 'a.' lettering
    (dev/text_fixed4col_position_occupation_idt_corporation.txt) and
    the '--' of edgar_surname_titles_under_citizenship_second_address_exceptions (relayout_heldout45) for an empty
    cell. Choices combined: 'SCHEDULE I' heading, a preamble defining the organisation as 'the Company'; columns
    NAME (capitals, 'DOLE, BURTON A., JR.' in the upper_last_first variant, 'a.' before it in the numbered
    variant; the column as wide as the longest name) | POSITION(S) WITH THE COMPANY (the titles joined by ' / ',
    wrapping) | CITIZENSHIP (left out where the layout prints none) | PRESENT PRINCIPAL OCCUPATION OR EMPLOYMENT
    (outside occupations '; '-joined, wrapping at options.width, '--' where none) | BUSINESS ADDRESS (the lines
    only where the address is not the preamble's default, the cell left empty otherwise, as Harvard leaves it);
    two-line captions underlined by dashes; '<TABLE>' and '<S>'/'<C>' only with options.markers; a dashed rule
    after every row in the ruled variant, nothing between rows otherwise; a page break (options.page_break_in)
    after the entry's first line: <PAGE> (a form feed without markers), a centred '-2-', and the captions again if
    they repeat."""
    org = roster.organization
    default = _default_address(roster)
    names = [(_surname_first(p["name"]) if options.upper_last_first else p["name"]).upper() for p in roster.people]
    names = [f"{letter.lower()}. {name}" if options.numbered else name
             for letter, name in zip(_letter_codes(len(names)), names)]
    name_width = max(24, max(len(n) for n in names) + 3)
    widths = [name_width, 24] + ([16] if options.citizenship else []) + [options.width + 2, 34]
    heads = [["", "NAME"], ["POSITION(S) WITH", "THE COMPANY"], ["", "CITIZENSHIP"],
             ["PRESENT PRINCIPAL OCCUPATION", "OR EMPLOYMENT"], ["BUSINESS", "ADDRESS"]]
    if not options.citizenship:
        heads.pop(2)
    caption = ["".join(f"{h[row]:<{w}}" for h, w in zip(heads, widths)).rstrip() for row in range(2)]
    caption.append("".join(f"{'-' * max(len(h[0]), len(h[1])):<{w}}" for h, w in zip(heads, widths)).rstrip())
    if options.markers:
        caption.append("".join(f"{m:<{w}}" for m, w in zip(["<S>"] + ["<C>"] * 4, widths)).rstrip())
    preamble = (f"The following table sets forth the name, position with {org} (the \"Company\"), present principal "
                f"occupation or employment{', citizenship' if options.citizenship else ''} and business address of "
                f"each director and executive officer of the Company. If no business address is given, the business "
                f"address of such director or executive officer is {_full_stop(', '.join(default))}")
    lines = [_heading(org, options).rstrip("\n"), ""] + textwrap.wrap(preamble, 78) + [""]
    lines += (["<TABLE>"] if options.markers else []) + caption
    total = sum(widths)
    for index, person in enumerate(roster.people):
        cells = [[names[index]],
                 textwrap.wrap(" / ".join(person["positions"]), widths[1] - 2, break_on_hyphens=False) or ["--"]]
        if options.citizenship:
            cells.append(textwrap.wrap(person["citizenship"], widths[2] - 2, break_on_hyphens=False))
        cells.append(textwrap.wrap("; ".join(person["other_positions"]), options.width, break_on_hyphens=False)
                     or ["--"])
        cells.append([] if person["address"] == default else [
            piece for line in person["address"]
            for piece in textwrap.wrap(line, widths[-1] - 2, break_on_hyphens=False)])
        rows = _wrap_rows(cells, widths)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", "<PAGE>" if options.markers else "\f", *_centred("-2-"), ""] + (
                caption if options.repeat_header else [])
        lines += rows
        if options.rules:
            lines.append("-" * total)
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 3. no table tags: dot leaders, body sections, '<Title>, <Org>' paragraph, address lines, citizen exceptions ----
def dot_leader_sections_titles_of_org_address_lines_exceptions(roster: Roster, options: Options) -> tuple[
        str, str, list[dict]]:
    """After Danaher's Exhibit 8 (tests/data/rosters_real/dev/text_dotleader_twocol_history_danaher.txt: '<PAGE>',
    a centred 'Exhibit 8', an indented preamble giving the default business address and citizenship ('Unless
    otherwise indicated, the business address of each such person is ..., and each such person is a citizen of
    ...'), numbered body sections '1. Directors of <Org>', two columns without table tags under a 'Name' / 'Present
    Principal Occupation ...' caption underlined by dashes, the name followed by dot leaders up to the right
    column, the right column a wrapped paragraph, a blank line between persons), with wrapped_citizenship_first's
    '<Title>, <Org>' items (tests/relayout.py), Smith Barney's address lines stacked under the occupation in the
    right column (dev/table_stacked_name_title_citizenship_smith_barney.txt), the address printed only where not
    the default (MetLife, dev/text_twocol_nameaddr_metlife.txt) and 'Citizen of ...' as the right column's last
    line only for the preamble's exceptions (name_address_stack_long_caption_citizen_line, relayout_heldout33).
    Choices combined: sections '1. Directors of <Org>' / '2. Executive Officers of <Org>' where the two bodies hold
    everyone (one list otherwise), the persons in section order; the name ('SURNAME, Given' in the upper_last_first
    variant, '(1)' before it in the numbered variant, counted in print order) and dot leaders in a column as wide
    as the longest name; the right column, options.width + 16 wide: '<Title>, <Org>' items and the outside
    occupations '; '-joined and ended by a full stop, wrapping, then the address lines where not the default, then
    'Citizen of ...' where not the default (no citizenship anywhere where the layout prints none); a blank line
    between persons (a dashed rule across in the ruled variant); a page break (options.page_break_in) after the
    entry's first line: <PAGE> (a form feed without markers), a centred '8-2', and the caption again if it
    repeats."""
    org = roster.organization
    default = _default_address(roster)
    citizenship, country = _most_common_citizenship(roster)
    number = 0
    order = [(section, person) for section, people in _sections(roster) for person in people]
    names = {}
    for _section, person in order:
        name = printed_name(person, options)
        names[person["name"]] = f"({number + 1}) {name}" if options.numbered else name
        number += 1
    left = max(29, max(len(n) for n in names.values()) + 5)
    right = options.width + 16
    caption = [f"{'':<{left}}Present Principal Occupation or Employment", f"{'Name':<{left}}and Business Address",
               f"{'----':<{left}}{'-' * 37}"]
    preamble = (f"The following table sets forth the name and present principal occupation or employment of each "
                f"director and executive officer of {_full_stop(org)} Unless otherwise indicated below, the business "
                f"address of each such person is {', '.join(default)}")
    preamble += f", and each such person is {_is_citizen(citizenship)}." if options.citizenship else "."
    lines = (["<PAGE>", ""] if options.markers else []) + _centred("Exhibit 8") + [""]
    lines += _centred(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}") + [""]
    lines += textwrap.wrap(preamble, 78, initial_indent="          ") + [""]
    sections = [section for section, _people in _sections(roster) if section]
    for section, people in _sections(roster):
        if section:
            lines += [f"{sections.index(section) + 1}. {section} of {org}", ""]
        lines += caption + [""]
        for person in people:
            index = roster.people.index(person)
            name = names[person["name"]]
            items = [f"{title}, {org}" for title in person["positions"]] + person["other_positions"]
            column = textwrap.wrap(_full_stop("; ".join(items)), right, break_on_hyphens=False) if items else []
            if person["address"] != default:
                column += [piece for line in person["address"]
                           for piece in textwrap.wrap(line, right, break_on_hyphens=False)]
            if options.citizenship and not _covered(person, country, citizenship):
                column.append(f"Citizen of {_citizen_of(person['citizenship'])}")
            column = column or ["--"]
            first = f" {name}{'.' * (left - len(name) - 3)}  "
            rows = [first + column[0]] + [" " * left + piece for piece in column[1:]]
            if options.page_break_in == index and len(rows) > 1:
                rows[1:1] = ["", "<PAGE>" if options.markers else "\f", *_centred("8-2"), ""] + (
                    caption + [""] if options.repeat_header else [])
            lines += [row.rstrip() for row in rows]
            lines.append("-" * (left + right) if options.rules else "")
    people = _by_default(roster, options) if options.citizenship else [expected(p, org, options)
                                                                       for p in roster.people]
    return ".txt", "\n".join(lines).rstrip("\n") + "\n", people


# ---- 4. HTML saved as text: cells between '|' lines, citizenship second, titles a line, shares columns ------------
def _bracketed(lines: list[str]) -> list[str]:
    """One saved cell: a '|' line, the cell's lines, a '|' line (an empty cell: two '|' lines)."""
    return ["|", *lines, "|"]


def bracketed_pipe_cells_citizenship_second_shares_columns(roster: Roster, options: Options) -> tuple[
        str, str, list[dict]]:
    """After St. Paul Travelers' Exhibit 1 (tests/data/rosters_real/dev/html_as_text_pipes_truncated_cells_st_paul_
    travelers.txt, sec.gov https://www.sec.gov/Archives/edgar/data/896861/000110465904038925/a04-14599_1ex1.htm: an
    HTML table saved as text, 'EXHIBIT 1' and the heading broken over short lines, a one-line preamble, the
    organisation's name above the table, every cell between two '|' lines with the cell's lines each on a line of its
    own, nothing between rows, the last two columns 'Shares of Common Stock Beneficially Owned' ('0') and
    'Description of any Transactions ...' ('None'); here the cells are wrapped, not cut), with
    capitals_citizenship_second's 'Country of Citizenship' second (relayout_heldout18), IDT Corporation's one title a
    line (dev/text_fixed4col_position_occupation_idt_corporation.txt), every address line in a cell of its own
    column (relayout.html_table) and html_th_stacked_titles' number column (relayout_heldout18, '(1)'). Choices
    combined: cells ['(1)' in the numbered variant] | Name ('SURNAME, Given' in the upper_last_first variant) |
    Country of Citizenship (left out where the layout prints none) | Position(s) with <Org> (one title a line) |
    Present Principal Occupation (outside occupations wrapped at options.width - 6, 'None' with options.markers,
    '--' without, where there is none) | Business Address (every line) | Shares Beneficially Owned ('0') |
    Transactions in the Past Sixty Days ('None'); the caption cells wrapped the same way; a line of 30 underscores
    (a saved border) after every row in the ruled variant; a page break (options.page_break_in) after that person's
    citizenship cell (after the name cell where none is printed): the page number '2' and the caption cells again
    if they repeat."""
    org = roster.organization
    wrap = options.width - 6
    empty = "None" if options.markers else "--"
    heads = (["No."] if options.numbered else []) + ["Name"] + (
        ["Country of Citizenship"] if options.citizenship else []) + [
        f"Position(s) with {org}", "Present Principal Occupation", "Business Address",
        "Shares Beneficially Owned", "Transactions in the Past Sixty Days"]
    caption = [line for head in heads for line in _bracketed(textwrap.wrap(head, wrap))]
    heading = textwrap.wrap(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 36)
    preamble = (f"The name, citizenship, position with {org}, present principal occupation and business address of "
                f"each of the directors and executive officers of {org} are set forth below." if options.citizenship
                else f"The name, position with {org}, present principal occupation and business address of each of "
                     f"the directors and executive officers of {org} are set forth below.")
    lines = ["EXHIBIT 1", *heading, preamble, org] + caption
    for index, person in enumerate(roster.people):
        row = _bracketed([f"({index + 1})"]) if options.numbered else []
        row += _bracketed([printed_name(person, options)])
        if options.citizenship:
            row += _bracketed([person["citizenship"]])
        if options.page_break_in == index:
            row += ["2"] + (caption if options.repeat_header else [])
        row += _bracketed([piece for title in person["positions"]
                           for piece in textwrap.wrap(title, wrap, break_on_hyphens=False)] or [empty])
        row += _bracketed([piece for item in person["other_positions"]
                           for piece in textwrap.wrap(item, wrap, break_on_hyphens=False)] or [empty])
        row += _bracketed([piece for line in person["address"]
                           for piece in textwrap.wrap(line, wrap, break_on_hyphens=False)])
        row += _bracketed(["0"]) + _bracketed(["None"])
        lines += row + (["_" * 30] if options.rules else [])
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


FAMILIES = {"html_surname_titles_cell_sections_address_second_citizenship_last":
                html_surname_titles_cell_sections_address_second_citizenship_last,
            "edgar_caps_slashed_titles_no_blank_rows_default_address":
                edgar_caps_slashed_titles_no_blank_rows_default_address,
            "dot_leader_sections_titles_of_org_address_lines_exceptions":
                dot_leader_sections_titles_of_org_address_lines_exceptions,
            "bracketed_pipe_cells_citizenship_second_shares_columns":
                bracketed_pipe_cells_citizenship_second_shares_columns}
