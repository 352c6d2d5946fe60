"""Held-out re-layout families, seventeenth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-06 (00:04-00:10 UTC by `date`) by helper session gather17 (issue 13), BLIND: without reading the
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

from relayout import Options, Roster, _full_stop, _heading, _numbered, _wrap_rows, expected, printed_name


def _letters(count: int) -> list[str]:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return [alphabet[i] if i < 26 else alphabet[i // 26 - 1] + alphabet[i % 26] for i in range(count)]


# ---- 1. the business address given by a letter that refers to a list of addresses under the table ---------------
def address_key_letters(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After AIG's Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt, sec.gov .../909815/
    000095012306004856/y19970a5exv99wa.txt: a fixed-width table, most people sharing the one '70 Pine Street'
    address, which is printed again in every row) and the letter legend of E.ON's Exhibit F (dev/text_matrix_
    legend_letters_multi_company_eon_2003.txt, sec.gov .../1136808/000089808004000343/ex99-25.txt: letters in the
    table cells, their meaning in a legend). The feature this family adds (ours; AIG prints each address in full,
    E.ON's letters stand for roles and its legend is above the table): the BUSINESS ADDRESS column holds only a
    LETTER in parentheses ('(A)'), and the addresses themselves are listed once each, under the table, after
    'Business Addresses:' - '(A)' then the address lines, indented - in the order their letters were first used,
    so a shared address is printed once however many people share it. The preamble says so, as such schedules
    do. Columns: Name | Position with the Company | Present Principal Occupation (outside ones) | Business
    Address | Citizenship (caption over two lines, dashed underlines), rows apart by a blank line (a dashed rule
    in the ruled variant); EDGAR <TABLE> and <S>/<C> lines when options.markers; a page break (options.
    page_break_in) falls after an entry's first line, with the caption again if it repeats."""
    org = roster.organization
    keys: dict[tuple[str, ...], str] = {}
    for person in roster.people:
        keys.setdefault(tuple(person["address"]), "")
    for address, letter in zip(keys, _letters(len(keys))):
        keys[address] = f"({letter})"
    widths = [28, 24, max(options.width, 26) + 2, 10, 16 if options.citizenship else 0]
    live = [w for w in widths if w]
    tops = ["", "Position with", "Present Principal", "Business", ""]
    bottoms = ["Name", "the Company", "Occupation", "Address", "Citizenship"]
    caption = _wrap_rows([[t, b] for t, b, w in zip(tops, bottoms, widths) if w], live)
    caption.append("".join(f"{'-' * (w - 2):<{w}}" for w in live).rstrip())
    says = ", business address and citizenship" if options.citizenship else " and business address"
    lines = [_heading(org, options).rstrip("\n"), ""]
    lines += textwrap.wrap(f"The following table sets forth the name, present position with {org} (the \"Company\"), "
                           f"present principal occupation{says} of each director and executive officer of the "
                           f"Company. Business addresses are indicated by the letter set forth opposite each "
                           f"person's name, which corresponds to the address so designated at the end of this "
                           f"Schedule I.", 78) + ["", "<TABLE>" if options.markers else "", *caption]
    if options.markers:
        lines.append("".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>", "<C>", "<C>"], widths) if w).rstrip())
    for index, person in enumerate(roster.people):
        cells = [textwrap.wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2),
                 [piece for title in person["positions"] for piece in textwrap.wrap(title, widths[1] - 2)],
                 [piece for other in person["other_positions"] for piece in textwrap.wrap(other, widths[2] - 2)],
                 [keys[tuple(person["address"])]],
                 textwrap.wrap(person["citizenship"] or "", widths[4] - 2) if options.citizenship else []]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", f"{'-2-':^78}".rstrip(), "<PAGE>" if options.markers else "\f", ""] + (
                caption if options.repeat_header else [])
        lines += rows
        lines.append("-" * sum(live) if options.rules else "")
    if options.markers:
        lines.append("</TABLE>")
    lines += ["", "Business Addresses:", ""]
    for address, key in keys.items():
        lines += [f"     {(key if row == 0 else ''):<6}{line}" for row, line in enumerate(address)] + [""]
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. a typed fixed-width table filed as HTML inside <pre> ---------------------------------------------------
def _pre_cell(piece: str, width: int, tags: tuple[str, ...] = ()) -> str:
    """One cell's line padded to its printed width, then escaped (and put in `tags`): the padding counts the
    characters a browser shows, not those of the markup."""
    shown = html.escape(piece, quote=False)
    if piece and tags:
        shown = "".join(f"<{t}>" for t in tags) + shown + "".join(f"</{t}>" for t in reversed(tags))
    return shown + " " * (width - len(piece))


