"""Held-out re-layout families, fifty-seventh set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (03:51-03:56 UTC by `date`) by helper session gather57 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Each family renders the people of the development rosters the way a real roster named in its
docstring could have been printed (the real files are listed in tests/data/rosters_real/SOURCES.md); the ONE
layout feature each family adds is said plainly, and it is ours where the real file does not have it:

- landscape_132_column_table: a roster typed on a LANDSCAPE page, an EDGAR <TABLE> as wide as the 132 columns the
  EDGAR Filer Manual allows inside <TABLE> tags (text outside it keeps to 80), five wide columns, the page's title
  and number centred on the 132-column page and '(Rotated page)' noted at its head as typesetters marked them.
- beneficial_ownership_columns_footnoted: two more columns, 'Shares Beneficially Owned' and 'Percent of Class',
  share counts carrying footnote markers '(1)', '(2)', '*' for less than one per cent, '-0-' for none, and the
  footnotes under the table naming a family trust and options - nothing there is a person of the roster.
- staggered_board_class_term_html: an HTML table with a 'Class / Term Expires' column for a staggered board
  ('Class II (2027)'), a blank cell for an officer who is no director.
- fax_transmission_header_pages: a roster over several pages, each page opening with the fax machine's
  transmission header line ('DEC-07-2006 14:32  FROM:WHITMORE & LANE LLP  2125550143  TO:912025550199  P.04/09'),
  one page turning inside an entry.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Import `relayout`, not this module, first: relayout imports this module at its bottom (after everything this
module uses is defined), so importing this module on its own first would be a circular import.
"""
from __future__ import annotations

import html

from relayout import (
    Options,
    Roster,
    _full_stop,
    _numbered,
    _wrap_rows,
    edgar_marks,
    expected,
    printed_name,
    weighted_seed,
    wrap_words,
)


