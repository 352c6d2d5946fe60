"""Round 55c (issue 13): gather133's bsci_edgar_five_column_employer_table.

What was wrong: an EDGAR table after BSCI's Exhibit 1.1 (Name | Present Principal Occupation | Name of Employer |
Principal Business of Employer | Address of Employer, '--' where a cell has nothing) that gives a person more rows:
the titles beside the listed organisation in the employer column, then each outside occupation on rows of its own
with '--' under the employer and the address. The dashes were read as lines of their columns: the employer
'X Inc. --' no longer named the listed organisation, so 'Director' was glued to the outside occupations as one other
position ('Director Retired Vice Chairman, ..., X Inc.'), no position read; the address ended '..., 10270, --' (no
city or country).

What changed: kg/forms/roster_dash_cells.py (called from kg/forms/roster_gridentry.py): a cell printing an empty
cell's mark alone, in a column printing a value on another row of the entry, is taken out (no value); the row keeps
which column it was in, and kg/forms/roster_column_gaps.column_runs starts an occupation of its own beside a dash
taken out of the employer column (the row has no employer: 'Treasury Department, AXA' beside '--' under 'Lor
Finance').

Tests marked "fails on main" fail on main dd76c252; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg

WIDTHS = (21, 27, 20, 18, 35, 15)
HEAD = """\
                                  SCHEDULE I

            DIRECTORS AND EXECUTIVE OFFICERS OF NORTHFIELD MARINE HOLDINGS, INC.

To the knowledge of the Reporting Persons, the following sets forth the names, present principal
occupations or employment, and the names, principal businesses and addresses of the employers, of the
directors and executive officers of Northfield Marine Holdings, Inc.

<TABLE>
<CAPTION>
                     Present Principal                              Principal Business
Name                 Occupation or Employment   Name of Employer    of Employer       Address of Employer                Citizenship
------------------   ------------------------   -----------------   ---------------   --------------------------------   ------------
<S>                  <C>                        <C>                 <C>               <C>                                <C>
"""


def _row(*cells: str) -> str:
    return "".join(f"{cell:<{width}}" for cell, width in zip(cells, WIDTHS)).rstrip() + "\n"


def _text(employer_lines: int = 3) -> str:
    employer = ["Northfield Marine", "Holdings, Inc."] if employer_lines == 2 else ["Northfield", "Marine", "Holdings, Inc."]
    rows = [
        _row("Harriet O. Lindgren", "Director", employer[0], "--", "c/o 12 Harbour Road, Portland,", "United States"),
        _row("", "", employer[1], "", "Maine 04101"),
        *([_row("", "", employer[2])] if len(employer) > 2 else []),
        "\n",
        _row("", "Retired Vice Chairman,", "--", "--", "--"),
        _row("", "Eastbay Trust Company"),
        "\n",
        _row("Tomas R. Albrecht", "Chief Financial", employer[0], "--", "40 Quai du Mont-Blanc, 1201", "Switzerland"),
        _row("", "Officer", employer[1], "", "Geneva, Switzerland"),
        *([_row("", "", employer[2])] if len(employer) > 2 else []),
        "\n",
        _row("", "Treasury Department,", "--", "--", "--"),
        _row("", "Alpenbank AG"),
        "\n",
        _row("Grace M. Okafor", "Private Investor", "--", "--", "--", "United States"),
        "\n",
    ]
    return HEAD + "".join(rows) + "</TABLE>\n"


def _people(tmp_path: Path, text: str) -> dict[str, object]:
    path = tmp_path / "schedule.txt"
    path.write_text(text)
    return {p.name: p for p in kg.extract(path).people}


def test_dash_cells_are_no_values_titles_and_outside_rows_apart(tmp_path):
    """Fails on main: 'Director Retired Vice Chairman, Eastbay Trust Company, Northfield Marine Holdings, Inc.' as one
    other position, no position; the address '..., Maine 04101, --' with no city."""
    people = _people(tmp_path, _text())
    lindgren = people["Harriet O. Lindgren"]
    assert lindgren.positions == ["Director"]
    assert lindgren.other_positions == ["Retired Vice Chairman, Eastbay Trust Company"]
    assert "--" not in (lindgren.address or "")
    assert lindgren.address_city == "Portland"


def test_outside_row_beside_a_dash_under_a_one_line_employer(tmp_path):
    """Fails on main: the employer's name on two lines leaves no empty row between the title and the outside
    occupation: 'Chief Financial Officer Treasury Department, Alpenbank AG' as one position."""
    people = _people(tmp_path, _text(employer_lines=2))
    albrecht = people["Tomas R. Albrecht"]
    assert albrecht.positions == ["Chief Financial Officer"]
    assert albrecht.other_positions == ["Treasury Department, Alpenbank AG"]
    assert albrecht.address_city == "Geneva" and albrecht.address_country == "CH"


def test_guard_a_row_of_dashes_only_is_still_no_value(tmp_path):
    """Guard: a person whose employer and address cells print only '--' gets no employer and no address; no value
    of another row moves onto him."""
    people = _people(tmp_path, _text())
    okafor = people["Grace M. Okafor"]
    assert okafor.other_positions == ["Private Investor"]
    assert okafor.address is None
    assert set(people) == {"Harriet O. Lindgren", "Tomas R. Albrecht", "Grace M. Okafor"}


def test_guard_real_bsci_exhibit_unchanged():
    """Guard (passes on main too): the real BSCI Exhibit 1.1, one row per person, '--' cells whole."""
    path = Path(__file__).parent / "data" / "rosters_real" / "dev" / "text_fixed5col_employer_bsci.txt"
    people = {p.name: p for p in kg.extract(path).people}
    assert people["Henry S. Bienen"].positions == ["Director"]
    assert people["Henry S. Bienen"].other_positions == ["President, Northwestern University"]
    assert people["Carl D. Glickman"].other_positions == ["Private Investor"]
    assert people["Carl D. Glickman"].address is None
    assert people["James E. Cayne"].address_city == "New York"
