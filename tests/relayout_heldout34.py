"""Held-out re-layout families, thirty-fourth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-06 (10:10-10:15 UTC by `date`) by helper session gather34 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Each family renders the people of the development rosters the way a real roster named in its
docstring could have been printed (the real files are listed in tests/data/rosters_real/SOURCES.md); the ONE
layout feature each family adds is said plainly, and it is ours where the real file does not have it. They are
held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Import `relayout`, not this module, first: relayout imports this module at its bottom (after everything this
module uses is defined), so importing this module on its own first would be a circular import.
"""
from __future__ import annotations

import html
import textwrap

from relayout import Options, Roster, _numbered, _wrap_rows, expected, printed_name


def _wrap(text: str, width: int, **kwargs) -> list[str]:
    """Wrapped at spaces only: a hyphenated word ('Co-Chief', 'Champs-Elysees') is not broken."""
    return textwrap.wrap(text, width, break_on_hyphens=False, **kwargs)


def _centred(titles: list[str], width: int = 78) -> list[str]:
    return [f"{title:^{width}}".rstrip() for title in titles]


def _page(number: str, options: Options) -> list[str]:
    return ["", f"{number:^78}".rstrip(), "<PAGE>" if options.markers else "\f", ""]


def _preamble(org: str, options: Options, width: int = 76) -> list[str]:
    says = ", business address and citizenship" if options.citizenship else " and business address"
    return _wrap(f"The name, present position with {org} (the \"Company\"), present principal occupation or "
                 f"employment{says} of each of the directors and executive officers of the Company are set forth "
                 f"below.", width)


# ---- 1. a table drawn as a BOX GRID of '+', '-' and '|', as typists drew the Schedule 13D cover page ------------
def _box_line(cells: list[str], widths: list[int]) -> str:
    return "|" + "|".join(f" {cell:<{w}} " for cell, w in zip(cells, widths)) + "|"


def _box_rule(widths: list[int], char: str = "-") -> str:
    return "+" + "+".join(char * (w + 2) for w in widths) + "+"


