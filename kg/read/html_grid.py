"""Where the cells of an HTML table stand in its grid, for rows the markup makes irregular.

A cell with `rowspan` is printed once and stands in the rows under it too; one with `colspan` covers
several columns. kg.read.html writes each row as one line of its non-empty cells joined by ' | ', so a row
under a rowspan cell shows fewer cells than its header, and nothing says which column is missing. For every
row that holds a cell spanning rows or columns, or that a cell from a row above covers, each cell's grid
column is noted: (text index where the cell opened, column, rows it spans, columns it spans), in text
order, in `Offsets.cell_columns`. Regular rows note nothing. For every row where some cell holds no text
(and another does), the grid column of each cell that holds text is noted apart, (text index, column), in
`Offsets.filled_columns`: the text drops empty cells, and a reader that reads a table by its columns (one
person per column) needs to know which column each printed cell stands in."""
from __future__ import annotations

MAX_SPAN = 1000  # (HTML's own limits: rowspan 65,534, colspan 1,000; no roster needs more)


def _span(element, name: str) -> int:
    value = (element.get(name) or "1").strip()
    return min(int(value), MAX_SPAN) if value.isdigit() and int(value) > 0 else 1


class TableGrids:
    """One grid per open table (tables nest): its row, the next free column, the cells covering rows below."""

    def __init__(self) -> None:
        self.tables: list[dict] = []

    def table(self) -> None:
        self.tables.append({"row": -1, "column": 0, "covered": {}, "irregular": False, "filled": [], "cell": 0})

    def end_table(self) -> None:
        if self.tables:
            self.tables.pop()

    def row(self, element, filled: list[bool]) -> None:
        """A row opens; `filled`: whether each of its cells holds text."""
        if not self.tables:
            return
        grid = self.tables[-1]
        grid["row"] += 1
        grid["column"] = 0
        grid["filled"], grid["cell"] = (filled if any(filled) and not all(filled) else []), 0
        grid["covered"] = {r: c for r, c in grid["covered"].items() if r >= grid["row"]}
        cells = [c for c in element if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
        grid["irregular"] = bool(grid["covered"].get(grid["row"])) or any(
            _span(c, "rowspan") > 1 or _span(c, "colspan") > 1 for c in cells)

    def cell(self, element, position: int, offsets) -> None:
        """The cell's column; noted (with `position`, the text index where it opens) in an irregular row, and
        in a row with empty cells when it holds text (`offsets`: kg.read.html_stream.Offsets)."""
        if not self.tables:
            return
        grid = self.tables[-1]
        covered = grid["covered"].get(grid["row"], set())
        column = grid["column"]
        while column in covered:
            column += 1
        rows, columns = _span(element, "rowspan"), _span(element, "colspan")
        for below in range(grid["row"] + 1, grid["row"] + rows):
            grid["covered"].setdefault(below, set()).update(range(column, column + columns))
        grid["column"] = column + columns
        if grid["irregular"]:
            offsets.cell_columns.append((position, column, rows, columns))
        if grid["cell"] < len(grid["filled"]) and grid["filled"][grid["cell"]]:
            offsets.filled_columns.append((position, column))
        grid["cell"] += 1
