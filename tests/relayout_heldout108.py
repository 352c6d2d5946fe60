"""Held-out re-layout families, hundred-and-eighth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (12:52-12:56 UTC by `date`) by helper session gather108 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: NEW LAYOUT FEATURES. Each family renders the people of the development rosters the way a
real roster named in its docstring could have been printed (the real files are listed in tests/data/rosters_real/
SOURCES.md); the ONE layout feature each family adds is said plainly, and it is ours where the real file does not
have it:

- id_number_redacted_column_table: an EDGAR <TABLE> with an 'IDENTIFICATION NO.' column after the name whose cells
  read '[Redacted]' (foreign filers listing passport or identity card numbers and omitting them from the public
  copy); not expected.
- ownership_guideline_column_html: an HTML table with a 'Meets Stock Ownership Guidelines' column ('Yes', 'No (1)'
  or '&#8212;') after the position, with the note (1) under the table; not expected.
- change_in_control_column_table: an EDGAR <TABLE> with a 'CHANGE IN CONTROL AGREEMENT' column ('Yes' or 'No' for
  officers, '--' otherwise) before the address, as tender-offer Schedule I rosters lifted from Item 3 arrangements
  print; not expected.
- time_devoted_column_html: an HTML table with an 'Approximate Time Devoted to {org}' column ('Full time' or 'About
  N hours per week') after the principal occupation, as SPAC and small-company rosters print; not expected.

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

from relayout import Options, Roster, expected, is_director, printed_name
from relayout_heldout99 import (
    _done,
    _edgar_table,
    _html_table,
    _is_officer,
    _joined,
    _lines,
    _name_cell,
    _numbered,
    _seed,
    _wrap,
)


def _head(title: str, org: str) -> list[str]:
    head = [f"{title:^78}".rstrip(), ""]
    return head + [f"{t:^78}".rstrip() for t in _wrap(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 70)]


# ---- 1. a redacted identification number column --------------------------------------------------------------------
def id_number_redacted_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After AIG's Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt: an EDGAR <TABLE> Name | Position
    | Principal Occupation | Business Address). The feature this family adds (ours; foreign filers list passport or
    identity card numbers and omit them from the public EDGAR copy): an 'IDENTIFICATION NO.' column after the name
    whose every cell reads '[Redacted]', with a sentence under the table citing the omission; not expected.
    Columns: NAME | IDENTIFICATION NO. | POSITION ('--' where none) | PRINCIPAL OCCUPATION (wrapping at
    options.width; '--' where none) | BUSINESS ADDRESS | CITIZENSHIP (when printed). A page break after the entry's
    first line with 'A-2'."""
    org = roster.organization
    columns = [(28, ["NAME"], _name_cell(options, 28)),
               (16, ["IDENTIFICATION", "NO."], lambda i, p: ["[Redacted]"]),
               (24, ["POSITION"], lambda i, p: _lines(p["positions"], 24) or ["--"]),
               (options.width + 2, ["PRINCIPAL OCCUPATION"],
                lambda i, p: _lines(p["other_positions"], options.width + 2) or ["--"]),
               (30, ["BUSINESS ADDRESS"], lambda i, p: _lines(p["address"], 30) or ["--"]),
               (15 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 13))]
    lines = _edgar_table(roster, options, columns, "A-2", _head("EXHIBIT A", org))
    lines += [""] + _wrap("Passport and identity card numbers have been omitted from the publicly filed copy of "
                          "this Statement and furnished separately to the Securities and Exchange Commission.", 78)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. a stock ownership guidelines column -----------------------------------------------------------------------
def ownership_guideline_column_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: one <tr> per person). The feature this family adds (ours; proxy statements report compliance with
    stock ownership guidelines and rosters lifted from them keep it): a 'Meets Stock Ownership Guidelines' column
    after the position holding 'Yes', 'No (1)' (from a seed) for directors and officers, '&#8212;' for the others,
    with the note '(1) Has until ... to meet the guidelines.' under the table; not expected. Columns: Name |
    Position ('&#8212;' where none) | Meets Stock Ownership Guidelines | Present Principal Occupation ('&#8212;' where
    none) | Business Address | Citizenship (when printed); 'n.' before the name in the numbered variant; a page break
    after the entry's row with 'A-2'."""
    org = roster.organization
    seed = _seed(org)
    heads = ["Name", "Position", "Meets Stock Ownership Guidelines", "Present Principal Occupation",
             "Business Address"] + (["Citizenship"] if options.citizenship else [])

    def cells(index: int, person: dict) -> list[str]:
        covered = is_director(person) or _is_officer(person)
        flag = ("No (1)" if (seed + index) % 4 == 1 else "Yes") if covered else "&#8212;"
        out = [html.escape(_numbered(index, printed_name(person, options), options)), _joined(person["positions"]),
               flag, _joined(person["other_positions"]), _joined(person["address"])]
        if options.citizenship:
            out.append(html.escape(person["citizenship"] or ""))
        return out

    notes = [f"(1) Joined {html.escape(org)} within the last five years and has until the fifth anniversary of joining to meet "
             "the stock ownership guidelines."]
    text = _html_table(roster, options, heads, cells, ["SCHEDULE A", f"Directors and Executive Officers of {org}"],
                       "A-2", notes)
    return ".htm", text, [expected(p, org, options) for p in roster.people]


