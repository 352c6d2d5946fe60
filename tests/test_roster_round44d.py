"""Forty-fourth round (d), issue 13: a text roster with dot leaders and two columns ('Name' | 'Present Principal
Occupation and Five-Year Employment History'), each occupation a wrapped paragraph that ends with the person's own
business address (after Danaher's Exhibit 8, 2001, tests/data/rosters_real/dev).

1. The title 'DIRECTORS AND EXECUTIVE OFFICERS OF X AND THE PURCHASER' names two organisations; the numbered part
   heading in mixed case under it ('1. Directors of X') says whose the people are (kg/forms/roster_part_heading.py):
   the organisation was 'X and the Purchaser'.
2. 'Senior Member of Y & Z, a law firm in ...' under a preamble that says occupations refer to employment with X
   'unless otherwise indicated': the descriptor 'a law firm' says Y & Z is another organisation, so the role is an
   other position (kg/forms/roster_firm_appositive.py); it was a position in X.
3. A cell that runs on into the person's own address ('..., Suite 1100, Washington, DC 20005'): the preamble's
   default 'unless otherwise indicated' address is refused for that person (kg/forms/roster_cell_address.py); it was
   given the default. A person whose cell prints no address keeps the default.
4. The address closing the cell, after the one sentence break that can open it, is the person's
   (kg/forms/roster_cell_address.py); where two breaks could open it ('Lakeside Bank, N.A. Pell Tool Corp. 45 Mill
   Road, ...': the addressee or the street?) nothing is cut and no address is given. Under the part heading
   '1. Directors of X' each person holds the seat 'Director', though a title holding an address is left out.
5. A default ZIP+4 wrapped at its hyphen ('20036-' / '4412') reads '20036-4412' (kg/forms/roster_fields.py); it
   was '20036- 4412'.

Texts of our own making. Each test marked "fails on main" fails on main a54b301 and passes here; the guards pass on
both."""
from __future__ import annotations

from pathlib import Path

import kg

_PREAMBLE = """\
          Directors and executive officers of Halverson. The following table sets
forth the name and present principal occupation or employment, and material
occupations, positions, offices or employments for the past five years of each
director and executive officer of Halverson. Unless otherwise indicated below each
occupation set forth opposite each person refers to employment with Halverson.
Unless otherwise indicated, the business address of each such person is c/o
Halverson, at 1717 Rhode Island Avenue, NW, 9th Floor, Washington, D.C. 20036-
4412, and each such person is a citizen of the United States of America.
"""

_TABLE = """\
                             Present Principal Occupation and
Name                         Five-Year Employment History
----                         ----------------------------

 Theodora P. Vance.........  Senior Member of Ashby & Crane, a law firm in
                             Richmond, Virginia, for over five years; Director of
                             Northfield Mills Corporation. Ashby & Crane, 200
                             Grace Street, Suite 700, Richmond, VA 23219

 Gerald L. Whitcomb........  Vice President of Halverson since 1999; Treasurer
                             of Halverson from 1996 to 1999.

 Lucinda M. Orr............  President of Pell Tool Corp. for over five years;
                             Director of Lakeside Bank, N.A. Pell Tool Corp. 45
                             Mill Road, Dayton, OH 45402
"""


def _text(title: str, part: str) -> str:
    return f"""<PAGE>

                                   Exhibit 9

         {title}

{_PREAMBLE}
{part}
{_TABLE}"""


def _read(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def _two_party(tmp_path: Path) -> dict:
    return _read(tmp_path, _text("DIRECTORS AND EXECUTIVE OFFICERS OF HALVERSON AND THE PURCHASER",
                                 "1. Directors of Halverson\n"))


def test_the_numbered_part_heading_names_the_organisation_of_a_two_party_title(tmp_path):
    """fails on main: 'Halverson and the Purchaser'."""
    people = _two_party(tmp_path)
    assert set(people) == {"Theodora P. Vance", "Gerald L. Whitcomb", "Lucinda M. Orr"}
    assert {p.organization for p in people.values()} == {"Halverson"}


def test_a_role_in_a_firm_the_text_describes_is_an_other_position(tmp_path):
    """fails on main: 'Senior Member of Ashby & Crane, a law firm ...' read as a position in Halverson."""
    vance = _two_party(tmp_path)["Theodora P. Vance"]
    assert not any("Ashby" in p for p in vance.positions)
    assert any(o.startswith("Senior Member of Ashby & Crane, a law firm") for o in vance.other_positions)


def test_the_default_address_is_refused_where_the_cell_prints_its_own(tmp_path):
    """fails on main: Vance was given the default 'c/o Halverson ...' though her cell ends with her own address."""
    people = _two_party(tmp_path)
    assert people["Theodora P. Vance"].address is None or "Halverson" not in people["Theodora P. Vance"].address


def test_a_default_zip_wrapped_at_its_hyphen_is_joined(tmp_path):
    """fails on main: '20036- 4412'. Guard too: a cell that prints no address keeps the default."""
    whitcomb = _two_party(tmp_path)["Gerald L. Whitcomb"]
    assert whitcomb.address == "c/o Halverson, at 1717 Rhode Island Avenue, NW, 9th Floor, Washington, D.C. 20036-4412"
    assert whitcomb.citizenship == "United States of America"


def test_guard_titles_in_the_listed_organisation_stay_positions(tmp_path):
    """Guard: 'Vice President of Halverson since 1999' is a title in Halverson, never another's."""
    whitcomb = _two_party(tmp_path)["Gerald L. Whitcomb"]
    assert any(p.startswith("Vice President") for p in whitcomb.positions)
    assert not any("Vice President" in o for o in whitcomb.other_positions)


def test_guard_a_title_naming_one_organisation_reads_as_before(tmp_path):
    """Guard: a title naming one organisation and no part heading: the organisation is the title's."""
    people = _read(tmp_path, _text("DIRECTORS AND EXECUTIVE OFFICERS OF HALVERSON", ""))
    assert {p.organization for p in people.values()} == {"Halverson"}



def test_the_address_closing_the_cell_is_the_persons(tmp_path):
    """fails on main: the cell's address was left out with the title before it, and the default given instead."""
    vance = _two_party(tmp_path)["Theodora P. Vance"]
    assert vance.address == "Ashby & Crane, 200 Grace Street, Suite 700, Richmond, VA 23219"
    assert "Director of Northfield Mills Corporation" in vance.other_positions
    assert vance.positions == ["Director"] and vance.bodies == ["board of directors"]


def test_an_address_two_breaks_could_open_is_refused(tmp_path):
    """fails on main (the default was given); guard of the cut: nothing is cut where two breaks could open it.
    Since round 46g the sentence between the two breaks, 'Pell Tool Corp.', is the employer Orr's cell names before
    it, so the address opens at the first (the refusal of an address no named employer opens is
    tests/test_roster_round46g.py's guard)."""
    orr = _two_party(tmp_path)["Lucinda M. Orr"]
    assert orr.address == "Pell Tool Corp. 45 Mill Road, Dayton, OH 45402"
    assert not any("45 Mill Road" in v for v in orr.positions + orr.other_positions)
    assert orr.positions == ["Director"]
