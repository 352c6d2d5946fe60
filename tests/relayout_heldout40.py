"""Held-out re-layout families, fortieth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-06 (14:47-14:55 UTC by `date`) by helper session gather40 (issue 13), BLIND: without reading the
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
import re
import textwrap

from relayout import Options, Roster, _citizen_of, _full_stop, _heading, _numbered, _wrap_rows, expected, printed_name


def _fill(text: str, width: int, indent: str = "") -> list[str]:
    """`text` wrapped at `width`, no word broken (not even at a hyphen), continuation lines after `indent`."""
    return textwrap.wrap(text, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False)


def _page_mark(options: Options, number: int = 2) -> list[str]:
    return ["", f"{'-' + str(number) + '-':^78}".rstrip(), "<PAGE>" if options.markers else "\f", ""]


# ---- 1. titles printed only as acronyms, explained in a legend UNDER the table -----------------------------------
def _acronyms(roster: Roster) -> dict[str, str]:
    """Each title held in the organisation -> its acronym, the initials of its capitalised words ('Executive Vice
    President' -> 'EVP', 'Director' -> 'D'); a title whose initials another title took already gets a number after
    them ('D2'); a title without a capitalised word keeps its words."""
    codes: dict[str, str] = {}
    for person in roster.people:
        for title in person["positions"]:
            if title in codes:
                continue
            initials = "".join(word[0] for word in re.findall(r"[A-Za-z][\w'-]*", title) if word[0].isupper())
            if not initials:
                codes[title] = title
                continue
            code, number = initials, 1
            while code in codes.values():
                number += 1
                code = f"{initials}{number}"
            codes[title] = code
    return codes


def acronym_titles_legend_below(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Citigroup's Exhibit A (tests/data/rosters_real/dev/text_name_title_citizenship_citigroup.txt, sec.gov
    https://www.sec.gov/Archives/edgar/data/1116616/000104746904034282/a2146269zex-99_a.txt: an EDGAR <Table>
    NAME | TITLE) and the legend of E.ON's Exhibit F (dev/text_matrix_legend_letters_multi_company_eon_2003.txt,
    https://www.sec.gov/Archives/edgar/data/1136808/000089808004000343/ex99-25.txt: letters in the cells, their
    meaning in a legend). The feature this family adds (ours; Citigroup prints every title in full, E.ON's letters
    are arbitrary ones, A to D, and the earlier legend_coded_roles puts its 'A = Director' legend ABOVE the table):
    the Title column prints each title held in <Org> ONLY AS AN ACRONYM of its own capitalised words ('D', 'EVP',
    'CEO', 'VPS'; several apart by commas), and the acronyms are spelt out in a legend printed UNDER the table, after
    the last row, in the alphabetical order of the acronyms - one per line ('     EVP     Executive Vice
    President') after 'Abbreviations used in the column "Title":', or, in the numbered variant, as one run-on
    paragraph 'D = Director; EVP = Executive Vice President.' Columns: Name | Title | Present Principal Occupation
    (outside ones, wrapping at options.width, continuation lines one space in) | Business Address (one line each) | Citizenship, dashed underlines
    under the captions; EDGAR <TABLE> and <S>/<C> when options.markers; rows apart by a blank line (a dashed rule
    in the ruled variant); a page break (options.page_break_in) after an entry's first line, the caption again if
    it repeats."""
    org = roster.organization
    codes = _acronyms(roster)
    widths = [28, 14, max(options.width, 24) + 2, 36, 16 if options.citizenship else 0]
    live = [w for w in widths if w]
    heads = ["Name", "Title", "Present Principal Occupation", "Business Address", "Citizenship"]
    caption = ["".join(f"{h:<{w}}" for h, w in zip(heads, widths) if w).rstrip(),
               "".join(f"{'-' * len(h):<{w}}" for h, w in zip(heads, widths) if w).rstrip()]
    says = "present principal occupation, business address and citizenship" if options.citizenship else \
        "present principal occupation and business address"
    lines = [_heading(org, options).rstrip("\n"), ""]
    lines += _fill(f"Set forth below are the name, title with {org} (the \"Company\"), {says} of each director and "
                   f"executive officer of the Company. Abbreviations used in the table are explained below the "
                   f"table.", 78)
    lines += ["", "<TABLE>" if options.markers else "", *caption]
    if options.markers:
        lines.append("".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>", "<C>", "<C>"], widths) if w).rstrip())
    for index, person in enumerate(roster.people):
        cells = [_fill(_numbered(index, printed_name(person, options), options), widths[0] - 2),
                 _fill(", ".join(codes[t] for t in person["positions"]), widths[1] - 2),
                 [piece for other in person["other_positions"] for piece in _fill(other, widths[2] - 2, " ")],
                 [piece for line in person["address"] for piece in _fill(line, widths[3] - 2)],
                 _fill(person["citizenship"] or "", widths[4] - 2) if options.citizenship else []]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = _page_mark(options) + (caption if options.repeat_header else [])
        lines += rows
        lines.append("-" * sum(live) if options.rules else "")
    if options.markers:
        lines.append("</TABLE>")
    legend = sorted((code, title) for title, code in codes.items() if code != title)
    if legend and options.numbered:
        lines += [""] + _fill("The abbreviations used in the column \"Title\" are: " + "; ".join(
            f"{code} = {title}" for code, title in legend) + ".", 78)
    elif legend:
        lines += ["", "Abbreviations used in the column \"Title\":", ""]
        lines += [f"     {code:<8}{title}" for code, title in legend]
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. labelled blocks whose labels are set flush RIGHT against a column of colons ------------------------------
def right_aligned_labels(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Micron's Exhibit 1 (tests/data/rosters_real/dev/labelled_blocks_micron.txt, sec.gov
    https://www.sec.gov/Archives/edgar/data/854460/000091205701506984/a2044032zex-1.txt: 'Name:', 'Business
    Address:', 'Principal Occupation:' blocks, the values in one column from column 37, continuation lines under
    the value) and Canopy's entries (dev/labelled_occupation_canopy.txt, https://www.sec.gov/Archives/edgar/data/
    1094944/000102048801000016/0002.txt: 'Principal Occupation:' and 'Citizenship:' labels). The feature this
    family adds (ours; Micron's and every earlier family's labels start at the left margin or at one indent): the
    typist set the labels FLUSH RIGHT, so every label ENDS at the same column - the colons stand one under another
    at column 30 and the labels' left edges differ from line to line ('                     Name:',
    '      Present Principal Occupation:' wrapped over two label lines where long) - with the value two spaces
    after the colon and its continuation lines under the value. Fields per person: Name | Position with the
    Company (the titles, '; '-joined) | Present Principal Occupation (outside ones, '; '-joined, only where there is
    one) |
    Business Address (one line each) | Citizenship; a blank line between fields is not printed, entries are apart
    by a blank line (a dashed rule in the ruled variant); '1.' at the left margin of the name line in the numbered
    variant; values wrap at options.width + 14. '<PAGE>' before the exhibit with options.markers; a page break
    (options.page_break_in) after an entry's position line."""
    org = roster.organization
    colon, room = 30, options.width + 14

    def field(label: str, values: list[str], margin: str = "") -> list[str]:
        pieces = [piece for value in values for piece in _fill(value, room)]
        if not pieces:
            return []
        labels = _fill(label + ":", colon - 2) if len(label) + 1 > colon - 2 else [label + ":"]
        out = []
        for row in range(max(len(labels), len(pieces))):
            left = labels[row].rjust(colon) if row < len(labels) else " " * colon
            if row == 0 and margin:
                left = margin + left[len(margin):]
            out.append(f"{left}  {pieces[row] if row < len(pieces) else ''}".rstrip())
        return out

    says = ", business address and citizenship" if options.citizenship else " and business address"
    lines = (["<PAGE>", ""] if options.markers else []) + [_heading(org, options).rstrip("\n"), ""]
    lines += _fill(f"The name, position with {org} (the \"Company\"), present principal occupation (where other than "
                   f"with the Company){says} of each director and executive officer of the Company are set forth "
                   f"below.", 78) + [""]
    for index, person in enumerate(roster.people):
        entry = field("Name", [printed_name(person, options)], f"{index + 1}." if options.numbered else "")
        entry += field("Position with the Company", ["; ".join(person["positions"])])
        if options.page_break_in == index:
            entry += _page_mark(options)
        entry += field("Present Principal Occupation", ["; ".join(person["other_positions"])])
        entry += field("Business Address", person["address"])
        if options.citizenship:
            entry += field("Citizenship", [person["citizenship"] or ""])
        lines += entry + ["-" * 78 if options.rules else ""]
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


