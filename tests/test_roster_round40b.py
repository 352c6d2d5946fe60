"""Fortieth round (b), issue 13: an employer's line printed under a one-line occupation in a fixed-width cell
captioned for the occupation and the business address (`stacked_name_title_citizenship_table`,
`officers_see_above_cross_reference`: 'Chief Executive' / 'HPB/Blackrock').

1. A line under a one-line occupation that starts at the cell's left edge, holds no word of a title or an
   occupation, is no street line, and whose first word would have fitted after the occupation in the column's
   longest printed line (the break is on purpose) is the business address (kg/forms/roster_employer_line.py), not
   a wrap of the occupation ('Chief Executive Kestrel Bay Partners' before).
2. The listed organisation's name printed once in the cell, under titles naming no organisation, says where the
   titles are held: no line of the address (kg/forms/roster_own_line.py). Printed twice, the second stays.

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


def test_listed_organisation_printed_once_under_a_title_is_no_address_line(tmp_path):
    """Fails on main: 'Meridian Harbour Holdings, Inc.' under 'Chief Executive Officer' opened the address."""
    reyes = _people(tmp_path, _EMPLOYER_LINES)["Samuel J. Reyes"]
    assert reyes.address == "1200 Market Street, Philadelphia, PA 19107"
    assert reyes.other_positions == []


def test_listed_organisation_printed_twice_keeps_it_in_the_address(tmp_path):
    """Guard (passes on both): printed twice, the second line is the address's."""
    people = _people(tmp_path, _EMPLOYER_LINES)
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
