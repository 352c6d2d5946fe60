"""Held-out re-layout families, eleventh set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-05 (11:38-11:41 UTC, committed 11:40) by helper session gather11 (issue 13), BLIND: without reading the roster
reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Each family renders the people of the development rosters the way a real roster named in its
docstring could have printed them (the real files are listed in tests/data/rosters_real/SOURCES.md); the one
layout feature each family adds, which no earlier family has, is said plainly. They are held out:
tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them.

Import `relayout`, not this module, first: relayout imports this module at its bottom (after everything this
module uses is defined), so importing this module on its own first would be a circular import.
"""
from __future__ import annotations

import html
import textwrap

from relayout import Options, Roster, _citizen_of, _heading, _occupation, _page_break, expected, printed_name
from relayout_heldout7 import _numbered
from relayout_heldout7 import _side_by_side as _columns

_SUFFIXES = ("JR", "SR", "II", "III", "IV")


def _bottom(cells: list[list[str]]) -> list[list[str]]:
    """Caption cells aligned on their last line, as typed captions are."""
    height = max(len(c) for c in cells)
    return [[""] * (height - len(c)) + c for c in cells]


def _wrapped_address(person: dict, width: int) -> list[str]:
    return [piece for line in person["address"] for piece in textwrap.wrap(line, width)]


def _surname(person: dict) -> str:
    words = person["name"].replace(",", "").split()
    if len(words) > 1 and words[-1].rstrip(".").upper() in _SUFFIXES:
        words.pop()
    return words[-1].casefold()


def _other_order(people: list[dict]) -> list[int]:
    """The order of the second table: alphabetical by surname; where that is the first table's order, grouped
    by city (offices) then surname; where that is still the same, the reverse. A one-person roster keeps it."""
    first = list(range(len(people)))
    candidates = [sorted(first, key=lambda i: _surname(people[i])),
                  sorted(first, key=lambda i: ((people[i]["address_city"] or "").casefold(), _surname(people[i]))),
                  first[::-1]]
    return next((order for order in candidates if order != first), first)


