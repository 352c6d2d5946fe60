"""Held-out re-layout families, hundred-and-thirty-second set (see tests/relayout.py for render(), Options, expected()).

Written 2026-12-07 (18:36-18:38 UTC by `date`) by helper session gather132 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: NEW LAYOUT FEATURES. Each family renders the people of the development rosters the way a
real roster named in its docstring could have been printed (the real files are listed in tests/data/rosters_real/
SOURCES.md); the ONE layout feature each family adds is said plainly, and it is ours where the real file does not
have it:

- mandatory_retirement_column_table: an EDGAR <TABLE> with a 'MANDATORY RETIREMENT YEAR' column (a year for
  directors under the board's age-75 policy, 'N/A' for officers who are not directors), with a note under the
  table; the column is no value.
- poa_on_file_column_html: an HTML table with a 'Section 16 Power of Attorney on File' Yes/No column, as a roster
  kept by the issuer's Section 16 compliance staff marks it, with a note under the table; no value.
- clawback_acknowledged_column_table: an EDGAR <TABLE> with a 'CLAWBACK POLICY ACKNOWLEDGED' column (a date for
  executive officers subject to the Rule 10D-1 recovery policy, 'Not applicable' for the others); no value.
- last_form4_column_html: an HTML table with a 'Most Recent Form 4 Filed' column (a date or 'None'), as an
  insider roster annexed to a Schedule 13D may print it; no value.

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


def _is_board(person: dict) -> bool:
    titles = " ".join(person["positions"]).lower()
    return any(w in titles for w in ("director", "supervisory", "board", "trustee", "chairman"))


def _is_officer(person: dict) -> bool:
    return any("director" not in t.lower() and "trustee" not in t.lower() for t in person["positions"])


# ---- 1. a mandatory retirement year column ------------------------------------------------------------------------
def mandatory_retirement_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After AIG's Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt: an EDGAR <TABLE> Name | Position
    | Principal Occupation | Business Address). The feature this family adds (ours; boards with a retirement-age
    policy print the year in which each director must retire, and a roster lifted from governance materials keeps
    it): a 'MANDATORY RETIREMENT YEAR' column after the name, a year from 2027 to 2040 for board members (a seed
    picks it) and 'N/A' for officers who are not directors, with a note under the table; the column is no value.
    Columns: NAME | MANDATORY RETIREMENT YEAR | POSITION ('--' where none) | PRINCIPAL OCCUPATION (wrapping at
    options.width; '--' where none) | BUSINESS ADDRESS | CITIZENSHIP (when printed). A page break after the entry's
    first line with 'A-2'."""
    org = roster.organization
    seed = _seed(org)

    def year(index: int, person: dict) -> list[str]:
        return [str(2027 + (seed + 5 * index) % 14)] if _is_board(person) else ["N/A"]

    columns = [(26, ["NAME"], lambda i, p: _wrap(_numbered(i, printed_name(p, options), options), 24, "  ")),
               (12, ["MANDATORY", "RETIREMENT", "YEAR"], year),
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
    lines += [""] + _wrap("Under the Corporate Governance Guidelines, a director may not stand for re-election "
                          "after reaching age 75; the 'Mandatory Retirement Year' is the year of the annual meeting "
                          "at which the director's term ends under that policy. 'N/A' denotes an executive officer "
                          "who is not a director.", 78)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. a power of attorney on file column ------------------------------------------------------------------------
def poa_on_file_column_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: one <tr> per person). The feature this family adds (ours; an issuer's Section 16 staff keeps the
    insiders' powers of attorney for Forms 3, 4 and 5 and its roster says whose is on file): a 'Section 16 Power of
    Attorney on File' column after the name, 'Yes' or 'No' by a seed, with a note under the table; no value.
    Columns: Name | Section 16 Power of Attorney on File | Position with <org> | Principal Occupation | Business
    Address | Citizenship (when printed); 'n.' before the name when numbered; border="1" when ruled; <font> with
    markers; a page break after the entry's row with 'A-2'."""
    org = roster.organization
    seed = _seed(org)
    heads = ["Name", "Section 16 Power of Attorney on File", f"Position with {org}", "Principal Occupation",
             "Business Address"] + (["Citizenship"] if options.citizenship else [])

    def cells(index: int, person: dict) -> list[str]:
        poa = "No" if (seed + 3 * index) % 4 == 0 else "Yes"
        row = [html.escape(_numbered(index, printed_name(person, options), options)), poa,
               _joined(person["positions"]), _joined(person["other_positions"]), _joined(person["address"])]
        return row + ([html.escape(person["citizenship"] or "")] if options.citizenship else [])

    title = ["SCHEDULE A", f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"]
    notes = ["&#8220;Yes&#8221; denotes a person whose power of attorney authorizing the Corporate Secretary to sign "
             "Forms 3, 4 and 5 on his or her behalf is on file with the Securities and Exchange Commission.",
             html.escape(f"Unless otherwise indicated, each occupation refers to employment with {org}.")]
    text = _html_table(roster, options, heads, cells, title, "A-2", notes)
    return ".htm", text, [expected(p, org, options) for p in roster.people]


# ---- 3. a clawback policy acknowledged column --------------------------------------------------------------------
_ACKNOWLEDGED = ["12/01/2023", "11/15/2023", "01/08/2024", "02/20/2025"]


def clawback_acknowledged_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT Corporation's Exhibit 7 (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_
    corporation.txt: an EDGAR <TABLE> Name | Position | Principal Occupation | Business Address under a preamble).
    The feature this family adds (ours; since 2023 listed issuers have every executive officer sign an
    acknowledgement of the Rule 10D-1 compensation recovery policy, and a roster kept by the legal department may
    carry the date): a 'CLAWBACK POLICY ACKNOWLEDGED' column after the position, a date (mm/dd/yyyy) for executive
    officers and 'Not applicable' for directors who are not officers, with a note under the table; no value.
    Columns: NAME | POSITION ('--' where none) | CLAWBACK POLICY ACKNOWLEDGED | PRINCIPAL OCCUPATION (wrapping at
    options.width) | BUSINESS ADDRESS | CITIZENSHIP (when printed). A page break after the entry's first line with
    '-2-'."""
    org = roster.organization
    seed = _seed(org)

    def acknowledged(index: int, person: dict) -> list[str]:
        if not _is_officer(person):
            return ["Not", "applicable"]
        return [_ACKNOWLEDGED[(seed + index) % len(_ACKNOWLEDGED)]]

    columns = [(26, ["NAME"], lambda i, p: _wrap(_numbered(i, printed_name(p, options), options), 24, "  ")),
               (26, ["POSITION"], lambda i, p: _lines(p["positions"], 24) or ["--"]),
               (14, ["CLAWBACK", "POLICY", "ACKNOWLEDGED"], acknowledged),
               (options.width + 2, ["PRINCIPAL OCCUPATION"],
                lambda i, p: _lines(p["other_positions"], options.width) or ["--"]),
               (28, ["BUSINESS ADDRESS"], lambda i, p: _lines(p["address"], 26) or ["--"]),
               (15 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 13))]
    head = [f"{'EXHIBIT 7':>78}", ""] + _head("", org, "EXECUTIVE OFFICERS AND DIRECTORS OF")[2:]
    said = ", business address and citizenship" if options.citizenship else " and business address"
    head += [""] + _wrap(_sentence(f"     The name, position, principal occupation{said} of each executive officer "
                                   f"and director of {org} is set forth below"), 78)
    lines = _edgar_table(roster, options, columns, "-2-", head)
    lines += [""] + _wrap("The date under 'Clawback Policy Acknowledged' is the date on which the executive "
                          "officer signed the acknowledgement of the Company's Compensation Recovery Policy adopted "
                          "under Rule 10D-1; the policy does not apply to non-employee directors.", 78)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 4. a most recent Form 4 column -------------------------------------------------------------------------------
_FORM4 = ["March 3, 2026", "November 14, 2025", "August 29, 2025", "February 18, 2026", "June 2, 2025"]


def last_form4_column_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Power Corporation of Canada's 2005 roster (tests/data/rosters_real/dev/labelled_list_power_
    corporation_2005.txt: directors and officers of a group with their addresses and citizenship), set one person a
    row of an HTML table. The feature this family adds (ours; a roster annexed to a Schedule 13D sometimes says when
    each insider last reported under Section 16): a 'Most Recent Form 4 Filed' column at the end of the row, a date
    for most people (a seed picks it) and 'None' for the rest, with a note under the table; no value.
    Columns: Name | Present Principal Occupation or Employment | Position with <org> | Business Address |
    Citizenship (when printed) | Most Recent Form 4 Filed; 'n.' before the name when numbered; border="1" when ruled;
    <font> with markers; a page break after the entry's row with 'I-2'."""
    org = roster.organization
    seed = _seed(org)
    heads = ["Name", "Present Principal Occupation or Employment", f"Position with {org}", "Business Address"] + \
        (["Citizenship"] if options.citizenship else []) + ["Most Recent Form 4 Filed"]

    def cells(index: int, person: dict) -> list[str]:
        filed = "None" if (seed + 2 * index) % 5 == 3 else _FORM4[(seed + index) % len(_FORM4)]
        row = [html.escape(_numbered(index, printed_name(person, options), options)),
               _joined(person["other_positions"]), _joined(person["positions"]), _joined(person["address"])]
        return row + ([html.escape(person["citizenship"] or "")] if options.citizenship else []) + [filed]

    title = ["SCHEDULE I", f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"]
    notes = ["The last column gives the filing date of the most recent statement of changes in beneficial ownership "
             "on Form 4 filed by the person with respect to the Issuer&#8217;s securities; &#8220;None&#8221; "
             "denotes a person who has filed no Form 4."]
    text = _html_table(roster, options, heads, cells, title, "I-2", notes)
    return ".htm", text, [expected(p, org, options) for p in roster.people]


FAMILIES = {
    "mandatory_retirement_column_table": mandatory_retirement_column_table,
    "poa_on_file_column_html": poa_on_file_column_html,
    "clawback_acknowledged_column_table": clawback_acknowledged_column_table,
    "last_form4_column_html": last_form4_column_html,
}
