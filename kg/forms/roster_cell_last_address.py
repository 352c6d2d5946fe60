"""A row of cells saved as text, one a line, whose last line is a whole business address on one line.

A table saved as text prints the business address cell as one comma-joined line ('Dassault Investissements, 9,
Rond-Point des Champs-Elysees, 75008 Paris, France', 'Via Caldera 21, 20153 Milano, Italy'); where the address is
the last column and the occupation's items run over several lines, the row is longer than the header and the address
is typed by its street, which such a line may not open with. A last line that reads as a whole address (a number,
two commas or more, a city and a country kg knows) is the last column's cell when it is the only such line of the
row: the other lines are typed into the other columns as before, and the row is refused when they do not fit.
"""
from __future__ import annotations

from kg.forms import roster_fields as rf


def whole_address(line: str) -> bool:
    _text, city, country = rf.parse_address(line.strip())
    return bool(city and country) and line.count(",") >= 2 and any(ch.isdigit() for ch in line)


def last_line_address(lines: list[str], roles: list[list[str]], split_row) -> dict[str, list[str]] | None:
    """The row's fields (`split_row` of the other lines, and the address) where the row is longer than the header,
    its last column the address and its last line, alone of its lines, a whole address; None otherwise."""
    if len(lines) <= len(roles) or len(roles) < 3 or not roles[-1] or roles[-1][0] != "address" \
            or not whole_address(lines[-1]) or any(whole_address(line) for line in lines[1:-1]):
        return None
    split = split_row(lines[:-1], roles[:-1])
    return None if split is None else {**split, "address": [lines[-1]]}
