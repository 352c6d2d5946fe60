"""Sixteenth round (issue 13): two persons' labelled blocks side by side on the same text lines (a page set in two
columns, converted line by line), each cause on a text of our own making (people and organisations invented here)."""
from __future__ import annotations

import pytest

import kg
from kg.errors import StructureError
from kg.forms.roster_sides import read_labelled

HEAD = """\
                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF FENWICK SALT A/S

The name, position with Fenwick Salt A/S, present principal occupation (where
it is not that position), citizenship and business address of each director
and executive officer of Fenwick Salt A/S are set forth below.

"""

SIDE_BY_SIDE = HEAD + """\
1.                                          2.
Name:         Maren Holt                    Name:         Oskar Lindqvist
Position:     Chair of the Board            Position:     Co Vice Chair of the
Occupation:   Professional Board                          Board
              Director                      Occupation:   Harbour Pilot
Citizenship:  Denmark                       Citizenship:  Sweden
Address:      Saltvej 4                     Address:      Kajgatan 9
              4000 Roskilde                               211 22 Malmo
              Denmark                                     Sweden

3.                                          4.
Name:         Ingrid Solveig Barbro         Name:         Tomas Ek
              Hallandsasen                  Position:     Chief Executive Officer
Position:     Board Director                Citizenship:  Norway
Occupation:   Chief Executive Officer,      Address:      Saltvej 4
              Nordkap Ferries AS                          4000 Roskilde
Citizenship:  Norway                                      Denmark
Address:      Fjellveien 2
              5003 Bergen
              Norway

5.
Name:         Karl Brenner
Position:     Chief Financial Officer
Citizenship:  Germany
Address:      Saltvej 4
              4000 Roskilde
              Denmark
"""