# ---- 3. a change in control agreement column ----------------------------------------------------------------------
def change_in_control_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT Corporation's Exhibit 7 (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_
    corporation.txt: an EDGAR <TABLE> Name | Position | Occupation | Address). The feature this family adds (ours;
    tender-offer Schedule I rosters next to Item 3 'arrangements with executive officers' print it): a 'CHANGE IN
    CONTROL AGREEMENT' column before the address holding 'Yes' or 'No' (from a seed) for officers and '--' for the
    others; not expected. Columns: NAME | POSITION ('--' where none) | PRESENT PRINCIPAL OCCUPATION (wrapping at
    options.width; '--' where none) | CHANGE IN CONTROL AGREEMENT | BUSINESS ADDRESS | CITIZENSHIP (when printed).
    A page break after the entry's first line with 'Schedule I - Page 2'."""
    org = roster.organization
    seed = _seed(org)

    def agreement(index: int, person: dict) -> list[str]:
        if not _is_officer(person):
            return ["   --"]
        return ["   No" if (seed + index * 5) % 3 == 0 else "   Yes"]

    columns = [(26, ["NAME"], _name_cell(options, 26)),
               (24, ["POSITION"], lambda i, p: _lines(p["positions"], 24) or ["--"]),
               (options.width + 2, ["PRESENT PRINCIPAL", "OCCUPATION"],
                lambda i, p: _lines(p["other_positions"], options.width + 2) or ["--"]),
               (12, ["CHANGE IN", "CONTROL", "AGREEMENT"], agreement),
               (29, ["BUSINESS ADDRESS"], lambda i, p: _lines(p["address"], 29) or ["--"]),
               (15 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 13))]
    lines = _edgar_table(roster, options, columns, "Schedule I - Page 2", _head("SCHEDULE I", org))
    lines += [""] + _wrap(f"'Yes' means the executive officer is party to a change in control severance agreement "
                          f"with {org}, described under Item 3 of this Statement.", 78)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 4. a time devoted column -------------------------------------------------------------------------------------
def time_devoted_column_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: one <tr> per person). The feature this family adds (ours; blank-check and small-company filings
    print how much time each person gives the company): an 'Approximate Time Devoted to {org}' column after the
    principal occupation holding 'Full time' for officers and 'About N hours per week' (N from a seed) for the
    others; not expected. Columns: Name | Position ('&#8212;' where none) | Present Principal Occupation ('&#8212;'
    where none) | Approximate Time Devoted to {org} | Business Address | Citizenship (when printed); 'n.' before the
    name in the numbered variant; a page break after the entry's row with 'A-2'."""
    org = roster.organization
    seed = _seed(org)
    heads = ["Name", "Position", "Present Principal Occupation", f"Approximate Time Devoted to {org}",
             "Business Address"] + (["Citizenship"] if options.citizenship else [])

    def cells(index: int, person: dict) -> list[str]:
        time = "Full time" if _is_officer(person) else f"About {5 + (seed + index * 3) % 4 * 5} hours per week"
        out = [html.escape(_numbered(index, printed_name(person, options), options)), _joined(person["positions"]),
               _joined(person["other_positions"]), time, _joined(person["address"])]
        if options.citizenship:
            out.append(html.escape(person["citizenship"] or ""))
        return out

    notes = [f"Each officer and director has other business interests and devotes to the affairs of {html.escape(org)} "
             "only the time shown."]
    text = _html_table(roster, options, heads, cells, ["SCHEDULE A", f"Directors and Executive Officers of {org}"],
                       "A-2", notes)
    return ".htm", text, [expected(p, org, options) for p in roster.people]


FAMILIES = {"id_number_redacted_column_table": id_number_redacted_column_table,
            "ownership_guideline_column_html": ownership_guideline_column_html,
            "change_in_control_column_table": change_in_control_column_table,
            "time_devoted_column_html": time_devoted_column_html}
