"""Round 53i (issue 13): saved_text_cells_one_a_line_citizenship_third_long_captions, rows refused.

An HTML table saved as text, one cell a line, the citizenship third: 'Name' / 'Position with <Org>' / 'Citizenship' /
'Present Principal Occupation or Employment and the Name and Principal Business of any Corporation or Other
Organization in which such Employment is Conducted' / 'Business Address'. What was wrong: every row was refused
(kg/forms/roster_cell_types.py `split_row`): the title cell was given its lines only up to an address line or, as
the last column, up to the citizenship lines closing the row, so with a citizenship column in the middle of the row
where the title cell ends could not be seen. What changed: kg/forms/roster_cell_mid_citizen.py (the citizenship cell
splits the title cell from the occupation's: the title cell ends at the first line that names only nationalities or
countries, when each line above it holds titles only, or is 'None' alone).

Texts of our own making. Tests marked "fails on main" fail on main 19df590; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict

ORG = "Harrowgate Tool Works, Inc."
CAPTIONS = ["Name", f"Position with {ORG}", "Citizenship",
            "Present Principal Occupation or Employment and the Name and Principal Business of any Corporation or "
            "Other Organization in which such Employment is Conducted", "Business Address"]


def _people(tmp_path: Path, rows: list[list[str]], captions: list[str] = CAPTIONS) -> dict[str, dict]:
    lines = ["SCHEDULE I", "", f"EXECUTIVE OFFICERS AND DIRECTORS OF {ORG.upper()}", "",
             f"The following table sets forth certain information with respect to the directors and executive "
             f"officers of {ORG}", "", *captions, ""]
    for row in rows:
        lines += row + [""]
    path = tmp_path / "schedule.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


MARSH = ["Wendell K. Marsh", "Director", "United States", "Retired Vice Chairman, Marsh Holdings Group",
         "c/o 70 Pine Street", "New York, New York 10270"]
OKAFOR = ["Priya N. Okafor", "Director", "Canada", "Counsel, Okafor Partners Group", "Okafor Partners Group",
          "40 King Street West, 20th Floor", "Toronto, Ontario M5H 3C2"]
BRENNAN = ["Jay T. Brennan", "President; Chief Executive Officer", "United States", "None", "1 Harrowgate Plaza",
           "Hartford, Connecticut 06141"]
LINDQVIST = ["Gustav R. Lindqvist", "None", "Sweden", "Managing Director, Lindqvist Invest AB", "Tuborg Havnevej 19",
             "2900 Hellerup", "Denmark"]


def test_the_citizenship_cell_ends_the_title_cell(tmp_path):
    """Fails on main: 'Director' / 'United States' / 'Retired Vice Chairman, ...': every row refused, the persons
    recorded with their names only."""
    people = _people(tmp_path, [MARSH, OKAFOR, BRENNAN])
    marsh, okafor, brennan = people["Wendell K. Marsh"], people["Priya N. Okafor"], people["Jay T. Brennan"]
    assert marsh["positions"] == ["Director"]
    assert marsh.get("other_positions") == ["Retired Vice Chairman, Marsh Holdings Group"]
    assert marsh.get("citizenship") == "United States"
    assert marsh.get("address") == "c/o 70 Pine Street, New York, New York 10270"
    assert okafor.get("citizenship") == "Canada"
    assert okafor.get("address") == "Okafor Partners Group, 40 King Street West, 20th Floor, Toronto, Ontario M5H 3C2"
    assert brennan["positions"] == ["President", "Chief Executive Officer"]
    assert not brennan.get("other_positions")  # ('None': an empty cell)
    assert brennan.get("address") == "1 Harrowgate Plaza, Hartford, Connecticut 06141"


def test_a_title_cell_of_none_is_empty(tmp_path):
    """Fails on main: 'None' / 'Sweden' under the name: the title cell is empty, the citizenship is the next line."""
    lindqvist = _people(tmp_path, [MARSH, LINDQVIST])["Gustav R. Lindqvist"]
    assert not lindqvist.get("positions")
    assert lindqvist.get("citizenship") == "Sweden"
    assert lindqvist.get("other_positions") == ["Managing Director, Lindqvist Invest AB"]


def test_a_page_break_with_the_captions_inside_a_row(tmp_path):
    """Fails on main: a form feed, 'Page 2' and the captions again between the name and its row's other cells."""
    broken = [OKAFOR[0], "", "\f", "Page 2", "", *CAPTIONS, "", *OKAFOR[1:]]
    okafor = _people(tmp_path, [MARSH, broken, BRENNAN])["Priya N. Okafor"]
    assert okafor["positions"] == ["Director"]
    assert okafor.get("citizenship") == "Canada"
    assert okafor.get("address") == "Okafor Partners Group, 40 King Street West, 20th Floor, Toronto, Ontario M5H 3C2"


def test_guard_a_line_under_the_name_that_is_no_title_is_refused(tmp_path):
    """Guard (passes on both): 'Director' / 'Marsh Holdings Group' before the citizenship: the title cell may run
    into the employer's name; where it ends is not guessed at, no title, occupation or address is stated."""
    odd = ["Wendell K. Marsh", "Director", "Marsh Holdings Group", "United States",
           "Retired Vice Chairman, Marsh Holdings Group", "c/o 70 Pine Street", "New York, New York 10270"]
    people = _people(tmp_path, [odd, OKAFOR])
    marsh = people.get("Wendell K. Marsh", {})
    assert not marsh.get("positions")
    assert not marsh.get("other_positions")
    assert not marsh.get("address")
    assert not marsh.get("citizenship") or marsh.get("citizenship") == "United States"


def test_guard_the_citizenship_last_still_reads(tmp_path):
    """Guard (passes on both): the citizenship the last column (round 53c's layout) reads as before."""
    captions = ["Name", f"Present Position with {ORG}", "Principal Occupation (if different)", "Business Address",
                "Citizenship"]
    row = ["Wendell K. Marsh", "Director", "Retired Vice Chairman, Marsh Holdings Group", "c/o 70 Pine Street",
           "New York, New York 10270", "United States"]
    marsh = _people(tmp_path, [row, ["Jay T. Brennan", "Chief Executive Officer", "--", "1 Harrowgate Plaza",
                                     "Hartford, Connecticut 06141", "United States"]], captions)["Wendell K. Marsh"]
    assert marsh["positions"] == ["Director"]
    assert marsh.get("citizenship") == "United States"
    assert marsh.get("address") == "c/o 70 Pine Street, New York, New York 10270"


def test_guard_a_name_alone_before_the_break_takes_no_named_row(tmp_path):
    """Guard (passes on both): a name alone closing the page and a row opening on its own name after the captions
    printed again: that row stays its own person's; the name alone takes none of its values."""
    people = _people(tmp_path, [MARSH, ["Priya N. Okafor", "", "\f", "Page 2", "", *CAPTIONS], BRENNAN])
    okafor = people.get("Priya N. Okafor", {})
    assert not okafor.get("positions") and not okafor.get("citizenship") and not okafor.get("address")
    assert people.get("Jay T. Brennan", {}).get("address") in (None, "1 Harrowgate Plaza, Hartford, Connecticut 06141")