def _people(tmp_path, text: str, name: str = "sbs.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    filing = kg.extract(path)
    return {p.name: p for p in filing.people}, filing.warnings


def _refused(tmp_path, text: str, why: str) -> None:
    """Nobody is read from the roster (the document holds nothing else: a typed error), and the reader says why."""
    with pytest.raises(StructureError):
        _people(tmp_path, text)
    blocks, orphans, refusal = read_labelled(text, 0, len(text), (0, text.index("1.  ")))
    assert (blocks, orphans) == ([], []) and why in refusal.refusal


def test_blocks_side_by_side_give_each_person_the_values_of_their_own_block(tmp_path):
    """Each side read on its own: the right block's values never reach the left person (before: 'Maren Holt
    Name: Oskar Lindqvist' was one name and the citizenships of both were one value); a value that wraps keeps
    to its side ('Co Vice Chair of the' / 'Board'), a name that wraps is one name, the entry numbers above the
    blocks are layout, and an odd last person stands alone."""
    people, _warnings = _people(tmp_path, SIDE_BY_SIDE)
    assert set(people) == {"Maren Holt", "Oskar Lindqvist", "Ingrid Solveig Barbro Hallandsasen", "Tomas Ek",
                           "Karl Brenner"}
    assert people["Maren Holt"].positions == ["Chair of the Board"]
    assert people["Maren Holt"].other_positions == ["Professional Board Director"]
    assert people["Maren Holt"].citizenship == "Denmark"
    assert people["Maren Holt"].address == "Saltvej 4, 4000 Roskilde, Denmark"
    assert people["Oskar Lindqvist"].positions == ["Co Vice Chair of the Board"]
    assert people["Oskar Lindqvist"].other_positions == ["Harbour Pilot"]
    assert people["Oskar Lindqvist"].citizenship == "Sweden"
    assert people["Oskar Lindqvist"].address == "Kajgatan 9, 211 22 Malmo, Sweden"
    ingrid = people["Ingrid Solveig Barbro Hallandsasen"]
    assert ingrid.positions == ["Board Director"] and ingrid.citizenship == "Norway"
    assert ingrid.other_positions == ["Chief Executive Officer, Nordkap Ferries AS"]
    assert ingrid.address == "Fjellveien 2, 5003 Bergen, Norway"
    assert people["Tomas Ek"].positions == ["Chief Executive Officer"]
    assert people["Tomas Ek"].citizenship == "Norway"
    assert people["Tomas Ek"].address == "Saltvej 4, 4000 Roskilde, Denmark"
    assert people["Karl Brenner"].positions == ["Chief Financial Officer"]
    assert people["Karl Brenner"].citizenship == "Germany"


def test_blocks_whose_second_column_moves_are_refused(tmp_path):
    """The second block's labels at column 44 in one band and at column 40 in the next: no one column splits the
    roster, any line could hold values of both persons; refused (`roster-ambiguous`), nobody recorded from it."""
    moved = SIDE_BY_SIDE.replace("\n3.                                          4.\n",
                                 "\n3.                                      4.\n")
    lines = moved.split("\n")
    at = lines.index("3.                                      4.")
    for index in range(at + 1, at + 6):
        lines[index] = lines[index][:40] + lines[index][44:]
    _refused(tmp_path, "\n".join(lines), "at columns [40, 44]")


def test_text_across_the_second_column_is_refused(tmp_path):
    """A value of the left block that runs on across the column where the right block's labels start: its end
    could be the right person's; the roster is refused, not read either way."""
    crossing = SIDE_BY_SIDE.replace("Citizenship:  Norway                                      Denmark",
                                    "Citizenship:  Norway and the Kingdom of Denmark, both       Denmark")
    _refused(tmp_path, crossing, "text crosses column 44")


def test_a_wrapped_name_in_a_single_column_of_blocks_is_one_name(tmp_path):
    """'Name:' whose value wraps to a second line of capitalised words at its column: one name (before: the first
    line alone, a person not listed). A line of other text there is no part of the name."""
    text = HEAD + """\
Name:         Ingrid Solveig Barbro
              Hallandsasen
Position:     Board Director
Citizenship:  Norway

Name:         Tomas Ek
Position:     Chief Executive Officer
Citizenship:  Norway
"""
    people, _warnings = _people(tmp_path, text)
    assert set(people) == {"Ingrid Solveig Barbro Hallandsasen", "Tomas Ek"}
    assert people["Ingrid Solveig Barbro Hallandsasen"].positions == ["Board Director"]


def test_a_name_holding_a_label_is_never_a_name(tmp_path):
    """The guard under every reader: a name read as 'Maren Holt   Name:  Oskar Lindqvist' (two entries' text on one
    line) is left out with a `roster-ambiguous` finding, never recorded."""
    from kg.context import Context
    from kg.forms.roster_entry import Entry
    from kg.forms.roster_guard import plausible

    ctx = Context(text="Maren Holt   Name:  Oskar Lindqvist", source="x.txt")
    entry = Entry(name="Maren Holt   Name:  Oskar Lindqvist", name_span=(0, 35), evidence=(0, 35), fields={})
    assert not plausible(ctx, entry)
    assert [w.code for w in ctx.warnings] == ["roster-ambiguous"]


def test_a_side_holding_two_columns_of_values_is_refused(tmp_path):
    """The label column of the right blocks swapped with the value column of the left ('Name:  Name:  Maren Holt
    Oskar Lindqvist'): split at the second label, a side's value holds two columns; any reading of it joins two
    persons ('Maren Holt Oskar Lindqvist', a person not listed); refused."""
    swapped = HEAD + """\
Name:         Name:         Maren Holt                    Oskar Lindqvist
Position:     Position:     Chair of the Board            Harbour Pilot
Citizenship:  Citizenship:  Denmark                       Sweden
Address:      Address:      Saltvej 4                     Kajgatan 9
                            4000 Roskilde                 211 22 Malmo
"""
    with pytest.raises(StructureError):
        _people(tmp_path, swapped)
    blocks, _orphans, refusal = read_labelled(swapped, 0, len(swapped), (0, swapped.index("Name:")))
    assert blocks == [] and "holds a wide gap" in refusal.refusal


GROUPED = """\
<html><body><p align="center"><b>SCHEDULE A</b></p>
<p align="center">DIRECTORS AND EXECUTIVE OFFICERS OF FENWICK SALT A/S</p>
<table border="1">
<tr><th rowspan="2">Name and Position with Fenwick Salt A/S</th>
<th colspan="2">Present Principal Occupation or Employment</th><th rowspan="2">Citizenship</th></tr>
<tr><th>Occupation and Employer</th><th>Business Address</th></tr>
<tr><td>Maren Holt<br>Chair of the Board</td><td>Professional Board Director</td>
<td>Saltvej 4<br>4000 Roskilde<br>Denmark</td><td>Denmark</td></tr>
<tr><td>Oskar Lindqvist<br>Board Director</td><td>Harbour Pilot, Malmo Port AB</td>
<td>Kajgatan 9<br>211 22 Malmo<br>Sweden</td><td>Sweden</td></tr>
</table></body></html>
"""


def test_a_header_cell_over_two_columns_gives_each_the_sub_header_under_it(tmp_path):
    """'Present Principal Occupation or Employment' spanning two grid columns (colspan), 'Occupation and Employer' /
    'Business Address' under it: the address column is the address (before: the header's three cells were laid on
    the rows' four, and the address was read as the citizenship, the citizenship not at all)."""
    people, _warnings = _people(tmp_path, GROUPED, "grouped.htm")
    assert set(people) == {"Maren Holt", "Oskar Lindqvist"}
    assert people["Maren Holt"].citizenship == "Denmark"
    assert people["Maren Holt"].address == "Saltvej 4, 4000 Roskilde, Denmark"
    assert people["Oskar Lindqvist"].citizenship == "Sweden"
    assert people["Oskar Lindqvist"].address == "Kajgatan 9, 211 22 Malmo, Sweden"
    assert people["Oskar Lindqvist"].positions == ["Board Director"]
