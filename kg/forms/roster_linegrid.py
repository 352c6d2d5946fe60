"""A roster held in ONE table row whose cells are kept level line by line, shown a row per person.

kg.read.html_linegrid notes a row whose cells all have the same number of lines, with empty lines kept: a word
processor's table where each column is a single cell listing everyone's values one a line, the people kept
level by pressing Enter. The row's text joins each cell's lines, so every name of the name column runs into one
('Laurent Dassault Andre Desmarais Daniel Friedberg') and the values of all the people into one cell. Only the
line index ties a line to its person: a line empty in EVERY cell separates one person from the next, and the
lines between two such lines, in each cell, are that person's. The view shows each such group as a row of its
own (its cells' lines apart as a cell's lines are: kg.read.html's `cell_breaks`), so the table readers read it
as any table with a row per person; every span maps back to the document.

A noted row is shown so only when its printed text is exactly its cells' lines joined (nothing hidden or
changed by the reader) and every group holds a line in the first cell (the person's name); else it is left as
it is, and a name cell holding several lines of names is not read as one name (kg.forms.roster_name_guard).
"""
from __future__ import annotations

import re
from array import array

from kg.context import Context
from kg.forms.roster_view import MappedView
from kg.forms.roster_wrap import TITLE_OPENING
from kg.read.html_stream import DELIMITER


def _groups(cells: tuple[tuple[str, ...], ...]) -> list[range]:
    """The runs of line indexes between lines empty in every cell."""
    groups, begin = [], None
    for index in range(len(cells[0]) + 1):
        blank = index == len(cells[0]) or all(not cell[index] for cell in cells)
        if blank and begin is not None:
            groups.append(range(begin, index))
            begin = None
        elif not blank and begin is None:
            begin = index
    return groups


def _places(text: str, start: int, cells) -> list[list[int]] | None:
    """The text index of each non-empty line of each cell in the row's printed line at `start`; None when the
    printed line is not the cells' lines joined."""
    places, parts, at = [], [], start
    for cell in cells:
        found, words = [], [line for line in cell if line]
        if words:
            if parts:
                parts.append(DELIMITER)
                at += len(DELIMITER)
            for number, line in enumerate(words):
                if number:
                    parts.append(" ")
                    at += 1
                found.append(at)
                parts.append(line)
                at += len(line)
        places.append(found)
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return places if text[start:end] == "".join(parts) else None


class LineGridView(MappedView):
    """The document's text with each noted row shown as one row per group of lines (above)."""

    def __init__(self, ctx: Context, rows: list[tuple[int, int, tuple, list[list[int]]]]) -> None:
        text, pieces, back = ctx.text, [], array("q")
        self.breaks, self.filled, self.rows = [], [], [(start, end) for start, end, _c, _p in rows]
        at = 0
        for start, end, cells, places in rows:
            pieces.append(text[at:start])
            back.extend(range(at, start))
            for number, group in enumerate(_groups(cells)):
                if number:
                    pieces.append("\n")
                    back.append(start)
                self._group(cells, places, group, pieces, back)
            at = end
        pieces.append(text[at:])
        back.extend(range(at, len(text)))
        self.raw, self.back = "".join(pieces), back
        self.ahead = array("q", [0] * (len(text) + 1))
        for view_at, source in enumerate(back):
            self.ahead[source] = view_at
        for start, end in self.rows:  # (the row's own delimiters and spaces: the first view place after them)
            for source in range(end - 1, start - 1, -1):
                if text[source] in " |":
                    self.ahead[source] = self.ahead[source + 1]
        self.ahead[len(text)] = len(back)

    def _group(self, cells, places, group: range, pieces: list, back: array) -> None:
        size, filled = len(back), []
        wraps = [_wrap_width(cell, _groups(cells)) for cell in cells]
        for column, cell in enumerate(cells):
            lines = [(cell[i], places[column][sum(1 for x in cell[:i] if x)]) for i in group if cell[i]]
            if not lines:
                continue
            if filled:
                pieces.append(DELIMITER)
                back.extend([lines[0][1]] * len(DELIMITER))
                size += len(DELIMITER)
            filled.append((size, column))
            for number, (line, source) in enumerate(lines):
                if number and wraps[column] and _wrapped(lines[number - 1][0], line, wraps[column]):
                    if not lines[number - 1][0].endswith("-"):  # (the typist's wrap: one line of the cell, with the
                        pieces.append(" ")  # space the wrap took; none after a hyphen, 'Group-' / 'Americas')
                        back.append(source)
                        size += 1
                elif number:
                    self.breaks.append(size)
                    pieces.append(" ")
                    back.append(source)
                    size += 1
                pieces.append(line)
                back.extend(range(source, source + len(line)))
                size += len(line)
        if len(filled) < len(cells):
            self.filled.extend(filled)

    def notes(self, ctx: Context) -> dict:
        return self.notes_outside(ctx, self.rows, self.breaks, self.filled)


def _wrap_width(cell: tuple[str, ...], groups: list[range]) -> int | None:
    """The width a column's cell is wrapped at (its longest line) where its lines show the typist's wrap: a line
    opening in lower case under another line of the same person that ends in no stop ('Member, Conseil' /
    'd'Administration'); None
    for a column whose lines are items or address lines as typed."""
    shown = any(cell[i][:1].islower() and _WORDS_ON.search(cell[i - 1]) for group in groups for i in group
                if i > group.start)  # ('400' / 'chemin de la Cote-Vertu ouest': an address's lines)
    return max((len(line) for line in cell), default=0) if shown else None


_WORDS_ON = re.compile(r"\S\s+[^\W\d_]+$")  # a line of words ending in one, no stop: a phrase that may go on


def _wrapped(above: str, line: str, width: int) -> bool:
    """The line goes on from the line above: its first word would not have fitted after it within the width, and it
    opens with no title."""
    word = line.split()[0] if line.split() else ""
    return bool(word) and len(above) + 1 + len(word) > width and not TITLE_OPENING.match(line)  # ('Harvard University'
    # / 'President and CEO, ...': an item opening with a title starts a line of its own)


def line_grid_view(ctx: Context) -> LineGridView | None:
    """The view of an HTML document's text with its noted rows (kg.read.html_linegrid) shown a row per group of
    lines, when one of them is shown so (above); else None."""
    rows = []
    for start, cells in ctx.line_grids:
        if start >= len(ctx.text) or (places := _places(ctx.text, start, cells)) is None:
            continue
        groups = _groups(cells)
        if len(groups) < 2 or any(not any(cells[0][i] for i in group) for group in groups):
            continue
        end = ctx.text.find("\n", start)
        rows.append((start, len(ctx.text) if end < 0 else end, cells, places))
    return LineGridView(ctx, rows) if rows else None
