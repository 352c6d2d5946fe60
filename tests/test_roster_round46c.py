"""Forty-sixth round (c), issue 13: a row of another party under a person; an address past a page break.

1. In a fixed-width table whose names' column is captioned 'Name' alone, a row whose name cell is an
   organisation's ('Harrowgate Holdings LLC   Managing Member   Delaware', 'The Fenwick Family Trust
   Shareholder'), right under a person's row, each of its cells opening a value at its column's margin, is
   another party's row, not the person's: main read 'Managing Member', 'Harrowgate Holdings LLC' and a
   citizenship 'United States Delaware' (or a title 'Chairman of the Board Shareholder') on the person above.
   Such a row is now no person and nobody's (kg/forms/roster_other_party.py, from kg/forms/roster_grid.py).
2. In stacked name-and-address blocks, an entry broken by a page ('<PAGE>' / '-3-', blanked before the roster is
   read) whose address stands alone after the break took the preamble's default address (another person's);
   the block after the break is now read as the rest of that entry (kg/forms/roster_stacked_pages.py).
3. Persons who are none found by the mutation bench's combined rounds (hard-wrapped tables, indents and blank lines
   mutated): a line of an address read as a name, its cell going on with a state and a postal code ('San Rafael,
   CA 94901') or a word of a street address ('Two Logans Circle NW, Suite'), is left out
   (kg/forms/roster_name_place.py, from kg/forms/roster_name_guard.py); a name that takes the first word of a
   firm's name under it ('Irene K. Walsh' / 'Bramley Company') is left out (kg/forms/roster_name_overrun.py).

Texts of our own making. The tests marked "fails on main" fail on main 6af8a9f; the guards pass on both."""
from __future__ import annotations

import kg
from kg.context import Context
from kg.forms.roster_name_overrun import took_word_under
from kg.records import Person

_HEAD = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HARROWGATE FOODS, INC.

      The names of the directors and executive officers of Harrowgate Foods,
      Inc. are set forth below.

"""

_TABLE = _HEAD + """  Name                          Title                         Citizenship
  Alice M. Fenwick              Chairman of the Board         United States
{row}  Peter J. Vang                 Director                      Canada
  Claire Dubois                 Director                      France
"""

_STACKED = """                                   SCHEDULE B

     The name, business address and present principal occupation of each of
the executive officers and directors of Brandt Mills, Inc. ("Brandt") are
listed below, along with the offices held by each of them. Unless otherwise
indicated, the business address of each of them is 400 Mill Road, Toledo, OH
43604. Each of them is a citizen of the United States.

      Howard T. Brandt                  Chairman of the Board of Brandt
      400 Mill Road                     Chief Executive Officer of Brandt
      Toledo, OH 43604

      Miriam K. Oduya                   Director of Brandt
      77 Harbor Street, Suite 12
      Boston, MA 02110

      Stefan P. Lindgard                Director of Brandt
{gap}      9 Lakeview Plaza, Suite
      300
      Chicago, IL 60601

      Rosa M. Quintero                  Director of Brandt
      1200 Elm Avenue
      Dallas, TX 75201
