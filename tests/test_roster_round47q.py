"""Forty-seventh round (q), issue 13: a restated two-column roster ('Name and Business Address' | 'Principal
Occupation or Employment') whose address cell holds a street line that opens with a number spelled out and has a
comma ('One Thomas Circle NW, Suite 1100', the occupation going on beside it).

On main bb19416 that line was taken for a name, a comma and an address ('One Thomas Circle NW' a whole name, as
'Andre Desmarais, 751 Victoria'), so the entry's rows looked like two entries run together (kg/forms/
roster_row_opens.py `rows_run_together`) and the whole entry was left out with an `unassigned-name` finding. A
number spelled out opening the line before a capitalised word is a building's number, never a name's start
(kg/patterns/roster_junk.yml `name_address_words`).

Texts of our own making. Tests marked "fails on main" fail on main bb19416; the guards pass on both."""
from __future__ import annotations

import kg
from kg.forms.roster_name_address_cell import split_name_address

_TABLE = """                                  SCHEDULE I

               DIRECTORS AND EXECUTIVE OFFICERS OF HALVERSON TOOL WORKS

Set forth below are the name, business address, present principal occupation or
employment and citizenship of each director and executive officer of Halverson
Tool Works.

<TABLE>
Name and Business Address                 Principal Occupation or Employment
-------------------------                 ----------------------------------
<S>                                       <C>

Theodora B. Linwood                       Director of Halverson Tool Works
Linwood & Ashcombe                        Senior Member of Linwood & Ashcombe, a law
Two Harbour Circle NW, Suite 400            firm in Baltimore, Maryland, for over five
Baltimore, MD 21202                         years
                                          Citizenship: United States of America

Gregory P. Sandoval                       Director of Halverson Tool Works
Sandoval Forge Inc.                       President of Sandoval Forge Inc. for over
1200 Keller Road                            five years
Dayton, OH 45402                          Citizenship: United States of America

</TABLE>
"""


def _people(tmp_path, text: str) -> dict:
    path = tmp_path / "schedule_i.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_a_street_line_opening_with_a_spelled_number_is_no_name(tmp_path):
    """Fails on main: 'Two Harbour Circle NW, Suite 400' beside the occupation read as a second name and address,
    the entry of Theodora B. Linwood left out."""
    people = _people(tmp_path, _TABLE)
    assert set(people) == {"Theodora B. Linwood", "Gregory P. Sandoval"}
    linwood = people["Theodora B. Linwood"]
    assert linwood.positions == ["Director"]
    assert linwood.citizenship == "United States of America"
    assert "Two Harbour Circle NW, Suite 400" in (linwood.address or "")
    assert "Keller Road" not in (linwood.address or "")


def test_split_name_address_refuses_a_spelled_number_street():
    """Fails on main: 'One Thomas Circle NW' was a whole name before the comma."""
    assert split_name_address("One Thomas Circle NW, Suite 1100") is None
    assert split_name_address("THREE GATEWAY CENTER, 12TH FLOOR") is None


def test_guard_a_name_a_comma_and_an_address_still_split():
    """Guard (passes on both): a whole name, then the address after its comma, the address opening with a spelled
    number ('Bruce C. Rohde, One ConAgra')."""
    assert split_name_address("Bruce C. Rohde, One ConAgra") == ("Bruce C. Rohde", "One ConAgra")
    assert split_name_address("Andre Desmarais, 751 Victoria") == ("Andre Desmarais", "751 Victoria")


def test_guard_the_other_entry_reads_as_before(tmp_path):
    """Guard (passes on both): the entry with a numbered street keeps its own address and occupation."""
    people = _people(tmp_path, _TABLE)
    sandoval = people["Gregory P. Sandoval"]
    assert sandoval.positions == ["Director"]
    assert "1200 Keller Road" in (sandoval.address or "")
    assert sandoval.citizenship == "United States of America"
