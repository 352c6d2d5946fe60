"""Held-out re-layout families, hundred-and-thirteenth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (15:08-15:11 UTC by `date`) by helper session gather113 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: RECOMBINATIONS OF KNOWN FEATURES. No family adds a feature of its own; each puts together
layout choices that earlier families and real rosters already have, in a combination no one family has:

- edgar_citizenship_first_occupation_items_address_last: a fixed-width EDGAR <TABLE> with <CAPTION> (AIG's Exhibit
  A, dev/text_fixed4col_aig.txt; University Capital Strategies Group, dev/text_fixed5col_ownership_ucsg.txt) whose
  FIRST column is the citizenship (relayout.wrapped_citizenship_first, a table without EDGAR tags until now), then
  NAME, then PRESENT PRINCIPAL OCCUPATION OR EMPLOYMENT as the 'Title, Org' items followed by the outside
  occupations (relayout.occupation_items; relayout_heldout95/98/104/107), then BUSINESS ADDRESS last (relayout_
  heldout107), an 'I-2' folio at a page break.
- html_th_number_cell_name_title_cell_address_citizenship_last: an HTML table with <th> captions (relayout_heldout7.
  nationality_adjective_th_html, relayout_heldout110's <th> family) whose first cell holds the bold name with the
  titles under it in italics, one a line (relayout.html_name_and_title_cell; Smith Barney's stacked name and title,
  dev/table_stacked_name_title_citizenship_smith_barney.txt), the number in a cell of its own in the numbered
  variant (relayout_heldout101.saved_as_text_cells_citizenship_first_number_cell, saved as text there), then
  Principal Occupation | Business Address | Citizenship last (AIG's column order, dev/text_fixed4col_aig.txt).
- name_line_prose_default_address_exceptions: no tags; the name on a line of its own (relayout.name_heading_
  unlabelled, relayout.surname_headings) over a prose paragraph in Chittenden's manner (dev/prose_chittenden_
  corporation.txt; relayout.prose_sentences) naming the positions, the principal occupation and the citizenship in
  sentences, under a preamble giving the business address most people share (Forstmann Little's Schedule I,
  dev/text_centered_names_gp_preamble_forstmann_little.txt; relayout_heldout110.text_runin_labelled_paragraph_
  default_address_citizenship_exceptions), the address printed in the paragraph only for the exceptions.
- saved_text_pipe_cells_number_cell_citizenship_second: HTML saved as text with a '|' line before and after every
  cell and the cell's text wrapped over narrow lines between them (St. Paul Travelers' Exhibit 1, dev/html_as_text_
  pipes_truncated_cells_st_paul_travelers.txt; Trilogy's, dev/html_as_text_pipes_yes_no_flag_columns_footnotes_
  trilogy_2008.txt), in the order No. (numbered variant; relayout_heldout101's number cell) | Name | Citizenship
  (second, as Castlerigg's Appendix III, dev/text_grid4col_citizenship_castlerigg.txt) | Position with <org> |
  Present Principal Occupation | Business Address, the values of a cell joined by '; '.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in printed order; no
citizenship where options.citizenship is False (none is printed then). A preamble's default address stands for an
address equal to the person's own, so the expected address is still the person's.

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import html

from relayout import Options, Roster, expected, occupation_items, printed_name
from relayout_heldout99 import _done, _edgar_table, _lines, _name_cell, _numbered, _sentence, _wrap
from relayout_heldout110 import _common_address


def _people(roster: Roster, options: Options) -> list[dict]:
    return [expected(p, roster.organization, options) for p in roster.people]


def _of(org: str) -> str:
    """The organisation closing a sentence: no second full stop after 'Inc.'."""
    return org if org.endswith(".") else org + "."


def _head(title: str, lines: list[str]) -> list[str]:
    return [f"{title:^78}".rstrip(), ""] + [f"{t:^78}".rstrip() for line in lines for t in _wrap(line, 70)]


# ---- 1. EDGAR <TABLE>: citizenship first, occupation items, address last -------------------------------------------
def edgar_citizenship_first_occupation_items_address_last(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """After AIG's Exhibit A (an EDGAR <TABLE> with <CAPTION>) with relayout.wrapped_citizenship_first's order.
    Columns: CITIZENSHIP (when printed; wrapping at 14) | NAME ('n.' before it in the numbered variant) | PRESENT
    PRINCIPAL OCCUPATION OR EMPLOYMENT (each 'Title, Org' item, then each outside occupation, wrapping at
    options.width + 6 with a two-space hanging indent) | BUSINESS ADDRESS (one line per address line). '<S>'/'<C>'
    with options.markers, a dashed rule between entries in the ruled variant, else a blank line; a page break after
    the entry's first line with the folio 'I-2' and the caption again when options.repeat_header."""
    org = roster.organization
    columns = [(16 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 14)),
               (27, ["NAME"], _name_cell(options, 27)),
               (options.width + 8, ["PRESENT PRINCIPAL OCCUPATION", "OR EMPLOYMENT"],
                lambda i, p: _lines(occupation_items(p, org), options.width + 8)),
               (32, ["BUSINESS ADDRESS"], lambda i, p: _lines(p["address"], 32))]
    head = _head("SCHEDULE I", ["DIRECTORS AND EXECUTIVE OFFICERS OF", org.upper()]) + [""]
    said = "citizenship, name, present principal occupation or employment and business address" \
        if options.citizenship else "name, present principal occupation or employment and business address"
    head += _wrap(f"The following table sets forth the {said} of each director and executive officer of {_of(org)}",
                  78)
    lines = _edgar_table(roster, options, columns, "I-2", head)
    return ".txt", _done(lines), _people(roster, options)


