"""Held-out re-layout families, forty-sixth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-06 (20:29-21:25 UTC by `date`) by helper session gather46 (issue 13), BLIND: without reading the
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

from relayout import (
    Options,
    Roster,
    _full_stop,
    _heading,
    _numbered,
    _wrap_rows,
    expected,
    occupation_items,
    printed_name,
)


def _says(org: str, options: Options) -> str:
    """The preamble's list of what the roster prints."""
    facts = [f"present position with {org}", f"present principal occupation or employment (where other than with "
             f"{org})", "business address"] + (["citizenship"] if options.citizenship else [])
    return "the name, " + ", ".join(facts[:-1]) + " and " + facts[-1]


def _page_furniture(options: Options, caption: list[str]) -> list[str]:
    return ["", f"{'-2-':^78}".rstrip(), "<PAGE>" if options.markers else "\f", ""] + (
        caption if options.repeat_header else [])


# ---- 1. a shared address and citizenship printed once beside a typed brace over the rows that share them --------
def _shared(person: dict, options: Options) -> tuple[str, ...]:
    return tuple(person["address"]) + ((person["citizenship"] or "",) if options.citizenship else ())


def _brace(height: int) -> list[str]:
    """A brace typed in a column of its own over `height` lines: '\\' at the top, '}' in the middle, '/' at the
    bottom, '|' between."""
    middle = (height - 1) // 2
    marks = ["|"] * height
    marks[0], marks[-1], marks[middle] = "\\", "/", "}"
    return marks


