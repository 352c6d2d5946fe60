"""A fixed-width roster table's empty cells printed as a dash: no value, never a line of the column's value.

An EDGAR table that prints '--' wherever a cell has nothing (after BSCI's Exhibit 1.1: Name | Present Principal
Occupation | Name of Employer | Principal Business of Employer | Address of Employer) may give a person more than one
row: the titles at the listed organisation beside its name in the employer column, then each outside occupation on
rows of its own with '--' under the employer and the address. Those dashes are empty cells: read as lines of the
column they glue '--' to the employer ('X Inc. --', so no longer the listed organisation) and to the address
('..., New York 10270, --', so no city). `without_dash_cells` takes them out of an entry's rows where the same
column prints a value on another row of the entry; a column that prints only dashes for the entry keeps them (its
cell is one dash, the readers' empty cell: kg.forms.roster_dash_default, kg/lookups/empty_cells.yml).
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.lookups.empty_cells import is_empty_cell

if TYPE_CHECKING:
    from kg.forms.roster_grid import _Row as Row


def without_dash_cells(rows: list[Row], name_column: int) -> list[Row]:
    """The entry's rows without the cells (outside the name column) that print an empty cell's mark alone in a
    column printing a value on another of the entry's rows; a row left with no cell at all is dropped (never the
    first)."""
    dashed = {column for row in rows for column, cells in row.cells.items()
              if column != name_column and _dash(cells)}
    valued = {column for row in rows for column, cells in row.cells.items() if cells and not _dash(cells)}
    emptied = dashed & valued
    if not emptied:
        return rows
    kept = []
    for index, row in enumerate(rows):
        cells = {column: chunks for column, chunks in row.cells.items() if not (column in emptied and _dash(chunks))}
        if cells or index == 0:
            kept.append(row if cells == row.cells else replace(row, cells=cells, dashed=frozenset(set(row.cells) - set(cells))))
    return kept


def _dash(cells: list[tuple[int, str]]) -> bool:
    """A cell that prints one of the empty cell's marks alone ('--', '-', 'n/a'), no lone star."""
    return bool(cells) and is_empty_cell(" ".join(text for _, text in cells))
