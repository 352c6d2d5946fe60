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
   (kg/forms/roster_entry._beside_one_employer). The occupation cell's second occupation was also joined to the
   first ('Director Counsel, Cassels, Brock & Blackwell') where a row of the entry printed nothing in the column
   between them (the employer's name wrapping beside it), or where the second's first word would have fitted on
   the line above ('Director' / 'Self Employed Businessman'): beside an employer column of its own, both now start
   another occupation (kg/forms/roster_column_gaps.py). And the heading 'BACKGROUND OF THE DIRECTORS AND EXECUTIVE
   OFFICERS OF X' gave the organisation 'The' (the words between 'of' and 'DIRECTORS'): an article is no
   organisation's name (kg/forms/roster_org.py).

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

Nora K. Grant         Director                      Harbour Mutual          Cassels, Brock & Blackwell,
                                                    Corporation             40 King Street West, 20th
                      Counsel, Cassels, Brock &                             Floor, Toronto, Ontario M5H
                      Blackwell                                             3C2

Oscar L. Hale         Director                      Harbour Mutual          4028 Comanche Road N.W.,
                      Self Employed Businessman     Corporation             Calgary, Alberta T2L 0N8
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
    """Fails on main: 'Chairman, President and CEO' (beside no employer of its own) was read as titles in HMC. (Round
    38b: beside a business address opening with another organisation's name, 'Contigroup Companies Inc.', it is held
    there, an other position; it was left out.)"""
    person = _read(tmp_path, _EMPLOYER, "employer.txt")["Walter R. Dunn"]
    assert person.positions == ["Director"]
    assert "Chairman" not in person.positions and person.other_positions == ["Chairman, President and CEO"]


def test_second_occupation_naming_another_organisation_is_held_there(tmp_path):
    """Fails on main: 'Managing Director, Dassault Investissements' was read as a title in HMC."""
    person = _read(tmp_path, _EMPLOYER, "employer.txt")["Laura M. Ellis"]
    assert person.positions == ["Director"]
    assert person.other_positions == ["Managing Director, Dassault Investissements"]


def test_one_occupation_beside_the_employer_stays_a_title(tmp_path):
    """Guard (passes on both): one occupation beside the listed organisation is held there."""
    person = _read(tmp_path, _EMPLOYER, "employer.txt")["Simon P. Ford"]
    assert "Chairman" in " ".join(person.positions) and not person.other_positions


def test_heading_of_the_directors_names_the_organisation_after(tmp_path):
    """Fails on main: 'BACKGROUND OF THE DIRECTORS AND EXECUTIVE OFFICERS OF THE X COMPANIES, INC.' gave 'The'."""
    text = _EMPLOYER.replace("EXECUTIVE OFFICERS OF HARBOUR MUTUAL CORPORATION",
                             "EXECUTIVE OFFICERS OF THE HARBOUR MUTUAL COMPANIES, INC.").replace(
        'of Harbour Mutual\nCorporation ("HMC")', 'of The Harbour Mutual\nCompanies, Inc. ("HMC")')
    person = _read(tmp_path, text, "the_org.txt")["Simon P. Ford"]
    assert person.organization == "The Harbour Mutual Companies, Inc."


def test_heading_without_the_keeps_the_organisation(tmp_path):
    """Guard (passes on both): the same heading naming 'HARBOUR MUTUAL CORPORATION'."""
    person = _read(tmp_path, _EMPLOYER, "employer.txt")["Simon P. Ford"]
    assert person.organization == "Harbour Mutual Corporation"


def test_occupation_after_a_row_printing_nothing_in_the_column_is_another(tmp_path):
    """Fails on main: 'Director' and 'Counsel, Cassels, Brock & Blackwell' (a row apart) were read as one title."""
    person = _read(tmp_path, _EMPLOYER, "employer.txt")["Nora K. Grant"]
    assert person.positions == ["Director"]
    assert person.other_positions == ["Counsel, Cassels, Brock & Blackwell"]


def test_occupation_broken_where_it_would_have_fitted_is_another(tmp_path):
    """Fails on main: 'Director' / 'Self Employed Businessman' was read as the title 'Director Self Employed ...'."""
    person = _read(tmp_path, _EMPLOYER, "employer.txt")["Oscar L. Hale"]
    assert person.positions == ["Director"]
    assert not any("Self Employed" in p for p in person.positions)
