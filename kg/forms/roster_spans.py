"""HTML roster rows on the table's grid: a cell printed once with a rowspan stands in every row it spans.

kg.read.html notes, for the rows a rowspan or colspan makes irregular, the grid column of each cell
(kg.read.html_grid). A row under a rowspan cell then shows fewer cells than its header, and kg.forms.roster_table
would have to guess which column is missing (it refuses: a `roster-ambiguous` finding). With the grid each cell
takes its own column, a column the markup covers from above takes that cell (its lines too), and a column with no
cell (an empty one, dropped by the reader) is empty."""
from __future__ import annotations

import bisect
from collections.abc import Sequence

DELIMITER = " | "


class RowSpans:
    """The rowspan cells still open over the rows below, while the rows of one table are read in order."""

    def __init__(self, columns: Sequence[tuple[int, int, int, int]]):
        self.columns = columns
        self.starts = [c[0] for c in columns]
        self.open: dict[int, tuple[str, list[str], int]] = {}  # column -> (cell, its lines, rows still covered)

    def shared(self, text_index: int) -> bool:
        """Whether the text at this index stands in a cell the markup gives to several rows."""
        at = bisect.bisect_right(self.starts, text_index) - 1
        return at >= 0 and self.columns[at][2] > 1 and (at + 1 == len(self.starts) or text_index < self.starts[at + 1])

    def row(self, line_start: int, line: str, split: list[list[str]]) -> tuple[list[str], list[list[str]]] | None:
        """The row's cells and their lines, one per grid column, or None for a row the grid says nothing of
        (a regular row: no rowspan reaches it)."""
        first = bisect.bisect_left(self.starts, line_start)
        last = bisect.bisect_left(self.starts, line_start + len(line) + 1)
        if first == last:
            self.open.clear()
            return None
        by_column: dict[int, tuple[str, list[str]]] = {}
        position = line_start
        for part, lines in zip(line.split(DELIMITER), split):
            at = bisect.bisect_right(self.starts, position + len(part) - len(part.lstrip()), first, last) - 1
            if at >= first:
                _index, column, rows, _columns = self.columns[at]
                by_column[column] = (part.strip(), lines)
                if rows > 1:
                    self.open[column] = (part.strip(), lines, rows)
            position += len(part) + len(DELIMITER)
        for column, (cell, lines, rows) in list(self.open.items()):
            if column not in by_column:
                by_column[column] = (cell, lines)
            if rows <= 1:  # (rows: those it still covers, this one included)
                del self.open[column]
            else:
                self.open[column] = (cell, lines, rows - 1)
        if not by_column:
            return None  # (no cell of the row placed on the grid, no rowspan reaching it: the grid says nothing)
        width = max(by_column) + 1
        return ([by_column.get(c, ("", [""]))[0] for c in range(width)],
                [by_column.get(c, ("", [""]))[1] for c in range(width)])

    def widths(self, line_start: int, line: str) -> list[tuple[int, int]] | None:
        """(grid column, columns spanned) of each cell of an irregular row, or None (a regular row, or a cell the
        grid does not place)."""
        first = bisect.bisect_left(self.starts, line_start)
        last = bisect.bisect_left(self.starts, line_start + len(line) + 1)
        out, position = [], line_start
        for part in line.split(DELIMITER):
            at = bisect.bisect_right(self.starts, position + len(part) - len(part.lstrip()), first, last) - 1
            if at < first:
                return None
            out.append((self.columns[at][1], self.columns[at][3]))
            position += len(part) + len(DELIMITER)
        return out if first < last and len({c for c, _w in out}) == len(out) else None


def grouped_roles(roles: list[list[str]], widths: list[tuple[int, int]]) -> tuple[list[list[str]], set[int]]:
    """The roles of a header row by grid column, where a cell spans several ('Present Principal Occupation' over
    'Occupation and Employer' / 'Business Address'): the group's first column takes its roles, the others none
    ('unknown') until a row of sub-headers names them; and the grid columns of the groups."""
    by_column: list[list[str]] = []
    groups: set[int] = set()
    for cell_roles, (column, width) in zip(roles, widths):
        by_column += [["unknown"]] * (column - len(by_column))
        by_column += [cell_roles] + [["unknown"]] * (width - 1)
        if width > 1:
            groups |= set(range(column, column + width))
    return by_column, groups