def pre_formatted_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After ConAgra's Schedule I (tests/data/rosters_real/dev/text_indented_nameaddr_conagra_2000.txt, sec.gov
    .../1027881/000090044000000032/0002.txt: a typed two-column table, the name with the address lines under it
    on the left, the office(s) on the right) as many filers sent it to EDGAR in the early HTML years: the
    typed text wrapped in an HTML document. The feature this family adds (ours; the real file is a .txt): the
    file is an .htm whose roster is a fixed-width table INSIDE a <pre> element, so its columns are only runs of
    spaces in the source - with markup inside the <pre> that takes no room on the page: the names in <b>, the
    caption in <b><u>, '&amp;' for '&' (so the source columns no longer line up where a line holds a tag or an
    entity; the printed ones do). Columns: Name and Business Address (the name, then the address lines) |
    Present Principal Occupation or Employment (each title as '<title>, <Org>', then the outside occupations,
    wrapping at options.width) | Citizenship. With options.markers the whole exhibit (heading, preamble,
    table) is in the <pre>; without, the heading and the preamble are <p> paragraphs and only the table is
    in the <pre>. Rows apart by a blank line (a dashed rule in the ruled variant); a page break (options.
    page_break_in) after an entry's first line closes the <pre>, puts a page-break paragraph and opens a new
    <pre> with the caption again if it repeats."""
    org = roster.organization
    widths = [38, options.width + 4, 16 if options.citizenship else 0]
    live = [w for w in widths if w]
    heads = ["Name and Business Address", "Present Principal Occupation or Employment", "Citizenship"]
    head_lines = [textwrap.wrap(h, w - 2) for h, w in zip(heads, widths) if w]
    caption = ["".join(_pre_cell(cell[row] if row < len(cell) else "", w, ("b", "u"))
                       for cell, w in zip(head_lines, live)).rstrip()
               for row in range(max(len(c) for c in head_lines))]
    says = ", present principal occupation or employment and citizenship" if options.citizenship else \
        " and present principal occupation or employment"
    preamble = textwrap.wrap(_full_stop(f"Set forth below are the name, business address{says} of each of the "
                                       f"directors and executive officers of {org}"), 72)
    title = f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"
    table: list[str] = ["", *caption, ""]
    for index, person in enumerate(roster.people):
        name = textwrap.wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2)
        left = [(piece, True) for piece in name] + [
            (piece, False) for line in person["address"] for piece in textwrap.wrap(line, widths[0] - 2)]
        middle = [piece for item in [f"{t}, {org}" for t in person["positions"]] + person["other_positions"]
                  for piece in textwrap.wrap(item, widths[1] - 2, subsequent_indent="  ")]
        right = textwrap.wrap(person["citizenship"] or "", widths[2] - 2) if options.citizenship else []
        rows = []
        for row in range(max(len(left), len(middle), len(right))):
            piece, bold = left[row] if row < len(left) else ("", False)
            line = _pre_cell(piece, widths[0], ("b",) if bold else ()) + _pre_cell(
                middle[row] if row < len(middle) else "", widths[1])
            line += _pre_cell(right[row] if row < len(right) else "", widths[2]) if widths[2] else ""
            rows.append(line.rstrip())
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["</pre>", "<p style=\"page-break-before:always\">&nbsp;</p>", "<pre>"] + (
                [*caption, ""] if options.repeat_header else [])
        table += rows
        table.append("-" * sum(live) if options.rules else "")
    if options.markers:
        body = ["<pre>", f"{'SCHEDULE I':^76}".rstrip(), "", f"{title:^76}".rstrip() if len(title) <= 76 else title,
                "", *[html.escape(line, quote=False) for line in preamble], *table, "</pre>"]
    else:
        body = ["<p align=\"center\"><b>SCHEDULE I</b></p>", f"<p align=\"center\"><b>{html.escape(title)}</b></p>",
                f"<p>{html.escape(' '.join(preamble))}</p>", "<pre>", *table, "</pre>"]
    text = "<html>\n<head><title>Schedule I</title></head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    return ".htm", text, [expected(p, org, options) for p in roster.people]


# ---- 3. the whole roster in ONE table row: each column a single cell of lines -----------------------------------
def _cell_lines(lines: list[str], options: Options) -> str:
    if options.markers:
        return "".join(f"<p style=\"margin:0\">{html.escape(line) if line else '&nbsp;'}</p>" for line in lines)
    return "<br>".join(html.escape(line) for line in lines)


def single_row_line_columns(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: an HTML table under a header row, one row per person) and the multi-line cells of St. Paul
    Travelers' Exhibit 1 (dev/html_as_text_pipes_truncated_cells_st_paul_travelers.txt, sec.gov .../896861/
    000110465904038925/a04-14599_1ex1.htm). The feature this family adds (ours; both real tables have a row per
    person): the word processor's table has ONE body row for the whole roster, so each column is a single cell
    holding every person's values as lines - the typist kept the people level by pressing Enter, so each person's
    lines start on the same line in every cell, a cell with fewer lines is padded with empty lines, and an
    empty line separates one person from the next. Nothing but that line count ties a line to its person (the
    earlier pdf_column_blocks prints the columns one after another as text paragraphs; here they stand side by
    side in one HTML row, each a single cell).
    Columns: Name | Position with <Org> | Present Principal Occupation (outside ones) | Business Address |
    Citizenship; the lines are as typed (titles and occupations wrapped at the column's width, one address line
    per line; the numbered variant puts 'n.' before the name). With options.markers every line of a cell is a
    <p style="margin:0"> ('&nbsp;' for an empty one), as Word saves it; without, the lines are apart by <br>.
    The ruled variant draws the table's borders. A page break after entry options.page_break_in (not the
    last) ends the table; a second one-row table holds the rest, with the header row again if it repeats."""
    org = roster.organization
    widths = [26, 24, options.width, 32, 16 if options.citizenship else 0]
    heads = ["Name", f"Position with {org}", "Present Principal Occupation", "Business Address", "Citizenship"]
    heads = [h for h, w in zip(heads, widths) if w]
    border = " border=\"1\"" if options.rules else " border=\"0\""
    opening = f"<table{border} cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
    header = "<tr>" + "".join(f"<td valign=\"bottom\"><b>{html.escape(h)}</b></td>" for h in heads) + "</tr>"

    def one_row(people: list[tuple[int, dict]]) -> str:
        columns: list[list[str]] = [[] for _ in heads]
        for count, (index, person) in enumerate(people):
            cells = [textwrap.wrap(_numbered(index, printed_name(person, options), options), widths[0]),
                     [piece for title in person["positions"] for piece in textwrap.wrap(title, widths[1])],
                     [piece for other in person["other_positions"] for piece in textwrap.wrap(other, widths[2])],
                     list(person["address"]),
                     [person["citizenship"] or ""] if options.citizenship else []]
            cells = [c for c, w in zip(cells, widths) if w]
            height = max(len(c) for c in cells)
            for column, cell in zip(columns, cells):
                column += ([""] if count else []) + cell + [""] * (height - len(cell))
        return "<tr>" + "".join(f"<td valign=\"top\">{_cell_lines(column, options)}</td>" for column in columns) + "</tr>"

    intro = (f"The name, position with {org}, present principal occupation"
             f"{', business address and citizenship' if options.citizenship else ' and business address'} of each "
             f"director and executive officer of {org} are set forth below.")
    parts = [f"<html><body><p align=\"center\"><b>SCHEDULE A</b></p><p align=\"center\"><b>DIRECTORS AND EXECUTIVE "
             f"OFFICERS OF {html.escape(org.upper())}</b></p><p>{html.escape(_full_stop(intro))}</p>"]
    people = list(enumerate(roster.people))
    cut = options.page_break_in + 1 if options.page_break_in is not None else len(people)
    parts += [opening, header, one_row(people[:cut]), "</table>"]
    if people[cut:]:
        parts += ["<p style=\"page-break-before:always\">&nbsp;</p>", opening] + (
            [header] if options.repeat_header else []) + [one_row(people[cut:]), "</table>"]
    parts.append("</body></html>")
    return ".htm", "".join(parts), [expected(p, org, options) for p in roster.people]


