"""The last column keeps its line: a row saved one cell a line whose address closes on a postal code with one line
under it, where the header's last column is the citizenship.

An address's country is printed under its postal line ('New York, New York 10270' / 'United States'), and so is the
citizenship cell of a table whose columns end 'Business Address' / 'Citizenship'. Where the address would take the
row's last line as its country and leave the citizenship cell no line, that line is the last column's cell when it
reads as a citizenship: a row holds a cell for each column of its header (an empty cell printed '--' or '-'), and
the address is whole without it, closing on its postal code. Else the address is as kg.forms.roster_cell_types
reads it (and the row is refused where the citizenship has no line)."""
from __future__ import annotations

from kg.forms import roster_fields as rf
from kg.forms.roster_postal import hyphenated_postal


def address_keeping_last(taken: list[str], rest: list[str], following: list[str], postal_end) -> list[str]:
    """The address's lines (`taken`, of the row's remaining lines `rest`) without the row's last line where the
    citizenship is the only column after the address, the address takes every line left, its last line reads as a
    citizenship and the line above it closes on a postal code (`postal_end`, a compiled pattern); else `taken`."""
    if following != ["citizenship"] or len(taken) != len(rest) or len(taken) < 2:
        return taken
    last, above = taken[-1].strip(" ,."), taken[-2]
    if not rf.is_citizenships(last) or not postal_end.match(hyphenated_postal(above.strip(" ,."))):
        return taken
    return taken[:-1]
