"""Thirty-sixth round (f), issue 13: the bodies of a person listed under an OFFICERS heading and of a 'Managing
Director'; saved-cell rows whose address has no street.

1. A roster in two sections, 'DIRECTORS / Title' then 'OFFICERS / Title' (MSDW OIP's exhibit): a person listed under
   OFFICERS as 'Chairman of the Board' got only the board of directors (the title names the board), though the
   section lists them among the officers. An entry under an officers' heading is now an executive officer whatever its
   title names (kg/forms/roster_fields.py bodies_of).
2. 'Director/Managing Director' on a roster of 'DIRECTORS AND OFFICERS' (Security Capital's exhibit): the managing
   director was no executive officer. A title of 'Managing Director' alone now makes one where the roster lists
   executive officers, never for a two-tier board's (listed_officer_titles in kg/patterns/roster.yml).
3. A table saved as text one cell a line (Name and Position | Business Address | Present Principal Occupation) whose
   address cell holds only the employer's name ('HPB/Blackrock', 'Skadden' / 'Arps' / 'Slate', a firm's name broken
   at its commas) or a street with no city: the row was refused, no street or postal code showing where the address
   ends. Before a last column of text the address now ends where that column's first line, a title, opens; a firm's
   name broken at its commas over the street may take up to five lines (kg/forms/roster_cell_types.py).

Texts of our own making. Each test marked "fails on main" failed on main a6bf534 and passes here; the guards pass on
both."""
from __future__ import annotations

import kg


def _read(tmp_path, text: str):
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    filing = kg.extract(path)
    return {p.name: p for p in filing.people}


_SECTIONS = """                                   EXHIBIT 3

                      EXECUTIVE OFFICERS AND DIRECTORS OF
                           HARBOUR POINT INVESTORS, INC.

The names of the Directors and the names and titles of the Executive Officers of
Harbour Point Investors, Inc. are set forth below. The business address of each
person is 12 Quay Street, Boston, Massachusetts 02110. Each individual is a United
States citizen.

   DIRECTORS                                      Title

   Walter R. Dunn                                 Director
   Grace M. Ellis                                 Director
   Peter K. Barnes                                Director

   OFFICERS                                       Title

   Walter R. Dunn                                 Chairman of the Board
   Grace M. Ellis                                 President
   Miriam T. Cole                                 Vice President
   Henry L. Park                                  Treasurer
"""


def test_chairman_listed_under_officers_is_an_executive_officer(tmp_path):
    """Fails on main: Dunn, 'Chairman of the Board' under OFFICERS, had only the board of directors."""
    people = _read(tmp_path, _SECTIONS)
    assert set(people["Walter R. Dunn"].bodies) == {"board of directors", "executive officers"}
    assert set(people["Walter R. Dunn"].positions) == {"Director", "Chairman of the Board"}


def test_sections_guard_directors_and_officers_keep_their_bodies(tmp_path):
    """Guard (passes on both): a director only is no officer; an officer only has no seat."""
    people = _read(tmp_path, _SECTIONS)
    assert people["Peter K. Barnes"].bodies == ["board of directors"]
    assert people["Miriam T. Cole"].bodies == ["executive officers"]
    assert people["Henry L. Park"].positions == ["Treasurer"]
    assert set(people["Grace M. Ellis"].bodies) == {"board of directors", "executive officers"}


_FIXED5 = """                    KESTREL HOLDINGS S.A.

                 DIRECTORS AND OFFICERS INFORMATION

--------------------------------------------------------------------------------------------------------
     NAME              COMPANY                     POSITION             BUSINESS ADDRESS
--------------------------------------------------------------------------------------------------------

Anna B. Lindqvist   Kestrel Holdings S.A.       Director             Kestrel Holdings S.A.
                                                                     12 rue Beaumont
                                                                     L-1219 Luxembourg

--------------------------------------------------------------------------------------------------------
Marc D. Feller      Kestrel Holdings S.A.       Director/Managing    Kestrel Holdings S.A.
                                                   Director          12 rue Beaumont
                                                                     L-1219 Luxembourg

--------------------------------------------------------------------------------------------------------
"""


def test_managing_director_on_a_roster_of_directors_and_officers(tmp_path):
    """Fails on main: Feller, 'Director/Managing Director' on a roster of directors and officers, had only the board."""
    people = _read(tmp_path, _FIXED5)
    assert people["Marc D. Feller"].positions == ["Director", "Managing Director"]
    assert set(people["Marc D. Feller"].bodies) == {"board of directors", "executive officers"}
    assert people["Anna B. Lindqvist"].bodies == ["board of directors"]


