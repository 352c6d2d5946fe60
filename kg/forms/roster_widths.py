"""How wide each column of a fixed-width roster table is: the width its lines wrap at, the dashed rule over it,
its longest line and the room up to the next column (kg.forms.roster_grid reads wraps by them)."""
from __future__ import annotations

import re

from kg.forms.roster_geometry import MARKUP, RULE, Line, column_at
from kg.forms.roster_rowcells import split_at_columns


def wrap_widths(body: list[Line], starts: list[int]) -> list[int]:
    """The width each column wraps at: a long line or two (an address printed wider than the
    column) are outliers, so the width is the length that a tenth of the lines reach. A run of
    text across two columns' starts or more is prose under the table ('(d) During the last five
    years, ...'), no cell: it tells no column's width."""
    lengths: list[list[int]] = [[] for _ in starts]
    for line in body:
        if not MARKUP.match(line.text) and not RULE.match(line.text):
            for offset, chunk in line.chunks():
                if sum(offset < start < offset + len(chunk) for start in starts) < 2:  # (a cell glued to the
                    for at, cell in split_at_columns([(offset, chunk)], starts):  # next by one space at its start
                        lengths[column_at(starts, at, len(cell))].append(len(cell))  # is two: 'Nirmal Prabhakar
                        # Narvekar Board Director' tells the name column's width by the name alone)
    widths = []
    for column in lengths:
        ranked = sorted(column, reverse=True)
        widths.append(ranked[min(len(ranked) - 1, max(1, len(ranked) // 10))] if len(ranked) > 2 else max(ranked, default=0))
    return widths


def rule_widths(header: list[Line], starts: list[int]) -> list[int]:
    """How wide the dashed rule under the header is over each column (0 where no run of dashes starts at
    the column): a typist rules a column as wide as its widest line may be."""
    widths = [0] * len(starts)
    for line in header:
        if RULE.match(line.text) and "-" in line.text:
            for run in re.finditer(r"-{2,}|={2,}", line.text):
                at = starts.index(run.start()) if run.start() in starts else None
                if at is not None and (at + 1 == len(starts) or run.end() < starts[at + 1]):  # (no rule across
                    widths[at] = run.end() - run.start()  # the whole table)
    return widths


def longest(body: list[Line], starts: list[int]) -> list[tuple[int, int]]:
    """The longest line of each column (no wider than the room up to the next column, two spaces
    left), and that room: a title line after which the next line's first word would have fitted
    was broken on purpose (kg.forms.roster_place)."""
    longest = [0] * len(starts)
    for line in body:
        if not MARKUP.match(line.text) and not RULE.match(line.text):
            for offset, chunk in line.chunks():
                column = column_at(starts, offset, len(chunk))
                longest[column] = max(longest[column], len(chunk))
    rooms = [b - a - 2 for a, b in zip(starts, starts[1:])] + [10**6]
    return [(min(width, room), room) for width, room in zip(longest, rooms)]
