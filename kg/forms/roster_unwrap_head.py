"""A hard-wrapped table with no rule under its header (kg.forms.roster_unwrap): its columns from the header.

The header's last line ('Name   the Company   Occupation', words only) fits the page, its rest ('Business Address
Citizenship') at column 0 of the next line; the column that rest started at is printed nowhere. Every column it could
have started at is tried (past the header's last cell, its first word crossing the page's edge): the columns within
the page are the header line's, those past it the rest's cells at that place. Where every place that reads the
table's rows reads them the same way (each rest in the same column, at the same place in it), the table is put
back; where two places read them differently, nothing says which (a table whose second header line has columns of
its own, not wrapped, reads so too): it is read as printed; where no place reads them, there is no wrapped table.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.forms.roster_rules import rules
from kg.forms.roster_unwrap_rows import WrappedTable, runs

_RULE = re.compile(r"^[-=_]{3,}(?: +[-=_]+)*$")
_DIGIT = re.compile(r"\d")
SPAN = 40  # (the places past the page tried for the header's rest)
MIN_ROWS = 2  # (rows with a rest: a table wrapped, not two lines of cells)


def unruled_tables(lines: list[str], page: int) -> list[tuple[int, int, dict[int, int]]]:
    """[(the header's line, the line after the table, {rest line: column})] of the tables put back for certain."""
    out, index = [], 0
    while index + 2 < len(lines):
        if (found := _table_at(lines, index, page)) is None:
            index += 1
            continue
        out.append(found)
        index = found[1]
    return out


def _table_at(lines: list[str], index: int, page: int) -> tuple[int, int, dict[int, int]] | None:
    head, rest = lines[index].rstrip(), lines[index + 1].rstrip()
    if not head or not rest or head[:1].isspace() or rest[:1].isspace() or _DIGIT.search(head + rest):
        return None  # (a header's words: no number, no address; an empty line has no cells)
    cells, parts = runs(head), runs(rest)
    if len(cells) < 2 or len(parts) < 2:
        return None
    if not any(_caption(head[a:b]) for a, b in cells) or head[cells[0][0]:cells[0][1]].endswith(":"):
        return None  # (a header names a column kg knows: 'Name', 'Citizenship'; a person's row names none; a
        # label and its value, 'Position:   Director', are no header)
    heads, rests = {s for s, _ in cells}, {s for s, _ in parts}
    if rests <= heads or heads <= rests or _RULE.match(lines[index + 2].strip()):
        return None  # (the next line's cells under the header's, or the header's each over one of the next line's
    # (a column headed on the last line only): a line of the same table, no rest; a rule under the header that
    # fits the page: no wrap, as below)
    readings: dict[frozenset, tuple[int, dict[int, int]]] = {}
    first = max(cells[-1][1] + 2, page + 1 - len(rest.split()[0]))  # (its first word crossed the page's edge)
    for at in range(first, page + SPAN):
        if (read := _read(lines, index, page, cells, parts, at)) is not None:
            readings.setdefault(read[0], read[1:])
    stops = {stop for stop, _ in readings.values()}
    top = index
    while top > 0 and lines[top - 1].strip():
        top -= 1
    if not readings or any(_RULE.match(line.strip()) for line in lines[top:max(stops)]):
        return None  # (a rule in the table's block that fits the page: the table fits it, no wrap)
    if len(readings) > 1:
        return None  # (two places read the rows differently: a table whose second header line has columns of
    # its own reads so too; it is read as printed)
    stop, rest_at = next(iter(readings.values()))
    return index, stop, rest_at


@lru_cache(maxsize=8192)  # (a page's headers and their cells recur)
def _caption(cell: str) -> bool:
    return any(pattern.search(cell) for pattern in rules().column_roles.values())


def _read(lines, index, page, cells, parts, at):
    """(the reading's shape: each rest's column and place in it, the line after the table, {rest: column}) of the
    table whose header's rest starts at column `at`, else None where its rows are not read whole."""
    starts = [start for start, _ in cells] + [at + start for start, _ in parts]
    width = starts[-1] + page  # (the last column: as wide as a page at most)
    columns = [(start, following - 2) for start, following in zip(starts, starts[1:])] + [(starts[-1], width)]
    table = WrappedTable(lines, page, columns, width)
    table.rest_at = {index + 1: at}
    stop = table.read(index + 2, len(lines))
    shown = [line for line in table.rest_at if line > index + 1 and not (
        lines[line - 1].strip() and table.fits_new(lines[line].rstrip()))]  # (rests that fit no line of their own,
    if table.uncertain is not None or len(shown) < MIN_ROWS:  # or follow an empty line: the wrap shows in the rows)
        return None
    if stop < len(lines) and (len(runs(lines[stop].rstrip())) >= 2 or table.goes_on(stop + 1) is not None):
        return None  # (a line of cells that fits no reading: the table is not read whole)
    shape = frozenset((line, _column(starts, shift), shift - _start(starts, shift))
                      for line, shift in table.rest_at.items())
    return shape, stop, dict(table.rest_at)


def _column(starts: list[int], shift: int) -> int:
    return max(n for n, start in enumerate(starts) if start <= shift)


def _start(starts: list[int], shift: int) -> int:
    return starts[_column(starts, shift)]
