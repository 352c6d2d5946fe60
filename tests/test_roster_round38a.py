"""Thirty-eighth round (a), issue 13: a preamble's default address over an entry whose occupation is no occupation.

'Unless otherwise indicated, each person's business address is X' over a table whose occupation column is also
where an address would be indicated ('... the Name, Principal Business and Address of Any Corporation ...'): an
entry whose occupation cell prints one line holding no word of a title or an occupation ('Orchard Lane Partners'
alone, beside a title column) may be indicating another address there, so X is not the entry's for certain. It was
given X (only a cell of several lines, 'Chairman' / 'Globaltech Financial', withheld it); now the default is
withheld and a `roster-ambiguous` finding says so (kg/forms/roster_inline.py `may_show_address`,
kg/forms/roster_entry.py, the finding in kg/forms/roster_left_out.py).

Rows numbered 'i.', 'ii.', 'iii.' whose first numeral is printed 'I.' (the text above the first name in capitals):
'I. LAURENT Dassault' was a person 'I. Laurent Dassault'; a numeral is a row's number where the next row's is one
more (kg/forms/roster_letters.py `unnumber_romans`). And in a text column of occupation and business address, a
line under a whole title that holds no word of a title or an occupation and names no organisation ('Chairman' /
'Northgate Advisors') was joined to the title; it stands apart now and is left out as another field's line
(kg/forms/roster_occupation.py).

Texts of our own making. Each test marked "fails on main" failed on main 21bf6ff and passes here; the guards pass on
both."""
from __future__ import annotations

import kg

_TABLE = """<html><body><p align="center"><b>SCHEDULE I</b></p>
<p align="center"><b>DIRECTORS AND EXECUTIVE OFFICERS OF HARBOUR MUTUAL HOLDINGS, INC.</b></p>
<p>Set forth below are the name, position(s) with Harbour Mutual Holdings, Inc., present principal occupation or
employment and country of citizenship of each director and executive officer of Harbour Mutual Holdings, Inc.
Unless otherwise indicated, each person&#x27;s business address is 12 Harbour Street, Boston, MA 02110.</p>
<table><tr><th>Name</th><th>Position(s) with Harbour Mutual Holdings, Inc.</th>
<th>Present Principal Occupation or Employment and the Name, Principal Business and Address of Any Corporation or
Other Organization in Which Such Employment Is Conducted</th><th>Country of Citizenship</th></tr>
<tr><td>Alice M. Fenwick</td><td>Director</td><td>Chief Executive Officer</td><td>United States</td></tr>
<tr><td>Robert T. Hale</td><td>Chief Financial Officer</td><td>Orchard Lane Partners</td><td>United States</td></tr>
<tr><td>Carla J. Moreno</td><td>Director</td><td>Retired</td><td>Canada</td></tr>
<tr><td>Peter Vang</td><td>Director</td><td>Chairman<br>Globaltech Financial</td><td>United States</td></tr>
</table></body></html>
"""


