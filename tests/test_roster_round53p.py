"""Round 53p (issue 13): gather113's saved_text_pipe_cells_number_cell_citizenship_second (an HTML table saved as
text, a '|' line before and after every cell, each cell's text wrapped over narrow lines between them, in the order
No. | Name | Citizenship | Position | Occupation | Business Address; the address's lines joined by ', ' in its cell).

What was wrong: an address cell printing the address on one line, broken only where the narrow column wrapped it
('767 Fifth Avenue, New' / 'York, NY 10153'), was read one address line a cell line (the cell shows a city's line),
so the address came out 'New, York' and its city 'York'.

What changed: kg/forms/roster_pipe_columns.py `address_value` (with `_wrapped_at_commas`): a cell that prints the
address's breaks as commas (a line ending on one before the last, or a comma inside a line before what no address
line keeps after one, kg/patterns/roster.yml `address_kept_after_comma`) and breaks its lines only where a greedy
wrap at the column's width (its longest line) would have, is one line, its lines joined by spaces.

Texts of our own making. Tests marked "fails on main" fail on main f932fb9; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict

HEAD = """\
EXHIBIT 1

DIRECTORS AND EXECUTIVE OFFICERS OF HARBOR LANE CAPITAL, L.P.

The following table sets forth the name, citizenship, position, present principal occupation and business
address of each director and executive officer of Harbor Lane Capital, L.P.

|
Name
|
|
Citizenship
|
|
Position with Harbor Lane
Capital, L.P.
|
|
Present Principal
Occupation
|
|
Business Address
|

"""


def _row(name: str, citizenship: str, position: str, occupation: str, address: list[str]) -> str:
    cells = [[name], [citizenship], [position], [occupation], address]
    return "".join("|\n" + "\n".join(lines) + "\n|\n" for lines in cells) + "\n"


WRAPPED = HEAD + _row("Nathaniel P. Ostrowski", "United States", "General Partner", "Investor",
                      ["Harbor Lane Capital, 410", "Madison Avenue, New", "York, NY 10017"]) \
    + _row("Greta M. Lindqvist", "Sweden", "General Partner", "Investor",
           ["Lindqvist Holdings AB,", "Strandvagen 7, 114 56", "Stockholm, Sweden"])

LINES = HEAD + _row("Nathaniel P. Ostrowski", "United States", "General Partner", "Investor",
                    ["Harbor Lane Capital", "410 Madison Avenue", "New York, NY 10017"]) \
    + _row("Greta M. Lindqvist", "Sweden", "General Partner", "Investor",
           ["Lindqvist Holdings AB", "Strandvagen 7", "Suite 12", "Stockholm 114 56", "Sweden"])


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path))["people"]}


def test_address_wrapped_by_the_column_is_one_line(tmp_path: Path) -> None:
    """Fails on main: 'Harbor Lane Capital, 410, Madison Avenue, New, York, NY 10017', city 'York'."""
    people = _people(tmp_path, WRAPPED)
    assert people["Nathaniel P. Ostrowski"]["address"] == "Harbor Lane Capital, 410 Madison Avenue, New York, NY 10017"
    assert people["Nathaniel P. Ostrowski"]["address_city"] == "New York"
    assert people["Greta M. Lindqvist"]["address"] == "Lindqvist Holdings AB, Strandvagen 7, 114 56 Stockholm, Sweden"


def test_address_one_line_a_line_still_reads(tmp_path: Path) -> None:
    """Guard: a cell printing the address one line a line (no comma but the city's) keeps its lines."""
    people = _people(tmp_path, LINES)
    assert people["Nathaniel P. Ostrowski"]["address"] == "Harbor Lane Capital, 410 Madison Avenue, New York, NY 10017"
    assert people["Nathaniel P. Ostrowski"]["address_city"] == "New York"
    assert people["Greta M. Lindqvist"]["address"] == "Lindqvist Holdings AB, Strandvagen 7, Suite 12, Stockholm 114 56, " \
        "Sweden"
