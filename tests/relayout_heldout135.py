"""Held-out re-layout families, hundred-and-thirty-fifth set (see tests/relayout.py for render(), Options, expected()).

Written 2026-12-07 (19:16-19:17 UTC by `date`) by helper session gather135 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: NEW LAYOUT FEATURES. Each family renders the people of the development rosters the way a
real roster named in its docstring could have been printed (the real files are listed in tests/data/rosters_real/
SOURCES.md); the ONE layout feature each family adds is said plainly, and it is ours where the real file does not
have it:

- questionnaire_returned_column_table: an EDGAR <TABLE> with a 'D&O QUESTIONNAIRE RETURNED' column (a date, or
  'Pending'), with a note under the table; the column is no value.
- preclearance_column_html: an HTML table with a 'Subject to Trading Pre-Clearance' Yes/No column, as a roster
  kept under an insider trading policy marks it, with a note under the table; no value.
- indemnification_agreement_column_table: an EDGAR <TABLE> with an 'INDEMNIFICATION AGREEMENT DATED' column (a
  date, or 'None'); no value.
- outside_boards_count_column_html: an HTML table with a 'Number of Other Public Company Boards' count column (0 to
  4) at the end of the row; no value.

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
from relayout_heldout99 import _done, _edgar_table, _html_table, _joined, _lines, _numbered, _seed, _sentence, _wrap


def _head(title: str, org: str, caption: str) -> list[str]:
    head = [f"{title:^78}".rstrip(), ""]
    return head + [f"{t:^78}".rstrip() for t in _wrap(f"{caption} {org.upper()}", 70)]



# ---- 1. a D&O questionnaire returned column ---------------------------------------------------------------------
_RETURNED = ["01/12/2026", "01/20/2026", "02/03/2026", "12/29/2025", "01/27/2026"]


def questionnaire_returned_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After AIG's Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt: an EDGAR <TABLE> Name | Position
    | Principal Occupation | Business Address). The feature this family adds (ours; a roster compiled by the
    corporate secretary from the annual directors' and officers' questionnaires can keep the date each was
    returned): a 'D&O QUESTIONNAIRE RETURNED' column after the name, an mm/dd/yyyy date (a seed picks it) or
    'Pending', with a note under the table; the column is no value. Columns: NAME | D&O QUESTIONNAIRE RETURNED |
    POSITION ('--' where none) | PRINCIPAL OCCUPATION (wrapping at options.width; '--' where none) | BUSINESS
    ADDRESS | CITIZENSHIP (when printed). A page break after the entry's first line with 'A-2'."""
    org = roster.organization
    seed = _seed(org)

    def returned(index: int, person: dict) -> list[str]:
        if (seed + 3 * index) % 7 == 2:
            return ["Pending"]
        return [_RETURNED[(seed + index) % len(_RETURNED)]]

    columns = [(26, ["NAME"], lambda i, p: _wrap(_numbered(i, printed_name(p, options), options), 24, "  ")),
               (14, ["D&O", "QUESTIONNAIRE", "RETURNED"], returned),
               (26, [f"POSITION WITH {org.upper()}"], lambda i, p: _lines(p["positions"], 24) or ["--"]),
               (options.width + 2, ["PRINCIPAL", "OCCUPATION"],
                lambda i, p: _lines(p["other_positions"], options.width) or ["--"]),
               (28, ["BUSINESS ADDRESS"], lambda i, p: _lines(p["address"], 26) or ["--"]),
               (15 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 13))]
    head = [f"{'EXHIBIT A':>78}", ""] + _head("", org, "DIRECTORS AND EXECUTIVE OFFICERS OF")[2:]
    said = ", business address and citizenship" if options.citizenship else " and business address"
    head += [""] + _wrap(_sentence(f"     The name, position, principal occupation{said} of each director and "
                                   f"executive officer of {org} are set forth below"), 78)
    lines = _edgar_table(roster, options, columns, "A-2", head)
    lines += [""] + _wrap("The date under 'D&O Questionnaire Returned' is the date on which the person returned "
                          "the Company's annual Directors' and Officers' Questionnaire to the Corporate Secretary; "
                          "'Pending' denotes a questionnaire not yet returned.", 78)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. a trading pre-clearance column ---------------------------------------------------------------------------