# ---- 1. a landscape page: an EDGAR table 132 columns wide -----------------------------------------------------
def landscape_132_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After American International Group's 2006 Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt,
    sec.gov https://www.sec.gov/Archives/edgar/data/909815/000095012306004856/y19970a5exv99wa.txt: an EDGAR <TABLE>
    name | title | occupation | address whose rows already run past 100 columns). The feature this family adds
    (ours; AIG's page is upright): the roster is typed on a LANDSCAPE page, the typesetter's '(Rotated page)' note
    at its head, and the <TABLE> uses the full 132 columns the EDGAR Filer Manual allows inside <TABLE> tags - wide
    columns with long gutters, the title and the page number centred on 132 columns while the preamble keeps to
    80. Columns: Name (24) | Position(s) with <Org> (24, one title a line) | Present Principal Occupation or
    Employment (options.width + 4, at most 36) | Business Address (34, one line each, a long one hanging) |
    Citizenship (the rest); two-line captions with '=' underlines; <S>/<C> with options.markers; 'n.' before the name in the
    numbered variant; a dashed rule of 132 between entries in the ruled variant. A page break (options.page_break_in)
    falls after that entry's first line: the page number, '<PAGE>' (a form feed without markers), '(Rotated page)'
    again and the captions again if they repeat."""
    org = roster.organization
    widths = [24, 24, min(options.width + 4, 36), 34]
    widths.append(132 - sum(widths) if options.citizenship else 0)
    live = [w for w in widths if w]
    tops = ["", "Position(s) with", "Present Principal Occupation", "", ""]
    bottoms = ["Name", "the Company", "or Employment", "Business Address", "Citizenship"]
    caption = _wrap_rows([[t, b] for t, b, w in zip(tops, bottoms, widths) if w], live)
    caption.append("".join(f"{'=' * (w - 3):<{w}}" for w in live).rstrip())
    seed = weighted_seed(org)
    page = 3 + seed % 6
    preamble = wrap_words(_full_stop(
        f"Set forth below are the name, position with {org} (the \"Company\"), present principal occupation or "
        f"employment, business address" + (" and citizenship" if options.citizenship else "")
        + " of each director and executive officer of the Company"), 80)
    rotated = f"{'(Rotated page)':>132}"
    lines = ["<PAGE>", rotated, "", f"{'SCHEDULE I':^132}".rstrip(), "",
             f"{'DIRECTORS AND EXECUTIVE OFFICERS OF ' + org.upper():^132}".rstrip(), "", *preamble, "", "<TABLE>",
             *caption]
    if options.markers:
        lines.append(edgar_marks(live))
    for index, person in enumerate(roster.people):
        cells = [wrap_words(_numbered(index, printed_name(person, options), options), widths[0] - 2),
                 [piece for title in person["positions"] for piece in wrap_words(title, widths[1] - 2, "  ")],
                 [piece for other in person["other_positions"] for piece in wrap_words(other, widths[2] - 2, "  ")],
                 [piece for line in person["address"] for piece in wrap_words(line, widths[3] - 2, "  ")],
                 wrap_words(person["citizenship"] or "", widths[4]) if options.citizenship else []]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", f"{'S-' + str(page):^132}".rstrip(), "<PAGE>" if options.markers else "\f", rotated,
                         ""] + (caption + [""] if options.repeat_header else [])
            page += 1
        lines += rows
        lines.append("-" * 132 if options.rules else "")
    lines += ["</TABLE>", "", f"{'S-' + str(page):^132}".rstrip()]
    return ".txt", "\n".join(line.rstrip() for line in lines).rstrip() + "\n", \
        [expected(p, org, options) for p in roster.people]


# ---- 2. share counts and percentages with footnote markers, the footnotes under the table ------------------------
def _holding(seed: int, index: int) -> tuple[str, str, int]:
    """(shares, percent, footnote kind): kind 0 none, 1 a family trust, 2 options, 3 nothing held."""
    kind = (seed + index) % 4
    if kind == 3:
        return "-0-", "-0-", 3
    shares = 1000 + (seed * (index + 7) * 131) % 240000
    return f"{shares:,}", "*", kind


def beneficial_ownership_columns_footnoted(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT Nevada Holdings' Exhibit 4 (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_
    nevada.txt, sec.gov https://www.sec.gov/Archives/edgar/data/1086472/000089183601500310/exh4.txt: an EDGAR
    <TABLE> Name | Position | Present Principal Occupation or Employment | Address) and the ownership columns of
    United Capital's roster (dev/text_fixed5col_ownership_ucsg.txt). The feature this family adds (ours; IDT's
    exhibit has no holdings): as Item 5 lets a Schedule I report each covered person's holdings, two right-hand
    columns 'Shares Beneficially Owned' and 'Percent of Class' - a share count with a FOOTNOTE MARKER '(1)' (a family
    trust) or '(2)' (options exercisable within 60 days) glued to it, '*' for less than one per cent, '-0-' where the
    person holds none - and under the table the legend '*  Less than 1% ...' and the numbered footnotes, whose text
    names '<Surname> Family Trust' and the person again; nothing in the footnotes is a value or a person. Left column
    the name with every address line under it, then Position(s) with <Org> and Principal Occupation in one cell
    (wrapping at options.width), Citizenship (when printed), Shares, Percent; '<S>'/'<C>' with options.markers; 'n.'
    before the name in the numbered variant; a dashed rule between entries in the ruled variant. A page break
    (options.page_break_in) falls after that entry's first line, with the captions again if they repeat."""
    org = roster.organization
    seed = weighted_seed(org)
    widths = [34, options.width + 4, 17 if options.citizenship else 0, 15, 9]
    live = [w for w in widths if w]
    tops = ["Name and", "Position and Present Principal", "", "Shares", "Percent"]
    mids = ["Business Address", "Occupation or Employment", "Citizenship", "Beneficially", "of"]
    bottoms = ["", "", "", "Owned", "Class"]
    caption = _wrap_rows([[t, m, b] for t, m, b, w in zip(tops, mids, bottoms, widths) if w], live)
    caption.append("".join(f"{'-' * (w - 2):<{w}}" for w in live).rstrip())
    preamble = wrap_words(_full_stop(
        f"The name, business address, position with {org}, present principal occupation or employment"
        + (", citizenship" if options.citizenship else "")
        + f" and beneficial ownership of Shares of each director and executive officer of {org} are set forth "
        f"below. Percentages are based on {20 + seed % 70},{seed % 1000:03d},{(seed * 7) % 1000:03d} Shares "
        f"outstanding"), 78)
    lines = [f"{'SCHEDULE I':^78}".rstrip(), "", f"{'DIRECTORS AND EXECUTIVE OFFICERS OF ' + org.upper():^78}".rstrip(),
             "", *preamble, "", "<TABLE>", *caption]
    if options.markers:
        lines.append(edgar_marks(live))
    notes: list[tuple[str, int]] = []
    for index, person in enumerate(roster.people):
        shares, percent, kind = _holding(seed, index)
        if kind in (1, 2):
            notes.append((person["name"] if kind == 1 else "", int(shares.replace(",", "")) // 400 * 100 + 100))
            shares += f"({len(notes)})"
        left = wrap_words(_numbered(index, printed_name(person, options), options), widths[0] - 2)
        left += [piece for line in person["address"] for piece in wrap_words(line, widths[0] - 2, "  ")]
        middle = [piece for item in [f"{t}, {org}" for t in person["positions"]] + person["other_positions"]
                  for piece in wrap_words(item, widths[1] - 2, "  ")]
        cells = [left, middle, wrap_words(person["citizenship"] or "", widths[2] - 2) if options.citizenship else [],
                 [f"{shares:>{widths[3] - 3}}"], [f"{percent:>{widths[4] - 2}}"]]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", f"{'I-2':^78}".rstrip(), "<PAGE>" if options.markers else "\f", ""] + (
                caption + [""] if options.repeat_header else [])
        lines += rows
        lines.append("-" * sum(live) if options.rules else "")
    lines += ["</TABLE>", "", "-" * 20, "*    Less than 1% of the outstanding Shares."]
    for number, (name, part) in enumerate(notes, 1):
        if name:
            words = name.replace(",", "").split()
            surname = words[-2] if words[-1].rstrip(".") in ("Jr", "Sr", "II", "III", "IV") else words[-1]
            text = (f"({number}) Includes {part:,} Shares held by the {surname} Family Trust, "
                    f"of which {name} is a co-trustee. {name} disclaims beneficial ownership of the Shares held by "
                    f"the trust except to the extent of any pecuniary interest therein.")
        else:
            text = (f"({number}) Includes {part:,} Shares issuable upon the exercise of "
                    f"stock options exercisable within 60 days of the date of this Statement.")
        lines += wrap_words(text, 78, "     ")
    return ".txt", "\n".join(line.rstrip() for line in lines).rstrip() + "\n", \
        [expected(p, org, options) for p in roster.people]


# ---- 3. HTML: a staggered board's class and term column --------------------------------------------------------
_CLASSES = ["I", "II", "III"]


def staggered_board_class_term_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's 2020 Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm, an HTML table filed with a Schedule 13D: a bold header row, the name in the first cell, the
    occupation in a wide cell). The feature this family adds (ours; Southwestern's board is elected yearly): the
    organisation has a STAGGERED board, and a column 'Director Class (Term Expires)' gives each director's class and
    the year of the annual meeting at which the term expires - 'Class II (2027)' - with '&nbsp;' for an executive
    officer who is no director; neither the class nor the year is a value. Columns: Name | Position(s) with <Org>
    (titles apart by <br>) | Director Class (Term Expires) | Present Principal Occupation or Employment (outside
    occupations apart by <br>, '&#8212;' when none) | Business Address (lines apart by <br>) | Citizenship; 'n.'
    before the name in the numbered variant; with options.markers the header cells are <th>, without them <td><b>;
    the ruled variant draws the cell borders. A page break after entry options.page_break_in (not the last) ends the
    table; a new one follows with the header row again if it repeats."""
    org = roster.organization
    seed = weighted_seed(org)
    heads = ["Name", f"Position(s) with {org}", "Director Class (Term Expires)",
             "Present Principal Occupation or Employment", "Business Address"] + (
        ["Citizenship"] if options.citizenship else [])
    cell = (lambda h: f"<th align=\"left\" valign=\"bottom\">{html.escape(h)}</th>") if options.markers else (
        lambda h: f"<td valign=\"bottom\" style=\"border-bottom:1px solid #000\"><b>{html.escape(h)}</b></td>")
    header = "<tr>" + "".join(cell(h) for h in heads) + "</tr>"
    opening = f"<table border=\"{1 if options.rules else 0}\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
    says = "name, position, class and term as a director, present principal occupation or employment, business " \
        "address" + (" and citizenship" if options.citizenship else "")
    parts = ["<html><body>", "<p align=\"center\"><b>SCHEDULE A</b></p>",
             f"<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p>",
             "<p>" + html.escape(_full_stop(
                 f"The following table sets forth the {says} of each director and executive officer of {org}, whose "
                 f"board of directors is divided into three classes, one of which is elected at each annual meeting "
                 f"of stockholders for a term of three years")) + "</p>", opening, header]
    turn = 0
    for index, person in enumerate(roster.people):
        director = "board of directors" in person["bodies"] or "Director" in person["positions"]
        term = "&nbsp;"
        if director:
            term = f"Class {_CLASSES[(seed + turn) % 3]} ({2026 + (seed + turn) % 3})"
            turn += 1
        cells = [html.escape(_numbered(index, printed_name(person, options), options)),
                 "<br>".join(html.escape(t) for t in person["positions"]) or "&nbsp;", term,
                 "<br>".join(html.escape(o) for o in person["other_positions"]) or "&#8212;",
                 "<br>".join(html.escape(line) for line in person["address"])]
        if options.citizenship:
            cells.append(html.escape(person["citizenship"] or "") or "&nbsp;")
        parts.append("<tr valign=\"top\">" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\">&nbsp;</p>", opening] + (
                [header] if options.repeat_header else [])
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 4. a fax machine's transmission header at the head of every page ------------------------------------------
_MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def fax_transmission_header_pages(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After MetLife's 2005 Exhibit 1 (tests/data/rosters_real/dev/text_twocol_nameaddr_metlife.txt, sec.gov
    https://www.sec.gov/Archives/edgar/data/898174/000095012305001628/y05541exv99w1.txt: an EDGAR <TABLE> of two
    columns, 'Name And Business Address' - the name, then the address lines - | 'Principal Occupation or
    Employment'). The feature this family adds (ours; MetLife's exhibit was typeset): the exhibit was keyed from a
    FAXED copy and every page keeps, as its first line, the sending machine's TRANSMISSION HEADER - the date and time,
    'FROM:' and the law firm's name in capitals with its fax number, 'TO:' and the receiving number, and the page
    'P.04/09' - the older machines' order ('12/07/2006 14:32 FAX 212 555 0143   WHITMORE & LANE LLP   @004/009')
    for some organisations. A new page opens before the fourth, seventh, ... entry (between entries) and once inside
    an entry after its first line (options.page_break_in, else the second entry where there is one); '<PAGE>'
    between pages with options.markers (a form feed without); the captions again after a page break if they
    repeat. Entries: the name ('SURNAME, Given' in the first variant after relayout.printed_name), every address
    line under it; '<Title> of <Org>' lines then the outside occupations wrapping at options.width + 10,
    'Citizenship: <country>' as the last line of the right-hand cell; 'n.' before the name in the numbered variant;
    a dashed rule between entries in the ruled variant."""
    org = roster.organization
    seed = weighted_seed(org)
    widths = [42, options.width + 10]
    caption = [f"{'Name and Business Address':<{widths[0]}}Principal Occupation or Employment",
               f"{'-' * 25:<{widths[0]}}{'-' * 34}"]
    old = seed % 2 == 1
    day, month, hour, minute = 1 + seed % 28, seed % 12, 9 + seed % 9, seed % 60
    firm = ["WHITMORE & LANE LLP", "HARGROVE BECK & STOLL", "PEMBERTON, ASHCROFT LLP"][seed % 3]
    inside = options.page_break_in if options.page_break_in is not None else (1 if len(roster.people) > 1 else None)
    total = 2 + len(roster.people) // 3 + (1 if inside is not None else 0)
    pagebreak = "<PAGE>" if options.markers else "\f"
    page = [1]

    def header() -> str:
        number = page[0] + 2
        minutes = minute + page[0] // 2
        if old:
            return (f"{month + 1:02d}/{day:02d}/2006 {hour:02d}:{minutes:02d} FAX 212 555 {143 + seed % 800:04d}"
                    f"   {firm}   @{number:03d}/{total + 2:03d}")
        return (f"{_MONTHS[month]}-{day:02d}-2006 {hour:02d}:{minutes:02d}  FROM:{firm}  212555{143 + seed % 800:04d}"
                f"   TO:912025550199   P.{number:02d}/{total + 2:02d}")

    def turn() -> list[str]:
        page[0] += 1
        return ["", f"{page[0] - 1:^78}".rstrip(), pagebreak, header(), ""]

    preamble = wrap_words(_full_stop(
        "Set forth below are the name, business address" + ("," if options.citizenship else " and")
        + " present principal occupation or employment" + (" and citizenship" if options.citizenship else "")
        + f" of each director and executive officer of {org}"), 78)
    lines = [header(), "", f"{'EXHIBIT 1':^78}".rstrip(), "",
             f"{'DIRECTORS AND EXECUTIVE OFFICERS OF ' + org.upper():^78}".rstrip(), "", *preamble, "", "<TABLE>",
             *caption]
    if options.markers:
        lines.append(f"{'<S>':<{widths[0]}}<C>")
    lines.append("")
    for index, person in enumerate(roster.people):
        if index and index % 3 == 0:
            lines += ["</TABLE>", *turn(), "<TABLE>", *(caption if options.repeat_header else [])]
            if options.markers:
                lines.append(f"{'<S>':<{widths[0]}}<C>")
        left = wrap_words(_numbered(index, printed_name(person, options), options), widths[0] - 2)
        left += [piece for line in person["address"] for piece in wrap_words(line, widths[0] - 2, "  ")]
        right = [piece for item in [f"{t} of {org}" for t in person["positions"]] + person["other_positions"]
                 for piece in wrap_words(item, widths[1], "  ")]
        if options.citizenship:
            right += wrap_words(f"Citizenship: {person['citizenship'] or ''}", widths[1], "  ")
        rows = _wrap_rows([left, right], widths)
        if inside == index and len(rows) > 1:
            rows[1:1] = turn() + (caption + [""] if options.repeat_header else [])
        lines += rows
        lines.append("-" * (widths[0] + widths[1]) if options.rules else "")
    lines += ["</TABLE>", "", f"{page[0]:^78}".rstrip()]
    return ".txt", "\n".join(line.rstrip() for line in lines).rstrip() + "\n", \
        [expected(p, org, options) for p in roster.people]


FAMILIES = {"landscape_132_column_table": landscape_132_column_table,
            "beneficial_ownership_columns_footnoted": beneficial_ownership_columns_footnoted,
            "staggered_board_class_term_html": staggered_board_class_term_html,
            "fax_transmission_header_pages": fax_transmission_header_pages}
