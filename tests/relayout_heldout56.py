"""Held-out re-layout families, fifty-sixth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (03:49-03:53 UTC by `date`) by helper session gather56 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: RECOMBINATIONS OF KNOWN FEATURES - no layout feature is new; each family puts together
choices that earlier families (tests/relayout.py, tests/relayout_heldout5.py .. 53.py) and the real development
rosters (tests/data/rosters_real/dev/, listed in SOURCES.md) already have, in a combination no one family has:

- html_numbered_cell_caps_name_address_second_citizenship_last: HTML; a number cell of its own in the numbered
  variant (html_th_stacked_titles, heldout18), the name in CAPITALS (labelled_alternative), Business Address SECOND
  with its lines apart by <br> (html_th_address_second_titles_last_citizenship_notes, heldout42; relayout.html_table's
  <br> lines), 'Position with <Org>' one title a <p> (html_paragraph_cells), the outside occupation in its own column
  with '&#8212;' where none (heldout52), Citizenship LAST (Castlerigg's grid); a page break closing the table.
- edgar_three_column_name_citizenship_stack_titles_lines_occupation_address: fixed-width EDGAR <TABLE>; the name with
  the citizenship stacked under it (relayout.two_column; Smith Barney's stacked left cell), a middle column of the
  titles one a line (IDT Nevada's Position column), a right column of the outside occupation then the address lines
  (relayout.two_column's wrapping column), two-line CAPITAL captions (heldout52's edgar_caps...), '<S>'/'<C>'.
- roman_item_labels_address_before_occupation_no_table: no table tags; Power Corporation's roman item labels
  '(i)'..'(v)' (dev/labelled_roman_power_corp.txt) with Micron's label ORDER (dev/labelled_blocks_micron.txt: the
  Business Address before the Principal Occupation), 'SURNAME, Given' entry headings (relayout.surname_headings),
  '<Title> of <Org>' items (relayout.two_column), a legend preamble naming the items.
- pipe_cells_yes_no_bodies_occupation_address_citizenship: HTML saved as text; Trilogy's '|'-led cells with Yes/No
  Director and Executive Officer flag columns (dev/html_as_text_pipes_yes_no_flag_columns_footnotes_trilogy_2008.txt),
  the name as the row's unpiped first line, then St. Paul Travelers' Business Address and Citizenship cells
  (dev/html_as_text_pipes_truncated_cells_st_paul_travelers.txt), the address one comma-joined cell
  (relayout.html_saved_as_text).

Expected everywhere: every person's own values (relayout.expected(p, org, options)); no citizenship where
options.citizenship is False (none is printed then).

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import html
import textwrap

from relayout import Options, Roster, _heading, _surname_first, _wrap_rows, expected, printed_name


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    return textwrap.wrap(text, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False)


def _sentence(text: str) -> str:
    return text if text.endswith(".") else text + "."


def _roman(number: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while number >= value:
            out, number = out + letters, number - value
    return out


# ---- 1. HTML: number cell, capitals name, address second, positions, outside occupation, citizenship last ------
def html_numbered_cell_caps_name_address_second_citizenship_last(roster: Roster, options: Options
                                                                 ) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's Schedule A (dev/html_section_rows_southwestern_energy.htm: bold captions over a
    bottom border, the name in the first cell). Recombined: a number cell of its own before the name in the numbered
    variant (html_th_stacked_titles, heldout18); the name in CAPITALS (labelled_alternative; 'SURNAME, GIVEN' in the
    upper_last_first variant after relayout.printed_name); Business Address SECOND, its lines apart by <br>
    (html_th_address_second_titles_last_citizenship_notes, heldout42; relayout.html_table); 'Position with <Org>' one
    title a <p> (html_paragraph_cells); 'Principal Occupation (if other than with <Org>)' with '&#8212;' where none
    (heldout52's html_surname_titles_cell...); Citizenship LAST (Castlerigg's grid, dev/text_grid4col_citizenship_
    castlerigg.txt), left out with options.citizenship False. The ruled variant draws cell borders; a page break after
    entry options.page_break_in closes the table, prints 'A-1' and opens a new one, the caption row again if it
    repeats."""
    org = roster.organization
    heads = (["No."] if options.numbered else []) + ["Name", "Business Address", f"Position with {org}",
                                                     f"Principal Occupation (if other than with {org})"] + (
        ["Citizenship"] if options.citizenship else [])
    header = "<tr>" + "".join(f"<td valign=\"bottom\" style=\"border-bottom:1px solid #000\"><b>{html.escape(h)}"
                              f"</b></td>" for h in heads) + "</tr>"
    style = " style=\"border:1px solid #000\"" if options.rules else ""
    border = " border=\"1\"" if options.rules else ""
    opening = f"<table cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"{border}>"
    says = "name, business address, position with " + org + ", principal occupation" + (
        " and citizenship" if options.citizenship else "")
    parts = ["<html><body>", "<p align=\"right\">Exhibit 99.2</p>", "<p align=\"center\"><b>ANNEX A</b></p>",
             f"<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p>",
             "<p>" + html.escape(_sentence(f"The following table sets forth the {says} of each director and executive "
                                           f"officer of {org}")) + "</p>",
             opening, header]
    for index, person in enumerate(roster.people):
        cells = ([f"{index + 1}."] if options.numbered else []) + [
            html.escape(printed_name(person, options).upper()),
            "<br>".join(html.escape(line) for line in person["address"]),
            "".join(f"<p>{html.escape(t)}</p>" for t in person["positions"]) or "&#8212;",
            "; ".join(html.escape(o) for o in person["other_positions"]) or "&#8212;"]
        if options.citizenship:
            cells.append(html.escape(person["citizenship"] or "") or "&nbsp;")
        parts.append("<tr valign=\"top\">" + "".join(f"<td{style}>{c}</td>" for c in cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p align=\"center\">A-1</p>", "<p style=\"page-break-after:always\">&nbsp;</p>", opening] + (
                [header] if options.repeat_header else [])
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. fixed-width EDGAR table: name/citizenship stack | titles one a line | occupation then address ------------
def edgar_three_column_name_citizenship_stack_titles_lines_occupation_address(roster: Roster, options: Options
                                                                              ) -> tuple[str, str, list[dict]]:
    """After IDT Nevada Holdings' Exhibit 4 (dev/text_fixed4col_position_occupation_idt_nevada.txt: an EDGAR <TABLE>
    with a Position column of its own) and Smith Barney's Exhibit 99.A (dev/table_stacked_name_title_citizenship_
    smith_barney.txt: the citizenship stacked in the name's cell). Recombined: three columns - the name with the
    citizenship on the line under it (relayout.two_column: 'Name and Citizenship'), 'POSITION WITH <ORG>' one title a
    line wrapping with a two-space hang (IDT), and 'PRESENT PRINCIPAL OCCUPATION AND BUSINESS ADDRESS' - the outside
    occupations wrapping at options.width, then the address lines (relayout.two_column's wide column), or only the
    address where there is no outside occupation; two-line CAPITAL captions underlined with dashes (heldout52's
    edgar_caps_slashed_titles_no_blank_rows_default_address); '<S>'/'<C>' with options.markers; 'n.' before the name in
    the numbered variant; a blank line between entries, a dashed rule in the ruled variant; '<PAGE>' (a form feed
    without markers), a centred '-2-' and the captions again (if they repeat) after an entry's first line at a page
    break."""
    org = roster.organization
    widths = [32, 30, options.width + 6]
    left_head = ["NAME AND", "CITIZENSHIP"] if options.citizenship else ["", "NAME"]
    caption = [_wrap_rows([[left_head[0]], ["POSITION WITH"], ["PRESENT PRINCIPAL OCCUPATION"]], widths)[0],
               _wrap_rows([[left_head[1]], [_cut(org.upper(), widths[1] - 2)], ["AND BUSINESS ADDRESS"]], widths)[0],
               _wrap_rows([["-" * 20], ["-" * 24], ["-" * 28]], widths)[0]]
    caption = [c for c in caption if c.strip()]
    lines = [_heading(org, options).rstrip("\n"), "",
             *_wrap(_sentence("Set forth below are the name, " + ("citizenship, " if options.citizenship else "")
                              + f"position with {org}, present principal occupation and business address of each "
                              f"director and executive officer of {org}"), 78), "", "<TABLE>", *caption]
    if options.markers:
        lines.append(_wrap_rows([["<S>"], ["<C>"], ["<C>"]], widths)[0])
    for index, person in enumerate(roster.people):
        name = f"{index + 1}. {printed_name(person, options)}" if options.numbered else printed_name(person, options)
        left = _wrap(name, widths[0] - 2, "  ") + (_wrap(person["citizenship"] or "", widths[0] - 2)
                                                    if options.citizenship else [])
        middle = [piece for title in person["positions"] for piece in _wrap(title, widths[1] - 2, "  ")]
        right = [piece for other in person["other_positions"] for piece in _wrap(other, options.width, "  ")]
        right += [piece for line in person["address"] for piece in _wrap(line, options.width + 4, "  ")]
        rows = _wrap_rows([left, middle, right], widths)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", f"{'-2-':^78}".rstrip(), "<PAGE>" if options.markers else "\f", ""] + (
                caption + [""] if options.repeat_header else [])
        lines += rows
        lines.append("-" * sum(widths) if options.rules else "")
    lines.append("</TABLE>")
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


