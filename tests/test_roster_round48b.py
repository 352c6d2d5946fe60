"""Round 48b (issue 13): values on the wrong person in gather67's cells_one_a_line_blank_between_persons and
name_occupation_single_list_prose_overrides.

- A table's text rendering, one cell line a line (Novo Holdings' Schedule I saved as text): the first person's title
  cell 'Directors' (plural, right under 'Helena K. Marsh,') was read as a heading of the roster listing the board,
  so every officer after them was given a seat ('Director') and the board (kg/forms/roster_comma_cell.py: a line
  right under a line that ends with a comma continues it, no heading).
- Motorola's Appendix I, the occupation column wrapped: 'His business address is: Heliograph' opening a line of the
  column (set in under the name) did not count as the entry stating its own address, and the preamble's default
  address was given (kg/patterns/roster.yml address_stated: also at a line's start after its indent).
- The same list with 'SURNAME, Given' and a row of '*' between entries: a given name wrapped under the name
  ('DESHPANDE, Ravindra' / 'Madhukar') was read as an address ('Madhukar ****') and the name cut short
  (kg/forms/roster_name_wrap.py: a rule line under the word ends the stack).
- The cell lines one a line again, the organisation one word ('Halcyon'): the second person's block ('Peter L. Osei,'
  ... 'Director of Halcyon' / 'United States', short, 'Director' in it) was read as a heading naming the organisation,
  'Halcyon United States' (kg/forms/roster_org.py: a block opening with a name closed by a comma is an entry).
"""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict

CELLS_ONE_A_LINE = """EXHIBIT 99.2
SCHEDULE A
Information regarding each director and executive officer of Kestrel Partners, Inc. is set forth below.
Kestrel Partners, Inc.
Name, Title
Business Address
Principal Occupation
Citizenship
Helena K. Marsh,
Directors
Chairman of the Board
Kestrel Partners, Inc.
200 Park Avenue
New York, New York 10166
officer of Kestrel Partners, Inc.
United States

Oliver T. Grant,
Director
President
Kestrel Partners, Inc.
200 Park Avenue
New York, New York 10166
officer of Kestrel Partners, Inc.
United States

Priya N. Rao,
Vice President
Kestrel Partners, Inc.
200 Park Avenue
New York, New York 10166
officer of Kestrel Partners, Inc.
United States

Samuel J. Ortiz,
Treasurer
Kestrel Partners, Inc.
200 Park Avenue
New York, New York 10166
officer of Kestrel Partners, Inc.
United States
"""

PROSE_OVERRIDES_WRAPPED = """APPENDIX I

INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF TOWER
CORPORATION OF CANADA

The following table sets forth the name, business address, and
principal occupation or employment at the present time for each
director and executive officer of Tower Corporation of Canada.
Unless otherwise noted, each such person is a citizen of Canada.
In addition, unless otherwise noted, each such person's business
address is Tower Corporation of Canada, 751 Victoria Square,
Montreal QC H2Y 2J3.


DIRECTORS AND EXECUTIVE OFFICERS OF TOWER CORPORATION OF CANADA

(1) Michel Bouchard        Director, Tower Corporation of Canada.
                           President and Chief Operating Officer.
                           His business address is: Heliograph
                           Aerospace, 500, chemin de la Cote-Vertu
                           ouest, Dorval H4S 1Y9.

(2) Vincent Lemaitre       Director, Tower Corporation of Canada.
                           Managing Director, Lemaitre
                           Investissements.  His business address is:
                           Lemaitre Investissements, 9, Rond-Carre
                           des Champs-Elysees, 75008 Paris, France.
                           Mr. Lemaitre is a citizen of France.

(3) Andre Beauchamp        Director, Executive Officer, President and
                           Co-Chief Executive Officer, Tower
                           Corporation of Canada.  Chairman, Tower
                           Tech.  His business address is: 751
                           Victoria Square, Montreal QC H2Y 2J3.

(4) Paul G. Beauchamp      Director and Chairman of the Executive
                           Committee, Tower Corporation of Canada.
"""

