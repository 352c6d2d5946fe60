"""Round 48a (issue 13): a heading over directors AND key managerial personnel.

Indian and other Asian filers head their annexure 'DETAILS OF THE DIRECTORS AND KEY MANAGERIAL PERSONNEL OF X'
over blocks whose labels are padded so the colons line up ('Name                  :  ...', a 'DIN' line for
directors). 'Key managerial personnel' is India's statutory term for a company's officers, but no heading rule knew
it: the heading was read as naming the board of directors alone, and every person, officer or not, was given the
seat of 'Director' (a value on the wrong person for each officer). It names the executive officers now
(kg/patterns/roster.yml body_headings): the heading lists two bodies side by side and gives no one person's seat.

The same heading's lead words 'DETAILS OF' made the whole heading the organisation's name ('Details of the Directors
and key Managerial Personnel of X'): 'details' and 'particulars' are words of who is listed (roster_title_owner
LISTED_WORD) and 'key managerial personnel' a body before 'OF X' (roster_org _BODIES_OF), so X is the organisation.
'Designation:' (the post held, as these filers label it) is a position label, so '<Title>, X' is read as the title
held at X, and the principal occupation beside it stays the person's occupation elsewhere."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.forms import roster_types as rt
from kg.records import to_dict


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "roster.txt"
    path.write_text(text)
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


_KMP = """                                  ANNEXURE A

            DETAILS OF THE DIRECTORS {what}
                      OF WESTMERE HOLDINGS, INC.

The details of each person of Westmere Holdings, Inc. are set out below.

Name                  :  Harold P. Quentin
Designation           :  Chief Financial Officer, Westmere Holdings, Inc.
Business Address      :  88 Lakeview Drive
                         Mumbai 400001, India
Nationality           :  India

Name                  :  Sunita R. Varghese
DIN                   :  04417726
Designation           :  Director, Westmere Holdings, Inc.
Principal Occupation  :  Managing Partner, Varghese & Rao LLP
Business Address      :  12 Marine Lines
                         Mumbai 400002, India
Nationality           :  India
"""


def test_key_managerial_personnel_heading_gives_no_one_the_directors_seat(tmp_path):
    people = _people(tmp_path, _KMP.format(what="AND KEY MANAGERIAL PERSONNEL"))
    assert set(people) == {"Harold P. Quentin", "Sunita R. Varghese"}
    assert "board of directors" not in people["Harold P. Quentin"]["bodies"]
    assert "Director" not in people["Harold P. Quentin"]["positions"]
    assert {p["organization"] for p in people.values()} == {"Westmere Holdings, Inc."}
    assert people["Harold P. Quentin"]["positions"] == ["Chief Financial Officer"]
    assert people["Sunita R. Varghese"]["positions"] == ["Director"]
    assert people["Sunita R. Varghese"]["other_positions"] == ["Managing Partner, Varghese & Rao LLP"]
    assert people["Harold P. Quentin"]["address"] == "88 Lakeview Drive, Mumbai 400001, India"
    assert people["Sunita R. Varghese"]["address"] == "12 Marine Lines, Mumbai 400002, India"


def test_key_managerial_personnel_names_the_officers():
    assert rt.body_of("KEY MANAGERIAL PERSONNEL") == "executive officers"
    assert rt.body_of("DIRECTORS AND KEY MANAGERIAL PERSONNEL") is None


def test_guard_a_heading_naming_the_directors_alone_still_heads_the_board():
    assert rt.body_of("DETAILS OF THE DIRECTORS OF WESTMERE HOLDINGS, INC.") == "board of directors"
    assert rt.body_of("DIRECTORS AND EXECUTIVE OFFICERS") is None


def test_guard_a_title_with_position_label_still_reads(tmp_path):
    text = _KMP.format(what="AND EXECUTIVE OFFICERS").replace("Designation           :", "Position              :")
    text = text.replace("DETAILS OF THE DIRECTORS", "    DIRECTORS")  # (the heading main read already)
    people = _people(tmp_path, text)
    assert people["Harold P. Quentin"]["positions"] == ["Chief Financial Officer"]
    assert {p["organization"] for p in people.values()} == {"Westmere Holdings, Inc."}
