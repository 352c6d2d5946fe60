"""HTML roster tables printed transposed: one COLUMN per person, the name in the header cell, one ROW per
field whose first cell is its label ('Position with X', 'Present Principal Occupation', 'Business Address',
'Citizenship'); a long roster goes on in further such tables, one under the other.

Read by the grid, never by counting: kg.read.html writes a row's cells that hold text joined by ' | ' and
drops empty ones, and notes the grid column of every printed cell of a row where some cell is empty
(`filled_columns`, kg.read.html_grid); a row with nothing noted prints every column in order. Each value
then stands in the column of one header name. A table whose rows do not line up (a value in no person's
column, two values in one column, a cell that spans rows or columns, a row with more printed cells than the
grid accounts for) is refused whole, with the reason; the tables around it are still read."""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from kg.forms import roster_types as rt
from kg.forms.roster_entry import Entry
from kg.forms.roster_table import DELIMITER, cell_lines, header_roles
from kg.lookups.empty_cells import is_empty_cell
from kg.read.sections import lines_with_offsets

FIELDS = {"position": "position", "occupation": "occupation", "address": "address", "citizenship": "citizenship",
          "other_positions": "other_positions"}  # a label's role -> the entry's field


@dataclass
class Transposed:
    entries: list[Entry] = field(default_factory=list)
    refusals: list[tuple[str, tuple[int, int]]] = field(default_factory=list)  # (why, the table's span)


@dataclass
class _Row:
    start: int
    end: int
    cells: list[tuple[int, str, list[str]]]  # (grid column, text, its printed lines)
    starts: list[int]  # the text index where each cell's text starts


def read_transposed(text: str, start: int, end: int, breaks: Sequence[int] = (),
                    filled: Sequence[tuple[int, int]] = (), spans: Sequence[tuple[int, int, int, int]] = ()
                    ) -> Transposed | None:
    """Entries of the transposed tables of text[start:end]; None when it holds none (no table whose first row is
    person names and whose other rows are labelled fields)."""
    found = Transposed()
    read = False
    for table in _tables(text, start, end):
        head = table[0]
        names = _header_names(text, head)
        labelled = [(line_start, line) for line_start, line in table[1:] if _label(line.split(DELIMITER)[0])]
        if names is None or len(labelled) < 2:
            continue
        read = True
        span = (head[0], table[-1][0] + len(table[-1][1]))
        rows = [_grid_row(text, line_start, line, breaks, filled) for line_start, line in table]
        why = _misaligned(rows, names, spans, span)
        if why:
            found.refusals.append((why, span))
            continue
        found.entries += _entries(rows, names, span)
    return found if read else None


def _tables(text: str, start: int, end: int) -> list[list[tuple[int, str]]]:
    """Runs of lines with no blank line between them (each <table> is a paragraph of its own) whose rows below
    the first print ' | '."""
    blocks: list[list[tuple[int, str]]] = []
    previous_end = None
    for line_start, line_end, line in lines_with_offsets(text, start, end):
        if previous_end is not None and text.count("\n", previous_end, line_start) == 1:
            blocks[-1].append((line_start, line))  # (a header row of one name prints no ' | ')
        else:
            blocks.append([(line_start, line)])
        previous_end = line_end
    return [block for block in blocks if len(block) > 1 and any(DELIMITER in line for _s, line in block[1:])]


def _label(cell: str) -> str | None:
    """The field a row's first cell names ('Business Address' -> 'address'), or None."""
    cell = re.split(r"\s+(?:with|at|in)\s+", cell.strip(" :"), maxsplit=1)[0]  # ('Position with X': its organisation)
    if not cell or not rt.is_header(cell):
        return None
    roles = [role for role in header_roles(cell, False) if role in FIELDS]
    return FIELDS[roles[0]] if len(roles) == 1 else None


def _header_names(text: str, head: tuple[int, str]) -> list[str] | None:
    """The names of a header row: every printed cell a person's name (after its number, '1. '), the first
    cell possibly a caption ('Name'); None otherwise."""
    cells = [c.strip() for c in head[1].split(DELIMITER)]
    if cells and rt.is_header(cells[0]) and not rt.is_person_name(cells[0]):
        cells = cells[1:]
    names = [rt.strip_numbering(c)[0].strip() for c in cells]
    if not names or not all(n and rt.is_person_name(n) for n in names):
        return None
    return cells


def _grid_row(text: str, line_start: int, line: str, breaks: Sequence[int], filled: Sequence[tuple[int, int]]) -> _Row:
    lines = cell_lines(text, line_start, line, breaks)
    parts = line.split(DELIMITER)
    starts, position = [], line_start
    for part in parts:
        starts.append(position + len(part) - len(part.lstrip()))
        position += len(part) + len(DELIMITER)
    row_start = text.rfind("\n", 0, line_start) + 1  # (a cell's index is where it opened, before any indent)
    noted = [column for _at, column in filled[bisect.bisect_left(filled, (row_start, -1)):
                                                bisect.bisect_left(filled, (line_start + len(line) + 1, -1))]]
    columns = noted if noted else list(range(len(parts)))
    cells = [(column, part.strip(), cell) for column, part, cell in zip(columns, parts, lines)]
    if len(noted) not in (0, len(parts)):
        cells = []  # (printed cells the grid does not account for: no column is known)
    return _Row(line_start, line_start + len(line), cells, starts)


def _misaligned(rows: list[_Row], names: list[str], spans: Sequence[tuple[int, int, int, int]],
                span: tuple[int, int]) -> str | None:
    """Why the table's rows do not line up with its header's names, or None."""
    if any(span[0] <= at < span[1] for at, *_rest in spans):
        return "a transposed roster table holds a cell that spans rows or columns"
    head = rows[0]
    name_columns = [column for column, cell, _lines in head.cells if cell in names]
    if len(name_columns) != len(names) or len(set(name_columns)) != len(names):
        return "the names of a transposed roster table stand in no known columns"
    for row in rows[1:]:
        if not row.cells:
            return "a row of a transposed roster table prints more cells than its grid accounts for"
        label_column, label, _lines = row.cells[0]
        if _label(label) is None:
            continue  # a field kg does not read ('Age'): no value from it
        if label_column in name_columns or label_column > min(name_columns):
            return f"the label {label!r} of a transposed roster table stands in a person's column"
        values = [column for column, _cell, _lines in row.cells[1:]]
        if any(column not in name_columns for column in values) or len(set(values)) != len(values):
            return f"a value of the row {label!r} of a transposed roster table stands in no person's column"
    return None


def _entries(rows: list[_Row], names: list[str], span: tuple[int, int]) -> list[Entry]:
    head = rows[0]
    entries = []
    for index, (column, cell, _lines) in enumerate(head.cells):
        if cell not in names:
            continue
        at = head.starts[index]
        entry = Entry(name=cell, name_span=(at, at + len(cell)), evidence=(at, at + len(cell)), title_column=True,
                      lines_are_items=True)  # (a column is no run of the text: the name stands for the entry)
        for row in rows[1:]:
            role = _label(row.cells[0][1])
            value = next((lines for c, _cell, lines in row.cells[1:] if c == column), None)
            if role and value and " ".join(value).strip() and not is_empty_cell(" ".join(value)):
                entry.fields[role] = "\n".join(value)
        entries.append(entry)
    return entries
