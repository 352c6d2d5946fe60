"""A headerless two-cell table whose name overflows its column on a row: 'Louis A. Palladino, Jr.  Vice President,
X' where the other rows' second cell, and this row's wrapped lines under it, start at column 23 ('Bruce R. Sandberg
Vice President, X' / '                       of Y'). The long name fills the gutter the other rows leave, so no
column start is found from every row at once (kg.forms.roster_geometry `_gutters`). The gutter is read from the
other rows where the text shows the overflow: each such row's first cell runs from the name column's start past the
second column's, its second cell starts two to four spaces after the name's end, and the row's next line is set
under the second column (the cell's wrap)."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.forms.roster_geometry import Line


def overflow_gutters(lines: list[Line], gutters: Callable[[list[Line]], list[int]]) -> list[int]:
    """`gutters(lines)`; where it finds no second column, the starts found without the rows whose name overflows,
    when those are a quarter of the two-cell rows or fewer and the starts hold the column they overflow into (a line
    of the second cell, '...  officer of X', no row)."""
    starts = gutters(lines)
    if len(starts) >= 2:
        return starts
    margin = min((line.chunks()[0][0] for line in lines if line.chunks()), default=0)
    multi = [(index, line.chunks()) for index, line in enumerate(lines)
             if len(line.chunks()) >= 2 and line.chunks()[0][0] == margin]  # (rows opening at the name column)
    if len(multi) < 3:
        return starts
    column, count = Counter(chunks[1][0] for _, chunks in multi).most_common(1)[0]
    overflowing = [index for index, chunks in multi if chunks[1][0] != column]
    if count < 2 or not overflowing or 4 * len(overflowing) > len(multi) \
            or not all(_overflows(lines, index, column) for index in overflowing) or _run_on(lines, margin, column):
        return starts
    kept = gutters([line for index, line in enumerate(lines) if index not in overflowing])
    return kept if len(kept) == 2 and kept[1] == column else starts


def _overflows(lines: list[Line], index: int, column: int) -> bool:
    """The row's first cell starts left of `column` and ends past its gutter, its second cell two to four spaces on,
    the next line set at `column`."""
    chunks = lines[index].chunks()
    (first, name), (second, _) = chunks[0], chunks[1]
    end = first + len(name)
    below = lines[index + 1].chunks() if index + 1 < len(lines) else []
    return first < column <= end + 1 and 2 <= second - end <= 4 and bool(below) and below[0][0] == column


def _run_on(lines: list[Line], margin: int, column: int) -> bool:
    """A row whose name runs on into its second cell with one space ('(a) Steven R. Appleton Chairman, ...' over a
    line set at `column`): where its name ends is not shown, so neither is the table's gutter: no reading."""
    for index, line in enumerate(lines[:-1]):
        chunks, below = line.chunks(), lines[index + 1].chunks()
        text = chunks[0][1] if chunks and chunks[0][0] == margin else ""
        if len(text) > column - margin and text[column - margin - 1] == " " and below and below[0][0] == column:
            return True  # (a word of the first cell starts at the column, one space on)
    return False
