"""Grid columns of the printed cells of an HTML table row, for tables with empty spacer columns.

EDGAR converters put a narrow empty cell (`<td width="1%">&nbsp;</td>`) between every two data columns and
print an empty data cell as `&nbsp;`; kg.read.html drops every empty cell, so a row with an empty data cell
shows fewer cells than its header, and nothing in the text says which one is missing. kg.read.html_grid
notes the grid column of each printed cell of such a row (`filled_columns`): a spacer column holds no text in
any row, so it is no column, and each printed cell of a row stands under the header cell of its grid column.
A header printed over two rows ('Present Prin-<br>cipal Occu-' over 'pation') is one caption per column, its
lines joined, and a word broken by a hyphen at a line's end is one word ('Citizen-<br>ship': 'Citizenship')."""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

DELIMITER = " | "
_BROKEN_WORD = re.compile(r"(?<=[a-z])-\s+(?=[a-z])")


class FilledColumns:
    """The `filled_columns` notes of kg.read.html_grid: (text index where a cell opened, grid column)."""

    def __init__(self, filled: Sequence[tuple[int, int]]) -> None:
        self.starts = [position for position, _column in filled]
        self.columns = [column for _position, column in filled]

    def of_row(self, line_start: int, line: str) -> list[int] | None:
        """The grid column of each printed cell of the row, or None when the notes do not place every one."""
        first = bisect.bisect_left(self.starts, line_start)
        last = bisect.bisect_right(self.starts, line_start + len(line))
        columns = self.columns[first:last]
        cells = line.split(DELIMITER)
        if len(columns) != len(cells) or columns != sorted(set(columns)):
            return None
        return columns


def joined_caption(lines: Sequence[str]) -> str:
    """The caption of a column printed over several lines (or rows), a word broken by a hyphen made whole."""
    return _BROKEN_WORD.sub("", " ".join(line.strip() for line in lines if line.strip()))


def spread(cells: list, columns: list[int], heads: list[int], empty) -> list | None:
    """The row's cells one per header column (`empty` where the row prints nothing), or None when a cell
    stands in no header column."""
    if not set(columns) <= set(heads):
        return None
    by_column = dict(zip(columns, cells))
    return [by_column.get(column, empty) for column in heads]
