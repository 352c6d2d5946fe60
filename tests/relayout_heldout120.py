"""Held-out re-layout families, hundred-and-twentieth set (see tests/relayout.py for render(), Options, expected()).

Written 2026-12-07 (16:29-16:31 UTC by `date`) by helper session gather120 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: NEW LAYOUT FEATURES. Each family renders the people of the development rosters the way a
real roster named in its docstring could have been printed (the real files are listed in tests/data/rosters_real/
SOURCES.md); the ONE layout feature each family adds is said plainly, and it is ours where the real file does not
have it:

- proceedings_none_column_table: an EDGAR <TABLE> with a last column 'CONVICTIONS OR PROCEEDINGS (ITEMS 2(d)-(e))'
  whose every cell reads 'None', as some Schedule I tables answer Item 2(d) and (e) per person; no value.
- relationship_to_filer_column_html: an HTML table with a 'Relationship to Reporting Person' column ('Director',
  'Officer', 'Director and Officer', from the positions); the relationship is no value.
- five_years_ago_same_column_table: an EDGAR <TABLE> with a 'PRINCIPAL OCCUPATION FIVE YEARS AGO' column reading
  'Same' (or 'Not applicable' where no present occupation), as Item 2 answers that look back five years print it.
- reporting_person_yes_no_column_html: an HTML table with an 'Also a Reporting Person?' column of 'Yes'/'No' (from a
  seed) for officers who file in their own name; the flag is no value.

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
    _numbered,
    _seed,
    _sentence,
    _wrap,
)


def _head(title: str, org: str, caption: str) -> list[str]:
    head = [f"{title:^78}".rstrip(), ""]
    return head + [f"{t:^78}".rstrip() for t in _wrap(f"{caption} {org.upper()}", 70)]


def _intro(org: str, options: Options, extra: str) -> list[str]:
    said = "business address and citizenship" if options.citizenship else "and business address"
    return _wrap(_sentence(f"The name, position, present principal occupation, {said} of each director and "
                           f"executive officer of {org} are set forth below") + " " + extra, 78)


# ---- 1. a column answering Items 2(d) and 2(e) ----------------------------------------------------------------------
def proceedings_none_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT Corporation's Schedule I (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_
    corporation.txt: an EDGAR <TABLE>). The feature this family adds (ours; some Schedule I tables answer Item 2(d)
    and (e) person by person instead of in a closing sentence): a last column 'CONVICTIONS OR PROCEEDINGS (ITEMS
    2(d)-(e))' reading 'None' for every person; it is no value. Columns: NAME | POSITION ('--' where none) | PRESENT
    PRINCIPAL OCCUPATION (wrapping at options.width; '--' where none) | BUSINESS ADDRESS | CITIZENSHIP (when
    printed) | the proceedings column. A page break after the entry's first line with 'Schedule I - Page 2'."""
    org = roster.organization
    columns = [(26, ["NAME"], lambda i, p: _wrap(_numbered(i, printed_name(p, options), options), 24, "  ")),
               (24, ["POSITION"], lambda i, p: _lines(p["positions"], 22) or ["--"]),
               (options.width + 2, ["PRESENT PRINCIPAL", "OCCUPATION"],
                lambda i, p: _lines(p["other_positions"], options.width) or ["--"]),
               (28, ["BUSINESS ADDRESS"], lambda i, p: _lines(p["address"], 26) or ["--"]),
               (15 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 13)),
               (18, ["CONVICTIONS OR", "PROCEEDINGS", "(ITEMS 2(d)-(e))"], lambda i, p: ["None"])]
    head = _head("SCHEDULE I", org, "DIRECTORS AND EXECUTIVE OFFICERS OF") + [""]
    head += _intro(org, options, "The last column states whether the person has, during the last five years, been "
                   "convicted in a criminal proceeding or been a party to a civil proceeding of the kind described "
                   "in Items 2(d) and 2(e).")
    lines = _edgar_table(roster, options, columns, "Schedule I - Page 2", head)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. a relationship column ----------------------------------------------------------------------------------------
def _relationship(person: dict) -> str:
    titles = [t.lower() for t in person["positions"]]
    director = any("director" in t or "trustee" in t for t in titles)
    officer = any("director" not in t and "trustee" not in t for t in titles)
    return {(True, True): "Director and Officer", (True, False): "Director", (False, True): "Officer",
            (False, False): "&#8212;"}[(director, officer)]