# ---- 4. an HTML table whose header row prints nothing: the column order is in the sentence above -----------------
def blank_header_caption_sentence(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After AIG's 2007 Exhibit A (tests/data/rosters_real/heldout4/text_fixed4col_no_caption_aig_2007.txt,
    sec.gov .../100331/000095012307013118/y39616aexv99wa.txt: a table with no caption at all, name | title |
    occupation | address) and Deutsche Acquisition's roster (dev/text_twocol_nameaddr_title_deutsche_
    acquisition.txt, sec.gov .../811917/000090342300000439/0004.txt), printed as the HTML of a financial printer
    whose table captions were typeset as graphics. The feature this family adds (ours; the real AIG table and
    the earlier headerless_four_column are text with no header row at all, their columns in the usual order and
    no sentence naming them): an HTML table whose header row (<thead>) prints NO words -
    each header cell is an empty ruled cell ('&nbsp;' over a bottom border) when options.markers, or an <img> of
    the typeset caption (no alt text) without - so the meaning of the columns is given only by the sentence
    above the table ('Set forth below, in the columns from left to right, are ...'), and the columns are in an
    unusual order: Name | Citizenship | Business Address | Position with <Org> | Present Principal Occupation
    (outside ones, an empty cell where there is none). Address lines, titles and occupations are apart by <br>;
    the numbered variant puts 'n.' before the name; the ruled variant a bottom border under every row. A page
    break after entry options.page_break_in (not the last) ends the table; a new one follows with the same
    blank header row if the header repeats."""
    org = roster.organization
    columns = ["name", "citizenship", "address", "position", "occupation"]
    columns = [c for c in columns if c != "citizenship" or options.citizenship]
    said = {"name": "the name", "citizenship": "the citizenship", "address": "the business address",
            "position": f"the present position with {org}",
            "occupation": f"the present principal occupation or employment (where other than with {org})"}
    listing = [said[c] for c in columns]
    sentence = _full_stop(f"Set forth below, in the columns from left to right, are {', '.join(listing[:-1])} and "
                         f"{listing[-1]} of each director and executive officer of {org}")
    if options.markers:
        head = "".join("<td style=\"border-bottom:1px solid #000000\">&nbsp;</td>" for _ in columns)
    else:
        head = "".join(f"<td valign=\"bottom\"><img src=\"g{20417 + i}sch1.jpg\" /></td>" for i, _ in enumerate(columns))
    header = f"<thead><tr>{head}</tr></thead>"
    opening = "<table cellspacing=\"0\" cellpadding=\"3\" style=\"width:100%;font-size:9pt\">"
    style = " style=\"border-bottom:1px solid #000000\"" if options.rules else ""
    parts = [f"<html><body><p style=\"text-align:center\"><b>SCHEDULE I</b></p><p style=\"text-align:center\"><b>"
             f"DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p><p>{html.escape(sentence)}</p>",
             opening, header, "<tbody>"]
    for index, person in enumerate(roster.people):
        values = {"name": [_numbered(index, printed_name(person, options), options)],
                  "citizenship": [person["citizenship"] or ""], "address": person["address"],
                  "position": person["positions"], "occupation": person["other_positions"]}
        cells = ["<br>".join(html.escape(v) for v in values[c]) or "&nbsp;" for c in columns]
        parts.append(f"<tr valign=\"top\"{style}>" + "".join(f"<td{style}>{c}</td>" for c in cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</tbody></table>", "<p style=\"page-break-before:always\">&nbsp;</p>", opening] + (
                [header] if options.repeat_header else []) + ["<tbody>"]
    parts.append("</tbody></table></body></html>")
    return ".htm", "".join(parts), [expected(p, org, options) for p in roster.people]


FAMILIES = {"address_key_letters": address_key_letters,
            "pre_formatted_html": pre_formatted_html,
            "single_row_line_columns": single_row_line_columns,
            "blank_header_caption_sentence": blank_header_caption_sentence}