"""
_CITY_AS_NAME = '                                  SCHEDULE I\n\n              DIRECTORS AND EXECUTIVE OFFICERS OF BRANDT MILLS, INC.\n\nThe following table sets forth the name, present position with Brandt Mills, Inc.\n(the “Company”), present principal occupation, business address and\ncitizenship of each director and executive officer of the Company.\n\n                          Position with           Present Principal\nName                      the Company             Occupation\nBusiness Address                Citizenship\n------------------------  ----------------------\n----------------------------------  ------------------------------\n--------------\n\nBRANDT, Howard T.           Chairman of the Board\nOne Brandt Mills Drive               U.S.\n                          Chief Executive\nOmaha, NE 68102–5001\n                          Officer\n--------------------------------------------------------------------------------\n------------------------------------------------------\nODUYA, Miriam K.       Director\nOne Brandt Mills Drive               U.S.\n\nOmaha, NE 68102–5001\n--------------------------------------------------------------------------------\n------------------------------------------------------\nLINDGARD, Stefan P.        Director\nOne Central Park Plaza, Suite   U.S.\n\n1500\n\nOmaha, NE 68102\n--------------------------------------------------------------------------------\n------------------------------------------------------\nQUINTERO, Rosa M.          Director\n1512 Larimer Street             U.S.\n\nDenver, CO 80202–1619\n--------------------------------------------------------------------------------\n------------------------------------------------------\nVOSS, Henrik               Director\nValmont Industries, Inc.        U.S.\n\nHighway 275 (P.O. Box 358)\n\n        Valley, NE 68064\n        --------------------------------------------------------------------------------\n        ------------------------------------------------------\n        ASHGROVE, Delia N.        Director\n        Harbor Mutual Bank                U.S.\n\n        88 Sutter Street\n\n        San Rafael, CA 94901\n        --------------------------------------------------------------------------------\n        ------------------------------------------------------\n'

_SUITE_AS_NAME = '                                  SCHEDULE I\n\n\n                 DIRECTORS AND EXECUTIVE OFFICERS OF HALLORN\n\n\nThe following table sets forth the name, present position with Hallorn (the\n"Company"), present principal occupation, business address and citizenship of\neach director and executive officer of the Company.\n\n\n                          Position with           Present Principal\nName                      the Company             Occupation\nBusiness Address                Citizenship\n------------------------  ----------------------\n----------------------------------  ------------------------------\n--------------\n\n\nWalter J. Pryceson        Director\nPryce & Hollisfor               United States     Senior Member of Pryce  &\n\nTwo Logans Circle NW, Suite     of America        Hollisfo, a law firm in\n\nfive     1100                                     Washington, D.C., for over\n\nWashington, DC 20036                              years\n\nCorporation                                       Director of Marlowebe\n\n                                                  and Eastgateway Realty \n                                                  Corporation\n\n\nIrene K. Wexfords         Director\nBramley Trailer Corp. 1200      United States     President, Chairman and Chief\n\nLindenwo Parkway South          of America        Executive Officer of Bramle\n\n     years  Muncievil, IN 47305                        National Corp. for over five\n\n                                                       Director of Ohiovale Secondar\n     Inc.                                              Market for Educational Loans,\n\n                                                       and IRB National Bank, N.W.\n\n\n'

_PAGE_GAP = "\n<PAGE>\n\n                                      -3-\n\n"


def _people(tmp_path, text: str) -> dict:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def _values(person) -> list[str]:
    return [*person.positions, *person.other_positions, person.citizenship or "", person.address or ""]


def test_an_organisations_row_under_a_person_is_not_hers(tmp_path):
    """Fails on main: 'Managing Member' and 'Harrowgate Holdings LLC' on Alice, her citizenship 'United States
    Delaware'."""
    people = _people(tmp_path, _TABLE.format(
        row="  Harrowgate Holdings LLC       Managing Member               Delaware\n"))
    assert set(people) == {"Alice M. Fenwick", "Peter J. Vang", "Claire Dubois"}
    alice = people["Alice M. Fenwick"]
    assert alice.positions == ["Chairman of the Board"] and alice.other_positions == []
    assert alice.citizenship == "United States"
    assert not any("Harrowgate" in v or "Delaware" in v or "Managing" in v for p in people.values() for v in _values(p))


def test_a_trusts_row_under_a_person_is_not_hers(tmp_path):
    """Fails on main: Alice's title 'Chairman of the Board Shareholder'."""
    people = _people(tmp_path, _TABLE.format(row="  The Fenwick Family Trust      Shareholder\n"))
    assert people["Alice M. Fenwick"].positions == ["Chairman of the Board"]
    assert not any("Shareholder" in v or "Trust" in v for p in people.values() for v in _values(p))
    assert "The Fenwick Family Trust" not in people


