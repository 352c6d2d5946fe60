"""Round 53a (issue 13): gather103's directors_officers_title_sections_msdw (MSDW OIP's Exhibit 3: a DIRECTORS and an
OFFICERS section, each captioned 'TITLE AND OCCUPATION', a person in both, rows with no blank line between them).

What was wrong: (1) with a dashed rule under every row, the stacked reader (kg.forms.roster_stacked) took the list
and read the caption row 'OFFICERS   TITLE AND OCCUPATION' as a line of the last DIRECTORS entry (its address ended
', OFFICERS'), and, reading no sections, kept the person listed in both twice, the second listing with the preamble's
default address beside his printed one; (2) 'Paul Hatch  Director' over 'Smith Barney Consulting Group  Executive
Vice President, ...' / '388 Greenwich Street': the organisation read as a name (twice, so left out by `apart`) took
the address lines, and Paul Hatch was given the preamble's default address; (3) 'Bruce C. Rohde  Chairman of the
Board' over 'Philip B. Fletcher  Director' (no blank line): the second row read as a line of the first ('Director'
on Rohde, Fletcher dropped, or his name as Rohde's address).

What changed: kg/forms/roster_stacked.py `_section_caption` (a body in capitals, then column captions only: a table
in sections, the grid reader's); kg/forms/roster_merge.py `apart` (the person right above a listing left out keeps
no default its lines print a value for: kg.forms.roster_refused_above); kg/forms/roster_initialled.py (new,
`next_initialled`, used by kg.forms.roster_steady.line_of_entry: under a one-line entry whose name is initialled, a row
printing another initialled name with a cell beside it is the next person's).

Texts of our own making. Tests marked "fails on main" fail on main 50528af; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict

PREAMBLE = """\
<PAGE>

                                   EXHIBIT 3

        EXECUTIVE OFFICERS AND DIRECTORS OF NORTHGATE HOLDINGS LIMITED

The names of the Directors and the names and titles of the Executive Officers of
Northgate Holdings Limited ("Northgate") are set forth below. If no address is
given, the Director's or Executive Officer's business address is Northgate
Holdings Limited, 40 King Street West, Toronto ON M5H 3Y2. Unless otherwise
indicated, each title set forth opposite an individual's name refers to
Northgate and each individual is a citizen of Canada.

"""

RULED = PREAMBLE + """\
             DIRECTORS                          TITLE AND OCCUPATION

         VALCOURT, Henri                        Director
         Valcourt Participations                Managing Director, Valcourt
         12, Rue de la Paix                     Participations
         75002 Paris, France
         ------------------------------------------------------------
         OLSEN, Margaret                        Director
         88 Bay Street                          Chairman, Olsen Capital
         Toronto ON M5J 2S1
         ------------------------------------------------------------
         REID, Thomas                           Director
         Lakeshore Partners                     President and CEO, Lakeshore
         200 Front Street West                  Partners
         Toronto ON M5V 3K2
         ------------------------------------------------------------

             OFFICERS                           TITLE AND OCCUPATION

         OLSEN, Margaret                        President and Chief Executive Officer
         ------------------------------------------------------------
         HALE, Simon                            Vice-President
         ------------------------------------------------------------
"""

UNSPACED = PREAMBLE + """\
             DIRECTORS                      TITLE AND OCCUPATION

         Henri J. Valcourt                  Chairman of the Board
         Margaret R. Olsen                  Director
         Thomas Reid                        Director
         Northgate Consulting Group         President, Northgate
         88 Bay Street                      Consulting Group
         Toronto ON M5J 2S1

         Simon Hale                         Director
         Northgate Consulting Group         Partner, Northgate
         12 Wellington Street East          Consulting Group
         Toronto ON M5E 1C5

         Anne K. Moreau                     Director
         55 Yonge Street
         Toronto ON M5E 1J4

         Paul D. Gagnon                     Director
         1 Place Ville Marie
         Montreal QC H3B 2C4

         Louise T. Martel                   Director
         700 West Georgia Street
         Vancouver BC V7Y 1A1


             OFFICERS                       TITLE AND OCCUPATION

         Henri J. Valcourt                  Chief Executive Officer
         Margaret R. Olsen                  Vice-President
"""

INITIALLED = PREAMBLE + """\
             DIRECTORS                      TITLE AND OCCUPATION

         Henri J. Valcourt                  Chairman of the Board
         Margaret R. Olsen                  Director
         Thomas E. Reid                     Director
         22 Adelaide Street West
         Toronto ON M5H 4E3

         Anne K. Moreau                     Director
         55 Yonge Street
         Toronto ON M5E 1J4

         Paul D. Gagnon                     Director
         1 Place Ville Marie
         Montreal QC H3B 2C4

         Louise T. Martel                   Director
         700 West Georgia Street
         Vancouver BC V7Y 1A1

         Simon Hale                         Director
         1250 Rene-Levesque Blvd. West
         Montreal QC H3B 4W8


             OFFICERS                       TITLE AND OCCUPATION

         Henri J. Valcourt                  Chief Executive Officer
         Margaret R. Olsen                  Vice-President