def _cut(text: str, width: int) -> str:
    """The organisation in a caption: whole if it fits, else 'THE COMPANY' (the preamble names it)."""
    return text if len(text) <= width else "THE COMPANY"


# ---- 3. no table tags: roman item labels in Micron's order (address before occupation) -------------------------
def roman_item_labels_address_before_occupation_no_table(roster: Roster, options: Options
                                                         ) -> tuple[str, str, list[dict]]:
    """After Power Corporation of Canada's Exhibit A (dev/labelled_roman_power_corp.txt: a preamble naming the items
    '(i) name, (ii) title, ...', then each entry's lines led by '(i)' .. '(v)', the value at a tab stop, address lines
    under it) with the item ORDER of Micron's Exhibit 1 (dev/labelled_blocks_micron.txt: Business Address before the
    Principal Occupation). Recombined: '(i)' the name - 'SURNAME, Given' (relayout.surname_headings) in the
    upper_last_first variant - with 'n.' flush left before the '(i)' in the numbered variant (Bollore's numbered
    entries, dev/numbered_entities_bollore.txt), '(ii)' the business address lines,
    '(iii)' the titles as '<Title> of <Org>' items joined by '; ' (relayout.two_column), '(iv)' the outside occupation
    ('None' where none; wrapping at options.width + 30 under the value column), '(v)' the country of citizenship (left
    out, and out of the preamble, with options.citizenship False); no table tags; a blank line between entries, a
    dashed rule in the ruled variant; in the numbered variant every label five columns in, the number in the margin
    of the '(i)' line; a page break after an entry's '(ii)' lines ('<PAGE>' with markers, a form feed
    without, 'A-2' at the top)."""
    org = roster.organization
    items = ["name", "principal business address", f"position with {org}", "other principal occupation"] + (
        ["country of citizenship"] if options.citizenship else [])
    legend = ", ".join(f"({_roman(i + 1)}) {item}" for i, item in enumerate(items[:-1])) + f" and ({_roman(len(items))})" \
        f" {items[-1]}"
    lines = [f"{'EXHIBIT A':>78}", "", f"{'DIRECTORS AND EXECUTIVE OFFICERS OF ' + org.upper():^78}".rstrip(), "",
             *_wrap(_sentence(f"The {legend} of each of the directors and executive officers of {org} are listed "
                              "below"), 78), ""]
    margin = " " * 5 if options.numbered else ""
    for index, person in enumerate(roster.people):
        name = _surname_first(person["name"]) if options.upper_last_first else person["name"]
        lead = f"{index + 1}." if options.numbered else ""
        lines.append(f"{lead:<{len(margin)}}{'(i)':<8}{name}")
        lines += [f"{margin}{'(ii)' if n == 0 else '':<8}{line}" for n, line in enumerate(person["address"])]
        if options.page_break_in == index:
            lines += ["", "<PAGE>" if options.markers else "\f", f"{'A-2':>78}", ""]
        titles = "; ".join(f"{t} of {org}" for t in person["positions"]) or "None"
        wrapped = _wrap(titles, options.width + 30)
        lines += [f"{margin}{'(iii)' if n == 0 else '':<8}{line}" for n, line in enumerate(wrapped)]
        wrapped = _wrap("; ".join(person["other_positions"]) or "None", options.width + 30)
        lines += [f"{margin}{'(iv)' if n == 0 else '':<8}{line}" for n, line in enumerate(wrapped)]
        if options.citizenship:
            lines.append(f"{margin}{'(v)':<8}{person['citizenship'] or ''}")
        lines.append("-" * 70 if options.rules else "")
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


