"""Held-out re-layout families, hundred-and-forty-first set (see tests/relayout.py for render(), Options, expected()).

Written 2026-12-07 (21:10-21:17 UTC by `date`) by helper session gather141 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: NEW LAYOUT FEATURES. Each family renders the people of the development rosters the way a
real roster named in its docstring could have been printed (the real files are listed in tests/data/rosters_real/
SOURCES.md); the ONE layout feature each family adds is said plainly, and it is ours where the real file does not
have it:

- box_drawing_grid_numbered_text: Scout Capital's numbered table (the name over its '<title> of <org>' lines,
  citizenship, business address, occupation) drawn as a grid of Unicode box-drawing characters ('\u2502' between
  cells, '\u251c\u2500\u253c\u2524' between entries), as a word processor's bordered table saved as Unicode text
  draws it (a typographic habit of a conversion; heldout34's boxed grid types '+', '-' and '|').
- bates_confidential_footer_table: AIG's EDGAR <TABLE> (Name | Position | Principal Occupation | Business Address)
  whose every page closes with a two-line stamp: 'CONFIDENTIAL TREATMENT REQUESTED BY <ORG>' and a Bates number
  ('KGS-0004117'), as documents produced to the SEC staff under Rule 83 carry (a running footer on each page).
- ins_underlined_amendment_changes_html: Southwestern Energy's HTML one-row-per-person table reprinted in an
  amendment as a blackline: the values changed since the original filing are wrapped in <ins> (underlined), a
  newly added person's whole row too, with a note under the table saying so (nothing is struck out).
- date_of_birth_column_table: Citizens Funds' EDGAR <TABLE> with a 'DATE OF BIRTH' column ('March 4, 1961')
  after the name instead of its AGE column, as a foreign issuer's roster prints it, with a note under the table;
  the column is no value.

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

from relayout import Options, Roster, expected, printed_name
from relayout_heldout99 import (
    _done,
    _edgar_table,
    _html_table,
    _joined,
    _lines,
    _name_cell,
    _numbered,
    _seed,
    _sentence,
    _wrap,
)


# ---- 1. a grid drawn with Unicode box-drawing characters ---------------------------------------------------------
def _box_rule(widths: list[int], left: str, cross: str, right: str, fill: str = "\u2500") -> str:
    return left + cross.join(fill * (w + 2) for w in widths) + right


def _box_rows(cells: list[list[str]], widths: list[int]) -> list[str]:
    depth = max(len(c) for c in cells)
    return ["\u2502" + "\u2502".join(f" {(c[k] if k < len(c) else ''):<{w}} " for c, w in zip(cells, widths)) +
            "\u2502" for k in range(depth)]


def box_drawing_grid_numbered_text(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Scout Capital's Exhibit I (tests/data/rosters_real/dev/text_numbered_stacked_title_scout_capital.txt:
    a table NAME (the title of the company stacked under the name) | CITIZENSHIP | BUSINESS ADDRESS | PRESENT
    PRINCIPAL OCCUPATION, a rule between entries). The feature this family adds (ours; a word processor's bordered
    table saved as Unicode text draws its borders with the box-drawing characters U+2500-U+257F; the nearest earlier
    family, relayout_heldout34.boxed_grid_cells, types '+', '-' and '|'): every border is a box-drawing character,
    '\u250c\u2500\u252c\u2510' above the caption, '\u255e\u2550\u256a\u2561' under it, '\u251c\u2500\u253c\u2524'
    between entries (doubled '\u2550' in the ruled variant), '\u2502' between cells and '\u2514\u2500\u2534\u2518'
    at the end. The first cell holds the name ('n.' before it when numbered) then '<position> of <org>' lines;
    CITIZENSHIP only when printed; '--' for an empty occupation. A page break after the entry's first line closes
    the grid, 'I-2', and reopens it (with the caption when options.repeat_header)."""
    org = roster.organization
    wide = [30, 14, 28, options.width]
    heads = [["NAME"], ["CITIZENSHIP"], ["BUSINESS ADDRESS"], ["PRESENT PRINCIPAL", "OCCUPATION"]]
    if not options.citizenship:
        wide, heads = [wide[0]] + wide[2:], [heads[0]] + heads[2:]
    depth = max(len(h) for h in heads)
    caption = [_box_rule(wide, "\u250c", "\u252c", "\u2510")] + \
        _box_rows([[""] * (depth - len(h)) + h for h in heads], wide) + \
        [_box_rule(wide, "\u255e", "\u256a", "\u2561", "\u2550")]
    between = _box_rule(wide, "\u255e", "\u256a", "\u2561", "\u2550") if options.rules else \
        _box_rule(wide, "\u251c", "\u253c", "\u2524")
    bottom = _box_rule(wide, "\u2514", "\u2534", "\u2518")
    lines = [f"{'EXHIBIT I':^78}".rstrip(), "", f"{'INFORMATION CONCERNING THE EXECUTIVE OFFICERS':^78}".rstrip()]
    lines += [f"{t:^78}".rstrip() for t in _wrap(f"AND DIRECTORS OF {org.upper()}", 70)] + [""] + caption
    for index, person in enumerate(roster.people):
        first = _wrap(_numbered(index, printed_name(person, options), options), wide[0], "  ")
        first += [t for v in person["positions"] for t in _wrap(f"{v} of {org}", wide[0], "  ")]
        cells = [first] + ([_wrap(person["citizenship"] or "", wide[1])] if options.citizenship else [])
        cells += [_lines(person["address"], wide[-2]), _lines(person["other_positions"], wide[-1]) or ["--"]]
        rows = _box_rows(cells, wide)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = [bottom, "", "<PAGE>" if options.markers else "\f", f"{'I-2':^78}".rstrip(), ""] + \
                (caption if options.repeat_header else [_box_rule(wide, "\u250c", "\u252c", "\u2510")])
        lines += rows
        lines.append(between if index + 1 < len(roster.people) else bottom)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. a Bates stamp and confidential-treatment legend on every page --------------------------------------------