# ---- 1. two tables joined only by the name: positions first, then addresses and citizenship in another order -
def split_name_tables(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Citigroup's Exhibit A (tests/data/rosters_real/dev/text_name_title_citizenship_citigroup.txt, sec.gov
    .../1116616/000104746904034282/a2146269zex-99_a.txt: consecutive <Table>s in one exhibit, Name | Title) and
    IDT's Exhibit 7 (dev/text_fixed4col_position_occupation_idt_corporation.txt: Name | Position | Principal
    Occupation | Business Address). The feature this family adds: the roster is split over TWO fixed-width
    tables joined only by the name. The first gives Name | Position with <Org> | Present Principal Occupation
    (if different); a paragraph follows; the second gives Name | Business Address | Citizenship for the same
    people in ANOTHER order (alphabetical by surname, see _other_order), so a reader that pairs the rows of
    the two tables by their position instead of by the name puts every address on the wrong person. The
    expected people are in the first table's order; nothing of a person is printed twice."""
    org, width = roster.organization, options.width
    starts = [0, 28, 28 + 28]
    caption = _columns(_bottom([["Name"], textwrap.wrap(f"Position with {org}", 26),
                                ["Present Principal Occupation", "(if different)"]]), starts)
    rule = _columns([["-" * 24], ["-" * 24], ["-" * (width - 2)]], starts)
    lines = [_heading(org, options).rstrip("\n"), ""]
    lines += textwrap.wrap(f"The name, present position with {org} and, where it is not that position, the present "
                           f"principal occupation or employment of each director and executive officer of {org} are "
                           f"set forth below.", 78) + ["", "<TABLE>", *caption, *rule]
    if options.markers:
        lines.append(_columns([["<S>"], ["<C>"], ["<C>"]], starts)[0])
    for index, person in enumerate(roster.people):
        rows = _columns([textwrap.wrap(_numbered(index, printed_name(person, options), options), 26),
                         [p for title in person["positions"] for p in textwrap.wrap(title, 26)],
                         [p for other in person["other_positions"] for p in textwrap.wrap(other, width)]], starts)
        if options.page_break_in == index:
            at = 1 if len(rows) > 1 else 0
            rows[at:at] = _page_break("\n".join(caption) if options.repeat_header else None)
        lines += rows + (["-" * (starts[-1] + width)] if options.rules else [""])
    lines += ["</TABLE>", ""]
    says = "business address and citizenship" if options.citizenship else "business address"
    lines += textwrap.wrap(f"The {says} of each of the persons named above {'are' if options.citizenship else 'is'} "
                           f"set forth in the following table.", 78) + [""]
    starts2 = [0, 28, 28 + 42]
    lines += ["<TABLE>", *_columns([["Name"], ["Business Address"], ["Citizenship"] if options.citizenship else []],
                                   starts2),
              _columns([["-" * 24], ["-" * 38], ["-" * 14] if options.citizenship else []], starts2)[0]]
    if options.markers:
        lines.append(_columns([["<S>"], ["<C>"], ["<C>"] if options.citizenship else []], starts2)[0])
    for index in _other_order(roster.people):
        person = roster.people[index]
        lines += _columns([textwrap.wrap(printed_name(person, options), 26), _wrapped_address(person, 40),
                           [person["citizenship"]] if options.citizenship else []], starts2)
        lines.append("-" * (starts2[-1] + 14) if options.rules else "")
    lines.append("</TABLE>")
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. HTML table with a two-row grouped header (colspan / rowspan), 'Name and Position' cell -----------------
def html_grouped_header(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_energy
    .htm: an HTML table, a header row) and St. Paul Travelers' Exhibit 1 (dev/html_as_text_pipes_truncated_cells_
    st_paul_travelers.txt: captions printed over two lines, 'Present' / 'Principal Occupation'). The feature
    this family adds: the header is TWO rows of <th> cells with groups: 'Name and Position with <Org>' and
    'Citizenship' span both rows (rowspan=2), 'Present Principal Occupation or Employment' spans two columns
    (colspan=2) over 'Occupation and Employer' and 'Business Address' in the second row; so the second header
    row has fewer cells than the data rows. The name cell holds the name, then each title in <Org> on a line
    of its own (<br>); the occupation cell gives the occupations elsewhere, or the titles again as
    '<title>, <Org>' for a person with none; the address cell its lines separated by <br>. A page break
    closes the table and opens a new one with both header rows again."""
    org = roster.organization
    cit = options.citizenship
    header = (f"<tr><th rowspan=\"2\">Name and Position with {html.escape(org)}</th>"
              f"<th colspan=\"2\">Present Principal Occupation or Employment</th>"
              + ("<th rowspan=\"2\">Citizenship</th>" if cit else "") + "</tr>"
              "<tr><th>Occupation and Employer</th><th>Business Address</th></tr>")
    style = " style=\"border-bottom:1px solid #000000\"" if options.rules else ""
    parts = [f"<html><body><p align=\"center\"><b>SCHEDULE A</b></p><p align=\"center\">DIRECTORS AND EXECUTIVE "
             f"OFFICERS OF {html.escape(org.upper())}</p><table border=\"1\" cellpadding=\"2\">", header]
    for index, person in enumerate(roster.people):
        name = [_numbered(index, printed_name(person, options), options)] + list(person["positions"])
        occupation = person["other_positions"] or [f"{title}, {org}" for title in person["positions"]]
        cells = [name, occupation, list(person["address"])] + ([[person["citizenship"]]] if cit else [])
        parts.append(f"<tr valign=\"top\"{style}>"
                     + "".join("<td>" + "<br>".join(html.escape(line) for line in cell) + "</td>" for cell in cells)
                     + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts.append("</table><p style=\"page-break-before:always\">&nbsp;</p><table border=\"1\" cellpadding=\"2\">"
                         + (header if options.repeat_header else ""))
    parts.append("</table></body></html>")
    return ".htm", "".join(parts), [expected(p, org, options) for p in roster.people]


def _majority(roster: Roster) -> str:
    counts: dict[str, int] = {}
    for person in roster.people:
        counts[person["citizenship"]] = counts.get(person["citizenship"], 0) + 1
    return max(counts, key=lambda c: (counts[c], -list(counts).index(c)))


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def _citizenship_sentence(roster: Roster) -> str:
    """'Each of the persons listed above is a citizen of the United States, except Marshall A. Cohen, who is a
    citizen of Canada, and A and B, who are citizens of France.' (natural-order names, whatever the table prints)."""
    if any(person["citizenship"] is None for person in roster.people):
        raise ValueError(f"{roster.organization}: a person without citizenship; the sentence would state one")
    default = _majority(roster)
    groups: dict[str, list[str]] = {}
    for person in roster.people:
        if person["citizenship"] != default:
            groups.setdefault(person["citizenship"], []).append(person["name"])
    sentence = f"Each of the persons listed above is a citizen of {_citizen_of(default)}"
    if not groups:
        return sentence + "."
    clauses = [f"{_and(names)}, who {'is a citizen' if len(names) == 1 else 'are citizens'} of {_citizen_of(country)}"
               for country, names in groups.items()]
    return f"{sentence}, except {(', and ' if len(clauses) > 1 else '').join(clauses)}."


