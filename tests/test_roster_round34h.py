"""Thirty-fourth round (h), issue 13: what the real development rosters still read wrong, by general rules.

- An officer's title held in the listed organisation ('Chairman, Chief Executive Officer and President of X') makes
  its holder an executive officer on a list of directors only (kg/forms/roster_fields.py bodies_of).
- A board member's occupation that names neither an organisation nor an office ('Consultant', 'Portfolio Manager')
  is what the director does elsewhere, not a title in the listed organisation (kg/forms/roster_bare.py).
- 'Secretary of Purchaser, Office of the Secretary, Z Bank' is a title in the listed organisation and an
  occupation elsewhere, cut at the comma after the organisation's name; two roles joined by ', and', each naming
  its organisation, are two other positions (kg/forms/roster_own_cut.py); a country closing such a role
  ('Samsung Electronics, Korea') is no organisation of its own (kg/forms/roster_affiliations.py).

Texts of our own making. Each test marked "fails on main" failed on main 020537d and passes here; the guards pass
on both."""
from __future__ import annotations

import kg

_SECTIONS = """\
                     EXECUTIVE OFFICERS AND DIRECTORS OF HALVERSON FUND INVESTORS, INC.

     The name and title of each director and officer of Halverson Fund Investors, Inc. are set forth below.
Each individual is a United States citizen.

             DIRECTORS                        TITLE

         Margaret T. Okafor                 Director
         Dennis L. Varga                    Director
         Priya R. Natarajan                 Director

             OFFICERS                         TITLE

         Margaret T. Okafor                 Chairman of the Board
         Dennis L. Varga                    President
         Oliver J. Brandt                   Vice President
         Helen K. Sato                      Treasurer
"""

_LABELLED = """\
                                   DIRECTORS

     The following is a list of all members of the Board of Directors of Stellar
Circuits, Inc. All directors are United States citizens.

Name:                                Gregory T. Hallam

Business Address:                    900 River Road
                                     Austin, TX 78701

Principal Occupation:                Chairman, Chief Executive Officer and
                                     President of Stellar Circuits, Inc.

Name:                                Rachel M. Ostrowski

Business Address:                    55 Harbor Lane
                                     Portland, ME 04101

Principal Occupation:                Chief Executive Officer of Bayline
                                     Logistics Corporation

Name:                                Victor H. Amari

Business Address:                    3 Park Square
                                     Leeds LS1 2NE, United Kingdom

Principal Occupation:                Head of the pension fund for the
                                     University of Leeds, and main board
                                     member of Harwell Instruments, Japan
"""

_GRID = """\
                ORCHARD LANE MASTER FUND LTD. DIRECTORS

          The following table sets forth the name, and mailing address
(business or residence), of each of the directors of Orchard Lane Master
Fund Ltd., and the principal occupation and citizenship of each of
those directors who are natural persons.

<TABLE>
<CAPTION>
----------------------- ------------------- -------------------------- --------------------------
<S>                     <C>                 <C>                           <C>
         Name               Principal                Address              Citizenship
                            Occupation
----------------------- ------------------- -------------------------- --------------------------
Ingrid Solberg          Portfolio           12 East 44th Street,          Norway
                        Manager             9th Floor
                                            New York, NY  10017
----------------------- ------------------- -------------------------- --------------------------
Marc Duvalier           Chairman            7 Rue de la Paix              France
                                            75002 Paris
                                            FRANCE
----------------------- ------------------- -------------------------- --------------------------
Nora B. Castellano      Consultant          88 Elm Court                  United States
                                            Evanston, IL  60201
----------------------- ------------------- -------------------------- --------------------------
</TABLE>
"""

_PURCHASER = """\
                                                                   Exhibit 3

                    Ridgeway Acquisition Corp. Officers and Directors
                    -------------------------------------------------

                  The following table sets forth the name, position with
Ridgeway Acquisition Corp. ("Purchaser") and present principal occupation of
each Director and Executive Officer of Purchaser. Each individual listed below
is a citizen of the United States.


<TABLE>
Name                                Title
----                                -----
<S>                                 <C>

Samuel J. Whitcombe                 Director and President of Purchaser; Head of
200 Park Avenue                     Equity Trading, Ridgeway Bank Group
New York, New York  10166

Oliver N. Pryce                     Director and Vice President of Purchaser; Head of
200 Park Avenue                     Treasury, Ridgeway Bank Group
New York, New York  10166

Laura P. Kimani                     Secretary of Purchaser, Office of the Secretary,
60 Wall Street                      Ridgeway Bank Group-Americas
New York, New York  10005
</TABLE>
"""