def _stamp(org: str, number: int) -> list[str]:
    return ["", f"{'CONFIDENTIAL TREATMENT REQUESTED BY ' + org.upper():>78}",
            f"{'KGS-' + format(number, '07d'):>78}"]


def bates_confidential_footer_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After AIG's Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt: an EDGAR <TABLE> Name | Position
    | Principal Occupation | Business Address). The feature this family adds (ours; a document produced to the SEC
    staff with a request for confidential treatment under 17 CFR 200.83 carries a legend and a Bates number on
    every page): each page closes, after its '</TABLE>', with a blank line, the right-aligned legend
    'CONFIDENTIAL TREATMENT REQUESTED BY <ORG>' and a right-aligned Bates number ('KGS-0004117', counting up by
    page). Columns: NAME | POSITION ('--' where none) | PRINCIPAL OCCUPATION (wrapping at options.width; '--'
    where none) | BUSINESS ADDRESS | CITIZENSHIP (when printed). A page break after the entry's first line with
    'A-2'."""
    org = roster.organization
    first = 4000 + _seed(org) % 900
    columns = [(26, ["NAME"], _name_cell(options, 26)),
               (24, ["POSITION"], lambda i, p: _lines(p["positions"], 22) or ["--"]),
               (options.width + 2, ["PRINCIPAL OCCUPATION"],
                lambda i, p: _lines(p["other_positions"], options.width) or ["--"]),
               (30, ["BUSINESS ADDRESS"], lambda i, p: _lines(p["address"], 28)),
               (15 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 13))]
    said = ", principal occupation, business address and citizenship" if options.citizenship else \
        ", principal occupation and business address"
    head = [f"{'EXHIBIT A':>78}", "", f"{'DIRECTORS AND EXECUTIVE OFFICERS OF ' + org.upper():^78}".rstrip(), ""]
    head += _wrap(_sentence(f"     Set forth below are the name, position{said} of each director and executive "
                            f"officer of {org}"), 78)
    lines = _edgar_table(roster, options, columns, "A-2", head)
    page = [i for i, line in enumerate(lines) if line in ("<PAGE>", "\f")]
    for count, at in enumerate(reversed(page)):
        lines[at - 1:at - 1] = _stamp(org, first + len(page) - 1 - count)
    lines += _stamp(org, first + len(page))
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 3. an amendment's blackline: changes underlined with <ins> --------------------------------------------------
def ins_underlined_amendment_changes_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: one <tr> per person). The feature this family adds (ours; an amendment to a Schedule 13D may
    reprint its Schedule A marked against the original, and a conversion of a blackline keeps the insertions as
    <ins>): the cells a seed picks as changed (a position, an occupation or an address) have their whole content
    wrapped in <ins>, and the row of one person picked as newly added has every cell in <ins>; a note under the
    table says that changes from the Schedule A as originally filed are underlined (nothing is struck out).
    Columns: Name | Position with <org> | Present Principal Occupation or Employment | Business Address |
    Citizenship (when printed); 'n.' before the name when numbered; border="1" when ruled; <font> with markers;
    a page break after the entry's row with 'A-2'."""
    org = roster.organization
    seed = _seed(org)
    added = (seed % len(roster.people)) if len(roster.people) > 2 else -1
    heads = ["Name", f"Position with {org}", "Present Principal Occupation or Employment", "Business Address"] + \
        (["Citizenship"] if options.citizenship else [])

    def cells(index: int, person: dict) -> list[str]:
        row = [html.escape(_numbered(index, printed_name(person, options), options)), _joined(person["positions"]),
               _joined(person["other_positions"]), _joined(person["address"])]
        row += [html.escape(person["citizenship"] or "")] if options.citizenship else []
        if index == added:
            return [f"<ins>{c}</ins>" if c and c != "&#8212;" else c for c in row]
        changed = 1 + (seed + 3 * index) % 5
        if changed < 4 and row[changed] != "&#8212;" and row[changed]:
            row[changed] = f"<ins>{row[changed]}</ins>"
        return row

    title = ["SCHEDULE A", f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"]
    notes = [html.escape(f"Changes from Schedule A to the Schedule 13D as originally filed are shown underlined. "
                         f"Unless otherwise indicated, each occupation refers to employment with {org}.")]
    text = _html_table(roster, options, heads, cells, title, "A-2", notes)
    return ".htm", text, [expected(p, org, options) for p in roster.people]


# ---- 4. a date-of-birth column -----------------------------------------------------------------------------------
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


def date_of_birth_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the Citizens Funds trustees and officers table (tests/data/rosters_real/dev/text_fixed3col_name_
    address_age_citizens_funds.txt: an EDGAR <TABLE> whose first cell stacks the name over the address, with an
    AGE column). The feature this family adds (ours; a roster of a foreign filer, e.g. under Luxembourg or French
    practice, states each person's date of birth rather than an age): a 'DATE OF BIRTH' column after the first
    cell ('March 4, 1961', made up from a seed), with a note under the table; the column is no value.
    Columns: NAME AND ADDRESS (the name, then the address lines) | DATE OF BIRTH | POSITION(S) HELD WITH <ORG>
    ('--' where none) | PRINCIPAL OCCUPATION(S) (wrapping at options.width; '--' where none) | CITIZENSHIP (when
    printed). A page break after the entry's first line with '-2-'."""
    org = roster.organization
    seed = _seed(org)

    def born(index: int, person: dict) -> list[str]:
        value = seed + 53 * index
        return _wrap(f"{_MONTHS[value % 12]} {1 + value % 28}, {1946 + value % 33}", 18)

    def first(index: int, person: dict) -> list[str]:
        name = _wrap(_numbered(index, printed_name(person, options), options), 30, "  ")
        return name + _lines(person["address"], 32)

    columns = [(34, ["NAME AND ADDRESS"], first),
               (20, ["DATE OF BIRTH (1)"], born),
               (26, ["POSITION(S) HELD WITH", org.upper()], lambda i, p: _lines(p["positions"], 24) or ["--"]),
               (options.width + 2, ["PRINCIPAL OCCUPATION(S)"],
                lambda i, p: _lines(p["other_positions"], options.width) or ["--"]),
               (15 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 13))]
    head = [f"{'ANNEX A':>78}", "", f"{'DIRECTORS AND OFFICERS':^78}".rstrip()]
    head += [f"{t:^78}".rstrip() for t in _wrap(f"OF {org.upper()}", 70)]
    said = ", principal occupation and citizenship" if options.citizenship else " and principal occupation"
    head += [""] + _wrap(_sentence(f"     The name, business address, date of birth, position{said} of each "
                                   f"director and executive officer of {org} are set forth below"), 78)
    lines = _edgar_table(roster, options, columns, "-2-", head)
    lines += [""] + _wrap("(1) The date of birth is stated as the register of directors kept under the law of the "
                          "issuer's jurisdiction of incorporation records it.", 78)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {
    "box_drawing_grid_numbered_text": box_drawing_grid_numbered_text,
    "bates_confidential_footer_table": bates_confidential_footer_table,
    "ins_underlined_amendment_changes_html": ins_underlined_amendment_changes_html,
    "date_of_birth_column_table": date_of_birth_column_table,
}
