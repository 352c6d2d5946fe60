"""Held-out re-layout families, hundred-and-twenty-second set (see tests/relayout.py for render(), Options, expected()).

Written 2026-12-07 (17:15-17:18 UTC by `date`) by helper session gather122 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: RECOMBINATIONS OF KNOWN FEATURES. Each family puts together layout choices that earlier
families (tests/relayout.py, tests/relayout_heldout5.py .. 120.py) and the real rosters (tests/data/rosters_real/
SOURCES.md) already have, in a combination no one family has:

- edgar_name_over_address_position_occupation_citizenship: an EDGAR <TABLE> (fixed width; AIG's and IDT's
  Schedule I tables) whose first column holds the name over its business address lines (Lor Finance's and
  Deutsche Acquisition's name-and-address column, until now only in HTML cells (heldout119) or two-column text),
  then Position with <org> | Present Principal Occupation (IDT) | Citizenship last (relayout.html_table, heldout99),
  entries ruled by rows of '*' in the ruled variant, 'Schedule II' as the title (the MSDW rosters' second schedule).
- html_spanning_name_rows_address_citizenship_position_occupation: an HTML table (Southwestern Energy's section
  rows) where each person opens with a row whose one cell spans the table and holds the bold name (the
  section-row idea used per person), then a row Business Address | Citizenship | Position with <org> | Principal
  Occupation (the address before the titles as heldout77's tab cells print it), shaded name rows.
- text_lettered_underlined_name_runin_labels_paragraph: plain text without any table tag: each entry a name line
  underlined by dashes (relayout_heldout underlined_name_headings, Harvard College's name lines), lettered
  '(a)', '(b)' when numbered (Power Corporation's and the Item 2 lettered blocks), then ONE run-in paragraph of
  labels 'Position with <org>:', 'Present Principal Occupation:', 'Business Address:', 'Citizenship:'
  (text_centred_name_runin_labels_paragraph_* of heldout104, Canopy's labels), '* * *' between entries when ruled.
- saved_text_cells_name_address_occupation_items_citizenship_last: an HTML table saved as text, one cell a line and
  a blank line between rows (relayout.html_saved_as_text, Novo), captions once at the top, cells in the order
  Name | Business Address | Present Principal Occupation or Employment | Citizenship, the occupation cell listing
  'Title, <org>' items then the other occupations joined by '; ' (relayout.occupation_items, Lord Abbett-style
  'title, company'); heldout77's saved-text family put the citizenship second and 'Title of <org>'.

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

from relayout import Options, Roster, expected, occupation_items, printed_name
from relayout_heldout99 import _done, _edgar_table, _joined, _lines, _numbered, _sentence, _wrap


def _head(title: str, org: str, caption: str) -> list[str]:
    head = [f"{title:^78}".rstrip(), ""]
    return head + [f"{t:^78}".rstrip() for t in _wrap(f"{caption} {org.upper()}", 70)]


def _people(roster: Roster, options: Options) -> list[dict]:
    return [expected(p, roster.organization, options) for p in roster.people]


# ---- 1. EDGAR table, name over address in the first column ---------------------------------------------------------
def edgar_name_over_address_position_occupation_citizenship(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """After AIG's and IDT Corporation's EDGAR Schedule I tables (tests/data/rosters_real/dev/text_fixed4col_aig.txt,
    text_fixed4col_position_occupation_idt_corporation.txt) with Lor Finance's name-and-address column (tests/data/
    rosters_real/dev/text_asterisk_member_nameaddr_lor_finance.txt). Columns: NAME AND BUSINESS ADDRESS (the name,
    'n.' before it when numbered, a wrapped name indented two spaces on its next line, then the address lines
    flush under it) | POSITION WITH <ORG> ('--' where
    none) | PRESENT PRINCIPAL OCCUPATION (wrapping at options.width; '--' where none) | CITIZENSHIP (when printed).
    A row of '*' between entries in the ruled variant (else a blank line); a page break after the entry's first
    line with 'II-2' (the caption again with repeat_header)."""
    org = roster.organization

    def name_address(index: int, person: dict) -> list[str]:
        return _wrap(_numbered(index, printed_name(person, options), options), 30, "  ") + \
            _lines(person["address"], 32)

    columns = [(32, ["NAME AND", "BUSINESS ADDRESS"], name_address),
               (24, ["POSITION WITH", org.upper()], lambda i, p: _lines(p["positions"], 22) or ["--"]),
               (options.width + 2, ["PRESENT PRINCIPAL", "OCCUPATION"],
                lambda i, p: _lines(p["other_positions"], options.width) or ["--"]),
               (16 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 14))]
    head = _head("SCHEDULE II", org, "INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF") + [""]
    said = "business address, position, present principal occupation and citizenship" if options.citizenship \
        else "business address, position and present principal occupation"
    head += _wrap(_sentence(f"Set forth below are the name, {said} of each of the directors and executive officers "
                            f"of {org}"), 78)
    live = [w for w, _, _ in columns if w]
    separator = "*" * (sum(live) - 2) if options.rules else None
    lines = _edgar_table(roster, options, columns, "II-2", head, separator)
    return ".txt", _done(lines), _people(roster, options)


# ---- 2. HTML table, a spanning name row over each person's cells ---------------------------------------------------
def html_spanning_name_rows_address_citizenship_position_occupation(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: section rows spanning the table) with the section row used for each person: a shaded row whose one
    cell (colspan) holds the bold name ('n.' before it when numbered), then a row Business Address (lines after
    <br>) | Citizenship (when printed) | Position with <org> | Principal Occupation ('&#8212;' where empty). The
    header row once at the top; border="1" in the ruled variant; <font> wrappers with markers; a page break after
    entry options.page_break_in with 'A-2' and the header row again with repeat_header."""
    org = roster.organization
    heads = ["Business Address"] + (["Citizenship"] if options.citizenship else []) + \
        [f"Position with {org}", "Principal Occupation"]

    def font(text: str) -> str:
        return f"<font size=\"2\" face=\"Times New Roman\">{text}</font>" if options.markers else text

    header = "<tr>" + "".join(f"<td valign=\"bottom\"><b>{font(html.escape(h))}</b></td>" for h in heads) + "</tr>"
    border = ' border="1"' if options.rules else ""
    opening = f"<table width=\"100%\" cellpadding=\"2\" cellspacing=\"0\"{border}>"
    parts = ["<html><body>", "<p align=\"center\"><b>SCHEDULE A</b></p>",
             f"<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p>",
             "<p>" + font(html.escape(_sentence(
                 f"The following table sets forth the name, business address, "
                 f"{'citizenship, ' if options.citizenship else ''}position with {org} and principal occupation of "
                 f"each director and executive officer of {org}"))) + "</p>", opening, header]
    for index, person in enumerate(roster.people):
        name = html.escape(_numbered(index, printed_name(person, options), options))
        parts.append(f"<tr bgcolor=\"#cceeff\"><td colspan=\"{len(heads)}\">{font(f'<b>{name}</b>')}</td></tr>")
        cells = [_joined(person["address"])] + \
            ([html.escape(person["citizenship"] or "") or "&#8212;"] if options.citizenship else []) + \
            [_joined(person["positions"]), _joined(person["other_positions"])]
        parts.append("<tr>" + "".join(f"<td valign=\"top\">{font(c)}</td>" for c in cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\" align=\"center\">A-2</p>", opening] + \
                ([header] if options.repeat_header else [])
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", _people(roster, options)


# ---- 3. underlined name lines over a run-in labelled paragraph ----------------------------------------------------
def _letter(index: int) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return letters[index] if index < 26 else letters[index // 26 - 1] + letters[index % 26]


def text_lettered_underlined_name_runin_labels_paragraph(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """After Harvard College's name lines (tests/data/rosters_real/dev/text_name_office_harvard_college.txt) with
    each name underlined by dashes, '(a)' lettered when numbered (Power Corporation's lettered list), over ONE run-in
    paragraph (Canopy's labels, tests/data/rosters_real/dev/labelled_occupation_canopy.txt, run together):
    'Position with <org>: <titles joined by '; '>.' (omitted where none), 'Present Principal Occupation: <...>.'
    (omitted where none), 'Business Address: <lines joined by ', '>.' and 'Citizenship: <X>.' (when printed; each
    omitted where none), wrapped at options.width + 40 and indented four spaces. '* * *' centred between entries in the ruled variant (else a blank
    line); a page break after the underline of entry options.page_break_in (a form feed and '- 2 -', the title
    again with repeat_header). No table tags."""
    org = roster.organization
    width = options.width + 40
    title = _head("ANNEX A", org, "DIRECTORS AND EXECUTIVE OFFICERS OF")
    said = "present principal occupation, business address and citizenship" if options.citizenship \
        else "present principal occupation and business address"
    lines = title + [""] + _wrap(_sentence(f"The name, position with {org}, {said} of each director and executive "
                                           f"officer of {org} are set forth below"), 78) + [""]
    for index, person in enumerate(roster.people):
        name = printed_name(person, options)
        name = f"({_letter(index)}) {name}" if options.numbered else name
        lines += [name, "-" * len(name)]
        if options.page_break_in == index:
            lines += ["", f"{'- 2 -':^78}", "\f", ""] + ([*title, ""] if options.repeat_header else [])
        text = ""
        if person["positions"]:
            text += _sentence(f"Position with {org}: {'; '.join(person['positions'])}") + " "
        if person["other_positions"]:
            text += _sentence(f"Present Principal Occupation: {'; '.join(person['other_positions'])}") + " "
        if person["address"]:
            text += _sentence(f"Business Address: {', '.join(person['address'])}") + " "
        if options.citizenship and person["citizenship"]:
            text += _sentence(f"Citizenship: {person['citizenship']}")
        lines += _wrap("    " + text.strip(), width, "    ") if text.strip() else []
        lines += ["", f"{'* * *':^78}".rstrip(), ""] if options.rules else [""]
    return ".txt", _done(lines), _people(roster, options)


# ---- 4. HTML saved as text, one cell a line ------------------------------------------------------------------------
def saved_text_cells_name_address_occupation_items_citizenship_last(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """After Novo's HTML saved as text (tests/data/rosters_real/dev/html_as_text_cells_multi_entity_novo.txt; the
    relayout.html_saved_as_text family): every cell on a line of its own, a blank line after each row, the captions
    'Name', 'Business Address', 'Present Principal Occupation or Employment', 'Citizenship' (when printed) once at
    the top, one a line. Cells: the name ('n.' before it when numbered) | the address lines joined by ', ' | the
    positions as '<title>, <org>' then the other occupations, joined by '; ' ('—' where none) | the citizenship. A
    row of 60 underscores after each row in the ruled variant; a page break after the row of entry
    options.page_break_in ('Schedule A - Page 2', the captions again with repeat_header)."""
    org = roster.organization
    captions = ["Name", "Business Address", "Present Principal Occupation or Employment"] + \
        (["Citizenship"] if options.citizenship else [])
    said = "business address, present principal occupation or employment and citizenship" if options.citizenship \
        else "business address and present principal occupation or employment"
    lines = _head("SCHEDULE A", org, "DIRECTORS AND EXECUTIVE OFFICERS OF") + [""]
    lines += _wrap(_sentence(f"The name, {said} of each of the directors and executive officers of {org} are set "
                             f"forth below"), 78) + ["", *captions, ""]
    for index, person in enumerate(roster.people):
        lines.append(_numbered(index, printed_name(person, options), options))
        lines.append(", ".join(person["address"]) or "\u2014")
        lines.append("; ".join(occupation_items(person, org)) or "\u2014")
        if options.citizenship:
            lines.append(person["citizenship"] or "\u2014")
        lines += ["_" * 60, ""] if options.rules else [""]
        if options.page_break_in == index and index + 1 < len(roster.people):
            lines += ["Schedule A - Page 2", "\f", ""] + ([*captions, ""] if options.repeat_header else [])
    return ".txt", _done(lines), _people(roster, options)


FAMILIES = {"edgar_name_over_address_position_occupation_citizenship":
            edgar_name_over_address_position_occupation_citizenship,
            "html_spanning_name_rows_address_citizenship_position_occupation":
                html_spanning_name_rows_address_citizenship_position_occupation,
            "text_lettered_underlined_name_runin_labels_paragraph":
                text_lettered_underlined_name_runin_labels_paragraph,
            "saved_text_cells_name_address_occupation_items_citizenship_last":
                saved_text_cells_name_address_occupation_items_citizenship_last}
