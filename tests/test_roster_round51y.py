"""Round 51y (issue 13): an HTML table saved as text one cell a line whose rows print the citizenship cell (and a
'No.' cell when numbered) BEFORE the name, '--' in an empty cell: gather101's
saved_as_text_cells_citizenship_first_number_cell.

What was wrong: (1) the header was found from its 'Name' line on, so the 'Citizenship' caption above it was no
column and each row's first line ('United States') was read as a row of its own, the name then a cell of the row
above; the header run also went over the blank line into the first row's citizenship; (2) a cell printed '--'
(empty) was read as a value: an occupation '--' made the row's cells not fit the header, so it was refused.

What changed: kg/forms/roster_cell_lead.py (new: the caption lines right above 'Name' that name the cells printed
before it, 'No.' and 'Citizenship'; each row's lead cells are taken off and the citizenship kept for the row's
name); kg/forms/roster_cells.py (uses it; the header stops at a blank line under lead captions; a page's repeated
lead captions end the body above); '--' an empty cell in kg/forms/roster_cells.py, roster_cell_types.py and
roster_addressee.py as '-' is.

Texts of our own making. Tests marked "fails on main" fail on main 5f3d1ba; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict

ORG = "Halvard Instruments, Inc."
ROWS = [
    ["United States", "Corinne D. Vasquez", "Director; Chairman of the Board", "--",
     "400 Quarry Lane", "Dayton, Ohio 45402"],
    ["Canada", "Tobias R. Lindqvist", "Director", "Partner, Merrow & Dunne LLP",
     "Merrow & Dunne LLP", "88 Front Street West", "Toronto, Ontario M5J 1E3"],
    ["--", "Annelise F. Okafor", "Vice President; Treasurer", "--",
     "400 Quarry Lane", "Dayton, Ohio 45402"],
]


def _table(rows: list[list[str]], lead: list[str], numbered: bool = False) -> str:
    header = lead + ["Name", f"Present Position with {ORG}", "Present Principal Occupation", "Business Address"]
    lines = ["Schedule I", "", f"Directors and Executive Officers of {ORG}", "", *header, ""]
    for index, row in enumerate(rows):
        lines += ([f"{index + 1}."] if numbered else []) + row + [""]
    return "\n".join(lines) + "\n"


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "schedule.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


def _check(people: dict[str, dict]) -> None:
    assert set(people) == {"Corinne D. Vasquez", "Tobias R. Lindqvist", "Annelise F. Okafor"}
    assert people["Corinne D. Vasquez"]["citizenship"] == "United States"
    assert people["Corinne D. Vasquez"]["positions"] == ["Director", "Chairman of the Board"]
    assert not people["Corinne D. Vasquez"].get("other_positions")
    assert people["Corinne D. Vasquez"]["address"] == "400 Quarry Lane, Dayton, Ohio 45402"
    assert people["Tobias R. Lindqvist"]["citizenship"] == "Canada"
    assert people["Tobias R. Lindqvist"]["other_positions"] == ["Partner, Merrow & Dunne LLP"]
    assert people["Tobias R. Lindqvist"]["address_city"] == "Toronto"
    assert not people["Annelise F. Okafor"].get("citizenship")  # ('--': no citizenship printed)
    assert people["Annelise F. Okafor"]["positions"] == ["Vice President", "Treasurer"]


def test_citizenship_cell_before_the_name(tmp_path):
    """Fails on main: the citizenship line read as a row of its own, the name as a cell of the row above."""
    _check(_people(tmp_path, _table(ROWS, ["Citizenship"])))


def test_number_and_citizenship_cells_before_the_name(tmp_path):
    """Fails on main: 'No.' / 'Citizenship' over 'Name': no row read."""
    _check(_people(tmp_path, _table(ROWS, ["No.", "Citizenship"], numbered=True)))


def test_header_repeated_over_a_new_page(tmp_path):
    """Fails on main. The header's lead captions repeated after a page break end the body above; no caption is a
    value and the rows under the second header read too."""
    text = _table(ROWS[:2], ["Citizenship"]) + "\f\n" + f"{'Page 2':^60}".rstrip() + "\n\n" + \
        "\n".join(["Citizenship", "Name", f"Present Position with {ORG}", "Present Principal Occupation",
                   "Business Address", "", *ROWS[2], ""]) + "\n"
    people = _people(tmp_path, text)
    _check(people)
    assert all("Citizenship" not in str(p) and "Page" not in str(p) for p in people.values())


def test_a_row_not_opening_with_its_citizenship_is_refused(tmp_path):
    """A row whose first line is no citizenship (a title where the citizenship should stand) is not read as the
    header says: no value goes on the wrong person. Fails on main (no citizenship read there at all)."""
    rows = [ROWS[0], ["Director", "Tobias R. Lindqvist", "Partner, Merrow & Dunne LLP",
                      "Merrow & Dunne LLP", "88 Front Street West", "Toronto, Ontario M5J 1E3"], ROWS[2]]
    people = _people(tmp_path, _table(rows, ["Citizenship"]))
    assert people["Corinne D. Vasquez"]["citizenship"] == "United States"
    assert "Director" not in (people.get("Tobias R. Lindqvist") or {}).get("positions", [])
    assert people["Annelise F. Okafor"]["positions"] == ["Vice President", "Treasurer"]


def test_guard_name_first_cells_one_a_line(tmp_path):
    """Guard (passes on main too): Novo's order, the name first and the citizenship a later cell, '-' empty."""
    text = "\n".join(["Schedule I", "", f"Directors and Executive Officers of {ORG}", "", "Name", "Position",
                      "Principal Occupation", "Citizenship", "Business Address", "",
                      "Corinne D. Vasquez", "Director; Chairman of the Board", "-", "United States",
                      "400 Quarry Lane, Dayton, Ohio 45402", "",
                      "Tobias R. Lindqvist", "Director", "Partner, Merrow & Dunne LLP", "Canada",
                      "88 Front Street West, Toronto, Ontario M5J 1E3", ""]) + "\n"
    people = _people(tmp_path, text)
    assert people["Corinne D. Vasquez"]["citizenship"] == "United States"
    assert people["Tobias R. Lindqvist"]["citizenship"] == "Canada"
    assert people["Tobias R. Lindqvist"]["other_positions"] == ["Partner, Merrow & Dunne LLP"]