"""

ROLES = PREAMBLE + """\
             DIRECTORS                      TITLE AND OCCUPATION

         Henri J. Valcourt                  Directors, Chairman of the Board
                                            officer of Lakeshore Partners
                                            Incorporated

         Margaret R. Olsen                  Director
                                            officer of Lakeshore Partners
                                            Incorporated


             OFFICERS                       TITLE AND OCCUPATION

         Margaret R. Olsen                  President
         Simon Hale                         Vice President, Secretary
                                            and Treasurer
"""

SHARED = "Northgate Holdings Limited, 40 King Street West, Toronto ON M5H 3Y2"


def _people(tmp_path: Path, text: str) -> list[dict]:
    path = tmp_path / "exhibit.txt"
    path.write_text(text, encoding="utf-8")
    return to_dict(kg.extract(path))["people"]


def test_ruled_sections_caption_ends_the_entry_above(tmp_path):  # fails on main
    people = _people(tmp_path, RULED)
    reid = next(p for p in people if p["name"] == "Thomas Reid")
    assert reid["address"] == "Lakeshore Partners, 200 Front Street West, Toronto ON M5V 3K2"
    assert not any("OFFICERS" in (p.get("address") or "") for p in people)


def test_ruled_sections_person_in_both_is_one_with_his_own_address(tmp_path):  # fails on main
    people = _people(tmp_path, RULED)
    olsen = [p for p in people if p["name"] == "Margaret Olsen"]
    assert len(olsen) == 1
    assert olsen[0]["address"] == "88 Bay Street, Toronto ON M5J 2S1"
    assert olsen[0]["positions"] == ["Director", "President and Chief Executive Officer"]


def test_ruled_sections_rows_without_address_keep_the_default(tmp_path):  # guard
    people = {p["name"]: p for p in _people(tmp_path, RULED)}
    assert people["Simon Hale"]["address"] == SHARED
    assert people["Simon Hale"]["positions"] == ["Vice-President"]
    assert people["Henri Valcourt"]["address"] == "Valcourt Participations, 12, Rue de la Paix, 75002 Paris, France"


def test_unspaced_initialled_row_is_the_next_person(tmp_path):  # fails on main
    people = {p["name"]: p for p in _people(tmp_path, INITIALLED)}
    assert people["Henri J. Valcourt"]["positions"] == ["Chairman of the Board", "Chief Executive Officer"]
    assert people["Margaret R. Olsen"]["positions"] == ["Director", "Vice-President"]
    assert people["Henri J. Valcourt"].get("address") in (None, SHARED)  # (main: 'Margaret R. Olsen', her name)
    assert people["Thomas E. Reid"]["address"] == "22 Adelaide Street West, Toronto ON M5H 4E3"


def test_unspaced_row_over_organisation_lines_gets_no_default(tmp_path):  # fails on main
    people = {p["name"]: p for p in _people(tmp_path, UNSPACED)}
    assert people["Thomas Reid"].get("address") in (None, "Northgate Consulting Group, 88 Bay Street, Toronto ON M5J 2S1")
    assert people["Simon Hale"].get("address") in (None, "Northgate Consulting Group, 12 Wellington Street East, Toronto ON "
                                                         "M5E 1C5")
    assert "Northgate Consulting Group" not in people


def test_unspaced_one_line_rows_keep_the_default(tmp_path):  # guard
    people = {p["name"]: p for p in _people(tmp_path, UNSPACED)}
    assert people["Margaret R. Olsen"]["address"] == SHARED
    assert people["Margaret R. Olsen"]["citizenship"] == "Canada"
    assert people["Paul D. Gagnon"]["address"] == "1 Place Ville Marie, Montreal QC H3B 2C4"


def test_lower_case_role_under_a_whole_title_is_an_item(tmp_path):  # fails on main
    people = {p["name"]: p for p in _people(tmp_path, ROLES)}
    assert people["Henri J. Valcourt"]["positions"] == ["Directors", "Chairman of the Board"]
    assert people["Henri J. Valcourt"]["other_positions"] == ["officer of Lakeshore Partners Incorporated"]
    assert people["Margaret R. Olsen"]["positions"] == ["Director", "President"]
    assert people["Margaret R. Olsen"]["other_positions"] == ["officer of Lakeshore Partners Incorporated"]


def test_title_wrapped_on_a_joining_word_stays_one(tmp_path):  # guard
    people = {p["name"]: p for p in _people(tmp_path, ROLES)}
    assert people["Simon Hale"]["positions"] == ["Vice President, Secretary and Treasurer"]
    assert not people["Simon Hale"].get("other_positions")
