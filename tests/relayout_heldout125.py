"""Held-out re-layout families, hundred-and-twenty-fifth set (see tests/relayout.py for render(), Options, expected()).

Written 2026-12-07 (17:28-17:33 UTC by `date`) by helper session gather125 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: RECOMBINATIONS OF KNOWN FEATURES. Each family puts together layout choices that earlier
families (tests/relayout.py, tests/relayout_heldout5.py .. 123.py) and the real rosters (tests/data/rosters_real/
SOURCES.md) already have, in a combination no one family has; where each choice comes from is said per family:

- html_th_no_cell_address_second_citizenship_exceptions_under_name_preamble: an HTML table with <th> captions and a
  'No.' cell (relayout_heldout92.html_th_number_cell_citizenship_second_titles_of_org_items_address_last), the
  business address the SECOND column (relayout.shuffled_columns), a preamble citizenship default with the
  exceptions in parentheses under the name (relayout_heldout62.html_citizenship_exception_under_name_preamble_
  default), position and occupation as separate last columns (real: html_section_rows_southwestern_energy.htm).
- edgar_equals_caption_citizenship_second_name_address_stack_occupation_items: an EDGAR <TABLE> (fixed-width) with
  '=' caption underlines and the address stacked under the name (relayout_heldout83.edgar_equals_caption_name_
  address_stack_titles_lines_citizenship_last), citizenship the SECOND column (relayout_heldout80/92), and one
  occupation column of items 'Title, <Org>' then the other positions (relayout.occupation_items; one column for
  titles and occupation as relayout.two_column has it), wrapping at options.width.
- run_in_name_dash_labelled_clauses_default_address: no table tags: one hanging-indent paragraph per person, the name
  run in before ' -- ' (relayout.prose_sentences; relayout_heldout65.html_bold_name_prose_paragraphs) followed by
  labelled clauses (real: labelled_blocks_micron.txt's labels), and a preamble business-address default printed
  only for the exceptions (relayout.indented_rows_no_blank_lines after Harvard's Exhibit A).
- saved_text_cells_one_a_line_number_cell_citizenship_second_address_one_string_last: HTML saved as text, every cell
  on a line of its own (real: html_as_text_cells_multi_entity_novo.txt; relayout_heldout110.saved_text_cells_one_a_
  line_citizenship_third_long_captions), a number cell on its own line when numbered (relayout_heldout92), the
  citizenship second (relayout_heldout80), the titles joined by '; ' in one cell and a dash in an empty cell
  (relayout_heldout104.saved_text_cells_one_a_line_joined_titles_dash_empty_blank_rows), the address one string in
  the last cell (relayout_heldout80.html_th_citizenship_second_titles_of_org_items_address_one_string).

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in printed order; no
citizenship where options.citizenship is False (none is printed then); a preamble default is each covered person's
own value (it is printed only for the people who have it).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import html

from relayout import Options, Roster, _default_address, default_citizenship, expected, occupation_items, printed_name
from relayout_heldout99 import _done, _edgar_table, _joined, _lines, _numbered, _sentence, _wrap


# ---- 1. HTML <th>, No. cell, address second, citizenship exceptions under the name ------------------------------
def html_th_no_cell_address_second_citizenship_exceptions_under_name_preamble(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """An HTML Schedule A: a preamble 'Unless otherwise indicated, each person named below is a citizen of <default>'
    (relayout_heldout62), then a table with <th> captions No. | Name | Business Address | Position with <org> |
    Present Principal Occupation or Employment; the 'No.' cell holds 'n.' when numbered (else the column is not
    printed: relayout_heldout92 prints it always); an exception's citizenship in <i>(citizen of X)</i> after <br>
    under the name. 'SURNAME, Given' in the surname-first variant; border="1" when ruled; <font> wrappers with
    markers. A page break after the entry's row closes the table, prints 'A-2' and opens a new one (the caption row
    again when options.repeat_header). Without citizenship there is no preamble sentence and no exception."""
    org = roster.organization
    default = default_citizenship(roster) if options.citizenship else None

    def font(text: str) -> str:
        return f"<font size=\"2\" face=\"Times New Roman\">{text}</font>" if options.markers else text

    heads = (["No."] if options.numbered else []) + ["Name", "Business Address", f"Position with {org}",
                                                     "Present Principal Occupation or Employment"]
    header = "<tr>" + "".join(f"<th align=\"left\" valign=\"bottom\">{font(html.escape(h))}</th>" for h in heads) \
        + "</tr>"
    border = ' border="1"' if options.rules else ""
    opening = f"<table width=\"100%\" cellpadding=\"2\" cellspacing=\"0\"{border}>"
    said = "name, business address, present position and principal occupation or employment"
    preamble = f"The {said} of each director and executive officer of {html.escape(org)} are set forth below."
    if default:
        preamble += (f" Unless otherwise indicated, each person named below is a citizen of {html.escape(default)}.")
    parts = ["<html><body>", "<p align=\"center\"><b>SCHEDULE A</b></p>",
             f"<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p>",
             f"<p>{font(preamble)}</p>", opening, header]
    for index, person in enumerate(roster.people):
        name = f"<b>{html.escape(printed_name(person, options))}</b>"
        if default and person["citizenship"] and person["citizenship"] != default:
            name += f"<br><i>(citizen of {html.escape(person['citizenship'])})</i>"
        cells = ([f"{index + 1}."] if options.numbered else []) + [
            name, _joined(person["address"]), _joined(person["positions"]), _joined(person["other_positions"])]
        parts.append("<tr>" + "".join(f"<td valign=\"top\">{font(c)}</td>" for c in cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\" align=\"center\">A-2</p>", opening]
            parts += [header] if options.repeat_header else []
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. EDGAR <TABLE>, '=' captions, citizenship second, name and address stacked, occupation items -------------
def edgar_equals_caption_citizenship_second_name_address_stack_occupation_items(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """An EDGAR <TABLE> (fixed width): NAME AND BUSINESS ADDRESS (the name, then the address lines indented two
    spaces under it: relayout_heldout83) | CITIZENSHIP (second: relayout_heldout80/92; dropped without citizenship) |
    PRESENT PRINCIPAL OCCUPATION OR EMPLOYMENT (items 'Title, <Org>' then the other positions, each item its own
    lines, wrapping at options.width: relayout.occupation_items). Captions underlined with '=' (relayout_heldout83),
    <S>/<C> with markers, a dashed rule between entries when ruled (else a blank line), 'n.' before the name when
    numbered. A page break after the entry's first line with 'I-2' (caption again when options.repeat_header)."""
    org = roster.organization
    columns = [(40, ["NAME AND BUSINESS ADDRESS"],
                lambda i, p: _wrap(_numbered(i, printed_name(p, options), options), 38, "   ")
                + ["  " + line for line in _lines(p["address"], 36)]),
               (18 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 16)),
               (options.width + 2, ["PRESENT PRINCIPAL", "OCCUPATION OR EMPLOYMENT"],
                lambda i, p: _lines(occupation_items(p, org), options.width) or ["None"])]
    head = [f"{'SCHEDULE I':^78}".rstrip(), "",
            f"{'DIRECTORS AND EXECUTIVE OFFICERS':^78}".rstrip(), f"{'OF':^78}".rstrip(),
            f"{org.upper():^78}".rstrip(), ""]
    said = "citizenship, business address" if options.citizenship else "business address"
    head += _wrap(_sentence(f"Set forth below are the name, {said} and present principal occupation or employment "
                            f"of each director and executive officer of {org}"), 78)
    lines = _edgar_table(roster, options, columns, "I-2", head)
    under = lines[_caption_end(lines)]
    lines = [line.replace("-", "=") if line == under else line for line in lines]
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


