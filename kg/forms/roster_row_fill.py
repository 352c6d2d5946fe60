"""The cells of one row of a roster table (kg.forms.roster_table) to the entry's fields: each cell to its
column's role; a row with fewer cells than columns matched by what its cells are (a citizenship, an address),
the cells that could stand in more than one column left out."""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_cell_types import address_start
from kg.forms.roster_entry import Entry
from kg.forms.roster_fields import find_country, find_nationality, is_citizenships
from kg.forms.roster_flag_header import FLAG, add_flag
from kg.forms.roster_place import place


def fill_row(entry: Entry, cells: list[str], roles: list[list[str]], split: list[list[str]] | None = None) -> None:
    """Cells to roles; a row with fewer cells than columns (empty cells dropped) is matched by
    type: a nationality to the citizenship column, an address to the address column. The untyped
    cells between two typed ones (or the row's ends) take their columns in order only when they
    are as many as those columns; fewer could stand in any of them (a value on the wrong field,
    or another column's value read as this one): they are left out, in the entry's doubts."""
    if len(cells) >= len(roles):
        for cell, role in zip(cells, roles):
            if cell:
                add_value(entry, role[0], cell)
        return
    cells = [re.sub(r"\s*\|$", "", cell) for cell in cells]  # ('... |  |': the bar of an empty last cell)
    anchors: list[tuple[int, int]] = []  # (cell index, role index) of each typed cell
    for at, cell in enumerate(cells):
        typed = "citizenship" if (find_nationality(cell) and len(cell.split()) <= 4) or is_citizenships(cell) else (
            "address" if _an_address(cell) else None)
        after = anchors[-1][1] + 1 if anchors else 0
        index = next((i for i in range(after, len(roles)) if typed and typed in roles[i]), None)
        if index is not None:
            anchors.append((at, index))
    bounds = [(-1, -1)] + anchors + [(len(cells), len(roles))]
    placed: list[tuple[int, list[str]]] = []
    for (cell_a, role_a), (cell_b, role_b) in zip(bounds, bounds[1:]):
        if cell_b < len(cells):
            placed.append((cell_b, roles[role_b]))
        gap, columns = cells[cell_a + 1:cell_b], roles[role_a + 1:role_b]
        if all(rt.is_title(cell) for cell in gap):  # (a title is no address, no citizenship)
            columns = [r for r in columns if not {"address", "citizenship"} & set(r)] or columns
        if len(gap) == len(columns) or (len(gap) < len(columns) and all(
                {"position", "occupation"} & set(r) and not {"address", "citizenship"} & set(r) for r in columns)):
            placed += [(cell_a + 1 + at, role) for at, role in enumerate(columns[:len(gap)])]
        elif gap:
            entry.doubts += gap
            entry.refused |= {r[0] for r in columns} & {"address", "citizenship"}
    if split and any(len(split[at]) > 1 for at, _ in placed):  # ('<p>' lines: items of their own, as in a full row)
        entry.lines_are_items = True
        for at, role in sorted(placed):
            if role != ["unknown"]:
                place(entry, split[at], role)
        return
    for at, role in sorted(placed):
        add_value(entry, role[0], cells[at])


def _an_address(cell: str) -> bool:
    """A cell that is an address: 'c/o ...', a leading number, or digits with a street or a country."""
    if re.match(r"(?:c/o\b|\d)", cell, re.I):
        return True
    return bool(re.search(r"\d", cell)) and not rt.is_title(cell) and (address_start(cell) or bool(find_country(cell)))


def add_value(entry: Entry, role: str, value: str) -> None:
    """Add a value to a field; a second occupation cell is another position."""
    if role.startswith(FLAG):
        return add_flag(entry.fields, role, value)  # ('Yes' under 'Director')
    field = "other_positions" if role == "occupation" and entry.fields.get("occupation") else role
    joined = "\n".join(v for v in (entry.fields.get(field, ""), value) if v)
    entry.fields[field] = joined
