"""HTML tables whose entries take two rows of different cells ('two tiers'): a header of two rows whose cells do not
line up ('Name | Position | Citizenship' over 'Present Principal Occupation (two columns) | Business Address'), then
each person's upper row under the upper header and lower row under the lower one.

The rows are told apart by the markup (kg.read.html notes the grid column of each cell of an irregular row, and of
each printed cell of a row with empty cells), never by their wording: each printed cell goes to the header cell that
starts at its grid column. The table is read this way only when every row after the header pairs off (an upper row
opening with a person's name, then a lower row that opens with none) and every cell finds its header cell; anything
else leaves the table to the one-row reader (kg/forms/roster_table.py).
"""
from __future__ import annotations

from collections.abc import Sequence

from kg.forms import roster_types as rt
from kg.forms.roster_entry import Entry
from kg.forms.roster_gridcols import FilledColumns
from kg.forms.roster_place import place
from kg.forms.roster_spans import RowSpans
from kg.forms.roster_table import DELIMITER, add_value, cell_lines, header_roles, names_column
from kg.read.sections import lines_with_offsets


def two_row_header(text: str, start: int, end: int, markup: tuple, read_header, keep=None):
    """(the grid of the table's cells, what `read_header` reads from the first pair of rows it takes for the header,
    the rows below it) or None. `markup`: kg.read.html's notes (breaks, columns, filled); `keep(row)`: the rows that
    count; the header printed again after a page break is no body row."""
    breaks, columns, filled = markup
    if not columns:
        return None
    grid = Grid(text, breaks, columns, filled)
    rows = [row for row in _rows(list(lines_with_offsets(text, start, end)), grid.recorded) if keep is None or keep(row)]
    for at in range(len(rows) - 1):
        if (header := read_header(grid, rows[at], rows[at + 1])) is not None:
            printed = {rows[at][2], rows[at + 1][2]}
            return grid, header, [row for row in rows[at + 2:] if row[2] not in printed]
    return None


def read_two_tiers(text: str, start: int, end: int, breaks: Sequence[int] = (),
                   columns: Sequence[tuple[int, int, int, int]] = (),
                   filled: Sequence[tuple[int, int]] = ()) -> tuple[list[Entry], list] | None:
    """Entries of a two-tier HTML table in text[start:end], or None when it is not one."""
    found = two_row_header(text, start, end, (breaks, columns, filled), _header)
    if found is None:
        return None
    grid, tiers, body = found
    if len(body) < 2 or len(body) % 2:
        return None
    entries = []
    for upper, lower in zip(body[0::2], body[1::2]):
        entry = _entry(grid, tiers, upper, lower)
        if entry is None:
            return None
        entries.append(entry)
    return entries, []


class Grid:
    """The grid columns kg.read.html noted for a document's table cells."""

    def __init__(self, text: str, breaks: Sequence[int], columns, filled):
        self.text, self.breaks = text, breaks
        self.spans, self.placed = RowSpans(columns), FilledColumns(filled)
        self.recorded = {c[0] for c in columns} | {f[0] for f in filled}

    def cells(self, row: tuple) -> tuple[list[list[str]], list[int]] | None:
        """The lines of each printed cell of a row and the grid column each starts at; None when unplaced."""
        line_start, lines, line = row
        if len(lines) > 1:
            split = [[piece.strip() for piece in lines if piece.strip()]]
        else:
            split = cell_lines(self.text, line_start, line, self.breaks)
        at = self.placed.of_row(line_start, line)
        if at is None and (widths := self.spans.widths(line_start, line)):
            at = [column for column, _width in widths]
        if at is None and len(lines) == 1:
            at = list(range(len(split)))
        return (split, at) if at is not None and len(at) == len(split) else None


def _rows(lines: list, recorded: set[int]) -> list[tuple[int, list[str], str]]:
    """(start, lines, first line) of each table row: a line of cells, or a line the markup notes a cell at,
    with the lines right under a lone cell that no blank line parts from it. Other lines are left out."""
    rows: list[tuple[int, list[str], str]] = []
    open_cell = False
    for line_start, _line_end, line in lines:
        if DELIMITER in line or line_start in recorded:
            rows.append((line_start, [line], line))
            open_cell = DELIMITER not in line
        elif line.strip() and open_cell:
            rows[-1][1].append(line)
        else:
            open_cell = False
    return rows


def _header(grid: Grid, upper: tuple, lower: tuple) -> list[list[tuple[int, list[str]]]] | None:
    """Of two header rows, for each tier the (grid column, roles) of each caption; None when the two rows are
    not a header in two tiers (a caption kg has no role for, a person's name, or cells that line up)."""
    tiers = []
    for tier, row in enumerate((upper, lower)):
        placed = grid.cells(row)
        if placed is None or len(row[1]) > 1 or DELIMITER not in row[2]:
            return None
        captions = [" ".join(lines) for lines in placed[0]]
        roles = [header_roles(caption, tier == 0 and i == 0) for i, caption in enumerate(captions)]
        if any(r == ["unknown"] for r in roles) or any(rt.is_person_name(c) for c in captions):
            return None
        tiers.append(list(zip(placed[1], roles)))
    if not names_column(upper[2].split(DELIMITER)[0]) or any("name" in r for _c, r in tiers[1]):
        return None
    if [c for c, _r in tiers[0]] == [c for c, _r in tiers[1]]:
        return None  # (cells that line up: one header printed over two rows, read as such elsewhere)
    return tiers


def _entry(grid: Grid, tiers: list, upper: tuple, lower: tuple) -> Entry | None:
    """One person's entry from their two rows; None when a row does not fit its tier."""
    values = []
    for tier, row in zip(tiers, (upper, lower)):
        placed = grid.cells(row)
        if placed is None:
            return None
        by_column = dict(tier)
        if not set(placed[1]) <= set(by_column):
            return None
        values += [(by_column[column], lines) for lines, column in zip(*placed)]
    name_lines = values[0][1] if values[0][0][0] == "name" else []
    under_name = dict(zip(reversed(grid.cells(lower)[1]), reversed(grid.cells(lower)[0]))).get(0, [])
    if len(name_lines) != 1 or len(upper[1]) > 1 or any(rt.is_person_name(line) for line in under_name):
        return None  # (a person's name under the names: the rows do not pair off as the header says)
    name, cut = rt.strip_numbering(name_lines[0])
    if not rt.is_person_name(name):
        return None
    offset = upper[0] + upper[2].index(name_lines[0]) + cut
    entry = Entry(name=name, name_span=(offset, offset + len(name)), evidence=(upper[0], _row_end(lower)),
                  title_column=any("position" in roles for roles, _lines in values))
    entry.lines_are_items = any(len(lines) > 1 for _roles, lines in values[1:])
    for roles, lines in values[1:]:
        if roles == ["unknown"] or not any(lines):
            continue
        if entry.lines_are_items:
            place(entry, lines, roles)
        else:
            add_value(entry, roles[0], lines[0])
    return entry


def _row_end(row: tuple) -> int:
    """Where a row's text ends (its lines are consecutive in the text)."""
    line_start, lines, _line = row
    return line_start + sum(len(line) + 1 for line in lines) - 1
