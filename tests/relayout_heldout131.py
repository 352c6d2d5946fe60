"""Held-out re-layout families, hundred-and-thirty-first set (see tests/relayout.py for render(), Options, expected()).

Written 2026-12-07 (18:36-18:38 UTC by `date`) by helper session gather131 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: RECOMBINATIONS OF KNOWN FEATURES. No family adds a feature of its own; each puts together
layout choices that earlier families and real rosters already have, in a combination no one family has:

- edgar_name_address_cell_occupation_then_position_table: a fixed-width EDGAR <TABLE> with bottom-aligned
  dash-underlined captions and '<S>'/'<C>' (AIG's Exhibit A, dev/text_fixed4col_aig.txt; relayout_heldout99's
  _edgar_table), the name and business address stacked in ONE first cell (Lor Finance's name-and-address cells,
  dev/text_asterisk_member_nameaddr_lor_finance.txt; ConAgra's dev/text_indented_nameaddr_conagra_foods.txt), the
  PRINCIPAL OCCUPATION before the POSITION (relayout.shuffled_columns reorders columns), occupation wrapping at
  options.width (relayout.two_column), CITIZENSHIP last.
- html_citizenship_second_one_line_address_table: an HTML table, one <tr> per person (Southwestern Energy's
  dev/html_section_rows_southwestern_energy.htm; relayout_heldout99's _html_table), the Citizenship cell second
  (relayout_heldout98.edgar_citizenship_second_address_third_occupation_last, there in text), and the address
  lines joined by ', ' into one line (relayout_heldout98.html_paragraph_bold_name_labelled_lines_default_
  citizenship prints the address on one label line).
- text_underlined_name_hanging_labels_occupation_first: no tags: each name on its own line underlined with dashes
  (relayout.surname_headings prints a heading per person; Forstmann Little's dev/text_centered_names_gp_preamble_
  forstmann_little.txt sets names off on their own lines), then colon labels with hanging continuation lines
  (relayout_heldout92.colon_labels_hanging_address_default_citizenship_exceptions; Micron's dev/labelled_blocks_
  micron.txt), the 'Principal Occupation:' label FIRST and 'Present Position:' after it (Canopy's dev/labelled_
  occupation_canopy.txt leads with the occupation).
- html_definition_list_surname_first_numbered_dt: HTML without table tags: a <dl> with the name in <dt> and one <dd>
  per field with a bold label (relayout_heldout12.definition_list_html), the address lines apart by <br> in one <dd>
  (Southwestern Energy's address cell), and a centred 'Page n' <p> at a page break with a repeated heading
  '(continued)' (relayout_heldout129.h3_heading_entries_html).

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in printed order; no
citizenship where options.citizenship is False (none is printed then).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import html

from relayout import Options, Roster, expected, printed_name
from relayout_heldout99 import _done, _edgar_table, _html_table, _joined, _lines, _numbered, _sentence, _wrap


def _said(options: Options) -> str:
    return ", business address and citizenship" if options.citizenship else " and business address"


# ---- 1. name and address in one EDGAR cell, occupation before position ---------------------------------------------
def edgar_name_address_cell_occupation_then_position_table(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """Columns: NAME AND BUSINESS ADDRESS (the name, then the address lines indented two spaces, their continuations six) | PRINCIPAL
    OCCUPATION OR EMPLOYMENT (wrapping at options.width; '--' where none) | POSITION WITH <ORG> ('--' where none) |
    CITIZENSHIP (when printed). A page break after the entry's first line with 'Page 2'."""
    org = roster.organization

    def name_address(index: int, person: dict) -> list[str]:
        name = _wrap(_numbered(index, printed_name(person, options), options), 28, "  ")
        return name + [piece for line in person["address"] for piece in _wrap("  " + line, 28, "      ")]

    columns = [(32, ["NAME AND BUSINESS ADDRESS"], name_address),
               (options.width + 2, ["PRINCIPAL OCCUPATION", "OR EMPLOYMENT"],
                lambda i, p: _lines(p["other_positions"], options.width) or ["--"]),
               (26, [f"POSITION WITH {org.upper()}"], lambda i, p: _lines(p["positions"], 24) or ["--"]),
               (15 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 13))]
    head = [f"{'SCHEDULE A':^78}".rstrip(), ""]
    head += [f"{t:^78}".rstrip() for t in _wrap(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 70)]
    said = " and citizenship" if options.citizenship else ""
    head += [""] + _wrap(_sentence(f"     Set forth below are the name and business address, the principal "
                                   f"occupation or employment, the present position with {org}{said} of each "
                                   f"director and executive officer of {org}"), 78)
    lines = _edgar_table(roster, options, columns, "Page 2", head)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. HTML table, citizenship second, the address on one line ----------------------------------------------------
def html_citizenship_second_one_line_address_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """Columns: Name | Citizenship (when printed) | Present Position with <org> | Principal Occupation | Business
    Address (lines joined by ', '); an em dash where a cell is empty; 'n.' before the name when numbered; border="1"
    when ruled; <font> with markers; a page break after the entry's row with '-2-'."""
    org = roster.organization
    heads = ["Name"] + (["Citizenship"] if options.citizenship else []) + \
        [f"Present Position with {org}", "Principal Occupation", "Business Address"]

    def cells(index: int, person: dict) -> list[str]:
        row = [html.escape(_numbered(index, printed_name(person, options), options))]
        if options.citizenship:
            row.append(html.escape(person["citizenship"] or "") or "&#8212;")
        return row + [_joined(person["positions"]), _joined(person["other_positions"]),
                      html.escape(", ".join(person["address"])) or "&#8212;"]

    title = ["ANNEX I", f"INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"]
    notes = [html.escape(_sentence(f"The foregoing sets forth the name{_said(options)}, present position and "
                                   f"principal occupation of each director and executive officer of {org}"))]
    text = _html_table(roster, options, heads, cells, title, "-2-", notes)
    return ".htm", text, [expected(p, org, options) for p in roster.people]