def boxed_grid_cells(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After AIG's Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt, sec.gov .../909815/
    000095012306004856/y19970a5exv99wa.txt: a fixed-width table of name | title | outside occupations | business
    address whose cells wrap over several lines) typed by the hand that typed the filing's cover page, whose rows
    1-14 are boxes drawn with '|' and '-'. The feature this family adds (ours; AIG's table has no borders at all):
    the roster table is a BOX GRID - every line of every row starts and ends with '|', a '|' with a space either
    side stands between every two cells on every line (continuation lines too, an empty cell is blanks between
    its bars), the frame's top and bottom and the line under the caption are '+----+----+' rules ('+====+' under
    the caption), so the column boundaries are printed characters rather than runs of spaces. Columns: Name |
    Position with the Company | Present Principal Occupation (outside ones, wrapping at options.width) | Business
    Address | Citizenship; the caption over two lines. Entries are apart by a '+----+' rule in the ruled variant,
    else by a framed empty line ('|    |    |'); the numbered variant puts 'n.' before the name; EDGAR <TABLE>
    tags around the grid when options.markers. A page break (options.page_break_in) after an entry's first line
    closes the frame, puts the page number and <PAGE> (a form feed without markers), and opens a new frame, with
    the caption again if it repeats."""
    org = roster.organization
    widths = [24, 22, max(options.width, 24), 30, 14 if options.citizenship else 0]
    live = [w for w in widths if w]
    tops = ["", "Position with", "Present Principal", "", ""]
    bottoms = ["Name", "the Company", "Occupation", "Business Address", "Citizenship"]
    caption = [_box_rule(live), _box_line([t for t, w in zip(tops, widths) if w], live),
               _box_line([b for b, w in zip(bottoms, widths) if w], live), _box_rule(live, "=")]
    lines = [*_centred(["SCHEDULE I", "", f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"]), "",
             *_preamble(org, options), "", *(["<TABLE>"] if options.markers else []), *caption]
    for index, person in enumerate(roster.people):
        cells = [_wrap(_numbered(index, printed_name(person, options), options), widths[0]),
                 [piece for title in person["positions"] for piece in _wrap(title, widths[1])],
                 [piece for other in person["other_positions"] for piece in _wrap(other, widths[2])],
                 [piece for line in person["address"] for piece in _wrap(line, widths[3])],
                 _wrap(person["citizenship"] or "", widths[4]) if options.citizenship else []]
        cells = [c for c, w in zip(cells, widths) if w]
        rows = [_box_line([c[row] if row < len(c) else "" for c in cells], live)
                for row in range(max(len(c) for c in cells))]
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = [_box_rule(live), *(["</TABLE>"] if options.markers else []), *_page("-2-", options),
                         *(["<TABLE>"] if options.markers else []),
                         *(caption if options.repeat_header else [_box_rule(live)])]
        lines += rows
        if index + 1 < len(roster.people):
            lines.append(_box_rule(live) if options.rules else _box_line([""] * len(live), live))
    lines.append(_box_rule(live))
    if options.markers:
        lines.append("</TABLE>")
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. values typed past the right edge of their column, pushing the rest of that line to the right ----------
def _overflowing_line(pieces: list[str], starts: list[int]) -> str:
    """One printed line: each piece at its column's start, or - where the piece before ran past that start - two
    spaces after the piece before (the typist kept typing; the tab stop was already behind the carriage)."""
    line = ""
    for piece, start in zip(pieces, starts):
        if not piece:
            continue
        line = line + "  " if line and len(line) > start - 2 else line.ljust(start)
        line += piece
    return line.rstrip()


def overflowing_cells(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT Corporation's Exhibit 7 (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_
    corporation.txt, sec.gov .../1086472/000089183601500310/exh7.txt: an EDGAR <TABLE> with a caption, Name |
    Position | Principal Occupation | Business Address, the position and occupation cells wrapping in parallel,
    three-line addresses). The feature this family adds (ours; IDT wraps every cell inside its column): the
    typist set tab stops for the columns but did NOT wrap the titles or the address lines - each title held in the
    Company and each address line is typed on one line however long, so a value longer than its column RUNS ON
    past the column's right edge into the next column's room, and on that line the next value (the address line
    beside a long title, the citizenship beside a long address line) starts two spaces after it instead of at
    its column, further right than on the lines above and below; only the outside occupations wrap inside their
    column (at options.width). Columns: Name | Position with the Company (20 wide) | Present Principal
    Occupation | Business Address (28 wide) | Citizenship, caption over two lines underlined by dashes; EDGAR
    <TABLE>, <CAPTION> and <S>/<C> lines when options.markers; '1.' before the name in the numbered variant;
    rows apart by a blank line (a dashed rule in the ruled variant); a page break (options.page_break_in) after an
    entry's first line, with the caption again if it repeats."""
    org = roster.organization
    widths = [26, 20, options.width + 2, 28, 16 if options.citizenship else 0]
    live = [w for w in widths if w]
    starts = [sum(live[:i]) for i in range(len(live))]
    tops = ["", "Position with", "Present Principal", "Business", ""]
    bottoms = ["Name", "the Company", "Occupation", "Address", "Citizenship"]
    caption = _wrap_rows([[t, b] for t, b, w in zip(tops, bottoms, widths) if w], live)
    caption.append("".join(f"{'-' * (w - 2):<{w}}" for w in live).rstrip())
    lines = [*_centred(["EXHIBIT 7", "", f"EXECUTIVE OFFICERS AND DIRECTORS OF {org.upper()}"]), "",
             *_preamble(org, options), ""]
    if options.markers:
        lines += ["<TABLE>", "<CAPTION>", *caption, "</CAPTION>",
                  "".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>", "<C>", "<C>"], widths) if w).rstrip()]
    else:
        lines += caption
    for index, person in enumerate(roster.people):
        cells = [_wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2),
                 list(person["positions"]),
                 [piece for other in person["other_positions"] for piece in _wrap(other, widths[2] - 2)],
                 list(person["address"]),
                 [person["citizenship"] or ""] if options.citizenship else []]
        cells = [c for c, w in zip(cells, widths) if w]
        rows = [_overflowing_line([c[row] if row < len(c) else "" for c in cells], starts)
                for row in range(max(len(c) for c in cells))]
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = [*(["</TABLE>"] if options.markers else []), *_page("-2-", options),
                         *(["<TABLE>"] if options.markers else []), *(caption if options.repeat_header else [])]
        lines += rows
        lines.append("-" * sum(live) if options.rules else "")
    if options.markers:
        lines.append("</TABLE>")
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


