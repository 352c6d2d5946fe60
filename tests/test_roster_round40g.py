"""Fortieth round (g), issue 13: what a director does, printed after the seat; a lone officer's title; title lines
whose preamble closes on 'of X, Inc.:'; saved-text cells whose address is an employer's name.

A cell headed 'Position(s) with the Reporting Person and Present Principal Occupation' that prints a seat and then
a person's work ('Director; Portfolio Manager', 'Chair of the Board; Professional Board Director', 'Director; Retired
Chairman') left the work out as undecided: it names no office, so it is the director's occupation
(kg/forms/roster_mixed.py, as kg/forms/roster_bare.py reads a board member's occupation). An officer's title alone
in that cell on a person no heading seats on a board ('Chief Executive') is the position the person is listed for.
Name-and-title lines: a preamble '... officers of The Harbour Group, Inc.:' named no organisation (the colon:
kg/forms/roster_org.py). Saved-text
cells: 'Globaltech Financial' (a name's shape) could not stand in the address column, and an address of a firm's
name over three lines before the position column's 'Director' was not seen (kg/forms/roster_cell_types.py).

Texts of our own making. Each test marked "fails on main" failed on main eedc97a and passes here; the guards pass
on both."""
from __future__ import annotations

import kg

_MIXED = """                                   ANNEX A

                       DIRECTORS AND EXECUTIVE OFFICERS
                          OF HARBOUR MUTUAL HOLDINGS, INC.

     The following table sets forth the name, residence or business address,
position(s) with Harbour Mutual Holdings, Inc. (the "Reporting Person") and present
principal occupation of each director and executive officer of the Reporting
Person. Each of the persons named below is a citizen of the United States unless
otherwise indicated.

<TABLE>
Name and Residence                    Position(s) with the Reporting Person
or Business Address                   and Present Principal Occupation
----------------------------------    ------------------------------------------------
<S>                                   <C>
{rows}
</TABLE>
"""


def _extract(tmp_path, text: str):
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    return kg.extract(path)


def _roles(tmp_path, text: str) -> dict[str, tuple[list[str], list[str]]]:
    return {p.name: (p.positions, p.other_positions) for p in _extract(tmp_path, text).people}


def test_work_after_a_seat_is_the_directors_occupation(tmp_path):
    """Fails on main: 'Portfolio Manager', 'Professional Board Director', 'Retired Chairman' were left out."""
    rows = ("Alice M. Fenwick                      Director; Portfolio Manager\n40 West 57th Street\n"
            "New York, NY 10019\n\n"
            "Peter Vang                            Chair of the Board; Professional Board Director\n"
            "Tuborg Havnevej 19\n2900 Hellerup\nDenmark\n\n"
            "Carla J. Moreno                       Director; Retired Chairman\n2715 Farmington Heights\n\n")
    assert _roles(tmp_path, _MIXED.format(rows=rows)) == {
        "Alice M. Fenwick": (["Director"], ["Portfolio Manager"]),
        "Peter Vang": (["Chair of the Board"], ["Professional Board Director"]),
        "Carla J. Moreno": (["Director"], ["Retired Chairman"])}


def test_an_officers_title_alone_is_the_position_listed(tmp_path):
    """Fails on main: 'Chief Executive' alone (no seat) beside another employer's name was left out."""
    rows = ("Alice M. Fenwick                      Director; Partner, Whitlow\nWhitlow\n\n"
            "Peter Vang                            Chief Executive\nThe Harbour Mutual\n\n")
    got = _roles(tmp_path, _MIXED.format(rows=rows))
    assert got["Peter Vang"] == (["Chief Executive"], [])
    assert got["Alice M. Fenwick"] == (["Director"], ["Partner, Whitlow"])


def test_guard_an_officers_title_after_a_seat_beside_another_employer_stays_out(tmp_path):
    """Guard (passes on both): 'Director; Chairman' beside another employer's name may be the listed company's
    chairman or the other's: left out, never guessed."""
    rows = ("Alice M. Fenwick                      Director; Chairman\nGlobaltech Financial\n\n"
            "Peter Vang                            Director; Chief Executive\nTennant Company\n\n")
    got = _roles(tmp_path, _MIXED.format(rows=rows))
    assert got == {"Alice M. Fenwick": (["Director"], []), "Peter Vang": (["Director"], [])}


def test_guard_an_officers_title_under_a_directors_heading_is_no_lone_position(tmp_path):
    """Guard (passes on both): a seat given by the roster (directors only) and 'Chairman' alone beside another
    employer: the title may be held there; left out."""
    text = _MIXED.replace("DIRECTORS AND EXECUTIVE OFFICERS", "DIRECTORS").replace(
        "each director and executive officer", "each director").format(
        rows="Alice M. Fenwick                      Chairman\nGlobaltech Financial\n\n"
             "Peter Vang                            Director; Consultant\n12 Main Street\n\n")
    got = _roles(tmp_path, text)
    assert "Chairman" not in got.get("Alice M. Fenwick", ([], []))[0]


