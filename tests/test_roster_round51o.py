"""Round 51o (issue 13): a note's mark glued to an address (address_note_asterisks_html) and an HTML table saved
as text with stacked cells Name | Citizenship | Occupation | Address
(saved_text_stacked_cells_name_citizenship_occupation_address).

- 'Tulsa, Oklahoma 74103*' / '...**', the notes under the table: the mark was kept in the address, and the city and
  country were not read. The mark is no part of the address (kg/patterns/roster_printed_marks.yml
  `address_note_mark`, kg/forms/roster_printed_marks.address_lines).
- 'Director of X' / 'Chief Executive' / 'HPB/Blackrock': titles one a line over one last line, no street: the row
  was refused and the person lost. No title is an address's and the address holds a line at least: the last line
  is the address (kg/forms/roster_cell_tail.py); 'Chairman' / 'Globe Tech' / 'Capital' is still refused.
- 'Chief Financial Officer of X' over a house number alone ('400'): titles closing on their employer are the whole
  occupation (kg/forms/roster_addressee.py); where an unclear line stands between ('President' / 'Bombardier
  Aerospace' / '400'), the titles naming their employer are still read and the rest is left out
  (kg/forms/roster_cell_partial.py).
"""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict

_MARKS = """<html><body>
<p align="center"><b>SCHEDULE A</b></p>
<p align="center"><b>EXECUTIVE OFFICERS AND DIRECTORS OF PRAIRIE GAS COMPANY</b></p>
<table width="100%" cellpadding="2" cellspacing="0">
<tr><td><b><u>Name</u></b></td><td><b><u>Position with the Company</u></b></td><td><b><u>Principal Occupation</u></b></td><td><b><u>Business Address</u></b></td><td><b><u>Citizenship</u></b></td></tr>
<tr><td>Orla M. Penrose</td><td>Director</td><td>Partner, Penrose &amp; Vail LLP</td><td>Penrose &amp; Vail LLP<br>18 Mercer Street<br>Tulsa, Oklahoma 74103*</td><td>United States</td></tr>
<tr><td>Dmitri V. Halloway</td><td>Chief Executive Officer</td><td>&#8212;</td><td>900 Refinery Road<br>Wichita, Kansas 67202**</td><td>United States</td></tr>
<tr><td>Agnes T. Whitcombe</td><td>Director</td><td>Professor, Plains University</td><td>Plains University<br>1 College Green<br>Lawrence, Kansas 66045</td><td>Canada</td></tr>
</table>
<p>* Mail addressed to such person should be sent in care of the Corporate Secretary at the address shown.</p>
<p>** Address of the principal office of such person&#8217;s employer.</p>
</body></html>
"""

_STACKED = """SCHEDULE A

DIRECTORS AND EXECUTIVE OFFICERS OF HERON RIDGE CAPITAL CORP.

The following sets forth the name, citizenship, present principal occupation and business address of each director and executive officer of Heron Ridge Capital Corp.

Name
Citizenship
Present Principal Occupation
Business Address

Wilfred J. Ambrose
United States
Director of Heron Ridge Capital Corp.
Chief Executive
Ambrose/Lakeland

Constance E. Varga
United States
Director of Heron Ridge Capital Corp.
Chairman
Globe Tech
Capital

Nikolai P. Strand
Canadian
Director of Heron Ridge Capital Corp.
Chief Financial Officer of Heron Ridge Capital Corp.
400
615 - 2nd Street S.W.
Calgary
Alberta T2P 1M7

Lucienne A. Roche
Canadian
Director of Heron Ridge Capital Corp.
President and Chief Operating Officer
Kestrel Aerospace
250
chemin du Lac ouest
Dorval H4S 2A1

Gideon T. Marsh
United States
Director of Heron Ridge Capital Corp.
Managing Partner, Marsh Partners LLC
1200 Elm Street
Dallas, Texas 75201
"""


def _people(tmp_path: Path, text: str, suffix: str = ".txt") -> dict[str, dict]:
    path = tmp_path / f"roster{suffix}"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path))["people"]}


def test_a_note_mark_glued_to_the_address_is_left_out(tmp_path):
    people = _people(tmp_path, _MARKS, ".htm")
    penrose, halloway = people["Orla M. Penrose"], people["Dmitri V. Halloway"]
    assert penrose["address"] == "Penrose & Vail LLP, 18 Mercer Street, Tulsa, Oklahoma 74103"
    assert (penrose["address_city"], penrose["address_country"]) == ("Tulsa", "US")
    assert halloway["address"] == "900 Refinery Road, Wichita, Kansas 67202"
    assert halloway["address_city"] == "Wichita"
    assert not any("Mail addressed" in n or "principal office" in n for n in people)


def test_an_address_with_no_mark_still_reads(tmp_path):
    people = _people(tmp_path, _MARKS, ".htm")
    assert people["Agnes T. Whitcombe"]["address"] == "Plains University, 1 College Green, Lawrence, Kansas 66045"
    assert people["Agnes T. Whitcombe"]["citizenship"] == "Canada"
    assert len(people) == 3


def test_titles_over_one_last_line_give_it_to_the_address(tmp_path):
    people = _people(tmp_path, _STACKED)
    ambrose = people["Wilfred J. Ambrose"]
    assert ambrose["positions"] == ["Director"]
    assert ambrose["other_positions"] == ["Chief Executive"]
    assert ambrose["address"] == "Ambrose/Lakeland"


def test_titles_closing_on_their_employer_over_a_house_number(tmp_path):
    people = _people(tmp_path, _STACKED)
    strand = people["Nikolai P. Strand"]
    assert strand["positions"] == ["Director", "Chief Financial Officer"]
    assert strand["address"] == "400, 615 - 2nd Street S.W., Calgary, Alberta T2P 1M7"


def test_an_unclear_line_between_keeps_the_titles_naming_the_employer(tmp_path):
    people = _people(tmp_path, _STACKED)
    roche = people["Lucienne A. Roche"]
    assert roche["positions"] == ["Director"]
    assert not roche.get("other_positions") and not roche.get("address")  # ('Kestrel Aerospace': either cell's)
    assert roche["citizenship"] == "Canadian"


def test_a_title_and_two_unclear_lines_stay_refused(tmp_path):
    people = _people(tmp_path, _STACKED)
    varga = people.get("Constance E. Varga", {})
    assert not varga.get("address") and not varga.get("other_positions")
    marsh = people["Gideon T. Marsh"]  # (a street: the neighbouring row reads as before)
    assert marsh["other_positions"] == ["Managing Partner, Marsh Partners LLC"]
    assert marsh["address"] == "1200 Elm Street, Dallas, Texas 75201"
