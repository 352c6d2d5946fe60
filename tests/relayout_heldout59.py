"""Held-out re-layout families, fifty-ninth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (04:54-04:56 UTC by `date`) by helper session gather59 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: RECOMBINATIONS OF KNOWN FEATURES - each family puts together layout choices that earlier
families and the real rosters (tests/data/rosters_real/SOURCES.md) already have, in a combination no one family has:

- html_citizenship_second_column_address_one_cell: an HTML table Name | Citizenship | Present Principal Occupation
  or Employment | Business Address - citizenship as the SECOND column (as in the fixed-width name/citizenship tables
  of the real Schedule I rosters and heldout families with a citizenship column early), the titles written '<Title>
  of <Org>' in the occupation cell followed by the outside occupations (relayout._occupation's wording, MetLife's
  exhibit), the address on ONE line with commas (AIG's one-line address column), bold-<td> captions
  (heldout57 staggered_board_class_term_html without markers).
- edgar_table_equals_underlined_occupation_before_position: an EDGAR <TABLE> (IDT Nevada's / AIG's fixed-width
  exhibit) whose columns run Name | Present Principal Occupation (outside occupations) | Position(s) with <Org> |
  Citizenship, the occupation column BEFORE the position column, '=' underlined two-line captions (heldout57
  landscape_132_column_table), the business address stacked under the name (MetLife's 'Name and Business Address').
- numbered_paragraph_entries_labelled_sentences: no table tags, each person one paragraph '<Name>. <Title> of <Org>;
  ... Principal occupation: ... Business address: ... Citizenship: ...' - the run-in prose paragraphs of
  heldout23 prose_honorific_paragraphs and the labelled sentences of heldout24 labelled_occupation_sentence_blocks
  (here without honorifics, all fields in one paragraph with a hanging indent), Power Corp's upper-case
  'SURNAME, Given' (tests/data/rosters/all_caps_last_first_power_corp_relayout.txt) in the first variant.
- html_saved_as_text_label_blocks_tab_gaps: an HTML roster saved as text (the saved-as-text cells of Novo's real
  roster, dev/html_as_text_cells_multi_entity_novo.txt, and relayout.py's html_saved_as_text) with the labelled
  blocks of Power Corp (tests/data/rosters/labelled_blocks_power_corp.txt): 'Name:' / 'Position(s):' / 'Principal Occupation:' / 'Business Address:' /
  'Citizenship:' with the value after a run of spaces as a browser's table cells leave it, one address line per
  line under the label, blocks apart by a blank line or a row of '_' (the ruled variant).

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py). tests/test_relayout_families.py only checks that each prints the people it expects;
nothing here says anything about the reader's quality on them (not yet measured).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import html

from relayout import (
    Options,
    Roster,
    _full_stop,
    _numbered,
    _wrap_rows,
    expected_people,
    printed_name,
    wrap_words,
)


# ---- 1. HTML: citizenship second, titles and occupations in one cell, address on one line ----------------------
def html_citizenship_second_column_address_one_cell(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """HTML table (after Southwestern Energy's Schedule A, dev/html_section_rows_southwestern_energy.htm) with the
    citizenship as the second column, '<Title> of <Org>' and the outside occupations in one cell (apart by <br>), the
    address on one line with commas; <th> captions with options.markers, else <td><b>; borders in the ruled
    variant; 'n.' before the name when numbered; a page break ends the table and opens a new one (header again if
    it repeats)."""
    org = roster.organization
    heads = ["Name"] + (["Citizenship"] if options.citizenship else []) + [
        "Present Principal Occupation or Employment", "Business Address"]
    cell = (lambda h: f"<th align=\"left\">{html.escape(h)}</th>") if options.markers else (
        lambda h: f"<td><b>{html.escape(h)}</b></td>")
    header = "<tr>" + "".join(cell(h) for h in heads) + "</tr>"
    opening = f"<table border=\"{1 if options.rules else 0}\" cellpadding=\"3\" cellspacing=\"0\">"
    parts = ["<html><body>", "<p align=\"center\"><b>ANNEX A</b></p>",
             f"<p align=\"center\">DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</p>",
             "<p>" + html.escape(_full_stop(
                 "The name" + (", citizenship" if options.citizenship else "")
                 + f", present principal occupation or employment and business address of each director and "
                 f"executive officer of {org} are set forth below")) + "</p>", opening, header]
    for index, person in enumerate(roster.people):
        occupation = [f"{t} of {org}" for t in person["positions"]] + person["other_positions"]
        cells = [html.escape(_numbered(index, printed_name(person, options), options))]
        if options.citizenship:
            cells.append(html.escape(person["citizenship"] or "") or "&nbsp;")
        cells += ["<br>".join(html.escape(o) for o in occupation) or "&nbsp;",
                  html.escape(", ".join(person["address"])) or "&nbsp;"]
        parts.append("<tr valign=\"top\">" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\">&nbsp;</p>", opening] + (
                [header] if options.repeat_header else [])
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", expected_people(roster, options)


# ---- 2. EDGAR <TABLE>: occupation before position, '=' underlines, address under the name ---------------------
def edgar_table_equals_underlined_occupation_before_position(roster: Roster, options: Options
                                                             ) -> tuple[str, str, list[dict]]:
    """EDGAR <TABLE> text (after IDT Nevada's Exhibit 4, dev/text_fixed4col_position_occupation_idt_nevada.txt, and
    MetLife's stacked name-and-address column): Name and Business Address (32) | Present Principal Occupation
    (options.width, outside occupations; '--' when none) | Position(s) with <Org> (30) | Citizenship (the rest);
    '=' underlines under two-line captions; <S>/<C> with options.markers; a dashed rule between entries in the ruled
    variant; a page break after the entry's first line, '<PAGE>' (form feed without markers), the captions again
    when they repeat."""
    org = roster.organization
    widths = [32, options.width + 2, 30, 16 if options.citizenship else 0]
    live = [w for w in widths if w]
    tops = ["Name and", "Present Principal", "Position(s) with", ""]
    bottoms = ["Business Address", "Occupation", org if len(org) < 28 else "the Company", "Citizenship"]
    caption = _wrap_rows([[t, b] for t, b, w in zip(tops, bottoms, widths) if w], live)
    caption.append("".join(f"{'=' * (w - 2):<{w}}" for w in live).rstrip())
    lines = [f"{'SCHEDULE I':^78}".rstrip(), "", f"{'EXECUTIVE OFFICERS AND DIRECTORS OF ' + org.upper():^78}".rstrip(),
             "", *wrap_words(_full_stop(f"Set forth below is information concerning each executive officer and director "
                                  f"of {org}" + (" (the \"Company\")" if len(org) >= 28 else "")), 78),
             "", "<TABLE>", *caption]
    if options.markers:
        lines.append("".join(f"{m:<{w}}" for m, w in zip(["<S>"] + ["<C>"] * 3, live)).rstrip())
    for index, person in enumerate(roster.people):
        left = wrap_words(_numbered(index, printed_name(person, options), options), widths[0] - 2)
        left += [piece for line in person["address"] for piece in wrap_words(line, widths[0] - 2, "  ")]
        occupation = [p for o in person["other_positions"] for p in wrap_words(o, widths[1] - 2, "  ")] or ["--"]
        titles = [p for t in person["positions"] for p in wrap_words(t, widths[2] - 2, "  ")]
        cells = [left, occupation, titles, wrap_words(person["citizenship"] or "", widths[3]) if options.citizenship else []]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", f"{'I-2':^78}".rstrip(), "<PAGE>" if options.markers else "\f", ""] + (
                caption + [""] if options.repeat_header else [])
        lines += rows
        lines.append("-" * sum(live) if options.rules else "")
    lines.append("</TABLE>")
    return ".txt", "\n".join(line.rstrip() for line in lines).rstrip() + "\n", expected_people(roster, options)


# ---- 3. no table: one run-in paragraph per person with labelled sentences --------------------------------------
def numbered_paragraph_entries_labelled_sentences(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """Plain text without table tags: a centred 'SCHEDULE A' heading, then one paragraph per person wrapped at
    options.width + 40 - the name (upper-case 'SURNAME, Given' in the first variant), then '<Title> of <Org>'
    clauses joined by '; ', then 'Principal occupation: ...', 'Business address: <lines with commas>.',
    'Citizenship: <country>.'; 'n.' before the name when numbered; a dashed rule or a blank line between
    paragraphs; a page break after the paragraph's first line ('<PAGE>' or a form feed, a page number before)."""
    org = roster.organization
    width = options.width + 40
    lines = [f"{'SCHEDULE A':^{width}}".rstrip(), "",
             f"{'Directors and Executive Officers of ' + org:^{width}}".rstrip(), ""]
    lines += wrap_words(_full_stop(f"The following is a list of the directors and executive officers of {org}, setting "
                             "forth for each the position held, present principal occupation, business address"
                             + (" and citizenship" if options.citizenship else "")), width)
    lines.append("")
    for index, person in enumerate(roster.people):
        text = _full_stop(_numbered(index, printed_name(person, options), options))
        if person["positions"]:
            text += " " + _full_stop("; ".join(f"{t} of {org}" for t in person["positions"]))
        if person["other_positions"]:
            text += " " + _full_stop("Principal occupation: " + "; ".join(person["other_positions"]))
        if person["address"]:
            text += " " + _full_stop("Business address: " + ", ".join(person["address"]))
        if options.citizenship and person["citizenship"]:
            text += " " + _full_stop(f"Citizenship: {person['citizenship']}")
        rows = wrap_words(text, width, "    ")
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", f"{'A-1':^{width}}".rstrip(), "<PAGE>" if options.markers else "\f", ""]
        lines += rows
        lines.append("-" * 20 if options.rules else "")
    return ".txt", "\n".join(line.rstrip() for line in lines).rstrip() + "\n", expected_people(roster, options)


# ---- 4. HTML saved as text: labelled blocks with wide gaps -------------------------------------------------------
def html_saved_as_text_label_blocks_tab_gaps(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """An HTML two-cell label/value table saved as text: each person a block of labelled lines 'Name:',
    'Position(s) with <Org>:' (one title a line), 'Principal Occupation:' (one a line), 'Business Address:' (one
    line each), 'Citizenship:'; the values start at column 30 (the label cell's width) and wrap at options.width + 10
    under column 30; 'n.' before the name when numbered; a row of '_' between blocks in the ruled variant; a page
    break after the block's first line shows a page number and a form feed ('<PAGE>' with markers)."""
    org = roster.organization
    gap = 30
    width = options.width + 10
    label_pos = "Position(s) with the Company:" if len(org) > 16 else f"Position(s) with {org}:"
    lines = [f"{'EXHIBIT 99.2':^78}".rstrip(), "", f"{'Directors and Executive Officers of ' + org:^78}".rstrip(), ""]
    if len(org) > 16:
        lines += wrap_words(_full_stop(f"In this Exhibit, the \"Company\" means {org}"), 78) + [""]

    def field(label: str, values: list[str]) -> list[str]:
        out: list[str] = []
        for number, value in enumerate(values):
            for piece_number, piece in enumerate(wrap_words(value, width)):
                head = label if (number == 0 and piece_number == 0) else ""
                out.append(f"{head:<{gap}}{piece}")
        return out

    for index, person in enumerate(roster.people):
        block = field("Name:", [_numbered(index, printed_name(person, options), options)])
        if person["positions"]:
            block += field(label_pos, person["positions"])
        if person["other_positions"]:
            block += field("Principal Occupation:", person["other_positions"])
        if person["address"]:
            block += field("Business Address:", person["address"])
        if options.citizenship and person["citizenship"]:
            block += field("Citizenship:", [person["citizenship"]])
        if options.page_break_in == index and len(block) > 1:
            block[1:1] = ["", f"{'2':^78}".rstrip(), "<PAGE>" if options.markers else "\f", ""]
        lines += block
        lines += ["_" * 60, ""] if options.rules else [""]
    return ".txt", "\n".join(line.rstrip() for line in lines).rstrip() + "\n", expected_people(roster, options)


FAMILIES = {"html_citizenship_second_column_address_one_cell": html_citizenship_second_column_address_one_cell,
            "edgar_table_equals_underlined_occupation_before_position":
                edgar_table_equals_underlined_occupation_before_position,
            "numbered_paragraph_entries_labelled_sentences": numbered_paragraph_entries_labelled_sentences,
            "html_saved_as_text_label_blocks_tab_gaps": html_saved_as_text_label_blocks_tab_gaps}