_LINES = """                                                     EXHIBIT A


Names, positions, principal occupations, citizenship and business addresses of
the directors and executive officers of The Harbour Group, Inc.:

Each of the persons listed below is a citizen of the United States unless
another country is shown in parentheses after the person's title.

The Harbour Group, Inc.

Alice M. Fenwick
Director
Partner, Whitlow
Business Address: Whitlow, Marsh, Bell

Carla J. Moreno
Director
Retired Chairman
Business Address: 2715 Farmington Heights

Peter Vang
Director (Canada)
Chief Executive

Unless another business address is shown above, the business address of each of
the above listed persons is:

   Crane Holdings
   100 Harbour Street
   Boston, MA 02110
"""


def test_a_preamble_closing_on_the_organisations_name_and_a_colon_names_it(tmp_path):
    """Fails on main: '... executive officers of The Harbour Group, Inc.:' named no organisation."""
    text = _LINES.replace("\nThe Harbour Group, Inc.\n", "\n").replace(
        "   Crane Holdings\n   100 Harbour Street\n   Boston, MA 02110\n", "   Crane/Holdings\n")
    people = _extract(tmp_path, text).people
    assert people and {p.organization for p in people} == {"The Harbour Group, Inc."}


def test_guard_a_heading_after_the_everyones_address_sentence_is_no_address(tmp_path):
    """Guard (passes on both): a heading in capitals after the sentence is no address."""
    text = _LINES.replace("   Crane Holdings\n   100 Harbour Street\n   Boston, MA 02110\n", "SCHEDULE II\n")
    for person in _extract(tmp_path, text).people:
        assert person.address != "SCHEDULE II"


_CELLS = """Schedule I
Directors and Executive Officers of Harbour Mutual Holdings, Inc.

The name, residence or business address, position(s) with Harbour Mutual Holdings, Inc. (the "Reporting Person"), present principal occupation or employment and country of citizenship of each of the directors and executive officers of the Reporting Person are set forth below.

Name
Residence or Business Address
Position(s) with the Reporting Person
Present Principal Occupation or Employment
Country of Citizenship

Alice M. Fenwick
Whitlow
Marsh
Bell
Director
Partner, Whitlow
United States

Carla J. Moreno
Globaltech Financial
Director
Consultant
United States

Peter Vang
12 Main Street
Director
Consultant
Canada
"""


def test_saved_cells_address_of_an_employers_name(tmp_path):
    """Fails on main: 'Globaltech Financial' could not stand in the address column and 'Whitlow' / 'Marsh' / 'Bell'
    over 'Director' was no address; both rows were left out."""
    people = {p.name: p for p in _extract(tmp_path, _CELLS).people}
    assert set(people) == {"Alice M. Fenwick", "Carla J. Moreno", "Peter Vang"}
    assert people["Carla J. Moreno"].address == "Globaltech Financial"
    assert people["Alice M. Fenwick"].address == "Whitlow, Marsh, Bell"
    assert people["Alice M. Fenwick"].other_positions == ["Partner, Whitlow"]
    assert people["Peter Vang"].citizenship == "Canada"


_PAREN = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HARBOUR MASTER INVESTMENTS LTD.

Set forth below are the name, present principal occupation or employment,
business address and citizenship of each director and executive officer of
Harbour Master Investments Ltd. The position or positions held with
Harbour Master Investments Ltd. by each such person are set forth in
parentheses following his or her name.

Alice M. Fenwick (Director)
      Portfolio Manager
      Les Jardins de Fontvieille
      10 Avenue de la Costa
      MC-98000 Monte-Carlo
      MONACO
      Citizen of Belgium

Peter Vang (Director)
      Treasury Department, Crane SA
      21
      avenue Hoche
      75008 Paris
      France
      Citizen of France
"""


def test_paren_titles_building_over_the_street_and_a_named_department(tmp_path):
    """Fails on main: a building's name over the street ('Les Jardins de Fontvieille') and an occupation naming a company's
    department ('Treasury Department, Crane SA') made the entry's lines uncertain: occupation and address left out."""
    people = {p.name: p for p in _extract(tmp_path, _PAREN).people}
    assert people["Alice M. Fenwick"].other_positions == ["Portfolio Manager"]
    assert people["Alice M. Fenwick"].address == "Les Jardins de Fontvieille, 10 Avenue de la Costa, MC-98000 Monte-Carlo, MONACO"
    assert people["Peter Vang"].other_positions == ["Treasury Department, Crane SA"]
    assert people["Peter Vang"].address == "21, avenue Hoche, 75008 Paris, France"
