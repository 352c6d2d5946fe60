"""Markdown pipe tables (GitHub-flavoured Markdown), found in plain text.

A PDF-to-Markdown converter prints a table as a header row, an alignment row and one line per row:

    | Name | Position | Business Address |
    |:---|:---|---|
    | Pei-yuan Chia | Director | c/o 70 Pine Street<br>New York, New York 10270 |

Cells are split at the pipes that no backslash escapes ('\\|' is a pipe inside a cell); the pipes at
the row's two ends are the table's border. A table is a header row directly above an alignment row
with as many cells (each ':---', '---:', ':---:' or '---'); its rows follow, one a line, up to the
first line that is blank or holds no cell pipe. What a cell shows (escapes undone, '<br>' a line
break) is kg.forms.roster_markdown's business; here only the grid: which lines are tables, and the
span of each cell in its line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_ALIGNMENT_CELL = re.compile(r":?-+:?")
_ALIGNMENT_ROW = re.compile(r"[ \t]*\|[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*")
Cell = tuple[int, int]  # [start, end) in the line, spaces around the cell's text left out


@dataclass
class Table:
    header: int  # line number of the header row (the alignment row is the next line)
    columns: int
    rows: list[int] = field(default_factory=list)  # line numbers of the body rows, in order


def split_row(line: str) -> list[Cell] | None:
    """The cells of a table row, or None when the line holds no cell pipe (an unescaped '|')."""
    cuts, index = [], 0
    while index < len(line):
        if line[index] == "\\":
            index += 2
            continue
        if line[index] == "|":
            cuts.append(index)
        index += 1
    if not cuts:
        return None
    bounds = [-1, *cuts, len(line)]
    cells = [(a + 1, b) for a, b in zip(bounds, bounds[1:])]
    if not line[:cuts[0]].strip():
        cells = cells[1:]  # (the border pipe at the row's start)
    if cells and not line[cuts[-1] + 1:].strip() and line.rstrip().endswith("|"):
        cells = cells[:-1]  # (the border pipe at its end)
    return [_trimmed(line, start, end) for start, end in cells]


def _trimmed(line: str, start: int, end: int) -> Cell:
    while start < end and line[start] in " \t":
        start += 1
    while end > start and line[end - 1] in " \t":
        end -= 1
    return start, end


def alignment_cells(line: str) -> int:
    """The number of cells of an alignment row ('|:---|---|:---:|'), 0 when the line is none."""
    if not _ALIGNMENT_ROW.fullmatch(line):
        return 0
    cells = split_row(line) or []
    return len(cells) if len(cells) >= 2 and all(_ALIGNMENT_CELL.fullmatch(line[s:e]) for s, e in cells) else 0


def find_tables(lines: list[str]) -> list[Table]:
    """The pipe tables among `lines` (a text split at its newlines), in order."""
    tables: list[Table] = []
    number = 1
    while number < len(lines):
        columns = alignment_cells(lines[number])
        header = split_row(lines[number - 1]) if columns else None
        if not header or len(header) != columns:
            number += 1
            continue
        table = Table(header=number - 1, columns=columns)
        number += 1
        while number < len(lines) and lines[number].strip() and split_row(lines[number]) is not None:
            table.rows.append(number)
            number += 1
        tables.append(table)
    return tables


def table_lines(text: str) -> set[int]:
    """Line numbers of every line of the pipe tables of `text` (header, alignment and body rows)."""
    found = set()
    for table in find_tables(text.split("\n")):
        found |= {table.header, table.header + 1, *table.rows}
    return found
