"""Held-out re-layout families, eighty-ninth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (11:16-11:18 UTC by `date`) by helper session gather89 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: RECOMBINATIONS OF KNOWN FEATURES. No family adds a feature of its own; each puts together
layout choices that earlier families and real rosters already have, in a combination no one family has:

- html_underlined_captions_citizenship_second_address_one_string_position_last: an HTML table with bold underlined
  <td> captions (relayout_heldout87.reelection_nominee_column_html), a 'No.' cell of its own in the numbered variant
  (relayout_heldout65.html_number_column_name_address_occupation_citizenship), the citizenship the SECOND column
  (relayout_heldout80.html_th_citizenship_second_titles_of_org_items_address_one_string), the business address
  the THIRD column as ONE comma-joined string (relayout.headerless_four_column; relayout.html_saved_as_text), the
  outside occupations one a line, and the titles with the organisation LAST (relayout_heldout59.edgar_table_equals_
  underlined_occupation_before_position's occupation-before-position order).
- edgar_equals_caption_paren_citizenship_under_name_idt_order: a fixed-width EDGAR <TABLE> in IDT Corporation's
  column order Name | Position | Principal Occupation | Business Address (dev/text_fixed4col_position_occupation_
  idt_corporation.txt), captions underlined with '=' (relayout_heldout81.letter_spaced_captions_table;
  relayout_heldout59.edgar_table_equals_underlined_occupation_before_position), the citizenship in parentheses on the
  line under the name in the name column (relayout_heldout30.paren_citizenship_under_name_address_notes; Smith
  Barney's stacked name / title / citizenship cell, dev/table_stacked_name_title_citizenship_smith_barney.txt),
  the titles one a line (IDT's Present Position column).
- underlined_name_colon_labels_citizenship_first_titles_of_org_sentence: no table tags; each entry the name
  underlined with '-' (relayout_heldout65.surname_underlined_dotleader_labels), then colon labels with a hanging
  indent wrapping at options.width (Micron's labelled blocks, dev/labelled_blocks_micron.txt; relayout.
  labelled_alternative), 'Citizenship:' the FIRST label (relayout_heldout18.capitals_citizenship_second; Southwestern
  Energy's citizenship before the occupation), and the principal occupation ONE sentence '<Title> of <Org>; ...;
  <outside occupation>' (relayout.two_column's occupation; relayout_heldout56.pipe_cells_yes_no_bodies_
  occupation_address_citizenship).
- saved_text_pipe_lines_citizenship_second_address_last: no table tags; an HTML table saved as text, every cell
  between two '|' lines and each of a cell's items on a line of its own (St. Paul Travelers' Exhibit 1, dev/
  html_as_text_pipes_truncated_cells_st_paul_travelers.txt; relayout_heldout45.pipe_cells_name_address_sections_
  named_citizens), in the column order Name | Citizenship | Position | Principal Occupation | Business Address
  (relayout_heldout18.capitals_citizenship_second's citizenship second; IDT's position-then-occupation; AIG's address
  last, dev/text_fixed4col_aig.txt), a line of underscores after each row in the ruled variant (relayout_heldout56.
  pipe_cells_yes_no_bodies_occupation_address_citizenship).

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in roster order; no citizenship
where options.citizenship is False (none is printed then).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import html
import textwrap

from relayout import Options, Roster, _wrap_rows, expected, printed_name


def _numbered(index: int, text: str, options: Options) -> str:
    return f"{index + 1}. {text}" if options.numbered else text


def _sentence(text: str) -> str:
    return text if text.endswith(".") else text + "."


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    return textwrap.wrap(text, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False) \
        or [""]


def _done(lines: list[str]) -> str:
    return "\n".join(line.rstrip() for line in lines).rstrip() + "\n"


def _people(roster: Roster, options: Options) -> list[dict]:
    return [expected(p, roster.organization, options) for p in roster.people]


# ---- 1. HTML: underlined captions, citizenship second, one-string address, position last ---------------------------
def html_underlined_captions_citizenship_second_address_one_string_position_last(
        roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (dev/html_section_rows_southwestern_energy.htm: one <tr> per
    person). Columns: No. (numbered variant only, 'n.') | Name (relayout.printed_name) | Citizenship (when printed)
    | Business Address (the lines comma-joined into one string) | Present Principal Occupation (outside occupations
    one a line, 'None' where none) | Position with <Org> (titles one a line, 'None' where none). Captions bold and
    underlined in <td> cells; border="1" in the ruled variant; <font size="2"> wrappers with markers; the
    occupation cell's width is options.width * 2 pixels. A page break (options.page_break_in) after the entry's row
    closes the table, a <p> with page-break-before and 'Schedule A - Page 2', and a new table with the caption row
    when options.repeat_header."""
    org = roster.organization
    heads = (["No."] if options.numbered else []) + ["Name"] + (["Citizenship"] if options.citizenship else []) + [
        "Business Address", "Present Principal Occupation", f"Position with {org}"]

    def cell(text: str, extra: str = "") -> str:
        body = f"<font size=\"2\">{text}</font>" if options.markers else text
        return f"<td valign=\"top\"{extra}>{body}</td>"

    header = "<tr>" + "".join(f"<td valign=\"bottom\"><b><u>{html.escape(h)}</u></b></td>" for h in heads) + "</tr>"
    border = ' border="1"' if options.rules else ""
    opening = f"<table width=\"100%\" cellpadding=\"2\" cellspacing=\"0\"{border}>"
    parts = ["<html><body>", "<p align=\"center\"><b>SCHEDULE A</b></p>",
             f"<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p>",
             "<p>" + html.escape(_sentence(
                 "The following table sets forth the name, " + ("citizenship, " if options.citizenship else "") +
                 "business address, present principal occupation and position with " + org +
                 f" of each director and executive officer of {org}")) + "</p>", opening, header]
    for index, person in enumerate(roster.people):
        cells = ([cell(f"{index + 1}.")] if options.numbered else []) + [cell(html.escape(printed_name(person,
                                                                                                      options)))]
        if options.citizenship:
            cells.append(cell(html.escape(person["citizenship"] or "")))
        cells += [cell(html.escape(", ".join(person["address"])) or "None"),
                  cell("<br>".join(html.escape(o) for o in person["other_positions"]) or "None",
                       f" width=\"{options.width * 2}\""),
                  cell("<br>".join(html.escape(t) for t in person["positions"]) or "None")]
        parts.append("<tr>" + "".join(cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\" align=\"center\">Schedule A - Page 2</p>",
                      opening] + ([header] if options.repeat_header else [])
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", _people(roster, options)


# ---- 2. EDGAR <TABLE>: '=' captions, citizenship in parentheses under the name, IDT's column order ----------------
def edgar_equals_caption_paren_citizenship_under_name_idt_order(roster: Roster, options: Options
                                                                 ) -> tuple[str, str, list[dict]]:
    """After IDT Corporation's Exhibit 7 (dev/text_fixed4col_position_occupation_idt_corporation.txt: an EDGAR
    <TABLE> Name | Present Position | Principal Occupation | Business Address). Columns: NAME (relayout.printed_name,
    'n.' before it in the numbered variant, then '(<citizenship>)' on the next line when printed) | POSITION WITH
    <ORG> (titles one a line, '--' where none) | PRINCIPAL OCCUPATION (outside occupations, wrapping at
    options.width, '--' where none) | BUSINESS ADDRESS (its lines). Captions bottom-aligned and underlined with '=';
    '<S>'/'<C>' with options.markers; a dashed rule between entries in the ruled variant, else a blank line. A page
    break (options.page_break_in) after the entry's first line: '</TABLE>', '<PAGE>' (a form feed without markers),
    '-2-', a new <TABLE> with the caption when options.repeat_header."""
    org = roster.organization
    widths = [26, 24, options.width + 2, 28]
    captions = [["NAME"], ["POSITION WITH", org.upper()], ["PRINCIPAL OCCUPATION"], ["BUSINESS ADDRESS"]]
    caps = [[line for c in cell for line in _wrap(c, w - 2)] for cell, w in zip(captions, widths)]
    depth = max(len(c) for c in caps)
    caps = [[""] * (depth - len(c)) + c for c in caps]
    caption = ["<CAPTION>", *_wrap_rows(caps, widths), "".join(f"{'=' * (w - 2):<{w}}" for w in widths).rstrip()]
    if options.markers:
        caption.append("".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>", "<C>"], widths)).rstrip())
    lines = [f"{'EXHIBIT 7':^78}".rstrip(), ""]
    lines += [f"{t:^78}".rstrip() for t in _wrap(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 70)] + [""]
    lines += _wrap(_sentence(
        f"The name, position with {org}, present principal occupation and business address of each director and "
        f"executive officer of {org} are set forth below" +
        ("; the citizenship of each is shown in parentheses under his or her name" if options.citizenship else "")),
        78) + ["", "<TABLE>", *caption]
    for index, person in enumerate(roster.people):
        name = _wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2, "  ")
        if options.citizenship:
            name += _wrap(f"({person['citizenship'] or ''})", widths[0] - 2, "  ")
        cells = [name,
                 [piece for t in person["positions"] for piece in _wrap(t, widths[1] - 2, "  ")] or ["--"],
                 [piece for o in person["other_positions"] for piece in _wrap(o, widths[2] - 2, "  ")] or ["--"],
                 [piece for a in person["address"] for piece in _wrap(a, widths[3] - 2, "  ")] or ["--"]]
        rows = _wrap_rows(cells, widths)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["</TABLE>", "", "<PAGE>" if options.markers else "\f", f"{'-2-':^78}".rstrip(), "",
                         "<TABLE>"] + (caption if options.repeat_header else [])
        lines += rows
        lines.append("-" * (sum(widths) - 2) if options.rules else "")
    lines.append("</TABLE>")
    return ".txt", _done(lines), _people(roster, options)


# ---- 3. no table tags: underlined names, colon labels, citizenship first, occupation one sentence -----------------
def underlined_name_colon_labels_citizenship_first_titles_of_org_sentence(roster: Roster, options: Options
                                                                           ) -> tuple[str, str, list[dict]]:
    """After Micron's labelled blocks (dev/labelled_blocks_micron.txt). Each entry: the name (relayout.printed_name,
    'n.' before it in the numbered variant) underlined with '-', then the labels 'Citizenship:' (when printed),
    'Principal Occupation:' (one sentence: '<Title> of <Org>' for each title, then each outside occupation, '; '-
    joined, 'None' where nothing), 'Business Address:' (the address lines comma-joined), each value after its label
    padded to 24 columns and wrapping at options.width + 24 with a hanging indent of 24. A line of '=' between
    entries in the ruled variant, else a blank line. A page break (options.page_break_in) after the entry's name:
    a blank line, '<PAGE>' with markers (a form feed without), 'Annex I - 2', and the title again when
    options.repeat_header."""
    org = roster.organization
    title = f"Directors and Executive Officers of {org}"
    lines = [f"{'ANNEX I':^78}".rstrip(), ""] + [f"{t:^78}".rstrip() for t in _wrap(title, 70)] + [""]
    lines += _wrap(_sentence(
        "Set forth below are the name, " + ("citizenship, " if options.citizenship else "") +
        f"present principal occupation and business address of each director and executive officer of {org}"),
        78) + [""]
    pad = 24
    for index, person in enumerate(roster.people):
        name = _numbered(index, printed_name(person, options), options)
        lines += [name, "-" * len(name)]
        if options.page_break_in == index:
            lines += ["", "<PAGE>" if options.markers else "\f", f"{'Annex I - 2':^78}".rstrip(), ""] + (
                [f"{t:^78}".rstrip() for t in _wrap(title + " (continued)", 70)] + [""]
                if options.repeat_header else [])
        occupation = "; ".join([f"{t} of {org}" for t in person["positions"]] + person["other_positions"]) or "None"
        fields = ([("Citizenship:", person["citizenship"] or "")] if options.citizenship else []) + [
            ("Principal Occupation:", occupation), ("Business Address:", ", ".join(person["address"]))]
        for label, value in fields:
            body = _wrap(value, options.width)
            lines.append(f"{label:<{pad}}{body[0]}")
            lines += [" " * pad + piece for piece in body[1:]]
        lines.append("=" * 60 if options.rules else "")
    return ".txt", _done(lines), _people(roster, options)


# ---- 4. HTML saved as text: pipe lines, citizenship second, address last -----------------------------------------
def _pipe_cell(items: list[str]) -> list[str]:
    return ["|", *items, "|"]


def saved_text_pipe_lines_citizenship_second_address_last(roster: Roster, options: Options
                                                          ) -> tuple[str, str, list[dict]]:
    """After St. Paul Travelers' Exhibit 1 saved as text (dev/html_as_text_pipes_truncated_cells_st_paul_
    travelers.txt: the heading and the preamble unindented, every cell between two '|' lines, a cell's lines each
    on a line of its own). Cells: Name (relayout.printed_name, 'n.' before it in the numbered variant) |
    Citizenship (when printed) | Position with <Org> (titles one a line, 'None' where none) | Present Principal
    Occupation (outside occupations one a line, unwrapped, 'None' where none; options.width is not used) | Business
    Address (its lines). A line of underscores after each row in the ruled variant. A page break (options.page_break_in) after
    the entry's row: '<PAGE>' with markers (a blank line without), 'B-2', and the caption cells again when
    options.repeat_header."""
    org = roster.organization
    heads = ["Name"] + (["Citizenship"] if options.citizenship else []) + [
        f"Position with {org}", "Present Principal Occupation", "Business Address"]
    caption = [line for h in heads for line in _pipe_cell([h])]
    lines = ["EXHIBIT B", f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"]
    lines += [_sentence(
        "The name, " + ("citizenship, " if options.citizenship else "") + f"position with {org}, present principal "
        f"occupation and business address of each director and executive officer of {org} are set forth below")]
    lines += caption
    for index, person in enumerate(roster.people):
        cells = [[_numbered(index, printed_name(person, options), options)]]
        if options.citizenship:
            cells.append([person["citizenship"] or ""])
        cells += [person["positions"] or ["None"],
                  person["other_positions"] or ["None"],
                  person["address"] or ["None"]]
        lines += [line for c in cells for line in _pipe_cell(c)]
        if options.rules:
            lines.append("_" * 40)
        if options.page_break_in == index and index + 1 < len(roster.people):
            lines += ["<PAGE>" if options.markers else "", "B-2"] + (caption if options.repeat_header else [])
    return ".txt", _done(lines), _people(roster, options)


FAMILIES = {"html_underlined_captions_citizenship_second_address_one_string_position_last":
            html_underlined_captions_citizenship_second_address_one_string_position_last,
            "edgar_equals_caption_paren_citizenship_under_name_idt_order":
            edgar_equals_caption_paren_citizenship_under_name_idt_order,
            "underlined_name_colon_labels_citizenship_first_titles_of_org_sentence":
            underlined_name_colon_labels_citizenship_first_titles_of_org_sentence,
            "saved_text_pipe_lines_citizenship_second_address_last":
            saved_text_pipe_lines_citizenship_second_address_last}