def _read(tmp_path, text: str):
    path = tmp_path / "exhibit.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_sections_guard_each_list_gives_its_own_body(tmp_path):
    """Guard (passes on main too): a director only is on the board only; an officer only an executive officer; a
    director who is President both."""
    people = _read(tmp_path, _SECTIONS)
    assert set(people["Dennis L. Varga"].bodies) == {"board of directors", "executive officers"}
    assert people["Priya R. Natarajan"].bodies == ["board of directors"]
    assert people["Oliver J. Brandt"].bodies == ["executive officers"]
    assert people["Helen K. Sato"].bodies == ["executive officers"]


def test_chief_executive_on_a_list_of_directors_is_an_executive_officer(tmp_path):
    """Fails on main: Gregory T. Hallam, 'Chairman, Chief Executive Officer and President of Stellar Circuits,
    Inc.' on its list of directors, was on the board only."""
    people = _read(tmp_path, _LABELLED)
    assert set(people["Gregory T. Hallam"].bodies) == {"board of directors", "executive officers"}
    assert "Chief Executive Officer" in " ".join(people["Gregory T. Hallam"].positions)


def test_labelled_guard_a_chief_executive_elsewhere_is_a_director_only(tmp_path):
    """Guard (passes on main too): Rachel M. Ostrowski is chief executive of another company: a director only."""
    person = _read(tmp_path, _LABELLED)["Rachel M. Ostrowski"]
    assert person.bodies == ["board of directors"]
    assert person.other_positions == ["Chief Executive Officer of Bayline Logistics Corporation"]


def test_a_directors_bare_occupation_is_held_elsewhere(tmp_path):
    """Fails on main: Ingrid Solberg's 'Portfolio Manager' (the occupation column of the fund's directors, no
    organisation named) was a title in Orchard Lane Master Fund Ltd."""
    person = _read(tmp_path, _GRID)["Ingrid Solberg"]
    assert person.positions == ["Director"]
    assert person.other_positions == ["Portfolio Manager"]
    assert person.bodies == ["board of directors"]


def test_grid_guard_a_bare_office_stays_a_title(tmp_path):
    """Guard (passes on main too): Marc Duvalier's 'Chairman' is an office, a title in the listed fund."""
    person = _read(tmp_path, _GRID)["Marc Duvalier"]
    assert "Chairman" in person.positions
    assert person.other_positions == []


def test_a_consultant_on_the_board_is_no_title_there(tmp_path):
    """Fails on main: Nora B. Castellano's 'Consultant' was a title in Orchard Lane Master Fund Ltd."""
    person = _read(tmp_path, _GRID)["Nora B. Castellano"]
    assert person.positions == ["Director"]
    assert person.other_positions == ["Consultant"]


def test_two_roles_joined_by_and_are_two_other_positions(tmp_path):
    """Fails on main: Victor H. Amari's two roles, each naming its organisation, were one other position."""
    person = _read(tmp_path, _LABELLED)["Victor H. Amari"]
    assert person.other_positions == ["Head of the pension fund for the University of Leeds",
                                      "main board member of Harwell Instruments, Japan"]
    assert person.positions == ["Director"]
    assert "Japan" not in {a.organization for a in person.affiliations}  # (a place closing a name is no organisation)


def test_title_of_purchaser_then_occupation_elsewhere(tmp_path):
    """Fails on main: Laura P. Kimani's 'Secretary of Purchaser, Office of the Secretary, Ridgeway Bank
    Group-Americas' was one other position; the first part is her title in the listed company."""
    person = _read(tmp_path, _PURCHASER)["Laura P. Kimani"]
    assert person.positions == ["Secretary"]
    assert person.other_positions == ["Office of the Secretary, Ridgeway Bank Group-Americas"]
    assert person.bodies == ["executive officers"]


def test_purchaser_guard_semicolon_split_unchanged(tmp_path):
    """Guard (passes on main too): 'Director and President of Purchaser; Head of ...' reads as before."""
    person = _read(tmp_path, _PURCHASER)["Samuel J. Whitcombe"]
    assert set(person.positions) >= {"Director", "President"}
    assert person.other_positions == ["Head of Equity Trading, Ridgeway Bank Group"]
