"""Forty-fourth round (e), issue 13: E.ON's split matrix with a board of directors, Power Corporation's roman
blocks numbered and wrapped narrow.

- A matrix legend 'B = Member, Board of Directors' (E.ON's 'Member, <Board>' wording for a one-tier board) named
  no body: the title stood as a position of its own, no seat on the board of directors.
- Roman-keyed blocks '(i)' .. '(v)' numbered '2.' alone on a line above the block: the number was read as the
  last line of the address above ('..., New York, New York 10270, 2.'), and so no city or country.
- An occupation '(iv)' wrapped at its width ('President and' / 'CEO, ...', 'Chairman, Power' / 'Tech') was read
  as items stacked one a line, joined with a comma ('Chairman, Power, Tech').
The tests marked "fails on main" fail on a54b301; the guards pass on both."""

from __future__ import annotations

import kg
from kg.forms.roster_fields import bodies_of

_MATRIX = """Exhibit F, Schedule 6(b):  Harrowgate Foods, Inc. Officers and Directors as of
December 31, 2004


Legend:  A = Executive Officer
------
                  B = Member, Board of Directors



<TABLE>
<CAPTION>
               Company                         A                        B
-------------------------------------------------------------------------------------------
<S>                                   <C>                      <C>
                                      Alice M. Fenwick         Alice M. Fenwick
Harrowgate Foods, Inc.                Peter J. Vang            Claire Dubois
                                                               Martin Okafor
</TABLE>
"""

_ROMAN = """                                                                       EXHIBIT B

          EXECUTIVE OFFICERS AND DIRECTORS OF HARROWGATE FOODS, INC.

Set forth below are the (i) name, (ii) title, (iii) country of citizenship,
(iv) principal occupation and (v) principal business address of each of the
directors and executive officers of Harrowgate Foods, Inc. ("Harrowgate").

1.
(i)     Alice M. Fenwick
(ii)    Director and Executive Officer
(iii)   United States
(iv)    Chief Executive Officer, Harrowgate; Chairman, Eastbrook
        Mills
(v)     Harrowgate Foods, Inc.
        100 Mill Road
        Hartford, Connecticut 06103

2.
(i)     Peter J. Vang
(ii)    Director
(iii)   Canada
(iv)    Professor of Economics, Harvard University; President and
        CEO, National Bureau of Economic Research
(v)     National Bureau of Economic Research, Inc.
        1050 Massachusetts Avenue
        Cambridge, Massachusetts 02138

3.
(i)     Claire Dubois
(ii)    Director
(iii)   France
(iv)    Managing Director, Dassault Investissements
(v)     9, Rond-Point des Champs-Elysees
        75008 Paris
        France
"""


def _people(tmp_path, text: str) -> dict:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_a_legend_member_of_the_board_of_directors_is_a_seat_on_it(tmp_path):  # fails on main
    people = _people(tmp_path, _MATRIX)
    assert set(people) == {"Alice M. Fenwick", "Peter J. Vang", "Claire Dubois", "Martin Okafor"}
    assert people["Claire Dubois"].bodies == ["board of directors"]
    assert people["Martin Okafor"].bodies == ["board of directors"]
    assert sorted(people["Alice M. Fenwick"].bodies) == ["board of directors", "executive officers"]
    assert people["Peter J. Vang"].bodies == ["executive officers"]  # (only under A)
    assert all(p.organization == "Harrowgate Foods, Inc." for p in people.values())


def test_member_of_the_board_of_directors_names_the_board():  # fails on main
    assert bodies_of("Member, Board of Directors", None, set()) == ["board of directors"]
    assert bodies_of("Member of the Board of Directors", None, set()) == ["board of directors"]


def test_a_title_beside_the_board_is_no_seat_on_it():  # guard
    assert "board of directors" not in bodies_of("Secretary to the Board of Directors", None, set())
    assert "board of directors" not in bodies_of("Member, Supervisory Board", None, set())
    assert bodies_of("Member, Board of Management", None, set()) == ["managing board"]


def test_an_entry_number_alone_is_no_line_of_the_address_above(tmp_path):  # fails on main
    people = _people(tmp_path, _ROMAN)
    assert set(people) == {"Alice M. Fenwick", "Peter J. Vang", "Claire Dubois"}
    fenwick, vang = people["Alice M. Fenwick"], people["Peter J. Vang"]
    assert fenwick.address == "Harrowgate Foods, Inc., 100 Mill Road, Hartford, Connecticut 06103"
    assert fenwick.address_city == "Hartford" and fenwick.address_country == "US"
    assert vang.address == "National Bureau of Economic Research, Inc., 1050 Massachusetts Avenue, Cambridge, " \
                           "Massachusetts 02138"
    assert vang.address_city == "Cambridge"
    assert vang.citizenship == "Canada" and people["Claire Dubois"].citizenship == "France"


def test_a_wrapped_occupation_is_joined_where_it_wrapped(tmp_path):  # fails on main
    people = _people(tmp_path, _ROMAN)
    assert "Chairman, Eastbrook Mills" in people["Alice M. Fenwick"].other_positions
    assert people["Peter J. Vang"].other_positions == ["Professor of Economics, Harvard University",
                                                        "President and CEO, National Bureau of Economic Research"]
    assert people["Claire Dubois"].other_positions == ["Managing Director, Dassault Investissements"]


def test_items_stacked_one_a_line_stay_apart(tmp_path):  # guard: short lines, no wrap
    text = _ROMAN.replace("(iv)    Managing Director, Dassault Investissements",
                          "(iv)    Managing Director, Dassault Investissements\n        Director, Eastbrook Mills")
    people = _people(tmp_path, text)
    held = " | ".join(people["Claire Dubois"].other_positions)
    assert "Dassault Investissements" in held and "Director, Eastbrook Mills" in held
    assert "Investissements Director" not in held  # (the second line fitted on the first: no wrap)
