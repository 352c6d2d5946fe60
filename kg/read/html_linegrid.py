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


def row_lines(row, blocks: frozenset, sizes: RowSizes | None = None) -> tuple[tuple[str, ...], ...] | None:
    """The lines of each cell of `row` when the row is a grid of lines (above), else None. `sizes`: the rows'
    sizes counted once for a subtree walked whole (rows nested in rows are not each walked again)."""
    cells = [c for c in row if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
    if len(cells) < 2 or any((c.get("rowspan") or "1").strip() != "1" or (c.get("colspan") or "1").strip() != "1"
                             for c in cells):
        return None
    elements, table_inside = sizes.of(row) if sizes is not None else _size_of(row)
    if elements > MAX_ELEMENTS or table_inside:
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


def _size_of(row) -> tuple[int, bool]:
    """(elements in the row's subtree, the row too, counted up to one past MAX_ELEMENTS; a table inside it)."""
    if next(islice(row.iter(), MAX_ELEMENTS, None), None) is not None:
        return MAX_ELEMENTS + 1, False
    return sum(1 for _ in row.iter()), any(e.tag == "table" for e in row.iter() if e is not row)


class RowSizes:
    """Each table row's (element count, a table inside) in a subtree walked whole, counted in one pass over the
    first row asked for (so a thousand rows nested in each other are counted once, not a thousand times each);
    `clear` once that subtree is written (the elements may then be let go)."""

    def __init__(self) -> None:
        self.known: dict[object, tuple[int, bool]] = {}

    def of(self, row) -> tuple[int, bool]:
        if row not in self.known:
            self.known.update(_count_rows(row))
        return self.known[row]

    def clear(self) -> None:
        self.known.clear()


def _count_rows(root) -> dict[object, tuple[int, bool]]:
    """(elements in its subtree, a table strictly inside) of `root` and of every row under it, one walk in
    document order (comments and processing instructions count as elements, as `iter()` yields them)."""
    found: dict[object, tuple[int, bool]] = {}
    seen = tables = 0
    stack: list[tuple[object, int, int]] = [(root, -1, 0)]  # (element, elements before it or -1 on entry, tables)
    while stack:
        element, before, tables_before = stack.pop()
        if before >= 0:  # its subtree is done
            found[element] = (seen - before, tables > tables_before + (element.tag == "table"))
            continue
        tag = element.tag
        if element is root or (isinstance(tag, str) and tag.lower() == "tr"):
            stack.append((element, seen, tables))
        seen += 1
        tables += tag == "table"
        stack.extend((child, -1, 0) for child in reversed(element))
    return found


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

    def enter(element, pending: list) -> None:
        """Open `element`: its text now; its children, then its close, pushed on `pending` (a stack, not recursion:
        cells nest a thousand elements deep in hostile HTML)."""
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
        pending.append((element, block, len(lines)))
        words(element.text)
        pending.extend((child, None, 0) for child in reversed(element))

    def close(element, block: bool, opened: int) -> None:
        nonlocal last_br
        if block:
            if current or len(lines) == opened:
                lines.append(" ".join(current))
                current.clear()
            last_br = False
        words(element.tail)

    words(cell.text)
    pending: list = [(child, None, 0) for child in reversed(cell)]
    while pending:
        element, block, opened = pending.pop()
        if block is None:
            enter(element, pending)
        else:
            close(element, block, opened)
    if current or last_br:
        lines.append(" ".join(current))
    return lines
