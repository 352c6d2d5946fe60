"""Held-out re-layout families, hundred-and-fifth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (12:35-12:40 UTC by `date`) by helper session gather105 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: NEW LAYOUT FEATURES. Each family renders the people of the development rosters the way a
real roster named in its docstring could have been printed (the real files are listed in tests/data/rosters_real/
SOURCES.md); the ONE layout feature each family adds is said plainly, and it is ours where the real file does not
have it:

- group_total_row_table: an EDGAR <TABLE> closed by a summary row 'All directors and executive officers as a group
  (N persons)' in the NAME column, as beneficial-ownership style rosters print; the row is no person.
- vacant_seat_row_html: an HTML table with a row whose name cell is 'Vacant (1)' for an unfilled seat (position
  'Director' or 'Chief Financial Officer'), with a note under the table; the row is no person.
- shares_pledged_column_table: an EDGAR <TABLE> with a 'SHARES PLEDGED AS COLLATERAL' column of right-aligned share
  counts or 'None' after the name; not expected.
- financial_expert_column_html: an HTML table with an 'Audit Committee Financial Expert' column ('Yes' or '&#8212;')
  after the position, as rosters lifted from Item 407(d)(5) disclosures print; not expected.

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

from relayout import Options, Roster, _wrap_rows, expected, is_director, printed_name
from relayout_heldout99 import _done, _edgar_table, _html_table, _joined, _lines, _name_cell, _numbered, _seed, _wrap


def _head(title: str, org: str) -> list[str]:
    head = [f"{title:^78}".rstrip(), ""]
    return head + [f"{t:^78}".rstrip() for t in _wrap(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 70)]


# ---- 1. a closing 'as a group' row ------------------------------------------------------------------------------
def group_total_row_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After AIG's Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt: an EDGAR <TABLE> Name | Position
    | Principal Occupation | Business Address). The feature this family adds (ours; beneficial-ownership tables of
    proxy statements end this way and rosters lifted from them keep it): after the last entry, a summary row 'All
    directors and executive officers as a group (N persons)' wrapped in the NAME column, '--' in the other columns;
    it is no person. Columns: NAME | POSITION ('--' where none) | PRINCIPAL OCCUPATION (wrapping at options.width;
    '--' where none) | BUSINESS ADDRESS | CITIZENSHIP (when printed). A page break after the entry's first line with
    'A-2'."""
    org = roster.organization
    columns = [(28, ["NAME"], _name_cell(options, 28)),
               (24, ["POSITION"], lambda i, p: _lines(p["positions"], 24) or ["--"]),
               (options.width + 2, ["PRINCIPAL OCCUPATION"],
                lambda i, p: _lines(p["other_positions"], options.width + 2) or ["--"]),
               (30, ["BUSINESS ADDRESS"], lambda i, p: _lines(p["address"], 30) or ["--"]),
               (15 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 13))]
    lines = _edgar_table(roster, options, columns, "A-2", _head("EXHIBIT A", org))
    closing = lines.pop()
    count = len(roster.people)
    group = f"All directors and executive officers as a group ({count} person{'s' if count > 1 else ''})"
    cells = [_wrap(group, 26, "  ")] + [["--"] for w, _, _ in columns[1:] if w]
    lines += _wrap_rows(cells, [w for w, _, _ in columns if w]) + [closing]
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. a vacant seat ---------------------------------------------------------------------------------------------
def vacant_seat_row_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: one <tr> per person). The feature this family adds (ours; officer and board tables that report an
    unfilled seat print it): one row, after the first director (else after the first person), whose name cell is
    'Vacant (1)' and whose position is 'Director' (or 'Chief Financial Officer' where nobody is a director), the
    other cells '&#8212;', with the note '(1) The seat ... has not been filled ...' under the table; the row is no
    person and is not numbered. Columns: Name | Position with {org} ('&#8212;' where none) | Present Principal
    Occupation ('&#8212;' where none) | Business Address | Citizenship (when printed); 'n.' before the name in the
    numbered variant; a page break after the entry's row with 'A-2'."""
    org = roster.organization
    directors = [i for i, p in enumerate(roster.people) if is_director(p)]
    after = directors[0] if directors else 0
    seat = "Director" if directors else "Chief Financial Officer"
    vacant = {"name": "", "positions": [seat], "other_positions": [], "address": [], "citizenship": None}
    rows = roster.people[:after + 1] + [vacant] + roster.people[after + 1:]
    shown = Roster(org, rows)
    heads = ["Name", f"Position with {org}", "Present Principal Occupation", "Business Address"] + \
        (["Citizenship"] if options.citizenship else [])
    # options.page_break_in counts people; the vacant row shifts the row index after it
    break_in = options.page_break_in
    if break_in is not None and break_in > after:
        break_in += 1
    row_options = Options(**{**options.__dict__, "page_break_in": break_in})

    def cells(index: int, person: dict) -> list[str]:
        if person is vacant:
            return ["Vacant (1)", html.escape(seat), "&#8212;", "&#8212;"] + (["&#8212;"] if options.citizenship else [])
        number = index if index <= after else index - 1
        out = [html.escape(_numbered(number, printed_name(person, options), options)),
               _joined(person["positions"]), _joined(person["other_positions"]), _joined(person["address"])]
        if options.citizenship:
            out.append(html.escape(person["citizenship"] or ""))
        return out

    notes = [f"(1) The seat of {'a director' if directors else 'the Chief Financial Officer'} of {org} that became "
             "vacant during the year has not been filled as of the date of this Statement."]
    text = _html_table(shown, row_options, heads, cells, ["SCHEDULE A", f"Directors and Executive Officers of {org}"],
                       "A-2", notes)
    return ".htm", text, [expected(p, org, options) for p in roster.people]