# ---- 3. underlined names, hanging colon labels, occupation first --------------------------------------------------
def text_underlined_name_hanging_labels_occupation_first(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """Each entry: the name on its own line ('n.' before it when numbered), a line of dashes under it as long as
    it, then 'Principal Occupation:', 'Present Position:' (with <org>, as the preamble says), 'Business Address:', 'Citizenship:' (when printed)
    labels in a 24-character column, values after them, continuation lines and further values hanging under the
    value (wrapping at options.width + 10); 'None' where a value is missing. A line of '=' between entries when
    ruled (else a blank line); a page break (form feed, '2', the title '(continued)' when repeat_header) after the
    entry's underlined name."""
    org = roster.organization
    width = options.width + 10

    def labelled(label: str, values: list[str]) -> list[str]:
        pieces = [piece for v in values for piece in _wrap(v, width, "  ")] or ["None"]
        return [f"    {label if i == 0 else '':<24}{piece}" for i, piece in enumerate(pieces)]

    title = f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"
    lines = [f"{'EXHIBIT 99.2':>78}", ""] + [f"{t:^78}".rstrip() for t in _wrap(title, 70)] + [""]
    lines += _wrap(_sentence(f"     The principal occupation, present position with {org}{_said(options)} of "
                             f"each director and executive officer of {org} are set forth below"), 78) + [""]
    for index, person in enumerate(roster.people):
        if index:
            lines += ["=" * 78, ""] if options.rules else [""]
        name = _numbered(index, printed_name(person, options), options)
        lines += [name, "-" * len(name)]
        if options.page_break_in == index:
            lines += ["", "\f" + f"{'2':^78}".rstrip(), ""]
            if options.repeat_header:
                lines += [f"{t:^78}".rstrip() for t in _wrap(title + " (continued)", 70)] + [""]
        lines += labelled("Principal Occupation:", person["other_positions"])
        lines += labelled("Present Position:", person["positions"])
        lines += labelled("Business Address:", person["address"])
        if options.citizenship:
            lines += labelled("Citizenship:", [person["citizenship"]] if person["citizenship"] else [])
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 4. a definition list ------------------------------------------------------------------------------------------
def html_definition_list_surname_first_numbered_dt(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """<dl>: the name in <dt> (bold; 'n.' before it when numbered; surname first when upper_last_first), then a
    <dd> per field with a bold label: 'Present Position:', 'Principal Occupation:' (values apart by <br>; 'None'
    where missing), 'Business Address:' (lines apart by <br>), 'Citizenship:' (when printed). An <hr> between
    entries when ruled; <font> wrappers with markers; a page break after the entry's <dt> with a centred 'Page 2'
    <p> and the heading '(continued)' when repeat_header."""
    org = roster.organization

    def font(text: str) -> str:
        return f"<font face=\"Times New Roman\" size=\"3\">{text}</font>" if options.markers else text

    def field(label: str, values: list[str]) -> str:
        body = "<br>".join(html.escape(v) for v in values) or "None"
        return f"<dd>{font(f'<b>{html.escape(label)}</b> {body}')}</dd>"

    heading = f"Directors and Executive Officers of {html.escape(org)}"
    parts = ["<html><body>", "<p align=\"center\"><b>SCHEDULE I</b></p>", f"<p align=\"center\"><b>{heading}</b></p>",
             "<p>" + html.escape(_sentence(f"The name, present position, principal occupation{_said(options)} of "
                                           f"each director and executive officer of {org} are set forth below")) +
             "</p>", "<dl>"]
    for index, person in enumerate(roster.people):
        if options.rules and index:
            parts.append("</dl><hr/><dl>")
        name = html.escape(_numbered(index, printed_name(person, options), options))
        parts.append(f"<dt>{font(f'<b>{name}</b>')}</dt>")
        if options.page_break_in == index:
            parts += ["</dl>", "<p style=\"page-break-before:always\" align=\"center\">Page 2</p>"]
            if options.repeat_header:
                parts.append(f"<p align=\"center\"><b>{heading} (continued)</b></p>")
            parts.append("<dl>")
        parts.append(field("Present Position:", person["positions"]))
        parts.append(field("Principal Occupation:", person["other_positions"]))
        parts.append(field("Business Address:", person["address"]))
        if options.citizenship:
            parts.append(field("Citizenship:", [person["citizenship"]] if person["citizenship"] else []))
    parts += ["</dl>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


FAMILIES = {
    "edgar_name_address_cell_occupation_then_position_table": edgar_name_address_cell_occupation_then_position_table,
    "html_citizenship_second_one_line_address_table": html_citizenship_second_one_line_address_table,
    "text_underlined_name_hanging_labels_occupation_first": text_underlined_name_hanging_labels_occupation_first,
    "html_definition_list_surname_first_numbered_dt": html_definition_list_surname_first_numbered_dt,
}
