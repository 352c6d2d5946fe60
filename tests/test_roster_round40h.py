"""Fortieth round (h), issue 13: a labelled value one item a line whose title wraps after a word no title ends
with ('Principal Occupation:  Director, Chairman of the Board and Chief' / 'Executive Officer of Motorola') was cut
into two items ('... and Chief', 'Executive Officer of Motorola': the person a mere 'Executive Officer', the rest an
occupation elsewhere). A line ending in 'Chief', 'Operating', 'Financial' or 'Accounting' now runs on, as one ending
in 'Vice' or 'Senior' did (kg/forms/roster_labels.py). The occupation-and-address guard protects the employer's line
above a street in a two-column cell (the address's, never a title).

Texts of our own making. Each test marked "fails on main" failed on main eedc97a and passes here; the guards pass
on both."""
from __future__ import annotations

import kg

_TWO_COLUMN = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HARBOUR MUTUAL HOLDINGS, INC.

<TABLE>
Name and Citizenship          Present Principal Occupation and Business Address
--------------------          ----------------------------------------
<S>                           <C>
Alice M. Fenwick              Director of Harbour Mutual Holdings,
Canada                        Inc.; President and Chief
                              Operating Officer
                              Northgate Aerospace
                              400 Cote-Vertu Road
                              Dorval, Quebec H4S 1Y9

Peter Vang                    Director of Harbour Mutual Holdings,
United States                 Inc.; Chairman, President and
                              CEO
                              Westfield Grain Companies Inc.
                              277 Park Avenue
                              New York, N.Y. 10172

Carla J. Moreno               Executive Officer of Harbour Mutual
Canada                        Holdings, Inc.; Vice-President
                              Harbour Mutual Holdings, Inc.
                              751 Victoria Square
                              Montreal QC H2Y 2J3

</TABLE>
"""

_LABELLED = """                                   SCHEDULE A

      DIRECTORS AND EXECUTIVE OFFICERS OF HARBOUR MUTUAL HOLDINGS, INC.

Name:                              Alice M. Fenwick

Business Address:                  1303 East Algonquin Road
                                   Schaumburg, Illinois 60196

Principal Occupation:              Director, Chairman of the Board and Chief
                                   Executive Officer of Harbour Mutual Holdings, Inc.

Citizenship:                       United States

Name:                              Peter Vang

Business Address:                  1303 East Algonquin Road
                                   Schaumburg, Illinois 60196

Principal Occupation:              Director, President and Chief Operating
                                   Officer of Harbour Mutual Holdings, Inc.

Citizenship:                       United States

Name:                              Carla J. Moreno

Business Address:                  1303 East Algonquin Road
                                   Schaumburg, Illinois 60196

Principal Occupation:              Director
                                   Chairman of the Board

Citizenship:                       United States
"""


def _people(tmp_path, text: str) -> dict:
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def _split(values) -> list[str]:
    return sorted(piece.strip() for value in values for piece in
                  value.replace(" and ", ",").replace(";", ",").split(",") if piece.strip())


def test_own_organisation_line_stays_out_of_the_occupation(tmp_path):
    """Guard (passes on both): the listed organisation's line above the street is the address's, never a title."""
    carla = _people(tmp_path, _TWO_COLUMN)["Carla J. Moreno"]
    assert "Executive Officer" in carla.positions
    assert carla.address.startswith("Harbour Mutual Holdings, Inc.") or carla.address.startswith("751 Victoria")
    assert not any("751" in value for value in carla.positions + carla.other_positions)


def test_labelled_title_wrapped_after_chief_is_one_title(tmp_path):
    """Fails on main: 'Director, Chairman of the Board and Chief' and 'Executive Officer' were two items (the
    person a mere 'Executive Officer'), as were 'Director, President and Chief Operating' and 'Officer'."""
    people = _people(tmp_path, _LABELLED)
    alice, peter = people["Alice M. Fenwick"], people["Peter Vang"]
    assert _split(alice.positions) == ["Chairman of the Board", "Chief Executive Officer", "Director"]
    assert not alice.other_positions
    assert _split(peter.positions) == ["Chief Operating Officer", "Director", "President"]
    assert not peter.other_positions


def test_labelled_titles_one_a_line_stay_apart(tmp_path):
    """Guard (passes on both): 'Director' / 'Chairman of the Board', each whole, are two titles."""
    carla = _people(tmp_path, _LABELLED)["Carla J. Moreno"]
    assert _split(carla.positions) == ["Chairman of the Board", "Director"]