# ---- 3. an HTML table with ONE <tr> PER PRINTED LINE: an entry is as many rows as its tallest cell has lines ----
def line_per_row_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: an HTML table under a header row) and the multi-line cells of St. Paul Travelers' Exhibit 1
    (dev/html_as_text_pipes_truncated_cells_st_paul_travelers.txt, sec.gov .../896861/000110465904038925/
    a04-14599_1ex1.htm), as a typesetter's converter turns a typeset table back into HTML. The feature this family
    adds (ours; both real tables give each person one row, and the earlier two_row_html_entries and
    two_tier_html_rows give each person two rows of different cells): EVERY PRINTED LINE of the table is a <tr>
    of its own - a cell that wraps (a long name, titles, outside occupations, address lines) continues in the
    same column of the following <tr>s, the other cells of those rows are empty ('&nbsp;'); nothing in the
    markup groups the rows of one person, and no empty row stands between people (in the ruled variant a top
    border on each entry's first row). Columns: Name | Position with <Org> | Present Principal Occupation (outside
    ones, wrapping at options.width) | Business Address | Citizenship; the name wraps at 22 characters, so a long
    name is continued in the name cell of the next row; the numbered variant puts 'n.' before the name. With
    options.markers each cell's text is in <font size="2">, as such converters write it; without, bare. A page
    break after entry options.page_break_in (not the last) ends the table; a new one follows, with the header
    row again if it repeats."""
    org = roster.organization
    widths = [22, 26, options.width, 34, 18 if options.citizenship else 0]
    heads = ["Name", f"Position with {org}", "Present Principal Occupation", "Business Address", "Citizenship"]
    heads = [h for h, w in zip(heads, widths) if w]

    def cell(text: str) -> str:
        if not text:
            return "&nbsp;"
        return f"<font size=\"2\">{html.escape(text)}</font>" if options.markers else html.escape(text)

    opening = "<table cellspacing=\"0\" cellpadding=\"0\" border=\"0\" width=\"100%\">"
    header = "<tr>" + "".join(f"<td valign=\"bottom\"><b>{cell(h)}</b></td>" for h in heads) + "</tr>"
    parts = ["<html><body>", "<p align=\"center\"><b>SCHEDULE I</b></p>",
             f"<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p>",
             f"<p>{html.escape(' '.join(_preamble(org, options)))}</p>", opening, header]
    for index, person in enumerate(roster.people):
        cells = [_wrap(_numbered(index, printed_name(person, options), options), widths[0]),
                 [piece for title in person["positions"] for piece in _wrap(title, widths[1])],
                 [piece for other in person["other_positions"] for piece in _wrap(other, widths[2])],
                 [piece for line in person["address"] for piece in _wrap(line, widths[3])],
                 [person["citizenship"] or ""] if options.citizenship else []]
        cells = [c for c, w in zip(cells, widths) if w]
        for row in range(max(len(c) for c in cells)):
            style = " style=\"border-top:1px solid #000000\"" if options.rules and row == 0 else ""
            parts.append("<tr valign=\"top\">" + "".join(
                f"<td{style}>{cell(c[row] if row < len(c) else '')}</td>" for c in cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\">&nbsp;</p>", opening] + (
                [header] if options.repeat_header else [])
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 4. the filing typed in <pre>, its Schedule I an HTML table set between two <pre> blocks -------------------
def _signature(roster: Roster) -> list[str]:
    """The end of the statement before the Schedule: Item 7 and the signature block, signed by a person of the
    roster with a title of his in the Company: the first Secretary, else the first other officer, else the last
    person."""
    last = roster.people[-1]
    officers = [(p, title) for word in ("Secretary", "Officer", "President") for p in roster.people
                for title in p["positions"] if word in title]
    signer, title = (officers or [(last, last["positions"][0] if last["positions"] else "Authorized Signatory")])[0]
    return ["Item 7.  Material to be Filed as Exhibits.", "", "        None.", "", *_centred(["SIGNATURE"], 72), "",
            *_wrap("After reasonable inquiry and to the best of my knowledge and belief, I certify that the "
                   "information set forth in this statement is true, complete and correct.", 72), "",
            "Dated: March 14, 2006", "", f"{'':36}{roster.organization.upper()}"[:110], "",
            f"{'':36}By: /s/ {signer['name']}", f"{'':36}    {'-' * 32}", f"{'':36}    Name:  {signer['name']}",
            f"{'':36}    Title: {title}"]


def pre_text_html_table_annex(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After ConAgra's Schedule I (tests/data/rosters_real/dev/text_indented_nameaddr_conagra_2000.txt, sec.gov
    .../1027881/000090044000000032/0002.txt: typed text, a preamble, then the roster) and Southwestern Energy's HTML
    Schedule A (dev/html_section_rows_southwestern_energy.htm: an HTML table under a header row), as filing agents
    of the early HTML years sent a typed statement: the whole text wrapped in <pre>, only the tables done as HTML.
    The feature this family adds (ours; ConAgra's file is plain text, Southwestern's all HTML): ONE .htm document
    of two kinds - the end of the Schedule 13D (Item 7, the signature block signed by one of the roster's people,
    'Name:' / 'Title:' under '/s/'), the page break, 'SCHEDULE I', its title and its preamble are TYPED TEXT in a
    <pre> block (centred by spaces, hard line breaks at 72 or 76 columns), and the roster itself is an HTML
    <table> that stands between that <pre> and a second <pre> holding the page number. Columns: Name | Position
    with the Company | Present Principal Occupation | Business Address | Citizenship, address lines apart by
    <br>; the numbered variant puts 'n.' in a first cell of its own (an empty header cell over it); the ruled
    variant gives the table border="1"; with options.markers the <pre> text keeps EDGAR's '<PAGE>' (escaped)
    before the Schedule and the cells' text is in <font size="2">, without it a form feed and bare cells. A page
    break after entry options.page_break_in (not the last) ends the table, puts a <pre> with the page number and
    the page mark, and opens a new table, with the header row again if it repeats."""
    org = roster.organization
    page_mark = "&lt;PAGE&gt;" if options.markers else "\f"
    top = [*_signature(roster), "", f"{'-11-':^72}".rstrip(), page_mark, "",
           *_centred(["SCHEDULE I", "", f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"], 76), "",
           *_preamble(org, options), ""]
    heads = (["No."] if options.numbered else []) + ["Name", "Position with the Company",
                                                     "Present Principal Occupation", "Business Address"] + (
        ["Citizenship"] if options.citizenship else [])

    def cell(lines: list[str]) -> str:
        text = "<br>".join(html.escape(line) for line in lines) or "&nbsp;"
        return f"<font size=\"2\">{text}</font>" if options.markers else text

    border = " border=\"1\"" if options.rules else " border=\"0\""
    opening = f"<table{border} cellspacing=\"0\" cellpadding=\"2\" width=\"100%\">"
    header = "<tr>" + "".join(f"<td valign=\"bottom\"><b>{cell([h]) if h != 'No.' else '&nbsp;'}</b></td>"
                              for h in heads) + "</tr>"
    parts = ["<html>", "<body>", "<pre>", *[html.escape(line, quote=False) if line != page_mark else line
                                           for line in top], "</pre>", opening, header]
    for index, person in enumerate(roster.people):
        values = ([[f"{index + 1}."]] if options.numbered else []) + [
            [printed_name(person, options)], person["positions"], person["other_positions"], person["address"]] + (
            [[person["citizenship"] or ""]] if options.citizenship else [])
        parts.append("<tr valign=\"top\">" + "".join(f"<td>{cell(v)}</td>" for v in values) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<pre>", "", f"{'-12-':^72}".rstrip(), page_mark, "</pre>", opening] + (
                [header] if options.repeat_header else [])
    parts += ["</table>", "<pre>", "", f"{'-13-':^72}".rstrip(), "</pre>", "</body>", "</html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


FAMILIES = {"boxed_grid_cells": boxed_grid_cells,
            "overflowing_cells": overflowing_cells,
            "line_per_row_html": line_per_row_html,
            "pre_text_html_table_annex": pre_text_html_table_annex}