_DIRECTORS_ONLY = """SCHEDULE A

DIRECTORS OF KESTREL HOLDINGS LIMITED

Name                          Title

Anna B. Lindqvist             Director
Marc D. Feller                Managing Director
"""


def test_guard_managing_director_on_a_list_of_directors_only(tmp_path):
    """Guard (passes on both): where the roster lists no executive officers, a managing director is made none."""
    people = _read(tmp_path, _DIRECTORS_ONLY)
    for person in people.values():
        assert "executive officers" not in person.bodies


_SAVED = """SCHEDULE A
Directors and Executive Officers of Harbour Point Companies, Inc.
The name, position with Harbour Point Companies, Inc., business address and present principal occupation of each \
director and executive officer of Harbour Point Companies, Inc. are set forth below. Each of them is a citizen of the \
United States.
Name and Position
Business Address
Present Principal Occupation
Walter R. Dunn
Director
Dunn Partners
Chief Executive
Grace M. Ellis
Director
Bramley
Hale
Norcross LLP
Partner, Bramley
Peter K. Barnes
Director
418 Harbor View Lane
Retired Chairman
Miriam T. Cole
Director
Cole & Sons
Chairman
"""


def test_saved_cells_address_of_no_street(tmp_path):
    """Fails on main: every row was refused (no street or postal code ends the address)."""
    people = _read(tmp_path, _SAVED)
    assert set(people) == {"Walter R. Dunn", "Grace M. Ellis", "Peter K. Barnes", "Miriam T. Cole"}
    assert (people["Walter R. Dunn"].address, people["Walter R. Dunn"].other_positions) == (
        "Dunn Partners", ["Chief Executive"])
    assert (people["Grace M. Ellis"].address, people["Grace M. Ellis"].other_positions) == (
        "Bramley, Hale, Norcross LLP", ["Partner, Bramley"])
    assert (people["Peter K. Barnes"].address, people["Peter K. Barnes"].other_positions) == (
        "418 Harbor View Lane", ["Retired Chairman"])
    assert people["Miriam T. Cole"].address == "Cole & Sons"
    assert all(p.positions == ["Director"] and p.citizenship == "United States" for p in people.values())


_FIRM_OVER_STREET = _SAVED.split("Walter R. Dunn")[0] + """Curtis H. Barrow
Director
Bramley
Hale
Norcross
Wexford LLP
1440 New York Avenue
N.W.
Washington, D.C. 20005-2111
Of Counsel,
Bramley, Hale, Norcross, Wexford LLP
Cheryl W. Grant
Director
P.O. Box 270
Hartford, Connecticut 06141-0270
President,
Utility Group for Northeast Utilities
"""


def test_saved_cells_firm_broken_at_commas_over_the_street(tmp_path):
    """Fails on main: Barrow's row (four lines of the firm's name over the street) was refused."""
    people = _read(tmp_path, _FIRM_OVER_STREET)
    barrow = people["Curtis H. Barrow"]
    assert barrow.address == "Bramley, Hale, Norcross, Wexford LLP, 1440 New York Avenue, N.W., Washington, D.C. 20005-2111"
    assert barrow.other_positions == ["Of Counsel, Bramley, Hale, Norcross, Wexford LLP"]
    assert people["Cheryl W. Grant"].address_city == "Hartford"


_UNSEEN_END = _SAVED.split("Walter R. Dunn")[0] + """Walter R. Dunn
Director
Dunn Partners
Attorney
Grace M. Ellis
Director
Bramley Hale
Chief Executive
Peter K. Barnes
Director
418 Harbor View Lane
Boston, MA 02110
Retired Chairman
"""


def test_guard_saved_cells_no_title_to_end_the_address(tmp_path):
    """Guard (passes on both): where the occupation's first line is no title ('Attorney') the end of an address of no
    street cannot be seen: the row is refused, never split by guess."""
    people = _read(tmp_path, _UNSEEN_END)
    assert "Walter R. Dunn" not in people
    assert people["Peter K. Barnes"].address_city == "Boston"
    for person in people.values():
        assert person.address != "Dunn Partners" and "Attorney" not in (person.other_positions or [])
