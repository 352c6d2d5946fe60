"""Round 53c (issue 13): saved_text_cells_one_a_line_joined_titles_dash_empty_blank_rows, rows refused.

An HTML table saved as text, one cell a line: 'Name' / 'Present Position with <Org>' / 'Principal Occupation (if
different)' / 'Business Address' / 'Citizenship', the address's lines one a line. What was wrong: (1) a row whose
address closes on a postal line with the citizenship line under it ('New York, New York 10270' / 'United States')
was refused: the address took the country line as its own and the citizenship column was left no line
(kg/forms/roster_cell_types.py `_address_end`); (2) a row whose title and occupation name no employer ('Chair of the
Board' / 'Professional Board Director' / 'Tuborg Havnevej 19') was refused: where the title cell ends could not be
seen. What changed: kg/forms/roster_cell_last_column.py (the last column keeps its line: the row's last line is the
citizenship cell when it reads as one and the address is whole without it, closing on its postal code);
kg/forms/roster_cell_two_lines.py (two lines over the address's first line, under a title column and an occupation
column: a line each, as each cell holds a line at least).

Texts of our own making. Tests marked "fails on main" fail on main 50528af; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict

ORG = "Harrowgate Tool Works, Inc."
CAPTIONS = ["Name", f"Present Position with {ORG}", "Principal Occupation (if different)", "Business Address",
            "Citizenship"]


def _people(tmp_path: Path, rows: list[list[str]], captions: list[str] = CAPTIONS) -> dict[str, dict]:
    lines = ["SCHEDULE I", f"Information regarding each director and executive officer of {ORG} is set forth below.",
             ORG, "", *captions, ""]
    for row in rows:
        lines += row + [""]
    path = tmp_path / "schedule.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


MARSH = ["Wendell K. Marsh", "Director", "Retired Vice Chairman, Marsh Holdings Group", "c/o 70 Pine Street",
         "New York, New York 10270", "United States"]
OKAFOR = ["Priya N. Okafor", "Director", "Counsel, Okafor Partners Group", "Okafor Partners Group",
          "40 King Street West, 20th Floor", "Toronto, Ontario M5H 3C2", "Canada"]
LINDQVIST = ["Gustav R. Lindqvist", "Chair of the Board", "Professional Board Director", "Tuborg Havnevej 19",
             "2900 Hellerup", "Denmark", "Sweden"]
BRENNAN = ["Jay T. Brennan", "Chief Executive Officer", "--", "1 Harrowgate Plaza", "Hartford, Connecticut 06141",
           "United States"]


def test_the_last_column_keeps_its_line(tmp_path):
    """Fails on main: 'New York, New York 10270' / 'United States' closing the row: the address took the country
    line and the row, its citizenship cell left empty, was refused (no values for Marsh, Okafor, Brennan)."""
    people = _people(tmp_path, [MARSH, OKAFOR, BRENNAN])
    marsh, okafor, brennan = people["Wendell K. Marsh"], people["Priya N. Okafor"], people["Jay T. Brennan"]
    assert marsh["positions"] == ["Director"]
    assert marsh.get("other_positions") == ["Retired Vice Chairman, Marsh Holdings Group"]
    assert marsh.get("address") == "c/o 70 Pine Street, New York, New York 10270"
    assert marsh.get("citizenship") == "United States"
    assert okafor.get("address") == "Okafor Partners Group, 40 King Street West, 20th Floor, Toronto, Ontario M5H 3C2"
    assert okafor.get("citizenship") == "Canada"
    assert brennan["positions"] == ["Chief Executive Officer"]
    assert not brennan.get("other_positions")
    assert brennan.get("citizenship") == "United States"


def test_a_title_line_and_an_occupation_line_over_the_street(tmp_path):
    """Fails on main: 'Chair of the Board' / 'Professional Board Director' (no employer named) over the street:
    where the title cell ends could not be seen and the row was refused. The address keeps its own country line
    ('Denmark') and the citizenship its line ('Sweden')."""
    people = _people(tmp_path, [MARSH, LINDQVIST])
    lindqvist = people["Gustav R. Lindqvist"]
    assert lindqvist["positions"] == ["Chair of the Board"]
    assert lindqvist.get("other_positions") == ["Professional Board Director"]
    assert lindqvist.get("address") == "Tuborg Havnevej 19, 2900 Hellerup, Denmark"
    assert lindqvist.get("citizenship") == "Sweden"


def test_three_lines_over_the_street_stay_refused(tmp_path):
    """Guard: 'Director' / 'Portfolio Manager' / 'Le Prince de Galles' over the street: the occupation may run over
    two lines or the address open on its addressee; the row is not guessed at (no title, occupation or address)."""
    row = ["Daniel K. Mignot", "Director", "Portfolio Manager", "Le Prince de Galles", "10 Avenue de Grande-Bretagne",
           "MC-98000 Monte-Carlo", "MONACO", "Belgium"]
    whole = ["Wendell K. Marsh", "Director", "Chief Executive", "Marsh Holdings Group", "United States"]
    people = _people(tmp_path, [whole, row])
    mignot = people.get("Daniel K. Mignot", {})
    assert not mignot.get("positions") and not mignot.get("other_positions") and not mignot.get("address")
    assert people["Wendell K. Marsh"].get("citizenship") == "United States"


def test_an_address_last_keeps_its_country_line(tmp_path):
    """Guard: with no citizenship column the address is the last column and keeps the country line under its postal
    line."""
    captions = CAPTIONS[:-1]
    rows = [row[:-1] if row[-1] != "United States" else row for row in (MARSH, BRENNAN)]
    people = _people(tmp_path, rows, captions)
    assert people["Wendell K. Marsh"].get("address") == "c/o 70 Pine Street, New York, New York 10270, United States"
    assert not people["Wendell K. Marsh"].get("citizenship")


def test_the_occupation_cell_opening_on_a_dash_or_its_employer(tmp_path):
    """Fails on main: the title cell's end under a dash alone (the occupation's empty cell) and over an occupation
    closing on its employer, the address opening on that employer's name again: both rows were refused."""
    desmond = ["Desmond P. Ravel", "Director; Chairman of the Executive Committee", "--", "Ravel Corporation of Canada",
               "751 Victoria Square", "Montreal QC H2Y 2J3", "Canada"]
    hatcher = ["Paula Hatcher", "Director", "Executive Vice President, Director of Managed Accounts, Bryce Consulting "
               "Group", "Bryce Consulting Group", "388 Greenwich Street", "18th Floor", "New York, NY 10013",
               "United States"]
    people = _people(tmp_path, [MARSH, desmond, hatcher])
    ravel, hatch = people["Desmond P. Ravel"], people["Paula Hatcher"]
    assert ravel["positions"] == ["Director", "Chairman of the Executive Committee"]
    assert not ravel.get("other_positions")
    assert ravel.get("address") == "Ravel Corporation of Canada, 751 Victoria Square, Montreal QC H2Y 2J3"
    assert ravel.get("citizenship") == "Canada"
    assert hatch["positions"] == ["Director"]
    assert hatch.get("other_positions") == ["Executive Vice President, Director of Managed Accounts, Bryce Consulting "
                                            "Group"]
    assert hatch.get("address") == "Bryce Consulting Group, 388 Greenwich Street, 18th Floor, New York, NY 10013"
    assert hatch.get("citizenship") == "United States"
