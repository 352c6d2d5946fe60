"""Thirty-seventh round (b), issue 13: values on the wrong person in two development families.

1. html_th_long_caption_exception_address_roman: an HTML table whose occupation column is the SEC's long caption
   ('... and the Name, Principal Business and Address of Any Corporation ...') under a preamble saying 'Unless
   otherwise indicated, each person's business address is X': a cell 'Chairman<br>Globaltech Financial' may print
   the person's own address (otherwise indicated), yet X was given to every person. An 'unless (except as) otherwise
   indicated' default (not 'in the notes', not 'above') now defers to a cell line that names no title, as 'where no
   business address is shown below, ... is X' did (kg/forms/roster_preamble.py); a cell printing only a dash is
   empty, no line that may be an address (kg/forms/roster_inline.may_show_address).
2. employer_name_column_table: a fixed-width table Name | Occupation | Name of Employer | Business Address whose
   employer cell names the listed organisation once beside several occupations ('Director' / 'Chairman, President
   and CEO'): every occupation was read as a title in the listed organisation ('Chairman' on the wrong person). Now
   only the first occupation (on the employer's line) is held there; a later one naming another organisation is
   held there; any other is left out, unless the business address is the listed organisation's too
   (kg/forms/roster_entry._beside_one_employer).

Texts of our own making. Each test marked "fails on main" failed on main 7498b25 and passes here; the guards pass on
both."""
from __future__ import annotations

import kg

_HEAD = ("<html><body><p align=\"center\"><b>SCHEDULE I</b></p><p align=\"center\"><b>DIRECTORS AND EXECUTIVE "
         "OFFICERS OF NORTHWIND ENERGY, INC.</b></p><p>Set forth below are the name, position(s) with Northwind "
         "Energy, Inc., present principal occupation or employment and country of citizenship of each director and "
         "executive officer of Northwind Energy, Inc. {default}</p><table><tr><th>Name</th><th>Position(s) with "
         "Northwind Energy, Inc.</th><th>Present Principal Occupation or Employment and the Name, Principal Business "
         "and Address of Any Corporation or Other Organization in Which Such Employment Is Conducted</th><th>Country "
         "of Citizenship</th></tr>")
_ROWS = ("<tr><td>Clara J. Abbott</td><td>Director</td><td>Chief Executive</td><td>United States</td></tr>"
         "<tr><td>Peter K. Barnes</td><td>Director</td><td>Chairman<br>Lakeside Holdings</td><td>United States</td></tr>"
         "<tr><td>Miriam T. Cole</td><td>Vice President</td><td>&#8212;</td><td>United States</td></tr>"
         "</table></body></html>")
_INDICATED = "Unless otherwise indicated, each person&#x27;s business address is 12 Quay Street, Boston, MA 02110."
_IN_NOTES = ("Unless otherwise indicated in the notes to the table, each person&#x27;s business address is "
             "12 Quay Street, Boston, MA 02110.")

_EMPLOYER = """<PAGE>

                                                                       EXHIBIT 2

                  IDENTITY AND BACKGROUND OF THE DIRECTORS AND
                  EXECUTIVE OFFICERS OF HARBOUR MUTUAL CORPORATION

To the knowledge of the Reporting Persons, the following sets forth the name,
present principal occupation or employment, and the name and business address of
the employer of each director and executive officer of Harbour Mutual
Corporation ("HMC"). All of the individuals listed below are citizens of the
United States.

<TABLE>
<CAPTION>
                           Present Principal
        Name            Occupation or Employment       Name of Employer           Business Address
--------------------  ----------------------------  ----------------------  ----------------------------
<S>                   <C>                           <C>                     <C>
Walter R. Dunn        Director                      Harbour Mutual          Contigroup Companies Inc.,
                                                    Corporation             277 Park Avenue, 50th Floor,
                      Chairman, President and CEO                           New York, N.Y. 10172

Laura M. Ellis        Director                      Harbour Mutual          Dassault Investissements, 9,
                                                    Corporation             Rond-Point des
                      Managing Director, Dassault                           Champs-Elysees, 75008 Paris,
                      Investissements                                       France

Simon P. Ford         Executive Officer and         Harbour Mutual          Harbour Mutual Corporation,
                      Chairman                      Corporation             12 Quay Street,
                                                                            Boston, MA 02110
</TABLE>
"""


def _read(tmp_path, text: str, name: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_unless_otherwise_indicated_defers_to_a_line_that_may_be_the_address(tmp_path):
    """Fails on main: the preamble's address was given beside 'Chairman' / 'Lakeside Holdings'."""
    people = _read(tmp_path, _HEAD.format(default=_INDICATED) + _ROWS, "indicated.htm")
    assert people["Peter K. Barnes"].address is None


def test_a_dash_cell_keeps_the_default_address(tmp_path):
    """Guard (passes on both): a cell printing only a dash shows no address of its own."""
    people = _read(tmp_path, _HEAD.format(default=_INDICATED) + _ROWS, "indicated.htm")
    assert people["Miriam T. Cole"].address == "12 Quay Street, Boston, MA 02110"


def test_a_title_alone_keeps_the_default_address(tmp_path):
    """Guard (passes on both): 'Chief Executive' alone names a title, no address."""
    people = _read(tmp_path, _HEAD.format(default=_INDICATED) + _ROWS, "indicated.htm")
    assert people["Clara J. Abbott"].address == "12 Quay Street, Boston, MA 02110"


def test_one_employer_beside_two_occupations_keeps_the_second_out(tmp_path):
    """Fails on main: 'Chairman, President and CEO' (beside no employer of its own) was read as titles in HMC."""
    person = _read(tmp_path, _EMPLOYER, "employer.txt")["Walter R. Dunn"]
    assert person.positions == ["Director"]
    assert "Chairman" not in person.positions and "Chairman" not in " ".join(person.other_positions)


def test_second_occupation_naming_another_organisation_is_held_there(tmp_path):
    """Fails on main: 'Managing Director, Dassault Investissements' was read as a title in HMC."""
    person = _read(tmp_path, _EMPLOYER, "employer.txt")["Laura M. Ellis"]
    assert person.positions == ["Director"]
    assert person.other_positions == ["Managing Director, Dassault Investissements"]


def test_one_occupation_beside_the_employer_stays_a_title(tmp_path):
    """Guard (passes on both): one occupation beside the listed organisation is held there."""
    person = _read(tmp_path, _EMPLOYER, "employer.txt")["Simon P. Ford"]
    assert "Chairman" in " ".join(person.positions) and not person.other_positions