def test_an_address_after_a_page_break_is_the_entrys_not_the_default(tmp_path):
    """Fails on main: Stefan P. Lindgard, his address alone after the page break, got the preamble's default
    '400 Mill Road, Toledo, OH 43604' (Howard T. Brandt's)."""
    people = _people(tmp_path, _STACKED.format(gap=_PAGE_GAP))
    assert "Mill Road" not in (people["Stefan P. Lindgard"].address or "")
    assert people["Stefan P. Lindgard"].address in (None, "9 Lakeview Plaza, Suite, 300, Chicago, IL 60601")
    assert people["Rosa M. Quintero"].address == "1200 Elm Avenue, Dallas, TX 75201"
    assert people["Miriam K. Oduya"].address == "77 Harbor Street, Suite 12, Boston, MA 02110"


# guards: the neighbouring layouts still read (pass on main and here)

def test_guard_the_same_blocks_without_the_page_break(tmp_path):
    people = _people(tmp_path, _STACKED.format(gap=""))
    assert people["Stefan P. Lindgard"].address == "9 Lakeview Plaza, Suite, 300, Chicago, IL 60601"
    assert people["Howard T. Brandt"].positions == ["Chairman of the Board", "Chief Executive Officer"]


def test_guard_an_employer_under_the_name_in_a_name_and_address_column(tmp_path):
    text = _HEAD + """  Name and Business Address     Title                         Citizenship
  Alice M. Fenwick              Chairman of the Board         United States
  Harrowgate Holdings LLC
  12 Orchard Lane, Salem, MA 01970
  Peter J. Vang                 Director                      Canada
  Claire Dubois                 Director                      France
"""
    people = _people(tmp_path, text)
    assert people["Alice M. Fenwick"].positions == ["Chairman of the Board"]
    assert "12 Orchard Lane" in (people["Alice M. Fenwick"].address or "")


def test_guard_a_title_that_goes_on_beside_an_organisation_stays_whole(tmp_path):
    people = _people(tmp_path, _TABLE.format(
        row="  Harrowgate Holdings LLC       Chief Executive Officer\n").replace(
        "Chairman of the Board         United", "Chairman of the Board and     United"))
    assert people["Alice M. Fenwick"].positions == ["Chairman of the Board and Chief Executive Officer"]


def test_a_city_line_is_no_person(tmp_path):
    """Fails on main: 'San Rafael' read as a person (address 'CA 94901')."""
    people = _people(tmp_path, _CITY_AS_NAME)
    assert "San Rafael" not in people
    assert {"Howard T. Brandt", "Delia N. Ashgrove"} <= set(people)


def test_a_street_line_going_on_with_suite_is_no_person(tmp_path):
    """Fails on main: 'Two Logans Circle Nw' read as a person."""
    people = _people(tmp_path, _SUITE_AS_NAME)
    assert not any("Circle" in name for name in people)
    assert "Irene K. Wexfords" in people


_FIRM_UNDER = """            Irene K. Walsh                      Director of Halloran Mills
            Bramley Company                     Companies, Inc.; Chief Executive
"""


def test_a_name_taking_the_first_word_of_a_firm_under_it_is_refused():
    """Fails on main (None: the line under holds more words than were taken, and the guard looked no further)."""
    start = _FIRM_UNDER.index("Irene")
    person = Person(name="Irene K. Walsh Bramley", spans={"name": (start, start + len("Irene K. Walsh"))})
    assert took_word_under(Context(source="roster.txt", text=_FIRM_UNDER), person) == "Bramley"


def test_guard_a_word_under_the_name_opening_no_firm_is_left_to_the_rest_of_the_guard():
    text = _FIRM_UNDER.replace("Bramley Company", "Bramley Hill   ")
    start = text.index("Irene")
    person = Person(name="Irene K. Walsh Bramley", spans={"name": (start, start + len("Irene K. Walsh"))})
    assert took_word_under(Context(source="roster.txt", text=text), person) is None