# ---- 3. the column captions in an HTML table of their own, the rows in another ------------------------------------
def caption_table_apart_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the St. Paul Travelers Exhibit 1 (tests/data/rosters_real/dev/html_as_text_pipes_truncated_cells_st_paul_
    travelers.txt, sec.gov https://www.sec.gov/Archives/edgar/data/896861/000110465904038925/a04-14599_1ex1.htm: an
    HTML table Name | Position | Present Principal Occupation | Business Address, captions over two lines) and
    Southwestern Energy's Schedule A (dev/html_section_rows_southwestern_energy.htm: a spacer column between the
    name and the occupation). The feature this family adds (ours; both real tables hold their caption row and
    their rows in ONE <table>): the converter closed the table after the caption row, so the captions are a
    <table> of their own - ONE row of five cells with percentage widths, bold and underlined (a ruled bottom
    border with options.markers, <font size="1"> without) - and the people are in a SECOND <table> with no header,
    whose rows hold a narrow empty spacer cell ('<td width="2%">&nbsp;</td>') between every two value cells, so a
    row has nine cells (ten with the number cell of the numbered variant, for which the caption table has an empty
    first cell) where the caption row has five (six); only the order of the cells ties a value to its caption.
    Columns: Name | Position with <Org> (titles apart by <br>) | Present Principal Occupation (outside ones, <br>
    apart, '&nbsp;' where none) | Business Address (lines apart by <br>) | Citizenship. The ruled variant draws a
    bottom border under each row; a page break after entry options.page_break_in (not the last) ends the rows'
    table, a page-break paragraph follows, then the caption table again if the header repeats, then a new rows'
    table."""
    org = roster.organization
    heads = ["Name", f"Position with {org}", "Present Principal Occupation", "Business Address", "Citizenship"]
    percents = [24, 20, 22, 22, 12]
    if not options.citizenship:
        heads, percents = heads[:4], [26, 22, 24, 28]
    if options.numbered:
        heads, percents = ["", *heads], [4, *percents[:1], percents[1] - 4, *percents[2:]]
    if options.markers:
        style = " style=\"border-bottom:1px solid #000000\""
        caption_cells = "".join(f"<td width=\"{p}%\" valign=\"bottom\"{style if h else ''}><b><u>{html.escape(h)}</u>"
                                f"</b></td>" if h else f"<td width=\"{p}%\">&nbsp;</td>" for h, p in zip(heads, percents))
    else:
        caption_cells = "".join(f"<td width=\"{p}%\" valign=\"bottom\"><font size=\"1\"><b><u>{html.escape(h)}</u></b>"
                                f"</font></td>" if h else f"<td width=\"{p}%\">&nbsp;</td>" for h, p in zip(heads, percents))
    caption = f"<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\"><tr>{caption_cells}</tr></table>"
    opening = "<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\">"
    spacer = "<td width=\"2%\">&nbsp;</td>"
    ruled = " style=\"border-bottom:1px solid #000000\"" if options.rules else ""
    says = ", business address and citizenship" if options.citizenship else " and business address"
    intro = _full_stop(f"The name, position with {org}, present principal occupation (where other than with {org})"
                      f"{says} of each director and executive officer of {org} are set forth below")
    parts = [f"<html><body><p align=\"center\"><b>SCHEDULE A</b></p><p align=\"center\"><b>DIRECTORS AND EXECUTIVE "
             f"OFFICERS OF {html.escape(org.upper())}</b></p><p>{html.escape(intro)}</p>", caption, opening]
    for index, person in enumerate(roster.people):
        values = [[printed_name(person, options)], person["positions"], person["other_positions"], person["address"]]
        if options.citizenship:
            values.append([person["citizenship"] or ""])
        if options.numbered:
            values.insert(0, [f"{index + 1}."])
        cells = [f"<td valign=\"top\"{ruled}>{'<br>'.join(html.escape(v) for v in value if v) or '&nbsp;'}</td>"
                 for value in values]
        parts.append("<tr>" + spacer.join(cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\">&nbsp;</p>"] + (
                [caption] if options.repeat_header else []) + [opening]
    parts.append("</table></body></html>")
    return ".htm", "".join(parts), [expected(p, org, options) for p in roster.people]


# ---- 4. a two-level ASCII bulleted list: '*' for the person, 'o' for each of his facts ----------------------------
def ascii_bullet_outline(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After National Grid's Exhibit A (tests/data/rosters_real/dev/text_stacked_name_title_lines_postamble_address_
    national_grid.txt, sec.gov https://www.sec.gov/Archives/edgar/data/71339/000007133901000002/0003.txt: a name
    line, then one line per title, each ending in its company's name, no labels) and Canopy's unlabelled name and
    address lines (dev/labelled_occupation_canopy.txt). The feature this family adds (ours; the real entries are
    plain lines, and the earlier nested_outline letters its levels 'I.' / 'A.' / '(a)', bulleted_label_lists is an
    HTML <ul> of labelled items): the roster is a word processor's TWO-LEVEL BULLETED LIST saved as ASCII text, as
    EDGAR text filings show it - each person a first-level item whose bullet is '*' (a '-' without options.markers,
    'n.' in the numbered variant) at the margin, his facts second-level items each opened by the letter-like bullet
    'o' at column 5, the text from column 10, with no label: one item per title held in <Org> ('<title>, <Org>'),
    one per outside occupation, one for the business address (its lines stacked under the item's text) and one
    'Citizen of ...' item; the preamble names the facts in that order. Items wrap at options.width + 36 under the
    item's text; persons apart by a blank line (a dashed rule in the ruled variant); a page break (options.
    page_break_in) after an entry's first fact item."""
    org = roster.organization
    room = options.width + 36
    says = ", business address and citizenship" if options.citizenship else " and business address"
    lines = [_heading(org, options).rstrip("\n"), ""]
    lines += _fill(f"Set forth below is the name of each director and executive officer of {org}, followed by his "
                   f"or her present position(s) with {org}, any other present principal occupation or employment"
                   f"{says}.", 78) + [""]
    for index, person in enumerate(roster.people):
        bullet = f"{index + 1}." if options.numbered else ("*" if options.markers else "-")
        lines += [f"{bullet:<5}{piece}" if row == 0 else f"     {piece}"
                  for row, piece in enumerate(_fill(printed_name(person, options), room + 5))]
        items = [_fill(f"{title}, {org}", room) for title in person["positions"]]
        items += [_fill(other, room) for other in person["other_positions"]]
        items.append([piece for line in person["address"] for piece in _fill(line, room)])
        if options.citizenship and person["citizenship"]:
            items.append(_fill(f"Citizen of {_citizen_of(person['citizenship'])}", room))
        for number, item in enumerate(i for i in items if i):
            lines += [f"     {'o' if row == 0 else ' '}    {piece}" for row, piece in enumerate(item)]
            if number == 0 and options.page_break_in == index:
                lines += _page_mark(options)
        lines.append("-" * 60 if options.rules else "")
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


FAMILIES = {"acronym_titles_legend_below": acronym_titles_legend_below,
            "right_aligned_labels": right_aligned_labels,
            "caption_table_apart_html": caption_table_apart_html,
            "ascii_bullet_outline": ascii_bullet_outline}
