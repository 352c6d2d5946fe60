"""Round 50a (issue 13): an HTML table saved as text, the captions one a line, then every cell on a line of its own
in the order (No.,) name, business address, position, principal occupation, citizenship: gather83's
saved_text_one_line_cells_address_second_citizenship_last.

What was wrong (no cell was shifted: each person's cells were read as printed): (1) the preamble's reader takes the
bodies a roster lists from its short lines too, and the first person's Position cell 'Directors; Chairman of the
Board' named 'board of directors' as the one body listed (the preamble's 'each director and executive officer'
names none in the singular), so every officer with no board seat of his own ('Vice President') was given 'Director'
(values on the wrong person); (2) in the numbered printing, the block '1.' / name / address / ... was not known as an
entry, and its '... officer of Morgan Stanley & Co. Incorporated' was read as the heading naming the organisation,
so every person's organisation was 'Morgan Stanley & Co.' and the occupation a title in it.

What changed: kg/forms/roster_title_list.py (new): a ';'-joined list of titles, one of them naming no body, is a
person's cell, never a heading listing bodies (roster_preamble); kg/forms/roster_comma_cell.opens_with_name_cell
reads a number cell on a line of its own ('1.') over the name as an entry's first lines.

Texts of our own making. Tests marked "fails on main" fail on main 4274339; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.forms.roster_title_list import is_title_list
from kg.records import to_dict

ORG = "Larkspur Holdings, Inc."
ADDRESS = "Larkspur Capital LLC, 200 Clarendon Street, Boston, Massachusetts 02116"
PERSONS = [("Helen R. Ostrander", "Directors; Chairman of the Board"), ("Marcus J. Pell", "Director; President"),
           ("Nadia V. Quist", "Director"), ("Oren T. Ruddock", "Vice President"), ("Petra L. Sallow", "Treasurer")]


def _saved_text(numbered: bool, first_title: str = PERSONS[0][1]) -> str:
    heads = (["No."] if numbered else []) + ["Name", "Business Address", f"Position with {ORG}",
                                             "Principal Occupation", "Citizenship"]
    lines = ["EXHIBIT 99.1", "SCHEDULE I",
             f"Information regarding each director and executive officer of {ORG} is set forth below: the name, "
             f"business address, position with {ORG}, principal occupation and citizenship of each such person.",
             ORG, *heads]
    for index, (name, title) in enumerate(PERSONS):
        lines += [""] + ([f"{index + 1}."] if numbered else []) + [
            name, ADDRESS, first_title if index == 0 else title, "officer of Larkspur Capital LLC", "United States"]
    return "\n".join(lines) + "\n"


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "schedule.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


def _assert_titles(people: dict[str, dict], first: list[str]) -> None:
    assert {name: p["positions"] for name, p in people.items()} == {
        "Helen R. Ostrander": first, "Marcus J. Pell": ["Director", "President"], "Nadia V. Quist": ["Director"],
        "Oren T. Ruddock": ["Vice President"], "Petra L. Sallow": ["Treasurer"]}


def test_a_title_cell_naming_directors_gives_no_seat_to_the_officers(tmp_path):
    """Fails on main: 'Directors; Chairman of the Board' listed the board as the roster's one body, and 'Director'
    was put on Ruddock and Sallow, officers only."""
    people = _people(tmp_path, _saved_text(numbered=False))
    _assert_titles(people, ["Directors", "Chairman of the Board"])
    assert {p["organization"] for p in people.values()} == {ORG}


def test_a_number_cell_on_its_own_line_opens_an_entry_not_a_heading(tmp_path):
    """Fails on main: '1.' over the name was no entry's start, its '... of Larkspur Capital LLC' named the
    organisation of every person."""
    people = _people(tmp_path, _saved_text(numbered=True))
    _assert_titles(people, ["Directors", "Chairman of the Board"])
    assert {p["organization"] for p in people.values()} == {ORG}
    assert people["Oren T. Ruddock"]["other_positions"] == ["officer of Larkspur Capital LLC"]
    assert people["Oren T. Ruddock"]["address"] == ADDRESS


def test_guard_the_same_roster_with_a_singular_title_reads_as_before(tmp_path):
    """Guard (passes on main too): no plural body word in the cells."""
    people = _people(tmp_path, _saved_text(numbered=False, first_title="Director; Chairman of the Board"))
    _assert_titles(people, ["Director", "Chairman of the Board"])
    assert {p["citizenship"] for p in people.values()} == {"United States"}


def test_guard_a_heading_of_bodies_stays_a_heading():
    """Guard: items that all name bodies are a heading; a title list with an office in it is a cell."""
    assert is_title_list("Directors; Chairman of the Board")
    assert not is_title_list("DIRECTORS; OFFICERS")
    assert not is_title_list("DIRECTORS AND EXECUTIVE OFFICERS")
    assert not is_title_list("Vice President")