# ---- 3. no citizenship in the entries: one sentence after the roster states it, with named exceptions ---------
def citizenship_after_roster(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT's Exhibit 7 (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_corporation.txt:
    the citizenship given for everyone at once with a named exception, in the preamble) and National Grid's
    Exhibit A (dev/text_stacked_name_title_lines_postamble_address_national_grid.txt: a POSTAMBLE after the list
    giving what the entries leave out). The feature this family adds: the entries (a fixed-width Name | Present
    Principal Occupation or Employment | Business Address table) print no citizenship at all; ONE sentence
    AFTER the table states it collectively, naming the exceptions in natural name order even where the table
    prints 'SURNAME, Given': 'Each of the persons listed above is a citizen of the United States, except
    Marshall A. Cohen, who is a citizen of Canada.' (the default is the citizenship most share; several
    exceptions are grouped by country, 'A and B, who are citizens of France'). Without citizenship in the
    variant there is no sentence and none is expected."""
    org, width = roster.organization, options.width
    starts = [0, 28, 28 + width + 2]
    caption = _columns([["", "Name"], ["Present Principal Occupation", "or Employment"], ["", "Business Address"]],
                       starts)
    lines = [_heading(org, options).rstrip("\n"), "", "<TABLE>", *caption,
             _columns([["-" * 24], ["-" * (width - 2)], ["-" * 30]], starts)[0]]
    if options.markers:
        lines.append(_columns([["<S>"], ["<C>"], ["<C>"]], starts)[0])
    for index, person in enumerate(roster.people):
        rows = _columns([textwrap.wrap(_numbered(index, printed_name(person, options), options), 26),
                         textwrap.wrap(_occupation(person, org), width), _wrapped_address(person, 32)], starts)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = _page_break("\n".join(caption) if options.repeat_header else None)
        lines += rows + (["-" * (starts[-1] + 32)] if options.rules else [""])
    lines.append("</TABLE>")
    if options.citizenship:
        lines += [""] + textwrap.wrap(_citizenship_sentence(roster), 78, initial_indent="     ")
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


def _block(person: dict, index: int, options: Options) -> list[str]:
    """One person's labelled block, the values wrapping in a 24-character column after the labels."""
    lines = [f"{index + 1}."] if options.numbered else []

    def field(label: str, values: list[str]) -> None:
        for at, value in enumerate(values):
            lines.append(f"{label if at == 0 else '':<14}{value}")

    field("Name:", textwrap.wrap(printed_name(person, options), 24))
    field("Position:", textwrap.wrap("; ".join(person["positions"]), 24))
    if person["other_positions"]:
        field("Occupation:", textwrap.wrap("; ".join(person["other_positions"]), 24))
    if options.citizenship:
        field("Citizenship:", textwrap.wrap(person["citizenship"], 24))
    field("Address:", _wrapped_address(person, 24))
    return lines


# ---- 4. two labelled blocks side by side on the same lines (a two-column PDF page as text) --------------------
def side_by_side_blocks(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Micron's labelled blocks (tests/data/rosters_real/dev/labelled_blocks_micron.txt, sec.gov .../854460/
    000091205701506984/a2044032zex-1.txt: 'Name:', 'Business Address:', 'Principal Occupation:' with the values
    in a fixed column). The feature this family adds: the page was set in TWO columns and converted to text
    line by line (as a PDF-to-text tool in layout mode prints it), so two persons' blocks stand side by side
    on the same lines, the left one from column 0 and the right one from column 44, each 'Name:' /
    'Position:' / 'Occupation:' (only where there is one) / 'Citizenship:' / 'Address:' with values wrapping
    within the block; as the blocks differ in height, the labels of the two blocks do not line up after the
    first difference. An odd last person stands alone on the left. The positions are held in <Org>, which
    only the heading names."""
    org = roster.organization
    lines = [_heading(org, options).rstrip("\n"), ""]
    says = "citizenship and business address" if options.citizenship else "and business address"
    lines += textwrap.wrap(f"The name, position with {org}, present principal occupation (where it is not that "
                           f"position), {says} of each director and executive officer of {org} are set forth "
                           f"below.", 78) + [""]
    for first in range(0, len(roster.people), 2):
        pair = list(range(first, min(first + 2, len(roster.people))))
        rows = _columns([_block(roster.people[i], i, options) for i in pair], [0, 44][:len(pair)])
        if options.page_break_in in pair and len(rows) > 2:
            rows[2:2] = _page_break()
        lines += rows + (["-" * 86] if options.rules else []) + [""]
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


FAMILIES = {"split_name_tables": split_name_tables, "html_grouped_header": html_grouped_header,
            "citizenship_after_roster": citizenship_after_roster, "side_by_side_blocks": side_by_side_blocks}