# ---- the second '|' table of address and citizenship after a flag-cell table (Trilogy 2009 saved as text) -------
def _trilogy(second_rows: list[list[str]], citizenship: bool = True) -> str:
    lines = ["EXHIBIT 99.1", "", f"Directors and Executive Officers of {ORG}", "",
             "The following tables set forth the name, present principal occupation or employment, business address "
             f"and citizenship of each director and executive officer of {ORG}", "",
             "|Name", "|Director", "|Present Principal Occupation or Employment"]
    for name, flag, occupation in [("Corinne D. Vasquez", "Yes", "Partner, Merrow & Dunne LLP"),
                                   ("Tobias R. Lindqvist", "Yes", "Professor of Physics, Caledon University"),
                                   ("Annelise F. Okafor", "No", f"Vice President and Treasurer of {ORG}")]:
        lines += [f"|{name}", f"|{flag}", "|", occupation]
    lines += ["", "|Name", "|Business Address"] + (["|Citizenship"] if citizenship else [])
    for row in second_rows:
        lines += [f"|{cell}" for cell in row]
    return "\n".join(lines) + "\n"


SECOND = [["Corinne D. Vasquez", "Merrow & Dunne LLP", "88 Front Street West", "Toronto, Ontario M5J 1E3", "Canada"],
          ["Tobias R. Lindqvist", "Caledon University", "12 College Road", "Guelph, Ontario N1G 2W1", "Canada"],
          ["Annelise F. Okafor", "400 Quarry Lane", "Dayton, Ohio 45402", "United States"]]


def test_second_table_address_and_citizenship_joined_by_name(tmp_path):
    """Fails on main: the second table's rows (an address cell per line) were read as fixed-width rows: one address
    line at most, the citizenship taken from an address line and refused, the rows after the first not read."""
    people = _people(tmp_path, _trilogy(SECOND))
    assert people["Corinne D. Vasquez"]["citizenship"] == "Canada"
    assert people["Corinne D. Vasquez"]["address"] == "Merrow & Dunne LLP, 88 Front Street West, Toronto, Ontario M5J 1E3"
    assert people["Tobias R. Lindqvist"]["address_city"] == "Guelph"
    assert people["Annelise F. Okafor"]["citizenship"] == "United States"
    assert people["Annelise F. Okafor"]["address"] == "400 Quarry Lane, Dayton, Ohio 45402"
    assert people["Corinne D. Vasquez"]["other_positions"] == ["Partner, Merrow & Dunne LLP"]


def test_second_table_in_another_order_joins_by_name(tmp_path):
    """Fails on main. The rows go by name, not by place: the second table in reverse order gives the same values."""
    people = _people(tmp_path, _trilogy(SECOND[::-1]))
    assert people["Tobias R. Lindqvist"]["address_city"] == "Guelph"
    assert people["Annelise F. Okafor"]["citizenship"] == "United States"
    assert people["Corinne D. Vasquez"]["address_city"] == "Toronto"


def test_a_second_table_row_of_no_one_above_ends_the_table(tmp_path):
    """A name in the second table that names no person of the first: its cells are no one's, and the rows after it
    are not read (its cells could be anyone's); the rows before it still are. No value on the wrong person. Fails on
    main (the first row's citizenship not read there)."""
    rows = [SECOND[0], ["Ingrid M. Solheim", "5 Harbour Way", "Bergen 5003", "Norway"], SECOND[1], SECOND[2]]
    people = _people(tmp_path, _trilogy(rows))
    assert people["Corinne D. Vasquez"]["citizenship"] == "Canada"
    assert people["Corinne D. Vasquez"]["address_city"] == "Toronto"
    assert "Norway" not in str(people)
    assert not people["Tobias R. Lindqvist"].get("citizenship")
    assert not people["Annelise F. Okafor"].get("address")


def test_a_row_not_closing_on_a_citizenship_is_not_read(tmp_path):
    """A row whose last cell is no citizenship (the header says it is) gives its person nothing; the rows around it
    read. Fails on main (no row of the second table read after its first)."""
    rows = [SECOND[0], ["Tobias R. Lindqvist", "Caledon University", "12 College Road", "Guelph, Ontario N1G 2W1"],
            SECOND[2]]
    people = _people(tmp_path, _trilogy(rows))
    assert not people["Tobias R. Lindqvist"].get("address")
    assert not people["Tobias R. Lindqvist"].get("citizenship")
    assert people["Annelise F. Okafor"]["citizenship"] == "United States"