def _caption_end(lines: list[str]) -> int:
    """The index of the first caption's underline (the first line of dashes after '<CAPTION>')."""
    start = lines.index("<CAPTION>")
    return next(i for i in range(start, len(lines)) if lines[i].strip() and set(lines[i].strip()) <= {"-", " "})


# ---- 3. run-in names, labelled clauses, a default address ------------------------------------------------------
def run_in_name_dash_labelled_clauses_default_address(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """No table tags: a preamble 'Unless otherwise indicated below, the business address of each person is
    <default>' (relayout.indented_rows_no_blank_lines), then one paragraph per person with a hanging indent of four:
    the name run in ('n.' before it when numbered; 'SURNAME, Given' in that variant) then ' -- ' and labelled
    clauses 'Position with <org>: A; B.' 'Present Principal Occupation: ...' ('None' where none), 'Business
    Address: ...' (only where it is not the default) and 'Citizenship: ...' (when printed). Paragraphs wrap at
    options.width + 40; a line of dashes between paragraphs when ruled (else a blank line). A page break after the
    paragraph's first line ('<PAGE>' with markers, else a form feed, then '- 2 -')."""
    org = roster.organization
    default = _default_address(roster)
    width = options.width + 40
    lines = [f"{'ANNEX A':^78}".rstrip(), "", f"{'INFORMATION CONCERNING DIRECTORS AND EXECUTIVE OFFICERS':^78}",
             f"{'OF ' + org.upper():^78}".rstrip(), ""]
    lines += _wrap(f"The following sets forth the name, position with {org}, present principal occupation or "
                   f"employment{', business address and citizenship' if options.citizenship else ' and business address'}"
                   f" of each director and executive officer of {_sentence(org)} Unless otherwise indicated below, the business "
                   f"address of each such person is {', '.join(default)}.", 78) + [""]
    for index, person in enumerate(roster.people):
        clauses = [_sentence(f"Position with {org}: " + ("; ".join(person["positions"]) or "None")),
                   _sentence("Present Principal Occupation: " + ("; ".join(person["other_positions"]) or "None"))]
        if person["address"] != default:
            clauses.append(_sentence("Business Address: " + ", ".join(person["address"])))
        if options.citizenship:
            clauses.append(_sentence(f"Citizenship: {person['citizenship'] or 'None'}"))
        text = f"{_numbered(index, printed_name(person, options), options)} -- " + " ".join(clauses)
        para = _wrap(text, width, "    ")
        if options.page_break_in == index and len(para) > 1:
            para[1:1] = ["", "<PAGE>" if options.markers else "\f", f"{'- 2 -':^78}".rstrip(), ""]
        lines += para + (["-" * width] if options.rules else [""])
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 4. saved as text, one cell a line ---------------------------------------------------------------------------
def saved_text_cells_one_a_line_number_cell_citizenship_second_address_one_string_last(
        roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """HTML saved as text (no tags, no columns): a title, a sentence, the captions each on a line of its own, then
    per person every cell on one line: 'n.' (number cell, when numbered) | Name | Citizenship (when printed) |
    Position with <org> (titles joined by '; ') | Present Principal Occupation ('; ') | Business Address (one
    string, lines joined by ', '); an empty cell prints '--'. A blank line between people (a line of underscores
    when ruled). A page break after the person's name cell: '<PAGE>' with markers (else a blank line) and 'B-2',
    then the captions again when options.repeat_header."""
    org = roster.organization
    caps = (["No."] if options.numbered else []) + ["Name"] + (["Citizenship"] if options.citizenship else []) + \
        [f"Position with {org}", "Present Principal Occupation or Employment", "Business Address"]
    lines = ["SCHEDULE B", f"Directors and Executive Officers of {org}",
             f"The following table sets forth certain information regarding each director and executive officer "
             f"of {_sentence(org)}", ""] + caps + [""]
    for index, person in enumerate(roster.people):
        cells = ([f"{index + 1}."] if options.numbered else []) + [printed_name(person, options)]
        cut = len(cells)
        cells += ([person["citizenship"] or "--"] if options.citizenship else [])
        cells += ["; ".join(person["positions"]) or "--", "; ".join(person["other_positions"]) or "--",
                  ", ".join(person["address"]) or "--"]
        if options.page_break_in == index:
            cells[cut:cut] = ["", "<PAGE>" if options.markers else "", "B-2", ""] + (
                caps + [""] if options.repeat_header else [])
        lines += cells + (["_" * 40] if options.rules else [""])
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {
    "html_th_no_cell_address_second_citizenship_exceptions_under_name_preamble":
        html_th_no_cell_address_second_citizenship_exceptions_under_name_preamble,
    "edgar_equals_caption_citizenship_second_name_address_stack_occupation_items":
        edgar_equals_caption_citizenship_second_name_address_stack_occupation_items,
    "run_in_name_dash_labelled_clauses_default_address": run_in_name_dash_labelled_clauses_default_address,
    "saved_text_cells_one_a_line_number_cell_citizenship_second_address_one_string_last":
        saved_text_cells_one_a_line_number_cell_citizenship_second_address_one_string_last,
}
