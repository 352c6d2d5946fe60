"""Twenty-first round, issue 13: a fixed-width table a converter collapsed (each row printed on one line, cells
apart by two to four spaces that vary by row, no alignment between rows, the header printed the same way). Texts
of our own making (people and organisations invented here).

Before, the geometry reader took the header's words for column starts and cut every row at them: cells ran across
the columns, two names ran together and values went to the wrong person. Now (kg/forms/roster_geometry.py
`shares_gaps`) columns are inferred from the header only when no cell of the body after a line's first runs across
a column's start; and a block of such lines (kg/forms/roster_spacecells.py) is laid out cell by cell, the n-th cell
under the n-th caption, only when every row has as many cells as the header and one gap all along it; else no
person is read from it. (Since round 22 (b) a row with fewer cells is placed by what its cells hold, and a row that
cannot be placed is left out alone: kg/forms/roster_spacerows.py, tests/test_roster_round22b.py.)
"""
from __future__ import annotations

import kg
from kg.forms.roster_geometry import Line, shares_gaps

HEAD = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HALDEN MARINE CORPORATION

"""
COLLAPSED = HEAD + """Name  Position with Halden Marine Corporation  Present Principal Occupation  Business Address  Citizenship
Oriana P. Vasquez-Lind   Director   Senior Counsel, Brisk, Tallow & Orme   18 Quay Street, Portland, Maine 04101   United States
Teodor K. Szalai  Chief Financial Officer  Chief Financial Officer, Halden Marine Corporation  One Halden Plaza, Bath, Maine 04530  Hungary
Lucinda M. Sloane    Director    Professor of Naval Architecture, Coastline University    Coastline University, 4 Harbor Road, Camden, Maine 04843    United Kingdom
Kenneth J. Marlow  Director  Retired  One Halden Plaza, Bath, Maine 04530  United States
"""
ALIGNED = HEAD + """Name                    Position           Present Principal Occupation     Citizenship
Oriana P. Vasquez-Lind  Director           Senior Counsel, Brisk, Tallow    United States
                                           & Orme
Teodor K. Szalai        Chief Financial    Chief Financial Officer          Hungary
                        Officer
Lucinda M. Sloane       Director           Professor, Coastline University  United Kingdom
"""
NAMES = {"Oriana P. Vasquez-Lind", "Teodor K. Szalai", "Lucinda M. Sloane", "Kenneth J. Marlow"}


def _people(tmp_path, text: str):
    path = tmp_path / "schedule_i.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_collapsed_rows_are_read_cell_by_cell_each_value_on_its_own_row(tmp_path):
    people = _people(tmp_path, COLLAPSED)
    assert set(people) == NAMES  # before: 'Oriana P. Vasquez-Lind Teodor', values on the wrong person
    assert people["Teodor K. Szalai"].positions == ["Chief Financial Officer"]
    assert people["Teodor K. Szalai"].citizenship == "Hungary"
    assert people["Lucinda M. Sloane"].other_positions == ["Professor of Naval Architecture, Coastline University"]
    assert people["Lucinda M. Sloane"].citizenship == "United Kingdom"
    assert people["Oriana P. Vasquez-Lind"].address == "18 Quay Street, Portland, Maine 04101"


def test_a_row_whose_cells_cannot_be_counted_for_certain_is_refused_not_the_table(tmp_path):
    # a row whose gaps differ though it has a cell for every column: which cell is which is a guess. (Round 21
    # refused the whole table; since round 22 (b) the row is left out with a finding, every other row read.)
    path = tmp_path / "schedule_i.txt"
    path.write_text(COLLAPSED.replace("Director  Retired  One", "Director  Retired   One"), encoding="utf-8")
    filing = kg.extract(path)
    assert {p.name for p in filing.people} == NAMES - {"Kenneth J. Marlow"}
    assert any(w.code == "unassigned-name" and w.values["name"] == "Kenneth J. Marlow" for w in filing.warnings)


def test_an_empty_cell_is_never_placed_by_its_wider_gap(tmp_path):
    # 'Treasurer' could be the position or the occupation: left out (round 22 (b): the cells whose column their
    # content says are read; round 21 refused the table). Since round 25 (b) a title the table's other rows put
    # under one column for certain stands there ('Director': Oriana P. Vasquez-Lind's position), and a row joined
    # by three spaces or more places its empty cell by its doubled gap (tests/test_roster_round25b.py); a gap of
    # four in a row joined by two is no proof.
    path = tmp_path / "schedule_i.txt"
    path.write_text(COLLAPSED.replace("Director  Retired  One", "Treasurer    One"), encoding="utf-8")
    filing = kg.extract(path)
    people = {p.name: p for p in filing.people}
    assert set(people) == NAMES
    assert people["Kenneth J. Marlow"].positions == [] and people["Kenneth J. Marlow"].other_positions == []
    assert people["Kenneth J. Marlow"].citizenship == "United States"
    assert any(w.code == "roster-ambiguous" and "'Treasurer'" in w.message for w in filing.warnings)
    path.write_text(COLLAPSED.replace("Director  Retired  One", "Director    One"), encoding="utf-8")
    people = {p.name: p for p in kg.extract(path).people}
    assert people["Kenneth J. Marlow"].positions == ["Director"] and people["Kenneth J. Marlow"].other_positions == []


def test_the_same_people_in_an_aligned_table_are_read(tmp_path):
    aligned = HEAD + "Name" + " " * 21 + "Citizenship\n" + "".join(
        f"{line.split('  ')[0]:<25}{line.split('  ')[-1].strip()}\n" for line in COLLAPSED.splitlines()[5:])
    people = _people(tmp_path, aligned)
    assert set(people) == NAMES
    assert people["Teodor K. Szalai"].citizenship == "Hungary"


def test_the_collapsed_header_gives_no_columns_the_rows_do_not_keep():
    lines = [Line(0, text) for text in COLLAPSED.splitlines()[4:]]
    starts = [offset for offset, _ in lines[0].chunks()]
    assert not shares_gaps(lines[1:], starts)


def test_an_aligned_table_with_wrapped_cells_still_keeps_its_columns(tmp_path):
    lines = [Line(0, text) for text in ALIGNED.splitlines()[4:]]
    starts = [offset for offset, _ in lines[0].chunks()]
    assert shares_gaps(lines[1:], starts)
    people = _people(tmp_path, ALIGNED)
    assert set(people) == NAMES - {"Kenneth J. Marlow"}
    assert people["Teodor K. Szalai"].citizenship == "Hungary"
    assert people["Lucinda M. Sloane"].citizenship == "United Kingdom"


def test_a_laid_out_row_keeps_its_spans_in_the_file(tmp_path):
    people = _people(tmp_path, COLLAPSED)
    for name, person in people.items():
        start, end = person.spans["name"]
        assert COLLAPSED[start:end] == name
