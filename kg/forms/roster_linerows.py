"""An HTML table written a row per PRINTED LINE, shown laid out as the fixed-width table it prints.

A typesetter's converter may turn a typeset table back into HTML one `<tr>` per printed line: a cell that wraps
(a long name, titles, occupations, address lines) goes on in the same column of the next rows, whose other
cells are empty, and nothing in the markup groups the rows of one person. kg.read.html writes each row as a line
of its printed cells joined by ' | ' (empty cells left out, the grid column of each printed cell noted in
`filled_columns`), so the table readers would take each row for an entry: a continued name ('Jr.', 'Cyprian
Cuss') for a person of its own, the lines under a person's first row for no one's. The rows are the lines of a
printed table: shown as that table is printed (each cell at its column's place, the column as wide as its
widest cell and three spaces apart, without the characters no one sees), the fixed-width table reader (kg.forms.roster_grid) reads them, with
what it knows of names and cells wrapped over lines. Every character shown maps back to the document.

A run of table rows (lines next to each other) is shown so only when it opens with a header row of three
printed cells or more whose first captions the names ('Name'), every row's cells stand in the header's columns,
two rows or more leave the name cell empty and print another (a cell going on), and no cell of the run is
broken by `<br>` or spans rows or columns (a table of another kind). The runs of the same columns after it, a
page break apart (blank lines only between them, with the header again or not), are that table's too.
"""
from __future__ import annotations

import bisect
from array import array

from kg.context import Context
from kg.forms.roster_table import names_column
from kg.forms.roster_view import MappedView
from kg.read.clean import INVISIBLE
from kg.read.html_stream import DELIMITER

GAP = 3  # spaces between two columns as shown
MIN_GOING_ON = 2  # rows with the name cell empty beside a printed cell

Row = tuple[int, int, list[tuple[int, int, str]]]  # (line start, line end, [(grid column, text index, cell text)])


def _row(text: str, start: int, end: int, noted: dict[int, int]) -> list[tuple[int, int, str]] | None:
    """The printed cells of the line text[start:end] with their grid columns (by the note at each cell, else in
    order when the row notes none); None when it is no table row."""
    cells, columns, at = [], [], start
    for part in text[start:end].split(DELIMITER):
        lead = len(part) - len(part.lstrip())
        if part.strip():
            cells.append((at + lead, part.strip()))
            columns.append(noted.get(at + lead, noted.get(at - len(DELIMITER))))  # (a note at the cell's text, or
        at += len(part) + len(DELIMITER)  # at the delimiter written before it)
    if any(c is not None for c in columns):
        if any(c is None for c in columns) or columns != sorted(set(columns)):
            return None
        return [(c, offset, cell) for c, (offset, cell) in zip(columns, cells)]
    if DELIMITER not in text[start:end] or len(cells) != text[start:end].count(DELIMITER) + 1:
        return None
    return [(c, offset, cell) for c, (offset, cell) in enumerate(cells)]


def _runs(ctx: Context) -> list[list[Row]]:
    """Runs of table rows next to each other (a blank line ends one)."""
    noted = dict(ctx.filled_columns)
    runs, run, at, text = [], [], 0, ctx.text
    while at <= len(text):
        stop = text.find("\n", at)
        stop = len(text) if stop < 0 else stop
        cells = _row(text, at, stop, noted) if text[at:stop].strip() else None
        if cells:
            run.append((at, stop, cells))
        elif run:
            runs.append(run)
            run = []
        at = stop + 1
    if run:
        runs.append(run)
    return runs


def _plain(ctx: Context, run: list[Row]) -> bool:
    """No cell of the run broken by `<br>` and none spanning rows or columns."""
    start, end = run[0][0], run[-1][1]
    breaks = ctx.cell_breaks
    return bisect.bisect_left(breaks, start) == bisect.bisect_left(breaks, end) \
        and not any(start <= at < end for at, *_rest in ctx.cell_columns)


def _header(run: list[Row]) -> int:
    """The number of columns of the run's header row (its first, every cell printed, the first naming the names
    column); 0 when it has none."""
    cells = run[0][2]
    return len(cells) if len(cells) >= 3 and names_column(cells[0][2]) else 0


def _shown_tables(ctx: Context) -> list[tuple[int, list[Row]]]:
    """(columns, rows) of each table shown laid out (above)."""
    tables: list[tuple[int, list[Row]]] = []
    for run in _runs(ctx):
        width = _header(run)
        if tables and not width and tables[-1][1][-1][1] < run[0][0] and not ctx.text[tables[-1][1][-1][1]:run[0][0]].strip() \
                and all(c < tables[-1][0] for *_s, cells in run for c, _o, _t in cells) and _plain(ctx, run):
            tables[-1][1].extend(run)  # (the table goes on after a page break, its header not repeated)
            continue
        if not width or not _plain(ctx, run) or any(c >= width for *_s, cells in run for c, _o, _t in cells):
            continue
        going_on = sum(1 for *_s, cells in run[1:] if cells[0][0] > 0)
        if going_on >= MIN_GOING_ON:
            tables.append((width, list(run)))
    return tables


def _shown(cell: str) -> str:
    return "".join(c for c in cell if c not in INVISIBLE)


class LineRowsView(MappedView):
    """The document's text with each such table shown laid out as printed (above)."""

    def __init__(self, ctx: Context, tables: list[tuple[int, list[Row]]]) -> None:
        text, pieces, back = ctx.text, [], array("q")
        self.rows = [(start, end) for _w, rows in tables for start, end, _c in rows]
        at = 0
        for width, rows in tables:
            sizes = [max((len(_shown(t)) for *_s, cells in rows for c, _o, t in cells if c == column), default=0)
                     for column in range(width)]
            places = [sum(sizes[:column]) + GAP * column for column in range(width)]
            for start, end, cells in rows:
                pieces.append(text[at:start])
                back.extend(range(at, start))
                shown = 0
                for column, offset, cell in cells:
                    pad, seen = places[column] - shown, [at for at, c in enumerate(cell) if c not in INVISIBLE]
                    pieces.append(" " * pad + _shown(cell))  # (the characters no one sees left out: a soft hyphen
                    back.extend([offset] * pad)  # inside a name takes no room in its column)
                    back.extend(offset + at for at in seen)
                    shown = places[column] + len(seen)
                at = end
        pieces.append(text[at:])
        back.extend(range(at, len(text)))
        self.raw, self.back = "".join(pieces), back
        self.ahead = array("q", [-1] * (len(text) + 1))
        for view_at, source in enumerate(back):
            self.ahead[source] = view_at  # (a cell's own place, never the padding before it)
        self.ahead[len(text)] = len(back)
        for source in range(len(text) - 1, -1, -1):
            if self.ahead[source] < 0:  # (a row's delimiters and spaces: the first view place after them)
                self.ahead[source] = self.ahead[source + 1]

    def notes(self, ctx: Context) -> dict:
        return self.notes_outside(ctx, self.rows)


def line_rows_view(ctx: Context) -> LineRowsView | None:
    """The view of an HTML document's text with its tables written a row per printed line laid out as printed
    (above); None when it has none."""
    if not ctx.filled_columns:
        return None
    tables = _shown_tables(ctx)
    return LineRowsView(ctx, tables) if tables else None
