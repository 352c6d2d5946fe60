"""Fortieth round (b), issue 13: an employer's line printed under a one-line occupation in a fixed-width cell
captioned for the occupation and the business address (`stacked_name_title_citizenship_table`,
`officers_see_above_cross_reference`: 'Chief Executive' / 'HPB/Blackrock').

1. A line under a one-line occupation that starts at the cell's left edge, holds no word of a title or an
   occupation, is no street line, and whose first word would have fitted after the occupation in the column's
   longest printed line (the break is on purpose) is the business address (kg/forms/roster_employer_line.py), not
   a wrap of the occupation ('Chief Executive Kestrel Bay Partners' before).
2. The same under an occupation whose wrapped line is set in under it ('Managing Partner, Kestrel Bay' /
   '  Partners' / 'Kestrel Bay Capital'): the indent shows the wrap, the line back at the edge is the address.

Texts of our own making. Each test marked "fails on main" failed on main eedc97a and passes here; the guards pass
on both."""
from __future__ import annotations

import kg

_EMPLOYER_LINES = """                                   SCHEDULE A

                      DIRECTORS AND EXECUTIVE OFFICERS OF
                      MERIDIAN HARBOUR HOLDINGS, INC.


The name, position with Meridian Harbour Holdings, Inc., citizenship, present
principal occupation and business address of each director and executive
officer of Meridian Harbour Holdings, Inc. are set forth below.


<Table>
<Caption>
NAME, POSITION AND CITIZENSHIP          PRESENT PRINCIPAL OCCUPATION AND BUSINESS ADDRESS
------------------------------          -------------------------------------------------
<S>                                     <C>
Harold T. Winslow                       Chairman
Director                                Brookfield Lane Advisors
United States

Margaret A. Okafor                      Chief Executive
Director                                Kestrel Bay Partners
United States

Samuel J. Reyes                         Chief Executive Officer
President and Chief                     Meridian Harbour Holdings, Inc.
Executive Officer                       1200 Market Street
United States                           Philadelphia, PA 19107

Lydia M. Ferrante                       Chief Financial Officer
Chief Financial                         Meridian Harbour Holdings, Inc.
Officer                                 Meridian Harbour Holdings, Inc.
United States                           1200 Market Street
                                        Philadelphia, PA 19107

</Table>
"""

_SET_IN = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF MERIDIAN HARBOUR HOLDINGS, INC.

Set forth below are the name, present position with Meridian Harbour
Holdings, Inc., present principal occupation or employment, business address
and citizenship of each director and executive officer of Meridian Harbour
Holdings, Inc.

<TABLE>
                              Present Principal Occupation or
Name                          Employment and Business Address         Citizenship
----------------------------  --------------------------------------  --------------
<S>                           <C>                                     <C>
Harold T. Winslow             Director, Meridian Harbour Holdings,    United States
                                Inc.
                              Chairman
                              Brookfield Lane Advisors

Margaret A. Okafor            Director, Meridian Harbour Holdings,    United States
                                Inc.
                              Managing Partner, Kestrel Bay
                                Partners
                              Kestrel Bay Capital

</TABLE>
"""

_WRAPPED = """                                   SCHEDULE A

                      DIRECTORS AND EXECUTIVE OFFICERS OF
                      MERIDIAN HARBOUR HOLDINGS, INC.


The name, position with Meridian Harbour Holdings, Inc., citizenship, present
principal occupation and business address of each director and executive
officer of Meridian Harbour Holdings, Inc. are set forth below.


<Table>
<Caption>
NAME, POSITION AND CITIZENSHIP          PRESENT PRINCIPAL OCCUPATION AND BUSINESS ADDRESS
------------------------------          -------------------------------------------------
<S>                                     <C>
Harold T. Winslow                       Managing Director, Power
Director                                Tech Holdings
United States

Margaret A. Okafor                      Partner, Kestrel Bay
Director                                Partners
United States

</Table>
"""


def _people(tmp_path, text: str) -> dict:
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_employer_line_under_one_line_occupation_is_the_address(tmp_path):
    """Fails on main: 'Chief Executive' / 'Kestrel Bay Partners' was read as one occupation, with no address."""
    okafor = _people(tmp_path, _EMPLOYER_LINES)["Margaret A. Okafor"]
    assert okafor.other_positions == ["Chief Executive"]
    assert okafor.address == "Kestrel Bay Partners"


def test_employer_line_under_an_occupation_with_its_wrap_set_in_is_the_address(tmp_path):
    """Fails on main: 'Kestrel Bay Capital' under 'Managing Partner, Kestrel Bay' / '  Partners' was read into the
    occupation, with no address."""
    okafor = _people(tmp_path, _SET_IN)["Margaret A. Okafor"]
    assert okafor.other_positions == ["Managing Partner, Kestrel Bay Partners"]
    assert okafor.address == "Kestrel Bay Capital"


def test_listed_organisation_printed_twice_keeps_it_in_the_address(tmp_path):
    """Guard (passes on both): the employer's line over a street line stays the address's first line, the listed
    organisation's name too (printed once or twice)."""
    people = _people(tmp_path, _EMPLOYER_LINES)
    assert people["Samuel J. Reyes"].address == ("Meridian Harbour Holdings, Inc., 1200 Market Street, "
                                                 "Philadelphia, PA 19107")
    assert people["Lydia M. Ferrante"].address == ("Meridian Harbour Holdings, Inc., 1200 Market Street, "
                                                   "Philadelphia, PA 19107")
    assert people["Harold T. Winslow"].address == "Brookfield Lane Advisors"
    assert people["Harold T. Winslow"].other_positions == ["Chairman"]


def test_a_line_that_would_not_have_fitted_stays_a_wrap(tmp_path):
    """Guard (passes on both): where the next word would not have fitted in the column's longest line
    ('Managing Director, Power' / 'Tech Holdings'), the line under it is a wrap, never an address."""
    people = _people(tmp_path, _WRAPPED)
    assert people["Harold T. Winslow"].address is None
    assert people["Harold T. Winslow"].other_positions == ["Managing Director, Power, Tech Holdings"]
    assert people["Margaret A. Okafor"].address is None
    assert people["Margaret A. Okafor"].other_positions == ["Partner, Kestrel Bay Partners"]
