"""Held-out re-layout families, hundred-and-fifty-second set (see tests/relayout.py for render(), Options, expected()).

Written 2026-12-08 (00:30-00:37 UTC by `date`) by helper session gather152 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: RECOMBINATIONS OF KNOWN FEATURES. No family adds a feature of its own; each puts together
layout choices that earlier families and real development rosters already have, in a combination no one earlier
family has (checked against the comment blocks at the end of tests/relayout.py and the docstrings of heldout137,
140, 143, 146 and 149):

- edgar_segmented_dash_grid_name_over_address_title_occupation_columns_citizen_line_only_exceptions: Castlerigg's
  EDGAR <TABLE> whose caption and every entry are framed by segmented dashed rules, one segment a column (dev/text_
  grid4col_citizenship_castlerigg.txt; its 'Page 21 of 27 Pages' folio), three columns: LOR Finance's 'NAME,
  BUSINESS ADDRESS' column, the name over the address lines (dev/text_asterisk_member_nameaddr_lor_finance.txt) |
  'POSITION WITH <ORG>', one title a line (National Grid's stacked titles, dev/text_stacked_name_title_lines_
  postamble_address_national_grid.txt) | 'PRINCIPAL OCCUPATION' (Castlerigg's column); no citizenship column: LOR
  Finance's preamble 'Unless otherwise indicated, each individual is a citizen of X' with a 'Citizen of Y' line
  under the address only for the exceptions (relayout_heldout lor_finance_star_members_citizen_line_under_address,
  there without a grid or a title column). The earlier Castlerigg recombination segmented_rule_grid_stacked_offices_
  citizenship_last prints the address and a citizenship as columns of their own, the titles and occupation in one.
- sbc_sections_paren_occupation_default_address_preamble_exception_address_under_name_citizenship_postamble:
  SBC's two columns without table tags under 'Directors' / 'Executive Officers' sections each with its own sentence
  (dev/text_twocol_director_paren_sbc.txt: 'Name' | 'Present Principal Occupation or Employment', the titles then
  the outside occupation in parentheses), Harvard's dash-underlined captions, blank line between rows and preamble
  'If no business address is given, the business address ... is <A>' (dev/text_name_office_harvard_college.txt),
  the exceptions' address lines indented under the name (ConAgra's name-over-address column, dev/text_indented_
  nameaddr_conagra_foods.txt), the citizenship said once AFTER the list with the exceptions named (relayout_
  heldout137's pipe postamble; IDT's 'other than' sentence, dev/text_fixed4col_position_occupation_idt_
  corporation.txt). Earlier SBC families (director_paren_occupation_two_sections, sbc_director_paren_occupation_
  address_column) print each address or a citizenship in the row.
- power_corp_roman_keys_without_citizenship_key_numbered_sections_citizenship_postamble_exceptions: Power
  Corporation's roman-keyed lines in text (dev/labelled_roman_power_corp.txt: '(i)' name ... at column 8, value lines
  hanging, '<PAGE>' breaks), here four keys '(i)' name, '(ii)' title, '(iii)' principal occupation, '(iv)' business
  address with the key list in a preamble sentence of each section, under Danaher's numbered sections '1. Directors
  of <Org>' / '2. Executive Officers of <Org>' (dev/text_dotleader_twocol_history_danaher.txt), the citizenship
  said once after the list with the exceptions named (heldout143's HTML roman family's postamble; there in <p>
  paragraphs under underlined headings, no roman text family has sections or a citizenship postamble).
- html_refac_name_and_titles_cell_occupation_exception_address_cell_citizenship_column_default_address_preamble:
  Refac's two cells 'Name and Title' (the name, a comma, the titles under it) | 'Occupation and Business Address'
  (the outside occupation, or the person's own titles 'of <Org>' when there is none) with its preamble 'Unless
  otherwise specified, the business address of each person is <A>' and an address only for the exceptions
  (dev/text_twocol_nametitle_dashed_refac.txt, there an EDGAR text table), set as an HTML table (Southwestern
  Energy's container, dev/html_section_rows_southwestern_energy.htm) with a third 'Citizenship' column last
  (Citigroup, dev/text_name_title_citizenship_citigroup.txt; Castlerigg). The earlier Refac families (comma_name_
  titles_dashed_rows, name_titles_of_org_dashed_rows_page_reopened, refac_dashed_rows_occupation_cell_blank_for_own_
  office) are text tables with no citizenship column; html_title_paren_citizenship_capital_surnames_default_address
  prints the exception addresses in an address column of their own.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once.
Expected everywhere: every person's own values (relayout.expected(p, org, options)) in printed order; no citizenship
where options.citizenship is False; a default said once is each covered person's own value.

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import html

from relayout import Options, Roster, _wrap_rows, expected, printed_name
from relayout_heldout99 import _done, _numbered, _sentence, _wrap
from relayout_heldout137 import _centred, _citizen, _common
from relayout_heldout143 import _break, _runs, _shared_address
from relayout_heldout149 import _citizenship_sentence


def _wrapped(values: list[str], width: int, indent: str = "  ") -> list[str]:
    return [piece for value in values for piece in _wrap(value, width, indent)]


# ---- 1. Castlerigg's segmented dashed grid, LOR's name-over-address column, a citizen line only for exceptions ----
def edgar_segmented_dash_grid_name_over_address_title_occupation_columns_citizen_line_only_exceptions(
        roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """Castlerigg's Appendix (dev/text_grid4col_citizenship_castlerigg.txt): an EDGAR <TABLE>, segmented rules ('-'
    segments, '=' when options.rules) above and below the centred caption and after every entry, '<S>'/'<C>' with
    options.markers; columns 'NAME, BUSINESS ADDRESS' (the name, then the address lines, then 'Citizen of Y' for a
    person whose citizenship is not the preamble's default) | 'POSITION WITH <ORG>' (one title a line) | 'PRINCIPAL
    OCCUPATION' ('--' when none). The preamble says LOR Finance's 'Unless otherwise indicated, each individual is a
    citizen of X' (no sentence and no citizen lines when options.citizenship is False). 'n.' before the name when
    numbered; a page break (options.page_break_in) after the entry's first row closes the table, prints the folio
    'Page 21 of 27 Pages', and opens it again with the caption when options.repeat_header."""
    org = roster.organization
    widths = [max(options.width, 28) + 4, 30, 32]
    default = _common([p["citizenship"] for p in roster.people])
    dash = "=" if options.rules else "-"
    rule = " ".join(dash * (w - 1) for w in widths)

    def centred_cells(texts: list[list[str]]) -> list[list[str]]:
        return [[f"{t:^{w - 1}}" for t in _wrapped(c, w - 2, "")] for c, w in zip(texts, widths)]

    caps = centred_cells([["Name, Business Address"], [f"Position with {org}"], ["Principal Occupation"]])
    depth = max(len(c) for c in caps)
    caps = [c + [""] * (depth - len(c)) for c in caps]
    caption = ["<CAPTION>", rule] + ([f"{'<S>':<{widths[0]}}{'<C>':<{widths[1]}}<C>"] if options.markers else []) + \
        _wrap_rows(caps, widths) + [rule]
    lines = ["Page 20 of 27 Pages", ""] + _centred("APPENDIX III") + _centred("------------") + [""] + \
        _centred(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}") + [""]
    pre = f"          The following table sets forth the name, business address, position with {org} and present " \
        f"principal occupation of each of the directors and executive officers of {_sentence(org)}"
    if options.citizenship:
        pre += f" Unless otherwise indicated, each individual is {_citizen(default)}."
    lines += _wrap(pre, 78) + ["", "<TABLE>"] + caption
    for index, person in enumerate(roster.people):
        left = _wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2, "  ")
        left += _wrapped(person["address"], widths[0] - 2)
        if options.citizenship and person["citizenship"] != default:
            left += _wrap(f"Citizen of {person['citizenship']}", widths[0] - 2, "  ")
        cells = [left, _wrapped(person["positions"], widths[1] - 2),
                 _wrapped(person["other_positions"] or ["--"], widths[2] - 2)]
        rows = _wrap_rows(cells, widths)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["</TABLE>"] + _break(options, "Page 21 of 27 Pages") + ["<TABLE>"] + \
                (caption if options.repeat_header else [])
        lines += rows + [rule]
    lines.append("</TABLE>")
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. SBC's sections and parenthesised occupation, Harvard's default address, the citizenship after the list ----
def sbc_sections_paren_occupation_default_address_preamble_exception_address_under_name_citizenship_postamble(
        roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """SBC's Exhibit I (dev/text_twocol_director_paren_sbc.txt): no table tags, a centred underlined title, per
    'Directors' / 'Executive Officers' run a section title at the margin and its own sentence, the captions 'Name' |
    'Present Principal Occupation or Employment' underlined with dashes (Harvard, dev/text_name_office_harvard_
    college.txt), the right column at 35 holding the titles joined '; ' then the outside occupation in parentheses;
    Harvard's preamble 'If no business address is given, the business address of such director or executive officer
    is <A>' (the most shared address), the address lines of every other person indented three under the name; a
    blank line between rows (a dashed rule when options.rules); the citizenship said once after the list with the
    exceptions named (none when options.citizenship is False). 'n.' when numbered; a page break (options.page_break_
    in) after the entry ('<PAGE>' or a form feed, 'Page 12 of 12 Pages', the captions again when repeat_header)."""
    org = roster.organization
    left, right = 35, max(options.width, 28) + 12
    shared = _shared_address(roster)
    caption = [f"{'Name':<{left}}Present Principal Occupation or Employment", f"{'----':<{left}}" + "-" * 42]
    lines = ["Exhibit I", f"{'Page 11 of 12 Pages':>80}", "-" * 80, "", ""]
    title = f"Directors and Executive Officers of {org}"
    lines += [f"           {title}", "           " + "-" * len(title), "", ""]
    if shared:
        pre = f"     If no business address is given, the business address of such director or executive officer " \
            f"is {', '.join(shared)}."
    else:
        pre = "     The business address of each director and executive officer is given under the name."
    lines += _wrap(pre, 78) + [""]
    for kind, first, people in _runs(roster):
        lines += ["", kind, ""]
        lines += _wrap(f"         Our {kind.lower()} and their principal occupations as of the date hereof are set "
                       f"forth in the following table.", 78) + [""] + caption + [""]
        for offset, person in enumerate(people):
            index = first + offset
            name = _wrap(_numbered(index, printed_name(person, options), options), left - 2, "  ")
            if tuple(person["address"]) != shared:
                name += ["   " + line for line in _wrapped(person["address"], left - 5)]
            occupation = "; ".join(person["positions"])
            if person["other_positions"]:
                occupation += f" ({'; '.join(person['other_positions'])})"
            lines += _wrap_rows([name, _wrap(occupation, right)], [left, right])
            if options.page_break_in == index:
                lines += _break(options, "Page 12 of 12 Pages") + (caption + [""] if options.repeat_header else [])
            else:
                lines.append("-" * (left + right) if options.rules else "")
    if options.citizenship:
        lines += [""] + _wrap("     " + _citizenship_sentence(roster.people, "Each of the persons listed above is"), 78)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 3. Power Corporation's roman keys under Danaher's numbered sections, the citizenship after the list ----------
def power_corp_roman_keys_without_citizenship_key_numbered_sections_citizenship_postamble_exceptions(
        roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """Power Corporation's Exhibit A (dev/labelled_roman_power_corp.txt): the keys '(i)' name, '(ii)' title,
    '(iii)' principal occupation, '(iv)' principal business address at the margin, the values at column 8, further
    lines hanging at 8, a blank line between persons; under Danaher's numbered sections '1. Directors of <Org>' /
    '2. Executive Officers of <Org>' (dev/text_dotleader_twocol_history_danaher.txt), each with the key list in its
    own preamble sentence; titles joined ' and ', the outside occupations joined '; ' ('None' when there is none),
    the address one line a line. No citizenship key: the citizenship said once after the list with the exceptions
    named (none when options.citizenship is False). 'n.' before the name when numbered; a '-' rule between persons
    when ruled; a page break ('<PAGE>' or a form feed, 'A-2') after the entry's '(ii)' line."""
    org = roster.organization
    lines = ["<PAGE>" if options.markers else "", f"{'EXHIBIT A':>79}", ""]
    lines += _centred(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}") + [""]

    def keyed(key: str, values: list[str], width: int) -> list[str]:
        body = [piece for value in values for piece in _wrap(value, width)] or [""]
        return [f"{key:<8}{body[0]}"] + [" " * 8 + line for line in body[1:]]

    for number, (kind, first, people) in enumerate(_runs(roster), start=1):
        lines += [f"{number}.  {kind} of {org}", ""]
        lines += _wrap(f"The (i) name, (ii) title, (iii) principal occupation and (iv) principal business address "
                       f"of each of the {kind.lower()} of {org} are listed below.", 78) + [""]
        for offset, person in enumerate(people):
            index = first + offset
            width = max(options.width, 28) + 30
            lines += keyed("(i)", [_numbered(index, printed_name(person, options), options)], width)
            lines += keyed("(ii)", [" and ".join(person["positions"])], width)
            if options.page_break_in == index:
                lines += _break(options, "A-2")
            lines += keyed("(iii)", ["; ".join(person["other_positions"]) or "None"], width)
            lines += keyed("(iv)", person["address"], width)
            lines += (["-" * 40] if options.rules else []) + [""]
    if options.citizenship:
        lines += _wrap(_citizenship_sentence(roster.people, "Each of the persons listed above is"), 78)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 4. Refac's two cells in an HTML table, a Citizenship column, the address only for exceptions --------------
def html_refac_name_and_titles_cell_occupation_exception_address_cell_citizenship_column_default_address_preamble(
        roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """Refac's Exhibit 99.2 (dev/text_twocol_nametitle_dashed_refac.txt) as an HTML table: 'Name and Title' (the
    name and a comma, then the titles joined '; ' after a <br>) | 'Occupation and Business Address' (the outside
    occupations joined '; ', or the person's own titles '<title> of <Org>' when there is none, then, only for a
    person whose address is not the preamble's default, the address lines after <br>) | 'Citizenship' (not when
    options.citizenship is False). The preamble: 'Unless otherwise specified, the business address of each person is
    <A>' (the most shared address; every address printed when none is shared). 'n.' before the name when numbered;
    border="1" when ruled; <font> wrapping with options.markers; a page break after the entry's row closes the
    table, a page-break-before paragraph '2', a new table (the header row again when options.repeat_header)."""
    org = roster.organization
    shared = _shared_address(roster)
    border = ' border="1"' if options.rules else ""
    opening = f'<table width="100%" cellpadding="3" cellspacing="0"{border}>'
    heads = ["Name and Title", "Occupation and Business Address"] + (["Citizenship"] if options.citizenship else [])
    header = "<tr>" + "".join(f'<td valign="bottom"><b><u>{h}</u></b></td>' for h in heads) + "</tr>"

    def font(text: str) -> str:
        return f'<font face="Times New Roman" size="2">{text}</font>' if options.markers else text

    pre = "During the last five years, no person set forth below has been convicted in a criminal proceeding or " \
        "was a party to a civil proceeding described in Item 2 of Schedule 13D."
    if shared:
        pre += f" Unless otherwise specified, the business address of each person is {', '.join(shared)}."
    parts = ["<html><body>", "<p>Exhibit 99.2</p>",
             f'<p align="center"><b>Identity and Background of {html.escape(org)} Officers and Directors</b></p>',
             f"<p>{html.escape(pre)}</p>", opening, header]
    for index, person in enumerate(roster.people):
        name = html.escape(_numbered(index, printed_name(person, options), options)) + ",<br>" + \
            html.escape("; ".join(person["positions"]))
        occupation = "; ".join(person["other_positions"]) or "; ".join(f"{t} of {org}" for t in person["positions"])
        cell = [html.escape(occupation)]
        if tuple(person["address"]) != shared:
            cell += [html.escape(a) for a in person["address"]]
        row = [name, "<br>".join(cell)] + ([html.escape(person["citizenship"])] if options.citizenship else [])
        parts.append("<tr>" + "".join(f'<td valign="top">{font(c)}</td>' for c in row) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", '<p style="page-break-before:always" align="center">2</p>', opening] + \
                ([header] if options.repeat_header else [])
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


FAMILIES = {
    "edgar_segmented_dash_grid_name_over_address_title_occupation_columns_citizen_line_only_exceptions":
        edgar_segmented_dash_grid_name_over_address_title_occupation_columns_citizen_line_only_exceptions,
    "sbc_sections_paren_occupation_default_address_preamble_exception_address_under_name_citizenship_postamble":
        sbc_sections_paren_occupation_default_address_preamble_exception_address_under_name_citizenship_postamble,
    "power_corp_roman_keys_without_citizenship_key_numbered_sections_citizenship_postamble_exceptions":
        power_corp_roman_keys_without_citizenship_key_numbered_sections_citizenship_postamble_exceptions,
    "html_refac_name_and_titles_cell_occupation_exception_address_cell_citizenship_column_default_address_preamble":
        html_refac_name_and_titles_cell_occupation_exception_address_cell_citizenship_column_default_address_preamble,
}
