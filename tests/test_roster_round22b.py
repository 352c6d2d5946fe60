"""Twenty-second round (b), issue 13: texts of our own making (people and organisations invented here).

1. One small two-column HTML table per person under the person's name, a label cell and a value cell per row
   (`table_per_person_html`). Before, HTML-to-text joined the two cells with ' | ' and the labelled reader took the
   boundary into the value ('| Director President', an address '| United States | 18 Quay Street ...', no
   citizenship). Now (kg/forms/roster_labelcells.py) a known label alone in a row's first cell takes the second
   cell as its value, each `<br>` in it a line of its own; a name the NER sees inside a value cell is part of the
   value. A value that still holds a cell boundary is refused, whatever the layout (kg/forms/roster_guard.py).
2. A fixed-width table a converter collapsed (`collapsed_row_lines`): a row with fewer cells than the header (an
   empty cell printed as a wider gap) made round 21 refuse the whole table. Now (kg/forms/roster_spacerows.py) each
   cell is placed where its content says its column for certain; a cell that could stand under two columns, or a
   row no column takes, is left out with a finding; the other rows are read.

Each test below fails on main (08cb342) and passes on this branch, except those marked as guards (pass on both).
"""
from __future__ import annotations

import pytest

import kg
from kg.errors import StructureError


