"""Round 54r (issue 13): SBC's roster laid out anew (gather130's sbc_name_occupation_director_paren_twocol): two
columns 'Name' | 'Present Principal Occupation or Employment' (the right one at 37), each entry's right cell printing
'Director (<outside occupation>)' wrapped, then 'Business Address: ...' wrapped and 'Citizenship: X' in the same
column, no blank line between entries. Texts of our own making:

- the labelled lines were read as labelled blocks, each block's name taken from the line after its labels: every
  address and citizenship went to the next person, and lines of the cells became persons ('Natural History'). Labels of several fields that each open their line at a table's right-hand column are that
  column's lines, no blocks (kg/forms/roster_column_note.py, for one field before);
- read as a table, the 'Business Address:' lines ran on in the occupation's cell: an address-labelled line there
  starts the entry's address (kg/forms/roster_cell_labelled.py).

Each test marked "fails on main" fails on main ef60ab35 and passes here; the guards pass on both."""
from __future__ import annotations

import kg

_HEAD = ("Schedule I\n\n    Directors and Executive Officers of Corvale Holdings, Inc.\n\n"
         "         The directors and executive officers of Corvale Holdings, Inc. and their\n"
         "principal occupations as of the date hereof are set forth in the following table.\n\n"
         "Name                                 Present Principal Occupation or Employment\n"
         "----                                 ------------------------------------------\n")
_PAD = " " * 37

TWO_COLUMNS = _HEAD + (
    "Agnes T. Morrow                      Director (Retired Chairman, Kestrel Bank\n"
    f"{_PAD}and Trust Company)\n"
    f"{_PAD}Business Address: 12 Harbor Road, Portland,\n"
    f"{_PAD}Maine 04101\n"
    f"{_PAD}Citizenship: United States\n"
    "Bernard L. Osei                      Director (Partner, Lyle, Dunn & Carver)\n"
    f"{_PAD}Business Address: Lyle, Dunn & Carver, 8 Bay\n"
    f"{_PAD}Street, Toronto, Ontario M5J 2R8\n"
    f"{_PAD}Citizenship: Canada\n"
    "Clara B. Vandermeer                  Director (Professor of History, Dunmore\n"
    f"{_PAD}College)\n"
    f"{_PAD}Business Address: Dunmore College, 4 Elm\n"
    f"{_PAD}Street, Albany, New York 12207\n"
    f"{_PAD}Citizenship: United States\n")

THREE_COLUMNS = ("Exhibit A\n\n     Directors and Executive Officers of Corvale Holdings, Inc.\n\n"
                 "         The directors and executive officers of Corvale Holdings, Inc., their present principal\n"
                 "occupations or employment and their business addresses are set forth in the following table.\n\n"
                 "Name                             Present Principal Occupation or             Business Address\n"
                 "                                 Employment\n\n"
                 "Agnes T. Morrow                  Director (Retired Chairman, Kestrel Bank    12 Harbor Road\n"
                 "                                  and Trust Company)                         Portland, Maine 04101\n"
                 "Bernard L. Osei                  Director (Partner, Lyle, Dunn & Carver)     8 Bay Street\n"
                 "                                                                             Toronto, Ontario M5J 2R8\n"
                 "\n         All of the persons named above are citizens of the United States,\n"
                 "except Bernard L. Osei, who is a citizen of Canada.\n")


def _read(tmp_path, text: str):
    path = tmp_path / "schedule.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_labelled_lines_in_the_right_cell_are_the_entrys(tmp_path):
    """Fails on main: Bernard L. Osei got Agnes T. Morrow's address and citizenship (the labelled lines read as a
    block named by the line after them)."""
    people = _read(tmp_path, TWO_COLUMNS)
    osei = people["Bernard L. Osei"]
    assert osei.citizenship == "Canada"
    assert "Toronto" in osei.address and "Portland" not in osei.address
    morrow = people["Agnes T. Morrow"]
    assert morrow.citizenship == "United States" and "Portland, Maine 04101" in morrow.address
    assert "Business Address" not in " ".join(morrow.other_positions + [morrow.address or ""])


def test_no_line_of_a_cell_is_a_person(tmp_path):
    """Guard (passes on main too on this text): the three entries are read, no line of a cell as a person."""
    people = _read(tmp_path, TWO_COLUMNS)
    assert set(people) == {"Agnes T. Morrow", "Bernard L. Osei", "Clara B. Vandermeer"}
    assert "Albany" in people["Clara B. Vandermeer"].address


def test_director_paren_occupation_read(tmp_path):
    """Fails on main: 'Director (Partner, Lyle, Dunn & Carver)' is the board seat and the occupation elsewhere."""
    osei = _read(tmp_path, TWO_COLUMNS)["Bernard L. Osei"]
    assert osei.positions == ["Director"]
    assert osei.other_positions == ["Partner, Lyle, Dunn & Carver"]


def test_guard_three_columns_still_read(tmp_path):
    """Guard (passes on main too): the address in a column of its own, the citizenship in the closing sentence."""
    people = _read(tmp_path, THREE_COLUMNS)
    assert set(people) == {"Agnes T. Morrow", "Bernard L. Osei"}
    assert people["Bernard L. Osei"].citizenship == "Canada"
    assert "Toronto" in people["Bernard L. Osei"].address
    assert "Portland" in people["Agnes T. Morrow"].address
