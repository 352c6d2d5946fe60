"""Thirty-ninth round (e), issue 13: a name cell spanning all of its person's field rows (HTML rowspan).

A table of three columns: the name cell spans (rowspan) the person's rows, one row per field, each a label cell
('Position with X:', 'Business Address:', 'Citizenship:') and a value cell, so only the person's first row prints
three cells ('Name | Label: | value') and the others two ('Label: | value'). The labelled reader took the first row
as a line of text: the name was cut where the NER stopped ('Britt Meelby' of 'Britt Meelby Jensen', a person who is
none) and the first field's value, holding a cell boundary, was refused. Now a first cell the markup gives to the
rows under it stands on its own line over its rows, as a labelled block's name does, and the rest of its row is a
label row like the others (kg/forms/roster_labelcells.py, the grid columns passed from kg/forms/roster_layouts.py
through kg/forms/roster_sides.py).

Texts of our own making. Each test marked "fails on main" failed on main 5e6b226 and passes here; the guards pass on
both."""
from __future__ import annotations

import kg


def _row(name: str, fields: list[tuple[str, str]]) -> str:
    span = f' rowspan="{len(fields)}"' if len(fields) > 1 else ""
    rows = []
    for index, (label, value) in enumerate(fields):
        lead = f'<td{span} valign="top"><b>{name}</b></td>' if index == 0 else ""
        rows.append(f"<tr>{lead}<td>{label}:</td><td>{value}</td></tr>")
    return "\n".join(rows)


def _annex(people: list[tuple[str, list[tuple[str, str]]]]) -> str:
    rows = "\n".join(_row(name, fields) for name, fields in people)
    return ("<html><body><p align=\"center\"><b>SCHEDULE A</b></p>\n"
            "<p>Set forth below are the name, present position with Fjord Capital A/S, present principal occupation,"
            " business address and citizenship of each director and executive officer of Fjord Capital A/S.</p>\n"
            "<table border=\"0\" width=\"100%\">\n<tr><th>Name</th><th colspan=\"2\">Position, Principal Occupation,"
            f" Business Address and Citizenship</th></tr>\n{rows}\n</table></body></html>\n")


_ADDRESS = "Strandvejen 60<br>2900 Hellerup<br>Denmark"
_PEOPLE = [
    ("Anne Marie Holst", [("Position with Fjord Capital A/S", "Chair of the Board"),
                          ("Present Principal Occupation", "Professional Board Director"),
                          ("Business Address", _ADDRESS), ("Citizenship", "Denmark")]),
    ("Peter Lund Vestergaard", [("Position with Fjord Capital A/S", "Director<br>Chief Executive Officer"),
                                ("Business Address", _ADDRESS), ("Citizenship", "Denmark")]),
    ("Karen Ostby Nilsen", [("Position with Fjord Capital A/S", "Director"),
                            ("Present Principal Occupation", "Chief Executive Officer, Nordlys AS"),
                            ("Business Address", _ADDRESS), ("Citizenship", "Norway")]),
]


def _extract(tmp_path, text: str):
    path = tmp_path / "annex.htm"
    path.write_text(text, encoding="utf-8")
    return kg.extract(path)


def test_a_name_spanning_its_rows_is_read_whole(tmp_path):
    """Fails on main: names of three words were cut ('Peter Lund', a person who is none)."""
    filing = _extract(tmp_path, _annex(_PEOPLE))
    assert sorted(p.name for p in filing.people) == ["Anne Marie Holst", "Karen Ostby Nilsen",
                                                    "Peter Lund Vestergaard"]


def test_the_first_field_row_is_read_by_its_label(tmp_path):
    """Fails on main: the value of the row that holds the name (three cells) was refused or lost; the titles of a
    value cell split by <br> are one each."""
    people = {p.name: p for p in _extract(tmp_path, _annex(_PEOPLE)).people}
    assert people["Anne Marie Holst"].positions == ["Chair of the Board"]
    assert people["Anne Marie Holst"].other_positions == ["Professional Board Director"]
    assert people["Peter Lund Vestergaard"].positions == ["Director", "Chief Executive Officer"]
    assert people["Karen Ostby Nilsen"].positions == ["Director"]


def test_each_field_row_stays_with_the_name_that_spans_it(tmp_path):
    """Guard (passes on both): each person's citizenship and address are his own rows' values."""
    people = _extract(tmp_path, _annex(_PEOPLE)).people
    assert {p.citizenship for p in people if "Karen" in p.name} <= {"Norway", None}
    assert {p.citizenship for p in people if "Karen" not in p.name} <= {"Denmark", None}
    assert {p.address for p in people} <= {"Strandvejen 60, 2900 Hellerup, Denmark", None}
    assert all(p.other_positions in ([], ["Chief Executive Officer, Nordlys AS"]) for p in people if "Karen" in p.name)
    assert all("Nordlys" not in " ".join(p.other_positions) for p in people if "Karen" not in p.name)


def test_a_spanning_first_cell_over_rows_that_are_no_label_rows_is_left_alone(tmp_path):
    """Guard (passes on both): a name cell spanning rows that hold no labels (a title a row) is no labelled block:
    no person is made of the cells' text."""
    text = ("<html><body><p>Set forth below are the name and present position of each director and executive officer"
            " of Fjord Capital A/S.</p>\n<table><tr><th>Name</th><th>Position</th><th>Since</th></tr>\n"
            '<tr><td rowspan="2">Anne Marie Holst</td><td>Chair of the Board</td><td>2019</td></tr>\n'
            "<tr><td>Director</td><td>2015</td></tr>\n"
            "<tr><td>Karen Ostby Nilsen</td><td>Director</td><td>2020</td></tr>\n</table></body></html>\n")
    names = {p.name for p in _extract(tmp_path, text).people}
    assert names <= {"Anne Marie Holst", "Karen Ostby Nilsen"}
