"""HTML roster tables whose names do not stand in the first column: a header captioning the names in another
column ('Address | Name | Title'), or a numbering column beside the names, under the name caption's colspan
('<th colspan=2>Name</th>') or under a blank caption of its own.

kg.forms.roster_table reads a table with the names first; `NameColumns` puts each row's name cell first (the
other cells in their order), drops the numbering cell, and says where the name stands in the row. A row is read
only where the text makes it certain: as many cells as the header has grid columns, the name column holding a
person's name, the numbering column holding a row number (or nothing). Any other row is no entry (its names are
reported as unassigned); a row with cells dropped by the converter cannot be put under its captions so.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.forms import roster_types as rt

DELIMITER = " | "
ROW_NUMBER = re.compile(r"^(?:\(?\d{1,3}[.)]?|\(?[A-Z][.)]|\([A-Z]\))$")


@dataclass(frozen=True)
class NameColumns:
    name: int  # the grid column captioned as the names
    group: tuple[int, ...]  # the grid columns of the names and their row numbers (the name column alone if none)
    width: int  # the grid columns of the header

    @property
    def grid(self) -> list[int]:
        return list(range(self.width))

    def roles(self, roles: list[list[str]]) -> list[list[str]]:
        """The header's roles in the order the rows are read: the names' first, the numbering column's left out."""
        return [roles[self.name]] + [r for i, r in enumerate(roles) if i not in self.group]

    def row(self, line: str, cells: list[str], split: list[list[str]]) -> tuple[list[str], list[list[str]], int] | None:
        """(cells, their lines, the name's offset in `line`) with the name first, or None: no certain entry."""
        if len(cells) != self.width or len(split) != self.width:
            return None
        names = [i for i in self.group if rt.is_person_name(cells[i])]
        if len(names) != 1 or not all(ROW_NUMBER.match(cells[i]) or not cells[i] for i in self.group if i != names[0]):
            return None
        at = names[0]
        keep = [i for i in range(self.width) if i not in self.group]
        parts = line.split(DELIMITER)  # (the name's own cell in the printed row: empty cells may be missing)
        printed = next((j for j, part in enumerate(parts) if part.strip() == cells[at]), None)
        if printed is None:
            return None
        offset = sum(len(p) + len(DELIMITER) for p in parts[:printed]) + len(parts[printed]) - len(parts[printed].lstrip())
        return [cells[at]] + [cells[i] for i in keep], [split[at]] + [split[i] for i in keep], offset


def name_columns(cells: list[str], roles: list[list[str]], spans: list[tuple[int, int]] | None,
                 names_column) -> NameColumns | None:
    """The name and numbering columns of a header row whose names are not simply first, or None (a header
    read as it stands: names first, each caption one column). `roles` are by grid column; `spans` the (grid
    column, columns spanned) of each cell, or None when each cell is one column."""
    spans = spans or [(i, 1) for i in range(len(cells))]
    if len(spans) != len(cells):
        return None
    named = [(column, width) for cell, (column, width) in zip(cells, spans) if cell and names_column(cell)]
    if len(named) != 1:
        return None
    column, width = named[0]
    group = list(range(column, column + width))
    blank = [c for cell, (c, w) in zip(cells, spans) if not cell.strip() and w == 1 and c in (column - 1, column + width)]
    group = sorted(group + blank)
    if (column, len(group)) == (0, 1) or len(group) > 2:
        return None
    if any(not cell.strip() for cell, (c, _w) in zip(cells, spans) if c not in group):
        return None  # (a blank caption elsewhere: a column kg cannot name)
    return NameColumns(name=column, group=tuple(group), width=len(roles))


def names_elsewhere(cells: list[str], header_roles, names_column) -> int | None:
    """The index of the cell captioning the names in a header row whose first cell does not ('Address | Name |
    Title', ' | Name | Title' over a numbering column), or None: every other caption names a column kg knows
    (or is blank), and no cell is a person's name."""
    named = [i for i, cell in enumerate(cells) if cell and names_column(cell)]
    if len(named) != 1 or named[0] == 0 or len(cells) < 2 or any(rt.is_person_name(cell) for cell in cells):
        return None
    if any(cell and header_roles(cell, False) == ["unknown"] for i, cell in enumerate(cells) if i != named[0]):
        return None
    return named[0]