def relationship_to_filer_column_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: one <tr> per person). The feature this family adds (ours; joint filings by a fund and its general
    partner print how each person relates to the reporting person): a second column 'Relationship to Reporting
    Person' reading 'Director', 'Officer' or 'Director and Officer' (from the positions; '&#8212;' where none); it
    is no value. Columns: Name | Relationship to Reporting Person | Position with <org> | Present Principal
    Occupation | Business Address | Citizenship (when printed); 'n.' before the name when numbered; a page break
    after the entry's row with 'A-2'."""
    org = roster.organization
    heads = ["Name", "Relationship to Reporting Person", f"Position with {org}", "Present Principal Occupation",
             "Business Address"] + (["Citizenship"] if options.citizenship else [])

    def cells(index: int, person: dict) -> list[str]:
        out = [html.escape(_numbered(index, printed_name(person, options), options)), _relationship(person),
               _joined(person["positions"]), _joined(person["other_positions"]), _joined(person["address"])]
        return out + ([html.escape(person["citizenship"] or "")] if options.citizenship else [])

    text = _html_table(roster, options, heads, cells, ["SCHEDULE A", f"Directors and Executive Officers of {org}"],
                       "A-2", [])
    return ".htm", text, [expected(p, org, options) for p in roster.people]


# ---- 3. occupation five years ago: 'Same' ---------------------------------------------------------------------------
def five_years_ago_same_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After AIG's Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt: an EDGAR <TABLE> Name | Position |
    Principal Occupation | Business Address). The feature this family adds (ours; older Item 2 answers look back
    five years and print 'Same' where nothing changed): a column 'PRINCIPAL OCCUPATION FIVE YEARS AGO' right after
    the present occupation, reading 'Same' (or 'Not applicable' where no present occupation is printed); it is no
    value. Columns: NAME | POSITION ('--' where none) | PRESENT PRINCIPAL OCCUPATION (wrapping at options.width;
    '--' where none) | the five-years-ago column | BUSINESS ADDRESS | CITIZENSHIP (when printed). A page break after
    the entry's first line with 'A-2'."""
    org = roster.organization
    columns = [(26, ["NAME"], lambda i, p: _wrap(_numbered(i, printed_name(p, options), options), 24, "  ")),
               (24, ["POSITION"], lambda i, p: _lines(p["positions"], 22) or ["--"]),
               (options.width + 2, ["PRESENT PRINCIPAL", "OCCUPATION"],
                lambda i, p: _lines(p["other_positions"], options.width) or ["--"]),
               (16, ["PRINCIPAL", "OCCUPATION FIVE", "YEARS AGO"],
                lambda i, p: ["Same"] if p["other_positions"] else ["Not applicable"]),
               (28, ["BUSINESS ADDRESS"], lambda i, p: _lines(p["address"], 26) or ["--"]),
               (15 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 13))]
    head = _head("EXHIBIT A", org, "DIRECTORS AND EXECUTIVE OFFICERS OF") + [""]
    head += _intro(org, options, "'Same' in the fifth column means the person's principal occupation five years ago "
                   "was the present one.")
    lines = _edgar_table(roster, options, columns, "A-2", head)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 4. also a reporting person: Yes / No ----------------------------------------------------------------------------
def reporting_person_yes_no_column_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm). The feature this family adds (ours; where a controlling officer files in his own name too, joint
    Schedule 13D filings flag him in the roster): a last column 'Also a Reporting Person?' reading 'Yes' for about a
    third of the persons (from a seed) and 'No' for the rest, with a note under the table; the flag and note are no
    value. Columns: Name | Position with <org> | Present Principal Occupation | Business Address | Citizenship (when
    printed) | the flag; 'n.' before the name when numbered; a page break after the entry's row with 'I-2'."""
    org = roster.organization
    seed = _seed(org)
    heads = ["Name", f"Position with {org}", "Present Principal Occupation", "Business Address"] + \
        (["Citizenship"] if options.citizenship else []) + ["Also a Reporting Person?"]

    def cells(index: int, person: dict) -> list[str]:
        out = [html.escape(_numbered(index, printed_name(person, options), options)), _joined(person["positions"]),
               _joined(person["other_positions"]), _joined(person["address"])]
        out += [html.escape(person["citizenship"] or "")] if options.citizenship else []
        return out + ["Yes" if (seed + index * 7) % 3 == 0 else "No"]

    note = ("Persons marked &#8220;Yes&#8221; are also reporting persons on the cover pages of this Schedule 13D; "
            "the information required by Item 2 for them is given above.")
    text = _html_table(roster, options, heads, cells, ["SCHEDULE I", f"Directors and Executive Officers of {org}"],
                       "I-2", [note])
    return ".htm", text, [expected(p, org, options) for p in roster.people]


FAMILIES = {
    "proceedings_none_column_table": proceedings_none_column_table,
    "relationship_to_filer_column_html": relationship_to_filer_column_html,
    "five_years_ago_same_column_table": five_years_ago_same_column_table,
    "reporting_person_yes_no_column_html": reporting_person_yes_no_column_html,
}
