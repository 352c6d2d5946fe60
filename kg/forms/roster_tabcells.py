"""A table saved as text by a word processor: one TAB between two cells, nothing aligned.

Such a table's tabs are cell boundaries, not tab stops: a long name pushes the rest of its row to the right and a
short one pulls it left, an empty cell is two tabs in a row, and a cell that wraps continues on the next line after
as many tabs as there are cells before it. Expanded to tab stops its columns do not line up, and a value lands
under another column, on another person. A block of such lines (a header line of three or more cells separated by
single tabs, one of them a 'Name' caption, then rows of as many tabs, their columns not lining up as displayed) is
laid out cell by cell instead: the n-th cell of every line of the block starts in the block's n-th column, as wide
as its widest cell, so that the fixed-width readers read it as printed. Lines with no tab inside the block (a page
number, a running head) are kept as they are.
"""
from __future__ import annotations

import re

from kg.forms.roster_rules import rules

GAP = 3  # spaces between the widest cell of a column and the next column
MAX_CAPTION = 60
MAX_GAP_LINES = 6  # lines with no tab inside a block (page furniture) before the block ends
_NAME_CAPTION = re.compile(r"\bnames?\b", re.I)
_NUMBER = re.compile(r"\s*(?:\d{1,3}|[A-Z])[.)]?\s*")


def cell_columns(lines: list[str]) -> dict[int, list[int | None]]:
    """{line index: the displayed column where each of its cells starts} for the lines (as displayed: no
    invisible character) of every tab-separated table block (None for a row number's tab: one space)."""
    out: dict[int, list[int | None]] = {}
    index = 0
    while index < len(lines):
        if (tabs := _header(lines[index])) is None:
            index += 1
            continue
        members, starts, stop = _block(lines, index, tabs)
        out.update((member, starts) for member in members)
        index = max(stop, index + 1)  # (the lines looked at are this header's, laid out or not: each once)
    return out


def _header(line: str) -> int | None:
    """The number of tabs of a header line: three or more cells, single tabs (an empty first cell is a number
    column's), short captions, one naming the name column."""
    cells = [cell.strip() for cell in line.split("\t")]
    if len(cells) < 3 or not all(cells[1:]) or not any(_NAME_CAPTION.search(cell) or rules().column_roles["name"].match(cell)
                                                       for cell in cells[:2]):
        return None
    if any(len(cell) > MAX_CAPTION or "  " in cell for cell in cells):
        return None
    return len(cells) - 1


def _is_row(line: str, tabs: int, numbered: bool) -> bool:
    """A row's first line: a tab or more, no more than the header's, its first cell (its second after a number)
    filled."""
    cells = line.split("\t")
    if not 2 <= len(cells) <= tabs + 1 or not cells[0].strip():
        return False  # (a converter may leave out the tabs of empty cells at the end of a row)
    return not numbered or (bool(_NUMBER.fullmatch(cells[0])) and bool(cells[1].strip()))


def _block(lines: list[str], at: int, tabs: int) -> tuple[list[int], list[int | None], int]:
    """(the lines laid out as cells, their cells' columns, the line after the block) of the table under the
    header at line `at`; no line where it is no table of cells."""
    numbered = not lines[at].split("\t")[0].strip()
    members, rows, gap, stop = [at], [], 0, len(lines)
    for index in range(at + 1, len(lines)):
        count = lines[index].count("\t")
        if count > tabs:
            return [], [], index  # (more cells than the header: tabs as tab stops, or another table: no cells)
        if count == 0:
            gap += bool(lines[index].strip())
            if gap > MAX_GAP_LINES:
                stop = index
                break
            continue
        gap = 0
        members.append(index)
        rows += [index] if _is_row(lines[index], tabs, numbered) else []
    if len(rows) < 2 or _aligned(lines, [at] + rows):
        return [], [], stop  # (a table typed with tabs as tab stops lines up as displayed: read as displayed)
    widths = [max((len(lines[m].split("\t")[cell]) for m in members if lines[m].count("\t") >= cell), default=0)
              for cell in range(tabs + 1)]
    if numbered:  # ('1.<TAB>Name': the number and the name one cell, as '1. Name' under the name's caption)
        widths[:2] = [widths[0] + 1 + widths[1]]
    starts, column = [], 0
    for cell_width in widths:
        starts.append(column)
        column += cell_width + GAP
    return members, [0, None, *starts[1:]] if numbered else starts, members[-1] + 1  # (None: the number's tab is
    # one space)


def _aligned(lines: list[str], rows: list[int]) -> bool:
    """Whether the cells of these lines start in the same columns when each tab is expanded to a tab stop."""
    return len({tuple(_stops(lines[row])) for row in rows}) == 1


def _stops(line: str) -> list[int]:
    starts, column = [], 0
    for char in line:
        if char == "\t":
            column += 8 - column % 8
            starts.append(column)
        else:
            column += 1
    return starts
