"""A table row whose cells are kept level line by line: the lines of each cell, for kg.forms.roster_linegrid.

A word processor's table may hold a whole roster in ONE row: each column a single cell listing everyone's
values one a line (`<br>`, or a `<p>` a line), the people kept level by empty lines, so that only a line's
index ties it to its person. kg.read.html writes the row as one line (each cell's lines joined by a space),
and the empty lines that keep the cells level are lost. For a row that looks like such a grid, its cells'
lines (empty ones kept, in index order) are noted in `Offsets.line_grids`, with the text index where the row
starts: (text index, cells), each cell a tuple of lines.

A row is noted only when every cell that prints something has the same number of lines (the typist kept them level), at least one
line is empty in every cell (it separates two people), no line is as long as a paragraph, and it has no cell
spanning rows or columns and no table inside; the reader decides the rest (kg.forms.roster_linegrid). Such a
row's cells are written inline however long (one line each, their lines noted in `cell_breaks`).
"""
from __future__ import annotations

import re
from itertools import islice

_WORD = re.compile(r"[^\s\xa0]+")
MAX_ELEMENTS = 4096  # (a row of cells this size is read as it is)
MIN_LINES = 3
LINE_CHARS = 160  # (a longer line is a paragraph of text: side-by-side paragraphs are no roster's lines)


def row_lines(row, blocks: frozenset) -> tuple[tuple[str, ...], ...] | None:
    """The lines of each cell of `row` when the row is a grid of lines (above), else None."""
    cells = [c for c in row if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
    if len(cells) < 2 or any((c.get("rowspan") or "1").strip() != "1" or (c.get("colspan") or "1").strip() != "1"
                             for c in cells):
        return None
    if next(islice(row.iter(), MAX_ELEMENTS, None), None) is not None \
            or any(e.tag == "table" for e in row.iter() if e is not row):
        return None
    lines = [_cell_lines(cell, blocks) for cell in cells]
    printed = [cell for cell in lines if any(cell)]  # (a spacer cell, '&nbsp;', prints nothing: it has no lines)
    count = len(printed[0]) if len(printed) >= 2 else 0
    if count < MIN_LINES or any(len(cell) != count or any(len(line) > LINE_CHARS for line in cell) for cell in printed):
        return None
    lines = [cell if any(cell) else [""] * count for cell in lines]
    if not any(all(not cell[index] for cell in lines) for index in range(1, count - 1)):
        return None
    return tuple(tuple(cell) for cell in lines)


def _cell_lines(cell, blocks: frozenset) -> list[str]:
    """A cell's lines as typed: a `<br>` ends one (an empty one too); a block element is a line of its own (an
    empty paragraph an empty line); a `<br>` last in the cell leaves an empty line after it."""
    lines: list[str] = []
    current: list[str] = []
    last_br = False

    def words(text: str | None) -> None:
        nonlocal last_br
        found = _WORD.findall(text or "")
        if found:
            current.extend(found)
            last_br = False

    def visit(element) -> None:
        nonlocal last_br
        if not isinstance(element.tag, str):
            words(element.tail)
            return
        tag = element.tag.lower()
        if tag == "br":
            lines.append(" ".join(current))
            current.clear()
            last_br = True
            words(element.tail)
            return
        block = tag in blocks
        if block and current:
            lines.append(" ".join(current))
            current.clear()
        opened = len(lines)
        words(element.text)
        for child in element:
            visit(child)
        if block:
            if current or len(lines) == opened:
                lines.append(" ".join(current))
                current.clear()
            last_br = False
        words(element.tail)

    words(cell.text)
    for child in cell:
        visit(child)
    if current or last_br:
        lines.append(" ".join(current))
    return lines
