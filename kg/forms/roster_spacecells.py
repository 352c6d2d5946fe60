"""A fixed-width table a converter collapsed: each row printed on one line, its cells apart by a run of spaces
(the same run all along the row, two to four spaces, varying by row), nothing aligned between rows, the header
printed the same way. Read by the header's columns such lines run across the columns and two names run together
(kg.forms.roster_geometry refuses such a table). A block of them is laid out cell by cell instead, as a table saved
with tabs is (kg.forms.roster_tabcells): the n-th cell of every line starts in the n-th column, as wide as its
widest cell, and the fixed-width readers read it as printed; only where the block is certain: a header line of
three or more captions, the first a name's, then rows up to a blank line, every one with as many cells as the
header and one gap all along the row (an empty cell is a wider gap: the block is refused, never guessed).
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_rules import rules

GAP = 3  # spaces between the widest cell of a column and the next column
_CELL = re.compile(r"\S+(?: \S+)*")
_RULE = re.compile(r"^[\s\-=_]+$")


def space_columns(lines: list[str]) -> dict[int, list[tuple[int, int, int]]]:
    """{line index: (start, end, column) of each cell} for the lines of every collapsed table block."""
    out: dict[int, list[tuple[int, int, int]]] = {}
    for index, line in enumerate(lines):
        if "  " in line and "name" in line.casefold() and (head := _cells(line)) is not None and _is_header(line, head):
            out.update(_block(lines, index, len(head)))
    return out


def _cells(line: str) -> list[tuple[int, int]] | None:
    """The cells of a line with one gap all along it (None where the gaps differ, or a tab stands in it)."""
    if "\t" in line:
        return None
    cells = [(m.start(), m.end()) for m in _CELL.finditer(line)]
    gaps = {start - end for (_, end), (start, _) in zip(cells, cells[1:])}
    return cells if len(gaps) == 1 and min(gaps) >= 2 else None


def _is_header(line: str, cells: list[tuple[int, int]]) -> bool:
    captions = [line[start:end] for start, end in cells]
    return len(captions) >= 3 and bool(rules().column_roles["name"].match(captions[0])) and all(
        rt.is_header(caption) for caption in captions)


def _block(lines: list[str], at: int, count: int) -> dict[int, list[tuple[int, int, int]]]:
    members, index = [at], at + 1
    while index < len(lines) and _RULE.match(lines[index]) and lines[index].strip():
        index += 1  # (a rule under the header)
    while index < len(lines) and lines[index].strip():
        members.append(index)
        index += 1
    cells = {m: _cells(lines[m]) for m in members}
    if len(members) < 3 or any(c is None or len(c) != count for c in cells.values()):
        return {}
    if len({tuple(start for start, _ in c) for c in cells.values()}) == 1:
        return {}  # (aligned already: read as printed)
    widths = [max(end - start for c in cells.values() for start, end in c[n:n + 1]) for n in range(count)]
    starts = [sum(widths[:n]) + GAP * n for n in range(count)]
    return {m: [(start, end, column) for (start, end), column in zip(c, starts)] for m, c in cells.items()}