def brace_grouped_shared_address(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After American International Group's Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt, sec.gov
    https://www.sec.gov/Archives/edgar/data/909815/000095012306004856/y19970a5exv99wa.txt: an EDGAR <TABLE> of
    fixed-width columns, most people sharing the one '70 Pine Street' address, printed again in every row). The
    feature this family adds (ours; AIG repeats the address in each row): where CONSECUTIVE persons share the same
    business address (and citizenship, when printed), the typist printed those values ONCE, to the right of a
    BRACE TYPED IN A COLUMN OF ITS OWN over all the lines of those persons' rows - '\\' on the first line, '|' down
    the side, '}' on the middle line, '/' on the last - the shared address lines (then the citizenship) set
    beside the brace, centred on its '}' line, so they stand level with no one person's name; a person who
    shares with no neighbour has his own values on his first line, without a brace. Columns: Name | Present
    Principal Occupation or Employment ('<title>, <Org>' for each title held there, then the outside
    occupations, wrapping at options.width) | brace | Business Address | Citizenship, two-line captions with
    dashed underlines; a blank line between persons (a dashed rule after each group in the ruled variant, the
    brace unbroken inside a group); '<TABLE>' and '<S>'/'<C>' lines when options.markers; 'n.' before the name
    in the numbered variant. A page break (options.page_break_in) falls after the group holding that entry (not
    after the last), with the caption again if it repeats."""
    org = roster.organization
    widths = [28, options.width + 4, 4, 34, 16 if options.citizenship else 0]
    live = [w for w in widths if w]
    tops = ["", "Present Principal Occupation", "", "", ""]
    bottoms = ["Name", "or Employment", "", "Business Address", "Citizenship"]
    caption = _wrap_rows([[t, b] for t, b, w in zip(tops, bottoms, widths) if w], live)
    caption.append("".join(f"{('-' * (w - 2)) if i != 2 else '':<{w}}" for i, w in enumerate(live)).rstrip())
    groups: list[list[int]] = []
    for index, person in enumerate(roster.people):
        if groups and _shared(roster.people[groups[-1][-1]], options) == _shared(person, options):
            groups[-1].append(index)
        else:
            groups.append([index])
    preamble = textwrap.wrap(_full_stop(f"Set forth below are {_says(org, options)} of each director and executive "
                                       f"officer of {org}"), 78)
    lines = [_heading(org, options).rstrip("\n"), "", *preamble, "", "<TABLE>" if options.markers else "", *caption]
    if options.markers:
        lines.append("".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "", "<C>", "<C>"], widths) if w).rstrip())
    for number, group in enumerate(groups):
        left: list[tuple[str, str]] = []
        for place, index in enumerate(group):
            person = roster.people[index]
            name = textwrap.wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2)
            occupation = [piece for item in occupation_items(person, org)
                          for piece in textwrap.wrap(item, widths[1] - 2, subsequent_indent="  ")]
            left += [("", "")] if place else []
            left += [(name[r] if r < len(name) else "", occupation[r] if r < len(occupation) else "")
                     for r in range(max(len(name), len(occupation)))]
        first = roster.people[group[0]]
        address = [piece for line in first["address"] for piece in textwrap.wrap(line, widths[3] - 2)]
        citizenship = textwrap.wrap(first["citizenship"] or "", widths[4] - 2) if options.citizenship else []
        shared = [(address[r] if r < len(address) else "", citizenship[r] if r < len(citizenship) else "")
                  for r in range(max(len(address), len(citizenship)))]
        height = max(len(left), len(shared))
        left += [("", "")] * (height - len(left))
        brace = _brace(height) if len(group) > 1 else [""] * height
        start = max(0, (height - 1) // 2 - (len(shared) - 1) // 2) if len(group) > 1 else 0
        start = min(start, height - len(shared))
        right = [("", "")] * start + shared + [("", "")] * (height - start - len(shared))
        for (name, occupation), mark, (place, citizen) in zip(left, brace, right):
            cells = [name, occupation, f" {mark}", place, citizen]
            lines.append("".join(f"{c:<{w}}" for c, w in zip(cells, widths) if w).rstrip())
        lines.append("-" * sum(live) if options.rules else "")
        if options.page_break_in in group and number + 1 < len(groups):
            lines += _page_furniture(options, caption)
    if options.markers:
        lines.append("</TABLE>")
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. HTML: every title and occupation a bullet set as a small nested table inside its cell -------------------
def _bullets(items: list[str], options: Options) -> str:
    """Items as a word processor's bulleted paragraphs saved to HTML: each bullet a row of a nested table, a
    narrow cell holding the bullet and a cell holding the text."""
    if not items:
        return "&nbsp;"
    style = "border-collapse:collapse;width:100%"
    rows = [f"<tr><td style=\"width:10pt;vertical-align:top\">&#8226;</td><td style=\"vertical-align:top\">"
            f"{html.escape(item)}</td></tr>" for item in items]
    if options.markers:
        return f"<table style=\"{style}\">" + "".join(rows) + "</table>"
    return "".join(f"<table style=\"{style}\">{row}</table>" for row in rows)


def bullet_item_tables_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_energy.htm,
    a 2020 SC 13D, no sec.gov address stored: an HTML table, one row per person under a header row, the
    occupation cell holding more than one item). The feature this family adds (ours; Southwestern's cells hold
    plain text): the titles held in <Org> and the outside occupations are BULLETED ITEMS, and the word processor
    saved each bullet the way such converters do, as a NESTED TABLE INSIDE THE CELL whose row holds a narrow cell
    with the bullet ('&#8226;') and a cell with the item's text - one nested table holding a row per item with
    options.markers, one nested table PER ITEM without - so every item of a person is a table row of its own
    inside his row, and the bullet cells stand among the roster's cells (the earlier nested_detail_table_html
    nests one table of label / value rows per person; here the nested rows are unlabelled bullets, one per
    title or occupation, and the roster keeps its five columns). Columns: Name | Position with <Org>
    (bullets) | Present Principal Occupation or Employment (bullets, '&nbsp;' where there is none) | Business
    Address (lines apart by <br>) | Citizenship. A preamble paragraph, then the table with a bold header row;
    'n.' before the name in the numbered variant; the ruled variant a bottom border under every row. A page
    break after entry options.page_break_in (not the last) ends the table; a new one follows with the header
    row again if it repeats."""
    org = roster.organization
    heads = ["Name", f"Position with {org}", "Present Principal Occupation or Employment", "Business Address"] + (
        ["Citizenship"] if options.citizenship else [])
    header = "<tr>" + "".join(f"<td style=\"vertical-align:bottom;border-bottom:1px solid #000000\"><b>"
                              f"{html.escape(h)}</b></td>" for h in heads) + "</tr>"
    opening = "<table style=\"border-collapse:collapse;width:100%;font-size:10pt\">"
    style = " style=\"vertical-align:top;border-bottom:1px solid #000000\"" if options.rules else \
        " style=\"vertical-align:top\""
    preamble = _full_stop(f"Set forth below are {_says(org, options)} of each director and executive officer of {org}")
    parts = ["<html><body>", "<p style=\"text-align:center\"><b>SCHEDULE A</b></p>",
             "<p style=\"text-align:center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF "
             f"{html.escape(org.upper())}</b></p>",
             f"<p>{html.escape(preamble)}</p>", opening, header]
    for index, person in enumerate(roster.people):
        cells = [html.escape(_numbered(index, printed_name(person, options), options)),
                 _bullets(person["positions"], options), _bullets(person["other_positions"], options),
                 "<br>".join(html.escape(line) for line in person["address"])]
        if options.citizenship:
            cells.append(html.escape(person["citizenship"] or "") or "&nbsp;")
        parts.append("<tr>" + "".join(f"<td{style}>{c}</td>" for c in cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\">&nbsp;</p>", opening] + (
                [header] if options.repeat_header else [])
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 3. telephone and facsimile numbers stacked under the business address --------------------------------------
_CALLING_CODES = {"FR": "33", "GB": "44", "DE": "49", "DK": "45", "CH": "41", "LU": "352", "NL": "31", "BE": "32",
                  "IT": "39", "IE": "353", "MC": "377", "JP": "81", "SE": "46", "ES": "34", "BM": "1 441"}


def _phone(address: list[str], country: str | None, last: int) -> str:
    """A fictitious number (the 555-01xx range) that stays the same for the same address."""
    seed = sum(ord(c) for c in " ".join(address))
    if country in ("US", "CA"):
        return f"({200 + seed % 700}) 555-01{(seed + last) % 100:02d}"
    code = _CALLING_CODES.get(country or "")
    return (f"+{code} " if code else "") + f"{1 + seed % 9} 55 55 01 {(seed + last) % 100:02d}"


def telephone_lines_under_address(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Lor Finance's Exhibit 7 (tests/data/rosters_real/dev/text_asterisk_member_nameaddr_lor_finance.txt,
    sec.gov https://www.sec.gov/Archives/edgar/data/888002/000091205700045726/a2028396zex-99_7.txt: '<PAGE>',
    'EXHIBIT 7' at the right margin, a centred title, a preamble, then two columns without table tags, 'NAME,
    BUSINESS ADDRESS' on the left - the name, the address lines under it - and 'PRESENT PRINCIPAL OCCUPATION' on
    the right, a blank line between people). The feature this family adds (ours; Lor Finance prints the address
    only): under the address lines the left stack also gives the business TELEPHONE and, for every other person,
    FACSIMILE number, as European filers' rosters do ('Tel.: +33 1 55 55 01 43' / 'Fax: ...'; 'Telephone:' /
    'Facsimile:' without options.markers), so the lines after the name run on past the address with digits that
    are not part of it; the caption says 'NAME, BUSINESS ADDRESS AND TELEPHONE'. The right column gives each
    title held in <Org> as '<title>, <Org>', then the outside occupations, wrapping at options.width; the
    citizenship is a third column. '<PAGE>' and 'EXHIBIT 7' open the text when options.markers; 'n.' before the
    name in the numbered variant; a dashed rule between entries in the ruled variant. A page break (options.
    page_break_in) falls after that entry's first line, with the caption again if it repeats."""
    org = roster.organization
    widths = [40, options.width + 6, 16 if options.citizenship else 0]
    live = [w for w in widths if w]
    heads = ["NAME, BUSINESS ADDRESS AND TELEPHONE", "PRESENT PRINCIPAL OCCUPATION", "CITIZENSHIP"]
    caption = ["".join(f"{h:<{w}}" for h, w in zip(heads, widths) if w).rstrip()]
    tel, fax = ("Tel.:", "Fax:") if options.markers else ("Telephone:", "Facsimile:")
    says = ", business addresses, telephone numbers, principal occupations and citizenship" if options.citizenship \
        else ", business addresses, telephone numbers and principal occupations"
    preamble = textwrap.wrap(f"The names of the directors and executive officers of {org} and their titles{says} "
                             f"are set forth below.", 72)
    lines = (["<PAGE>", "", f"{'EXHIBIT 7':>78}", ""] if options.markers else [f"{'EXHIBIT 7':^78}".rstrip(), ""])
    lines += [_heading(org, options).rstrip("\n"), "", *[f"      {line}" for line in preamble], "", *caption, ""]
    for index, person in enumerate(roster.people):
        stack = textwrap.wrap(_numbered(index, printed_name(person, options), options), widths[0] - 3)
        stack += [f"   {piece}" for line in person["address"] for piece in textwrap.wrap(line, widths[0] - 5)]
        stack.append(f"   {tel} {_phone(person['address'], person['address_country'], 43)}")
        if index % 2 == 0:
            stack.append(f"   {fax} {_phone(person['address'], person['address_country'], 44)}")
        occupation = [piece for item in occupation_items(person, org)
                      for piece in textwrap.wrap(item, widths[1] - 2, subsequent_indent="  ")]
        citizenship = textwrap.wrap(person["citizenship"] or "", widths[2] - 2) if options.citizenship else []
        rows = _wrap_rows([c for c, w in zip([stack, occupation, citizenship], widths) if w], live)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = _page_furniture(options, caption + [""])
        lines += rows
        lines.append("-" * sum(live) if options.rules else "")
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