# ---- 2. HTML: <th> captions, number cell, name-and-title cell, citizenship last ------------------------------------
def html_th_number_cell_name_title_cell_address_citizenship_last(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """After relayout.html_name_and_title_cell (the bold name with the titles under it in one cell), with <th>
    captions. Columns: 'No.' (numbered variant: 'n.' in a cell of its own) | 'Name and Position with <org>' (the
    name in bold, then each title in italics on a line of its own after <br>) | 'Present Principal Occupation'
    (one outside occupation a line; '&#8212;' where none) | 'Business Address' (one line per address line) |
    'Citizenship' (when printed). border="1" in the ruled variant, <font> wrappers with markers; a page break after
    the entry's row closes the table, a 'Schedule A-2' paragraph with page-break-before, and a new table with the
    caption row when options.repeat_header."""
    org = roster.organization
    heads = (["No."] if options.numbered else []) + [f"Name and Position with {org}", "Present Principal Occupation",
                                                     "Business Address"] + \
        (["Citizenship"] if options.citizenship else [])
    header = "<tr>" + "".join(f"<th align=\"left\" valign=\"bottom\"><u>{html.escape(h)}</u></th>" for h in heads) + \
        "</tr>"
    opening = "<table width=\"100%\" cellpadding=\"2\" cellspacing=\"0\"" + (' border="1"' if options.rules else "") + \
        ">"

    def cell(text: str) -> str:
        body = f"<font size=\"2\" face=\"Times New Roman\">{text}</font>" if options.markers else text
        return f"<td valign=\"top\">{body}</td>"

    def joined(values: list[str]) -> str:
        return "<br>".join(html.escape(v) for v in values) or "&#8212;"

    parts = ["<html><body>", "<p align=\"center\"><b>SCHEDULE A</b></p>",
             f"<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p>",
             f"<p>The name, position with {html.escape(org)}, present principal occupation, business address"
             f"{' and citizenship' if options.citizenship else ''} of each director and executive officer of "
             f"{html.escape(_of(org))} are set forth below.</p>", opening, header]
    for index, person in enumerate(roster.people):
        first = f"<b>{html.escape(printed_name(person, options))}</b>" + \
            "".join(f"<br><i>{html.escape(t)}</i>" for t in person["positions"])
        cells = ([f"{index + 1}."] if options.numbered else []) + \
            [first, joined(person["other_positions"]), joined(person["address"])]
        cells += [html.escape(person["citizenship"] or "")] if options.citizenship else []
        parts.append("<tr>" + "".join(cell(c) for c in cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\" align=\"center\">Schedule A-2</p>",
                      opening] + ([header] if options.repeat_header else [])
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", _people(roster, options)


# ---- 3. text: the name on its line over a prose paragraph, a default address in the preamble -----------------------
def name_line_prose_default_address_exceptions(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Chittenden's prose and relayout.name_heading_unlabelled, under Forstmann Little's preamble. No tags. A
    preamble gives the business address at least two people share ('Unless otherwise indicated, ...'). Then per
    person the printed name on a line of its own ('n.' before it in the numbered variant), and under it a paragraph
    indented by five, wrapped at options.width + 40: '<Name> holds the following positions with <org>: <titles
    joined by '; '>.' (omitted where none), '<Name>'s present principal occupation is <outside occupations joined
    by '; '>.' (omitted where none), 'The business address of <Name> is <address>.' only where it is not the
    preamble's, '<Name> is a citizen of <X>.' (when printed). A line of dashes between persons in the ruled variant,
    else a blank line; a page break after the name line ('<PAGE>' with markers, else a form feed; 'I-2')."""
    org = roster.organization
    address = _common_address(roster)
    width = options.width + 40
    lines = _head("SCHEDULE I", [f"INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"])
    intro = (f"Set forth below are the name, positions with {org}, present principal occupation"
             f"{', business address and citizenship' if options.citizenship else ' and business address'} of each "
             f"director and executive officer of {_of(org)}")
    if address:
        intro += f" Unless otherwise indicated below, the business address of each such person is {address}."
    lines += [""] + _wrap(intro, 76) + [""]
    for index, person in enumerate(roster.people):
        name = person["name"]
        block = [_numbered(index, printed_name(person, options), options)]
        if options.page_break_in == index:
            block += ["", "<PAGE>" if options.markers else "\f", f"{'I-2':^78}".rstrip(), ""]
        text = ""
        if person["positions"]:
            text += _sentence(f"{name} holds the following positions with {org}: {'; '.join(person['positions'])}")
        if person["other_positions"]:
            text += " " + _sentence(f"{name}'s present principal occupation is "
                                    f"{'; '.join(person['other_positions'])}")
        own = ", ".join(person["address"])
        if own != address:
            text += " " + _sentence(f"The business address of {name} is {own}")
        if options.citizenship and person["citizenship"]:
            citizenship = person["citizenship"]
            text += f" {name} is a citizen of {'the ' if citizenship.startswith('United ') else ''}{citizenship}."
        block += ["     " + line for line in _wrap(text.strip(), width)] if text.strip() else []
        lines += block + (["-" * 40] if options.rules else [""])
    return ".txt", _done(lines), _people(roster, options)


# ---- 4. HTML saved as text: '|' around every cell, number cell, citizenship second ---------------------------------
def saved_text_pipe_cells_number_cell_citizenship_second(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """After St. Paul Travelers' Exhibit 1 saved as text (a '|' line before and after each cell, the cell's text
    broken over narrow lines). Cells in order: 'No.' (numbered variant) | 'Name' | 'Citizenship' (when printed) |
    'Position with <org>' | 'Present Principal Occupation' | 'Business Address'; a cell's values joined by '; '
    (the address lines by ', '), wrapped at options.width - 8, 'None' where a person has no title or no outside
    occupation. A blank line between persons (a line of underscores in the ruled variant). A page break after the
    person's name cell: a form feed, 'Page 2', and the caption cells again when options.repeat_header."""
    org = roster.organization
    width = max(options.width - 8, 18)
    heads = (["No."] if options.numbered else []) + ["Name"] + (["Citizenship"] if options.citizenship else []) + \
        [f"Position with {org}", "Present Principal Occupation", "Business Address"]

    def cells(texts: list[str]) -> list[str]:
        out: list[str] = []
        for text in texts:
            out += ["|", *_wrap(text, width), "|"]
        return out

    caption = cells(heads)
    lines = ["EXHIBIT 1", "", f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", "",
             "The following table sets forth the name, "
             f"{'citizenship, ' if options.citizenship else ''}position, present principal occupation and business "
             f"address of each director and executive officer of {_of(org)}", ""] + caption + [""]
    for index, person in enumerate(roster.people):
        row = cells(([f"{index + 1}."] if options.numbered else []) + [printed_name(person, options)])
        if options.page_break_in == index:
            row += ["", "\f", "Page 2", ""] + (caption + [""] if options.repeat_header else [])
        rest = [person["citizenship"] or ""] if options.citizenship else []
        rest += ["; ".join(person["positions"]) or "None", "; ".join(person["other_positions"]) or "None",
                 ", ".join(person["address"])]
        lines += row + cells(rest) + ["_" * 30 if options.rules else ""]
    return ".txt", _done(lines), _people(roster, options)


FAMILIES = {"edgar_citizenship_first_occupation_items_address_last":
            edgar_citizenship_first_occupation_items_address_last,
            "html_th_number_cell_name_title_cell_address_citizenship_last":
            html_th_number_cell_name_title_cell_address_citizenship_last,
            "name_line_prose_default_address_exceptions": name_line_prose_default_address_exceptions,
            "saved_text_pipe_cells_number_cell_citizenship_second":
            saved_text_pipe_cells_number_cell_citizenship_second}
