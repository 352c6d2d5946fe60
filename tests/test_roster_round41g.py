"""Forty-first round (g), issue 13: employer_tables_by_section (after Bear Stearns' Exhibit 1.1: one fixed-width
<TABLE> per '<Term>'s Directors' / '<Term>'s Executive Officers' sub-heading, Name | Present Principal Occupation or
Employment | Name of Employer | Address of Employer, the title naming the organisation by its defined term).

1. The caption 'Address of Employer' was read as an occupation's column (its word 'Employer'), so the address cell's
   lines joined the occupation: an address opening with another employer's name ('Relational Investors LLC,' /
   '11975 El Camino Real, ...') put that name into the title ('Director Relational Investors LLC,') and took it out
   of the address. Beside a 'Name of Employer' column it is the address column (kg/patterns/roster.yml
   column_roles.address; 'Name and Address of Employer' stays an occupation's column).
2. The title '... OFFICERS OF HMC' named the organisation by the short name its preamble defines ('Harbour Mutual
   Corporation ("HMC")'): the organisation was 'HMC', so the employer cell printing the name in full was taken for
   another employer and every title there became an occupation elsewhere ('Director, Harbour Mutual Corporation').
   The short name is spelt out where the preamble defines it and its letters are the name's initials in order
   (kg/forms/roster_defined.py).
3. An address cell holding only '--' (an empty cell's mark), now in an address column, is no address
   (kg/forms/roster_fields.py; the real BSCI file's 'Carl D. Glickman').

Texts of our own making. Each test marked "fails on main" failed on main 099f5a0 and passes here; the guards pass on
both."""
from __future__ import annotations

from pathlib import Path

import kg

_HEAD = """<PAGE>

                                                                    EXHIBIT 99.2

          IDENTITY AND BACKGROUND OF THE DIRECTORS AND OFFICERS OF HMC

To the knowledge of the Reporting Persons, the following represents the names,
present principal occupations or employment, and the names and addresses of the
employers, of the directors and executive officers of Harbour Mutual
Corporation ("HMC"). Each of the persons listed below is a citizen of the United
States.

HMC's Directors

<TABLE>
<CAPTION>
                               Present Principal
        Name               Occupation or Employment         Name of Employer         Address of Employer
---------------------   -------------------------------   ---------------------   -------------------------
<S>                     <C>                               <C>                     <C>
"""
_WIDTHS = (24, 34, 24, 28)
_ENTRIES = [
    [("Walter R. Dunn", "Director", "Harbour Mutual", "Relational Investors LLC,"),
     ("", "", "Corporation", "11975 El Camino Real,"),
     ("", "", "", "Suite 300, San Diego, CA"),
     ("", "", "", "92130")],
    [("Simon P. Ford", "Director", "Harbour Mutual", "407 Southmoreland Place,"),
     ("", "", "Corporation", "Decatur, IL 62521")],
    [("Laura M. Ellis", "Director", "Harbour Mutual", "University of San Diego,"),
     ("", "", "Corporation", "5998 Alcala Park, San"),
     ("", "", "", "Diego, CA 92110-2492")],
    [("Nora K. Grant", "Director", "Harbour Mutual", "--"),
     ("", "", "Corporation", "")],
]


def _text(head: str = _HEAD) -> str:
    rows = ["".join(f"{cell:<{width}}" for cell, width in zip(cells, _WIDTHS)).rstrip()
            for entry in _ENTRIES for cells in entry + [("", "", "", "")]]
    return head + "\n".join(rows) + "\n</TABLE>\n"


def _read(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "table.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_an_address_of_employer_column_is_the_address_and_its_employer_line_no_title(tmp_path):
    """Fails on main: 'Director Relational Investors LLC,' was a value, the address lost its first line."""
    people = _read(tmp_path, _text())
    dunn = people["Walter R. Dunn"]
    assert dunn.address == "Relational Investors LLC, 11975 El Camino Real, Suite 300, San Diego, CA 92130"
    assert dunn.positions == ["Director"] and dunn.other_positions == []
    ellis = people["Laura M. Ellis"]
    assert ellis.address == "University of San Diego, 5998 Alcala Park, San Diego, CA 92110-2492"
    assert ellis.positions == ["Director"] and ellis.other_positions == []


def test_a_defined_short_name_in_the_title_is_spelt_out_from_the_preamble(tmp_path):
    """Fails on main: the organisation was 'HMC', the employer cell's 'Harbour Mutual Corporation' another one."""
    people = _read(tmp_path, _text())
    assert {p.organization for p in people.values()} == {"Harbour Mutual Corporation"}
    assert people["Simon P. Ford"].positions == ["Director"]
    assert people["Simon P. Ford"].other_positions == []
    assert people["Simon P. Ford"].address == "407 Southmoreland Place, Decatur, IL 62521"


def test_a_dashed_address_cell_is_no_address(tmp_path):
    """Guard (passes on both; on main the address column was the occupation's): '--' is no address."""
    assert _read(tmp_path, _text())["Nora K. Grant"].address is None


def test_a_short_name_whose_letters_are_not_the_names_initials_stays_as_printed(tmp_path):
    """Guard (passes on both): a definition whose name does not abbreviate to the short name spells nothing out."""
    head = _HEAD.replace('Harbour Mutual\nCorporation ("HMC")', 'Quay Street\nHoldings ("HMC")')
    people = _read(tmp_path, _text(head))
    assert all(p.organization != "Quay Street Holdings" for p in people.values())


def test_a_name_and_address_of_employer_column_is_still_an_occupations():
    """Guard (passes on both): 'Name and Address of Employer' names the employer too: no address column alone."""
    from kg.forms.roster_table import header_roles
    assert header_roles("Name and Address of Employer", first=False) == ["occupation"]
    assert header_roles("Business Address", first=False) == ["address"]


def test_an_address_of_employer_caption_is_an_address_columns():
    """Fails on main: 'Address of Employer' was an occupation's caption."""
    from kg.forms.roster_table import header_roles
    assert header_roles("Address of Employer", first=False) == ["address"]
    assert header_roles("Address of the Employer", first=False) == ["address"]