def preclearance_column_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: one <tr> per person). The feature this family adds (ours; an insider trading policy names the
    persons who must pre-clear every trade with the general counsel, and a roster kept by the legal department
    marks them): a 'Subject to Trading Pre-Clearance' column after the position, 'Yes' or 'No' by a seed, with a
    note under the table; no value. Columns: Name | Position with <org> | Subject to Trading Pre-Clearance |
    Principal Occupation | Business Address | Citizenship (when printed); 'n.' before the name when numbered;
    border="1" when ruled; <font> with markers; a page break after the entry's row with 'A-2'."""
    org = roster.organization
    seed = _seed(org)
    heads = ["Name", f"Position with {org}", "Subject to Trading Pre-Clearance", "Principal Occupation",
             "Business Address"] + (["Citizenship"] if options.citizenship else [])

    def cells(index: int, person: dict) -> list[str]:
        pre = "No" if (seed + 2 * index) % 5 == 1 else "Yes"
        row = [html.escape(_numbered(index, printed_name(person, options), options)), _joined(person["positions"]),
               pre, _joined(person["other_positions"]), _joined(person["address"])]
        return row + ([html.escape(person["citizenship"] or "")] if options.citizenship else [])

    title = ["SCHEDULE A", f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"]
    notes = ["&#8220;Yes&#8221; denotes a person who, under the Insider Trading Policy, must obtain pre-clearance "
             "from the General Counsel before any transaction in the Company&#8217;s securities.",
             html.escape(f"Unless otherwise indicated, each occupation refers to employment with {org}.")]
    text = _html_table(roster, options, heads, cells, title, "A-2", notes)
    return ".htm", text, [expected(p, org, options) for p in roster.people]


# ---- 3. an indemnification agreement column ----------------------------------------------------------------------
_INDEMNITY = ["May 4, 2019", "June 1, 2021", "March 15, 2017", "October 2, 2023", "July 30, 2015"]


def indemnification_agreement_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT Corporation's Exhibit 7 (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_
    corporation.txt: an EDGAR <TABLE> Name | Position | Principal Occupation | Business Address under a preamble).
    The feature this family adds (ours; issuers enter into indemnification agreements with their directors and
    officers, filed as exhibits, and a roster may say when each was signed): an 'INDEMNIFICATION AGREEMENT DATED'
    column after the position, a date (a seed picks it) or 'None', with a note under the table; no value.
    Columns: NAME | POSITION ('--' where none) | INDEMNIFICATION AGREEMENT DATED | PRINCIPAL OCCUPATION (wrapping at
    options.width) | BUSINESS ADDRESS | CITIZENSHIP (when printed). A page break after the entry's first line with
    '-2-'."""
    org = roster.organization
    seed = _seed(org)

    def dated(index: int, person: dict) -> list[str]:
        if (seed + index) % 6 == 4:
            return ["None"]
        return _wrap(_INDEMNITY[(seed + 2 * index) % len(_INDEMNITY)], 14)

    columns = [(26, ["NAME"], lambda i, p: _wrap(_numbered(i, printed_name(p, options), options), 24, "  ")),
               (26, ["POSITION"], lambda i, p: _lines(p["positions"], 24) or ["--"]),
               (16, ["INDEMNIFICATION", "AGREEMENT", "DATED"], dated),
               (options.width + 2, ["PRINCIPAL OCCUPATION"],
                lambda i, p: _lines(p["other_positions"], options.width) or ["--"]),
               (28, ["BUSINESS ADDRESS"], lambda i, p: _lines(p["address"], 26) or ["--"]),
               (15 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 13))]
    head = [f"{'EXHIBIT 7':>78}", ""] + _head("", org, "EXECUTIVE OFFICERS AND DIRECTORS OF")[2:]
    said = ", business address and citizenship" if options.citizenship else " and business address"
    head += [""] + _wrap(_sentence(f"     The name, position, principal occupation{said} of each executive officer "
                                   f"and director of {org} is set forth below"), 78)
    lines = _edgar_table(roster, options, columns, "-2-", head)
    lines += [""] + _wrap("The date under 'Indemnification Agreement Dated' is the date of the person's "
                          "indemnification agreement with the Company in the form filed as an exhibit to its annual "
                          "report on Form 10-K; 'None' denotes a person who has no such agreement.", 78)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 4. a count of other public company boards -------------------------------------------------------------------
def outside_boards_count_column_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Power Corporation of Canada's 2005 roster (tests/data/rosters_real/dev/labelled_list_power_
    corporation_2005.txt: directors and officers of a group with their addresses and citizenship), set one person a
    row of an HTML table. The feature this family adds (ours; proxy advisers' overboarding policies make issuers
    count each insider's other public company boards): a 'Number of Other Public Company Boards' column at the end
    of the row, a count from 0 to 4 (a seed picks it), with a note under the table; no value.
    Columns: Name | Present Principal Occupation or Employment | Position with <org> | Business Address |
    Citizenship (when printed) | Number of Other Public Company Boards; 'n.' before the name when numbered;
    border="1" when ruled; <font> with markers; a page break after the entry's row with 'I-2'."""
    org = roster.organization
    seed = _seed(org)
    heads = ["Name", "Present Principal Occupation or Employment", f"Position with {org}", "Business Address"] + \
        (["Citizenship"] if options.citizenship else []) + ["Number of Other Public Company Boards"]

    def cells(index: int, person: dict) -> list[str]:
        count = str((seed + 3 * index) % 5)
        row = [html.escape(_numbered(index, printed_name(person, options), options)),
               _joined(person["other_positions"]), _joined(person["positions"]), _joined(person["address"])]
        return row + ([html.escape(person["citizenship"] or "")] if options.citizenship else []) + [count]

    title = ["SCHEDULE I", f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"]
    notes = ["The last column gives the number of boards of directors of other public companies (excluding "
             + html.escape(org) + ") on which the person serves."]
    text = _html_table(roster, options, heads, cells, title, "I-2", notes)
    return ".htm", text, [expected(p, org, options) for p in roster.people]


FAMILIES = {
    "questionnaire_returned_column_table": questionnaire_returned_column_table,
    "preclearance_column_html": preclearance_column_html,
    "indemnification_agreement_column_table": indemnification_agreement_column_table,
    "outside_boards_count_column_html": outside_boards_count_column_html,
}
