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


def halve_spaced(placed: FilledColumns, text: str, lines: Sequence[tuple[int, int, str]]) -> None:
    """A table (lines with no blank line between) whose rows print a spacer cell between every two values: every
    printed cell of every row in an even grid column (0, 2, .., 2m-2), and either some row printing a value in each
    or the caption row just above it (a table of its own) m cells wide. Its values stand in columns 0 to m-1 of
    that caption row: each printed cell's column is halved."""
    block: list[tuple[int, int, str]] = []
    above: tuple[int, int, str] | None = None
    for index, row in enumerate(lines):
        block.append(row)
        if index + 1 == len(lines) or "\n\n" in text[row[1]:lines[index + 1][0]].replace(" ", ""):
            _halve_block(placed, block, _width(placed, above) if above else None)
            above, block = block[-1], []


def _width(placed: FilledColumns, row: tuple[int, int, str]) -> int:
    """How many grid columns a one-line caption table has: its last printed cell's column + 1, or its cells."""
    columns = placed.of_row(row[0], row[2])
    return columns[-1] + 1 if columns else len(row[2].split(DELIMITER))


def _halve_block(placed: FilledColumns, block: list[tuple[int, int, str]], captions: int | None) -> None:
    rows = [placed.of_row(line_start, line) for line_start, _end, line in block]
    if any(columns is None or any(column % 2 for column in columns) for columns in rows):
        return
    widest = max(len(columns) for columns in rows)
    full = widest >= 3 and list(range(0, 2 * widest - 1, 2)) in rows
    if not full and (captions is None or captions < 3 or max(c for columns in rows for c in columns) != 2 * captions - 2):
        return
    for line_start, _end, line in block:
        first = bisect.bisect_left(placed.starts, line_start)
        last = bisect.bisect_right(placed.starts, line_start + len(line))
        placed.columns[first:last] = [column // 2 for column in placed.columns[first:last]]


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