# ---- 3. a pledged shares column -----------------------------------------------------------------------------------
def shares_pledged_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT Corporation's Exhibit 7 (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_
    corporation.txt: an EDGAR <TABLE> Name | Position | Occupation | Address). The feature this family adds (ours;
    Item 403(b) pledge disclosures carried into rosters print it): a 'SHARES PLEDGED AS COLLATERAL' column after the
    name with a right-aligned share count ('125,000') or 'None', from a seed; not expected. Columns: NAME | SHARES
    PLEDGED AS COLLATERAL | POSITION ('--' where none) | PRESENT PRINCIPAL OCCUPATION (wrapping at options.width;
    '--' where none) | BUSINESS ADDRESS | CITIZENSHIP (when printed). A page break after the entry's first line
    with 'Exhibit 7 - Page 2'."""
    org = roster.organization
    seed = _seed(org)

    def pledged(index: int, person: dict) -> list[str]:
        kind = (seed + index * 7) % 5
        return [f"{'None':>11}"] if kind < 2 else [f"{(kind * 37 + index * 13 + seed % 50) * 2500:>11,}"]

    columns = [(26, ["NAME"], _name_cell(options, 26)),
               (14, ["SHARES", "PLEDGED AS", "COLLATERAL"], pledged),
               (24, ["POSITION"], lambda i, p: _lines(p["positions"], 24) or ["--"]),
               (options.width + 2, ["PRESENT PRINCIPAL", "OCCUPATION"],
                lambda i, p: _lines(p["other_positions"], options.width + 2) or ["--"]),
               (29, ["BUSINESS ADDRESS"], lambda i, p: _lines(p["address"], 29) or ["--"]),
               (15 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 13))]
    lines = _edgar_table(roster, options, columns, "Exhibit 7 - Page 2", _head("EXHIBIT 7", org))
    lines += [""] + _wrap(f"Shares pledged are shares of common stock of {org} pledged as collateral for loans "
                          "as of the date of this Statement.", 78)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 4. an audit committee financial expert column ------------------------------------------------------------------
def financial_expert_column_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: one <tr> per person). The feature this family adds (ours; rosters lifted from Item 407(d)(5) proxy
    disclosures print it): an 'Audit Committee Financial Expert' column after the position holding 'Yes' for some
    directors (from a seed) and '&#8212;' otherwise; not expected. Columns: Name | Position ('&#8212;' where none) |
    Audit Committee Financial Expert | Present Principal Occupation ('&#8212;' where none) | Business Address |
    Citizenship (when printed); 'n.' before the name in the numbered variant; a page break after the entry's row
    with 'A-2'."""
    org = roster.organization
    seed = _seed(org)
    heads = ["Name", "Position", "Audit Committee Financial Expert", "Present Principal Occupation",
             "Business Address"] + (["Citizenship"] if options.citizenship else [])

    def cells(index: int, person: dict) -> list[str]:
        expert = is_director(person) and (seed + index) % 3 == 0
        out = [html.escape(_numbered(index, printed_name(person, options), options)), _joined(person["positions"]),
               "Yes" if expert else "&#8212;", _joined(person["other_positions"]), _joined(person["address"])]
        if options.citizenship:
            out.append(html.escape(person["citizenship"] or ""))
        return out

    notes = [f"'Yes' means the board of directors of {org} has determined that the director is an audit committee "
             "financial expert as defined in Item 407(d)(5) of Regulation S-K."]
    text = _html_table(roster, options, heads, cells, ["SCHEDULE A", f"Directors and Executive Officers of {org}"],
                       "A-2", notes)
    return ".htm", text, [expected(p, org, options) for p in roster.people]


FAMILIES = {"group_total_row_table": group_total_row_table,
            "vacant_seat_row_html": vacant_seat_row_html,
            "shares_pledged_column_table": shares_pledged_column_table,
            "financial_expert_column_html": financial_expert_column_html}
