"""Thirty-ninth round (b), issue 13: an HTML roster table after Trilogy's 2009 exhibit (Yes/No flag columns, the
occupation cell joined 'A, B, and C of <Org>; and <outside>', a preamble giving the default address and citizenship
with the exceptions named).

- An occupation cell that names the listed organisation nowhere, in a table where two or more occupation cells name it
  after their titles, is an occupation held elsewhere (other_positions), never a title there
  (kg/forms/roster_named_own.py `bare_occupations_elsewhere`, called in kg/forms/annex.py).
- The 'and' of a '; and ' joining is no part of the next occupation (kg/forms/roster_occupation.py,
  kg/forms/roster_entry.py); the serial comma's 'and' joins titles too ('Chairman, Chief Executive Officer, and
  President': three titles, kg/forms/roster_positions.py).
- Yes/No flag columns of an HTML table ('Director', 'Executive' printed alone above 'Officer') give the title
  (kg/forms/roster_flag_header.py, kg/forms/roster_table.py, kg/forms/roster_row_fill.py).
- 'The business address of each such person is X, except that the business address of A is Y; the business address
  of B is Z.': A's and B's own, the others X (kg/forms/roster_address_excepted.py); a clause that does not read as a
  person's name and an address gives no one any address.

Texts of our own making. Each test marked "fails on main" failed on main 5e6b226 and passes here; the guards pass on
both."""
from __future__ import annotations

import kg

_HEAD = """<html><body><p align="center"><b>SCHEDULE A</b></p><p align="center"><b>DIRECTORS AND EXECUTIVE OFFICERS OF
NORTHGATE FOODS, INC.</b></p><p>The name and present principal occupation or employment of each director and executive
officer of Northgate Foods, Inc. are set forth below. The business address of each such person is 100 Mill Road,
Dayton, Ohio 45402{exceptions}. Each such person is a citizen of the United States.</p>
<table><tr><td>&nbsp;</td><td>&nbsp;</td><td><b><u>Executive</u></b></td><td>&nbsp;</td></tr>
<tr><td><b><u>Name</u></b></td><td><b><u>Director</u></b></td><td><b><u>Officer</u></b></td>
<td><b><u>Present Principal Occupation or Employment</u></b></td></tr>
<tr><td>Helen R. Stroud</td><td>Yes</td><td>Yes</td><td>Chairman, Chief Executive Officer, and President of Northgate
Foods, Inc.; and Trustee, Dayton Art Institute</td></tr>
<tr><td>Victor L. Ames</td><td>Yes</td><td>No</td><td>Chairman, President and CEO</td></tr>
<tr><td>Grace T. Whitley</td><td>No</td><td>Yes</td><td>Vice President and Treasurer of Northgate Foods, Inc.</td></tr>
</table></body></html>
"""
_EXCEPTIONS = (", except that the business address of Victor L. Ames is Ames Holdings, 55 Water Street, New York, New"
               " York 10041")


def _people(tmp_path, text: str) -> dict:
    path = tmp_path / "annex.htm"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_bare_occupation_where_the_others_name_the_organisation_is_held_elsewhere(tmp_path):
    """Fails on main: Victor L. Ames's 'Chairman, President and CEO' (no organisation named, where the other cells
    name Northgate Foods after their titles) was read as titles at Northgate ('Chairman' is Helen R. Stroud's)."""
    people = _people(tmp_path, _HEAD.format(exceptions=_EXCEPTIONS))
    assert people["Victor L. Ames"].other_positions == ["Chairman, President and CEO"]
    assert "Chairman" not in people["Victor L. Ames"].positions


def test_flag_columns_give_the_titles(tmp_path):
    """Fails on main: the Yes under 'Director' and under 'Executive' / 'Officer' gave no title."""
    people = _people(tmp_path, _HEAD.format(exceptions=_EXCEPTIONS))
    assert people["Victor L. Ames"].positions == ["Director"]
    assert "Director" not in people["Grace T. Whitley"].positions  # ('No' under 'Director')
    assert "board of directors" not in people["Grace T. Whitley"].bodies


def test_and_joining_and_serial_comma(tmp_path):
    """Fails on main: 'and Trustee, Dayton Art Institute' kept the joining 'and'; 'Chairman, Chief Executive Officer,
    and President' was one title."""
    people = _people(tmp_path, _HEAD.format(exceptions=_EXCEPTIONS))
    assert people["Helen R. Stroud"].other_positions == ["Trustee, Dayton Art Institute"]
    assert {"Chairman", "Chief Executive Officer", "President"} <= set(people["Helen R. Stroud"].positions)


def test_default_address_with_named_exceptions(tmp_path):
    """Fails on main: the default address ran on into the exception and was refused for everyone."""
    people = _people(tmp_path, _HEAD.format(exceptions=_EXCEPTIONS))
    assert people["Victor L. Ames"].address == "Ames Holdings, 55 Water Street, New York, New York 10041"
    assert people["Helen R. Stroud"].address == "100 Mill Road, Dayton, Ohio 45402"
    assert people["Grace T. Whitley"].address == "100 Mill Road, Dayton, Ohio 45402"


def test_exception_that_names_no_person_gives_no_address(tmp_path):
    """Guard (passes on both): an exception clause that does not read as a person's name and an address leaves
    everyone without the default."""
    text = _HEAD.format(exceptions=", except that the business address of the outside directors is their own office")
    people = _people(tmp_path, text)
    assert all(p.address is None for p in people.values())


def test_flag_caption_over_other_cells_gives_no_title(tmp_path):
    """Guard (passes on both): a 'Director' column whose cells are not yes or no gives no title from them."""
    text = ("<html><body><p><b>DIRECTORS OF NORTHGATE FOODS, INC.</b></p><table><tr><td>Name</td><td>Director</td>"
            "<td>Present Principal Occupation</td></tr><tr><td>Helen R. Stroud</td><td>Since 2001</td>"
            "<td>Retired</td></tr><tr><td>Victor L. Ames</td><td>Since 1999</td><td>Retired</td></tr></table>"
            "</body></html>")
    people = _people(tmp_path, text)
    assert all("Since" not in " ".join(p.positions) for p in people.values())
