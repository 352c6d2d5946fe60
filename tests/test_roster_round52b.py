"""Round 52b (issue 13): gather103's name_position_underlined_harvard (Harvard's Exhibit A: 'Name' | 'Office/Position
and Principal Occupation' with dashed underlines, an address other than the preamble's under the name) and
directors_officers_title_sections_msdw (MSDW OIP's Exhibit 3: a DIRECTORS and an OFFICERS section, each captioned
'TITLE AND OCCUPATION', a person in both).

What was wrong: (1) in the Harvard layout the grid reader took only the name line of a row whose left column goes on
with the person's own address ('Henri Valcourt' / 'Valcourt Participations' / '12, Rue de la Paix' / '75002 Paris,
France'); the lines under it were left to no entry ('unassigned-name'), and the preamble's default address ('If no
business address is given, ...') was given to that person: another person's address; (2) in the MSDW layout the
OFFICERS section's rows stand with no blank line between them: 'Margaret Olsen' (listed again, read in the DIRECTORS
section) over 'Thomas Reid' was read as one name wrapped over two lines, 'Margaret Olsen Thomas Reid', a person who
is none.

What changed: kg/forms/roster_orphan_rows.py (new: an orphan line under an entry withholds that entry's defaulted
address; annex.py calls it where it warned of orphans); kg/forms/roster_name_wrap.py whole_above (a name an entry
above already holds is whole: the line under it wraps no name) used in roster_grid._name_goes_on;
kg/forms/roster_steady.py _next_after_relisted (a whole person's name with a cell of its own under a one-line entry
of a person listed again opens the next entry, no line of that one).

Texts of our own making. Tests marked "fails on main" fail on main 3c48a2c; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict

HARVARD = """\
<PAGE>

                                   EXHIBIT A

                        Directors and Executive Officers

The names of the directors and executive officers of Northgate Holdings Limited
     and their business addresses and present principal occupation or employment are set forth below. If no business
     address is given, the business address of such director or executive officer is 40 King Street West, Toronto ON M5H 3Y2.
     All of the persons listed below are citizens of Canada, except Henri Valcourt, who is a citizen of France.

Directors and Executive Officers of Northgate Holdings Limited
--------------------------------------------------------------

Name                                Office/Position and Principal Occupation
----                                -----------------------------------------

Henri Valcourt                      Director
Valcourt Participations             Managing Director, Valcourt
12, Rue de la Paix                  Participations
75002 Paris, France

Margaret Olsen                      Director, President and Chief Executive
                                    Officer

Thomas Reid                         Vice-President

                               Page 8 of 9 Pages
"""

MSDW = """\
<PAGE>

                                   EXHIBIT 3

        EXECUTIVE OFFICERS AND DIRECTORS OF NORTHGATE HOLDINGS LIMITED

The names of the Directors and the names and titles of the Executive Officers of
Northgate Holdings Limited ("Northgate") are set forth below. If no address is
given, the Director's or Executive Officer's business address is 40 King Street
West, Toronto ON M5H 3Y2. Unless otherwise indicated, each title set forth
opposite an individual's name refers to Northgate and each individual is a
citizen of Canada, except Henri Valcourt, who is a citizen of France.

             DIRECTORS                      TITLE AND OCCUPATION

         Henri Valcourt                     Director
         Valcourt Participations            Managing Director, Valcourt
         12, Rue de la Paix                 Participations
         75002 Paris, France

         Margaret Olsen                     Director

             OFFICERS                       TITLE AND OCCUPATION

         Margaret Olsen                     President and Chief Executive Officer
         Thomas Reid                        Vice-President
"""

SHARED = "40 King Street West, Toronto ON M5H 3Y2"


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "exhibit.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path))["people"]}


def test_harvard_own_address_under_name_gets_no_default(tmp_path):  # fails on main
    people = _people(tmp_path, HARVARD)
    assert people["Henri Valcourt"]["address"] != SHARED
    assert people["Henri Valcourt"]["citizenship"] == "France"


def test_harvard_rows_without_lines_under_keep_the_default(tmp_path):  # guard
    people = _people(tmp_path, HARVARD)
    assert people["Margaret Olsen"]["address"] == SHARED
    assert people["Thomas Reid"]["address"] == SHARED
    assert people["Thomas Reid"]["positions"] == ["Vice-President"]


def test_msdw_officers_rows_unspaced_are_two_people(tmp_path):  # fails on main
    people = _people(tmp_path, MSDW)
    assert set(people) == {"Henri Valcourt", "Margaret Olsen", "Thomas Reid"}
    assert people["Thomas Reid"]["positions"] == ["Vice-President"]
    assert people["Margaret Olsen"]["positions"] == ["Director", "President and Chief Executive Officer"]


def test_msdw_directors_own_address_kept(tmp_path):  # guard
    people = _people(tmp_path, MSDW)
    assert people["Henri Valcourt"]["address"] == "Valcourt Participations, 12, Rue de la Paix, 75002 Paris, France"
    assert people["Henri Valcourt"]["other_positions"] == ["Managing Director, Valcourt Participations"]