def _extract(tmp_path, text: str, name: str = "annex.htm"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return kg.extract(path)


def test_default_address_withheld_beside_a_line_that_is_no_occupation(tmp_path):
    """Fails on main: Robert T. Hale was given the preamble's 12 Harbour Street though his occupation cell prints
    'Orchard Lane Partners' (no title, no occupation: perhaps the address the preamble defers to)."""
    filing = _extract(tmp_path, _TABLE)
    people = {p.name: p for p in filing.people}
    assert people["Robert T. Hale"].address is None
    assert people["Robert T. Hale"].positions == ["Chief Financial Officer"]
    assert any("12 Harbour Street" in w.message and "Robert T. Hale" in w.message for w in filing.warnings
               if w.code == "roster-ambiguous")


def test_default_address_kept_beside_an_occupation(tmp_path):
    """Guard (passes on both): an occupation ('Chief Executive Officer', or none: 'Retired') indicates no other
    address: the default is the entry's."""
    people = {p.name: p for p in _extract(tmp_path, _TABLE).people}
    assert people["Alice M. Fenwick"].address == "12 Harbour Street, Boston, MA 02110"
    assert people["Carla J. Moreno"].address == "12 Harbour Street, Boston, MA 02110"


def test_default_address_withheld_beside_a_cell_of_lines(tmp_path):
    """Guard (passes on both) that now also has a finding: a cell of lines, one naming no title."""
    filing = _extract(tmp_path, _TABLE)
    people = {p.name: p for p in filing.people}
    assert sorted(people) == ["Alice M. Fenwick", "Carla J. Moreno", "Peter Vang", "Robert T. Hale"]
    assert people["Peter Vang"].address is None
    assert people["Peter Vang"].positions == ["Director"]


_ROMAN = """<html><body><p align="center"><b>SCHEDULE I</b></p>
<p align="center"><b>DIRECTORS AND EXECUTIVE OFFICERS OF NORTHWIND HOLDINGS INC.</b></p>
<p>Unless otherwise indicated, each person&#x27;s business address is 12 Harbour Street, Boston, MA 02110.</p>
<table><tr><th>Name</th><th>Position(s) with Northwind Holdings Inc.</th><th>Country of Citizenship</th></tr>
<tr><td>I. LARS Holm</td><td>Director</td><td>Denmark</td></tr>
<tr><td>ii. Anna Krog</td><td>Chief Executive Officer</td><td>Sweden</td></tr>
<tr><td>iii. Peter Vang</td><td>Chief Financial Officer</td><td>Denmark</td></tr>
</table></body></html>
"""


def test_first_row_numeral_in_capitals_is_no_initial(tmp_path):
    """Fails on main: 'I. LARS Holm' above 'ii. Anna Krog' was read as a person 'I. Lars Holm' (the rows' numerals
    run i, ii, iii: the 'I.' is the first row's number, the case of the text above the first name changed)."""
    people = {p.name: p for p in _extract(tmp_path, _ROMAN).people}
    assert sorted(people) == ["Anna Krog", "Lars Holm", "Peter Vang"]
    assert people["Lars Holm"].positions == ["Director"]
    assert people["Lars Holm"].citizenship == "Denmark"


def test_an_initial_i_with_no_numbered_rows_stays(tmp_path):
    """Guard (passes on both): 'I. Lars Holm' with no numeral on the next row is a name with an initial."""
    text = _ROMAN.replace("ii. Anna", "Anna").replace("iii. Peter", "Peter")
    assert "I. Lars Holm" in {p.name for p in _extract(tmp_path, text).people}


_STACKED = """                                   SCHEDULE B

                      DIRECTORS AND EXECUTIVE OFFICERS OF
                          HARBOUR MUTUAL HOLDINGS, INC.


The name, position with Harbour Mutual Holdings, Inc., citizenship,
present principal occupation and business address of each director and executive
officer of Harbour Mutual Holdings, Inc. are set forth below.


NAME, POSITION AND CITIZENSHIP          PRESENT PRINCIPAL OCCUPATION AND BUSINESS ADDRESS
------------------------------          -------------------------------------------------

Alice M. Fenwick                        Chairman
Director                                Northgate Advisors
United States

Robert T. Hale                          Partner
Director                                Orchard Lane
United States

Carla J. Moreno                         Retired Chairman
Director                                40 Pine Road
United States                           Salem, MA 01970
"""


def test_line_under_a_whole_title_is_not_joined_to_it(tmp_path):
    """Fails on main: 'Chairman' / 'Northgate Advisors' in a column of occupation and business address was read as
    the occupation 'Chairman, Northgate Advisors' (the line under a whole title, with no word of a title or an
    occupation, may be the address's first line: it stands apart and is left out)."""
    filing = _extract(tmp_path, _STACKED, "annex.txt")
    people = {p.name: p for p in filing.people}
    assert people["Alice M. Fenwick"].other_positions == ["Chairman"]
    assert people["Alice M. Fenwick"].positions == ["Director"]


def test_stacked_column_keeps_printed_address(tmp_path):
    """Guard (passes on both): the street lines under an occupation are the address."""
    people = {p.name: p for p in _extract(tmp_path, _STACKED, "annex.txt").people}
    assert people["Carla J. Moreno"].other_positions == ["Retired Chairman"]
    assert people["Carla J. Moreno"].address == "40 Pine Road, Salem, MA 01970"
    assert people["Robert T. Hale"].other_positions == ["Partner"]