def _titles_of(titles: list[str], org: str) -> list[str]:
    """Trilogy's 'President, Chief Executive Officer, and Chairman of the Board of <Org>'; where a title has a comma or
    an 'and' of its own, '<Title> of <Org>' items apart by '; ' so that no title runs into the next."""
    if not titles:
        return []
    if len(titles) == 1:
        return [f"{titles[0]} of {org}"]
    if any("," in t or " and " in t for t in titles):
        return [f"{t} of {org}" for t in titles]
    joined = f"{titles[0]} and {titles[1]}" if len(titles) == 2 else ", ".join(titles[:-1]) + f", and {titles[-1]}"
    return [f"{joined} of {org}"]


# ---- 4. HTML saved as text: '|'-led cells, Yes/No body flags, occupation, address, citizenship -----------------
def pipe_cells_yes_no_bodies_occupation_address_citizenship(roster: Roster, options: Options
                                                             ) -> tuple[str, str, list[dict]]:
    """After Trilogy's 2008 Schedule A saved as text (dev/html_as_text_pipes_yes_no_flag_columns_footnotes_trilogy_
    2008.txt: the caption cells and every row's cells after the first each on a line led by '|', a lone '|' closing
    the row, the name as the row's first line without a '|', 'Director' and 'Executive Officer' columns of 'Yes' /
    'No' (a further flag column, e.g. 'General Partner', where a person of the roster belongs to another body),
    then 'Present Principal Occupation or Employment' as '<Titles> of <Org>; ...'). Recombined with St. Paul
    Travelers' Business Address and Citizenship cells (dev/html_as_text_pipes_truncated_cells_st_paul_travelers.txt)
    and relayout.html_saved_as_text's comma-joined address in one cell; the caption 'Executive' / 'Officer' broken over
    two cells as Trilogy's is. Name as relayout.printed_name ('SURNAME, Given' in the upper_last_first variant), 'n.'
    before it in the numbered variant; a line of underscores after each row in the ruled variant; at a page break
    (after entry options.page_break_in) the page number '2' on a line and the caption cells again if they repeat.
    The occupation is '<Title>, <Title>, and <Title> of <Org>' (each '<Title> of <Org>' apart by '; ' where a title
    has a comma or an 'and' of its own) then the outside occupations, '; '-joined ('--' where there is nothing). The three benchmark variants differ by name form, rules and numbers."""
    org = roster.organization
    others = sorted({b for p in roster.people for b in p["bodies"]} - {"board of directors", "executive officers"})
    caption = ["|Executive", "|Name", "|Director", "|Officer"] + [f"|{b.title()}" for b in others] + [
        "|Present Principal Occupation or Employment", "|Business Address"] + (
        ["|Citizenship"] if options.citizenship else []) + ["|"]
    lines = [f"{'SCHEDULE A':^78}".rstrip(), "", *_wrap(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 60), "",
             *_wrap(_sentence("The name, position with " + org + ", present principal occupation or employment, "
                              "business address" + (" and citizenship" if options.citizenship else "")
                              + f" of each director and executive officer of {org} are set forth below"), 78), "",
             *caption]
    for index, person in enumerate(roster.people):
        name = printed_name(person, options)
        items = _titles_of(person["positions"], org) + person["other_positions"]
        bodies = person["bodies"]
        lines += [f"{index + 1}. {name}" if options.numbered else name,
                  "|Yes" if "board of directors" in bodies else "|No",
                  "|Yes" if "executive officers" in bodies else "|No",
                  *["|Yes" if b in bodies else "|No" for b in others],
                  "|" + ("; ".join(items) or "--"), "|" + ", ".join(person["address"])]
        if options.citizenship:
            lines.append("|" + (person["citizenship"] or ""))
        lines.append("|")
        if options.rules:
            lines.append("_" * 60)
        if options.page_break_in == index and index + 1 < len(roster.people):
            lines += ["", "2", "\f" if not options.markers else "<PAGE>", ""] + (caption if options.repeat_header else [])
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


FAMILIES = {"html_numbered_cell_caps_name_address_second_citizenship_last":
                html_numbered_cell_caps_name_address_second_citizenship_last,
            "edgar_three_column_name_citizenship_stack_titles_lines_occupation_address":
                edgar_three_column_name_citizenship_stack_titles_lines_occupation_address,
            "roman_item_labels_address_before_occupation_no_table":
                roman_item_labels_address_before_occupation_no_table,
            "pipe_cells_yes_no_bodies_occupation_address_citizenship":
                pipe_cells_yes_no_bodies_occupation_address_citizenship}