# ---- 4. HTML: a former name in smaller type under the name in the name cell -------------------------------------
_FORMER_SURNAMES = ["Whitcombe", "Larrabee", "Osterhout", "Pellegrin", "Van Duyn", "Thackeray", "Moncrieff"]
_SUFFIXES = ("JR", "SR", "II", "III", "IV")


def _former_name(name: str, index: int) -> str:
    """The name with its surname replaced by another (a suffix such as 'Jr.' kept after it)."""
    words = name.replace(",", "").split()
    suffix = words.pop() if words[-1].rstrip(".").upper() in _SUFFIXES and len(words) > 2 else None
    surname = _FORMER_SURNAMES[index // 2 % len(_FORMER_SURNAMES)]
    return " ".join(words[:-1] + [surname]) + (f", {suffix}" if suffix else "")


def former_name_second_line_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the Novo Holdings A/S Schedule I (tests/data/rosters_real/dev/html_as_text_cells_multi_entity_novo.txt,
    sec.gov https://www.sec.gov/Archives/edgar/data/1865494/000138832526000003/ex-99-01242026_120118.htm: an HTML
    table, its first cell 'Name, Title', the other cells address, principal occupation and citizenship). The
    feature this family adds (ours; Novo's name cells hold the name and the title): the NAME CELL of every other
    person (the second, fourth, ...) holds, on a SECOND LINE IN SMALLER TYPE, the name the person was formerly
    known by - '(formerly <given names> <other surname>)' in <font size="1"> after a <br> with options.markers, a
    <div style="font-size:7pt"> without - as rosters print a changed name, so a second full name stands in the
    name cell under the person's present one (in natural order even where the present name is 'SURNAME,
    Given'). Columns:
    Name | Position with <Org> (titles apart by <br>) | Present Principal Occupation or Employment (outside ones,
    '&nbsp;' where there is none) | Business Address (lines apart by <br>) | Citizenship; a header row of <th>
    cells; 'n.' before the present name in the numbered variant; the ruled variant draws the cell borders. A page
    break after entry options.page_break_in (not the last) ends the table; a new one follows with the header
    row again if it repeats."""
    org = roster.organization
    heads = ["Name", f"Position with {org}", "Present Principal Occupation or Employment", "Business Address"] + (
        ["Citizenship"] if options.citizenship else [])
    header = "<tr>" + "".join(f"<th align=\"left\" valign=\"bottom\">{html.escape(h)}</th>" for h in heads) + "</tr>"
    border = " border=\"1\"" if options.rules else " border=\"0\""
    opening = f"<table{border} cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
    preamble = _full_stop(f"Set forth below are {_says(org, options)} of each director and executive officer of {org}")
    parts = ["<html><body>", "<p align=\"center\"><b>SCHEDULE I</b></p>",
             f"<p align=\"center\"><b>INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF "
             f"{html.escape(org.upper())}</b></p>", f"<p>{html.escape(preamble)}</p>", opening, header]
    for index, person in enumerate(roster.people):
        name = html.escape(_numbered(index, printed_name(person, options), options))
        if index % 2 == 1:
            former = html.escape(f"(formerly {_former_name(person['name'], index)})")
            name += (f"<br><font size=\"1\">{former}</font>" if options.markers
                     else f"<div style=\"font-size:7pt\">{former}</div>")
        cells = [name, "<br>".join(html.escape(t) for t in person["positions"]) or "&nbsp;",
                 "<br>".join(html.escape(o) for o in person["other_positions"]) or "&nbsp;",
                 "<br>".join(html.escape(line) for line in person["address"])]
        if options.citizenship:
            cells.append(html.escape(person["citizenship"] or "") or "&nbsp;")
        parts.append("<tr valign=\"top\">" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\">&nbsp;</p>", opening] + (
                [header] if options.repeat_header else [])
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


FAMILIES = {"brace_grouped_shared_address": brace_grouped_shared_address,
            "bullet_item_tables_html": bullet_item_tables_html,
            "telephone_lines_under_address": telephone_lines_under_address,
            "former_name_second_line_html": former_name_second_line_html}