def _extract(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return kg.extract(path)


def _person_table(name: str, rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td width=\"35%\" valign=top>{label}</td><td valign=top>{value}</td></tr>"
                    for label, value in rows)
    return f"<h4>{name}</h4><table border=0 cellpadding=2 width=\"90%\">{cells}</table>"


PER_PERSON = ("<html><body><p align=center><b>SCHEDULE I</b></p><p align=center><b>DIRECTORS AND EXECUTIVE "
              "OFFICERS OF TALLOW BROOK HOLDINGS, INC.</b></p>"
              + _person_table("Oriana P. Vasquez-Lind", [
                  ("Position with Tallow Brook Holdings, Inc.:", "Director<br>President"),
                  ("Present Principal Occupation:", "&nbsp;"),
                  ("Business Address:", "Ledmore Aerospace<br>18 Quay Street<br>Portland, Maine 04101"),
                  ("Citizenship:", "United States")])
              + _person_table("Teodor K. Szalai", [
                  ("Position with Tallow Brook Holdings, Inc.:", "Chief Financial Officer"),
                  ("Present Principal Occupation:", "Professor of Naval Architecture, Coastline University"),
                  ("Business Address:", "One Halden Plaza<br>Bath, Maine 04530"),
                  ("Citizenship:", "Hungary")])
              + "</body></html>")


def test_a_table_per_person_reads_each_label_cell_with_its_value_cell(tmp_path):
    """Main: positions ['| Director President'], citizenship None, the address '| United States | ...'."""
    people = {p.name: p for p in _extract(tmp_path, "schedule_i.htm", PER_PERSON).people}
    assert set(people) == {"Oriana P. Vasquez-Lind", "Teodor K. Szalai"}
    oriana, teodor = people["Oriana P. Vasquez-Lind"], people["Teodor K. Szalai"]
    assert oriana.positions == ["Director", "President"]  # (two lines of the cell: two titles)
    assert oriana.other_positions == []  # (an empty value cell)
    assert oriana.citizenship == "United States"
    assert teodor.positions == ["Chief Financial Officer"]
    assert teodor.other_positions == ["Professor of Naval Architecture, Coastline University"]
    assert teodor.address == "One Halden Plaza, Bath, Maine 04530"
    assert teodor.citizenship == "Hungary"


def test_a_name_the_ner_sees_in_a_value_cell_stays_in_the_value(tmp_path):
    """'Ledmore Aerospace' (a person's name to the NER) is the first line of an address cell, no entry's name.
    Main: the address '| United States | 18 Quay Street ...'."""
    filing = _extract(tmp_path, "schedule_i.htm", PER_PERSON)
    oriana = next(p for p in filing.people if p.name == "Oriana P. Vasquez-Lind")
    assert oriana.address == "Ledmore Aerospace, 18 Quay Street, Portland, Maine 04101"
    assert not any(w.code == "unassigned-name" for w in filing.warnings)


def test_a_value_holding_a_cell_boundary_is_refused(tmp_path):
    """A label row of three cells ('Position: | Director | Chairman'): the value would hold a cell boundary; it is
    left out with a finding. Main: positions ['| Director | Chairman']."""
    text = PER_PERSON.replace("<td valign=top>Chief Financial Officer</td>",
                              "<td valign=top>Chief Financial Officer</td><td>Treasurer</td>")
    filing = _extract(tmp_path, "schedule_i.htm", text)
    values = [v for p in filing.people for v in (*p.positions, *p.other_positions, p.citizenship or "",
                                                  p.address or "")]
    assert values and not any("|" in v for v in values)
    assert any(w.code == "roster-ambiguous" and ("cell boundary" in w.message or "cell separator" in w.message)
               for w in filing.warnings)  # (the guard of kg.forms.roster_junk or of kg.forms.roster_guard)
    assert next(p for p in filing.people if p.name == "Oriana P. Vasquez-Lind").positions == ["Director", "President"]


HEAD = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HALDEN MARINE CORPORATION

Name  Position with Halden Marine Corporation  Present Principal Occupation  Business Address  Citizenship
"""
FULL = ("Oriana P. Vasquez-Lind   Director   Senior Counsel, Brisk, Tallow & Orme   18 Quay Street, Portland, Maine "
        "04101   United States\n")
NO_OCCUPATION = "Teodor K. Szalai  Chief Financial Officer    One Halden Plaza, Bath, Maine 04530  Hungary\n"
NO_CITIZENSHIP = ("Lucinda M. Sloane    Director    Professor of Naval Architecture, Coastline University    "
                  "Coastline University, 4 Harbor Road, Camden, Maine 04843\n")
ADDRESS_ONLY = "Kenneth J. Marlow  One Halden Plaza, Bath, Maine 04530  United Kingdom\n"
COLLAPSED = HEAD + FULL + NO_OCCUPATION + NO_CITIZENSHIP + ADDRESS_ONLY


def test_collapsed_rows_with_fewer_cells_are_placed_by_what_their_cells_hold(tmp_path):
    """Main: the table is refused whole (StructureError: no roster read)."""
    filing = _extract(tmp_path, "schedule_i.txt", COLLAPSED)
    people = {p.name: p for p in filing.people}
    assert set(people) == {"Oriana P. Vasquez-Lind", "Teodor K. Szalai", "Lucinda M. Sloane", "Kenneth J. Marlow"}
    lucinda = people["Lucinda M. Sloane"]  # (no citizenship: every other cell has one column left)
    assert lucinda.positions == ["Director"]
    assert lucinda.other_positions == ["Professor of Naval Architecture, Coastline University"]
    assert lucinda.address == "Coastline University, 4 Harbor Road, Camden, Maine 04843" and lucinda.citizenship is None
    kenneth = people["Kenneth J. Marlow"]
    assert kenneth.positions == [] and kenneth.other_positions == []
    assert kenneth.address == "One Halden Plaza, Bath, Maine 04530" and kenneth.citizenship == "United Kingdom"
    assert people["Oriana P. Vasquez-Lind"].other_positions == ["Senior Counsel, Brisk, Tallow & Orme"]


def test_a_title_that_could_be_the_position_or_the_occupation_is_left_out(tmp_path):
    """'Chief Financial Officer' fits both title columns; the wider gap after it is no proof: left out, with a
    finding; the address and the citizenship are certain. Main: the table is refused whole."""
    filing = _extract(tmp_path, "schedule_i.txt", COLLAPSED)
    teodor = next(p for p in filing.people if p.name == "Teodor K. Szalai")
    assert teodor.positions == [] and teodor.other_positions == []
    assert teodor.address == "One Halden Plaza, Bath, Maine 04530" and teodor.citizenship == "Hungary"
    doubt = next(w for w in filing.warnings if w.code == "roster-ambiguous" and "Chief Financial Officer" in w.message)
    assert doubt.values["readings"] == ["Position with Halden Marine Corporation", "Present Principal Occupation"]
    assert COLLAPSED[doubt.span[0]:doubt.span[1]] == "Chief Financial Officer"


def test_a_row_no_column_takes_is_left_out_alone(tmp_path):
    """Two addresses in one row: no way to place it; that row is left out with a finding, the rest read. Main: the
    table is refused whole."""
    row = "Marta J. Okafor  One Halden Plaza, Bath, Maine 04530  18 Quay Street, Portland, Maine 04101\n"
    filing = _extract(tmp_path, "schedule_i.txt", HEAD + FULL + row + NO_CITIZENSHIP)
    assert {p.name for p in filing.people} == {"Oriana P. Vasquez-Lind", "Lucinda M. Sloane"}
    assert any(w.code == "unassigned-name" and w.values.get("name") == "Marta J. Okafor" for w in filing.warnings)
    assert next(p for p in filing.people if p.name == "Lucinda M. Sloane").positions == ["Director"]


def test_a_short_row_that_opens_with_no_name_still_refuses_the_table(tmp_path):
    """Guard (passes on main too): a line whose first cell is no person's name may be no row of its own."""
    row = "Retired    One Halden Plaza, Bath, Maine 04530  United States\n"
    try:
        people = _extract(tmp_path, "schedule_i.txt", HEAD + FULL + row + NO_OCCUPATION).people
    except StructureError:
        return
    assert not any("Retired" in v for p in people for v in (*p.positions, *p.other_positions))


def test_an_aligned_table_with_an_empty_cell_is_read_as_printed(tmp_path):
    """Guard (passes on main too): nothing in the rows runs across the header's columns; not laid out anew."""
    text = HEAD.replace("Name  Position with Halden Marine Corporation  Present Principal Occupation  Business "
                        "Address  Citizenship\n", f"{'Name':<24}{'Position':<26}{'Principal Occupation':<32}"
                        "Citizenship\n") + "".join(f"{a:<24}{b:<26}{c:<32}{d}\n" for a, b, c, d in [
                            ("Oriana P. Vasquez-Lind", "Director", "Senior Counsel", "United States"),
                            ("Teodor K. Szalai", "Chief Financial Officer", "", "Hungary"),
                            ("Lucinda M. Sloane", "Director", "Professor", "United Kingdom")])
    people = {p.name: p for p in _extract(tmp_path, "schedule_i.txt", text).people}
    assert people["Teodor K. Szalai"].positions == ["Chief Financial Officer"]
    assert people["Teodor K. Szalai"].other_positions == []
    assert people["Lucinda M. Sloane"].other_positions == ["Professor"]


@pytest.mark.parametrize("row", [NO_OCCUPATION, NO_CITIZENSHIP, ADDRESS_ONLY])
def test_no_cell_of_a_short_row_goes_to_another_person(tmp_path, row):
    """Guard: each short row alone between two full rows; every value read is the row's own."""
    full2 = FULL.replace("Oriana P. Vasquez-Lind", "Marta J. Okafor").replace("United States", "Canada")
    try:
        people = {p.name: p for p in _extract(tmp_path, "schedule_i.txt", HEAD + FULL + row + full2).people}
    except StructureError:
        return
    assert people["Marta J. Okafor"].citizenship == "Canada"
    assert people["Oriana P. Vasquez-Lind"].citizenship == "United States"
    for name, person in people.items():
        start, end = person.spans["name"]
        assert (HEAD + FULL + row + full2)[start:end] == name


def test_a_city_state_alone_is_never_taken_for_the_citizenship(tmp_path):
    """Guard (passes on main too, which refuses the table): 'Hong Kong' alone in the last cell of a row short of a
    cell may be the address or the citizenship: left out, with a finding."""
    row = "Marta J. Okafor  Director  Chairman, Harbour Trust Limited    Hong Kong\n"
    try:
        filing = _extract(tmp_path, "schedule_i.txt", HEAD + FULL + row + NO_OCCUPATION)
    except StructureError:
        return
    marta = next((p for p in filing.people if p.name == "Marta J. Okafor"), None)
    assert marta is None or (marta.citizenship is None and marta.address is None)