SURNAME_FIRST_WRAPPED = """APPENDIX I

INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF SKAGEN
INVEST A/S

The following table sets forth the name, business address, and
principal occupation or employment at the present time for each
director and executive officer of Skagen Invest A/S.  Unless
otherwise noted, each such person is a citizen of Denmark.  In
addition, unless otherwise noted, each such person's business address
is Skagen Invest A/S, Tuborg Havnevej 19, 2900 Hellerup, Denmark.


DIRECTORS AND EXECUTIVE OFFICERS OF SKAGEN INVEST A/S

HOLM, Anders               Chair of the Board, Skagen Invest A/S.
                           Professional Board Director.
********************
DESHPANDE, Ravindra        Board Director, Skagen Invest A/S.  CEO of
Madhukar                   Northfield Capital Company.  Mr. Deshpande is a
                           citizen of the USA.
********************
LINDQVIST, Karin           Board Director, Skagen Invest A/S.  Professional
Elisabeth                  Board Director.  Ms. Lindqvist is a citizen of
                           Sweden.
********************
BECK, Jonas                Chief Executive Officer, Skagen Invest A/S.  Mr.
                           Beck is a citizen of the United Kingdom.
********************
"""


ONE_WORD_ORGANISATION = """EXHIBIT 99.2
SCHEDULE A
Information regarding each director and executive officer of Halcyon is set forth below.
Halcyon
Name, Title
Business Address
Principal Occupation
Citizenship
Nadia R. Vance,
Director
Chairman of the Board
Chief Executive Officer
4100 North Lakeview Road
Evanston, Illinois 60201
Director of Halcyon
United States

Peter L. Osei,
Director
Chairman of the Executive Committee
4100 North Lakeview Road
Evanston, Illinois 60201
Director of Halcyon
United States

Grace M. Whitlow,
Director
President
4100 North Lakeview Road
Evanston, Illinois 60201
Director of Halcyon
United States
"""


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path))["people"]}


def test_plural_title_cell_under_a_name_is_no_heading(tmp_path):
    people = _people(tmp_path, CELLS_ONE_A_LINE)
    assert set(people) == {"Helena K. Marsh", "Oliver T. Grant", "Priya N. Rao", "Samuel J. Ortiz"}
    assert "Director" not in people["Priya N. Rao"]["positions"]
    assert "Director" not in people["Samuel J. Ortiz"]["positions"]
    assert "board of directors" not in people["Samuel J. Ortiz"]["bodies"]
    assert people["Oliver T. Grant"]["positions"][:2] == ["Director", "President"]
    assert "board of directors" in people["Helena K. Marsh"]["bodies"]


def test_a_directors_heading_standing_apart_still_lists_the_board(tmp_path):
    text = CELLS_ONE_A_LINE.replace("Citizenship\n", "Citizenship\n\nDIRECTORS\n\n", 1)
    people = _people(tmp_path, text)
    assert "Director" in people["Samuel J. Ortiz"]["positions"]  # (the guard: a heading of its own still counts)


def test_address_stated_at_a_wrapped_lines_start_refuses_the_default(tmp_path):
    people = _people(tmp_path, PROSE_OVERRIDES_WRAPPED)
    # (his own, never the preamble's: unread until round 55d, which reads 'His business address is:' whole in a cell)
    assert people["Michel Bouchard"]["address"] == "Heliograph Aerospace, 500, chemin de la Cote-Vertu ouest, Dorval H4S 1Y9"
    assert people["Vincent Lemaitre"]["address"].startswith("Lemaitre Investissements, 9, Rond-Carre")
    assert people["Paul G. Beauchamp"]["address"] == (
        "Tower Corporation of Canada, 751 Victoria Square, Montreal QC H2Y 2J3")  # (the guard: no address stated)


def test_given_name_wrapped_above_a_rule_is_the_names(tmp_path):
    people = _people(tmp_path, SURNAME_FIRST_WRAPPED)
    assert set(people) == {"Anders Holm", "Ravindra Madhukar Deshpande", "Karin Elisabeth Lindqvist", "Jonas Beck"}
    # (the row of '*' under the entry is a rule, no address line: the preamble's default is his; round 49c)
    assert people["Ravindra Madhukar Deshpande"]["address"] == "Skagen Invest A/S, Tuborg Havnevej 19, 2900 Hellerup, Denmark"
    assert people["Ravindra Madhukar Deshpande"]["citizenship"] == "USA"
    assert people["Karin Elisabeth Lindqvist"]["citizenship"] == "Sweden"


def test_an_entrys_cell_lines_name_no_organisation(tmp_path):
    people = _people(tmp_path, ONE_WORD_ORGANISATION)
    assert {p["organization"] for p in people.values()} == {"Halcyon"}
    assert people["Peter L. Osei"]["positions"] == ["Director", "Chairman of the Executive Committee"]
