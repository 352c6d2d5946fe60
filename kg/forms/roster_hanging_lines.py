"""An address or title column typed with a hanging indent throughout (kg.forms.roster_hanging.hanging_columns): each printed
address line opens at the column's margin, and the words it wraps onto stand set in under it by the same few spaces
('c/o 70 Pine Street' / 'New York, New York' / '  10270', 'Central Park West at' / '  79th Street'; UCSG's narrow
typewritten columns, issue 13, round 49h). The cell's lines are read so: a line at the margin opens an address line,
a set-in line goes on with the one above; the column's width (a guess in a narrow column) decides nothing. In a
title column each line at the margin opens a title ('Executive Vice' / '  President' / 'Chief Financial' / '  Officer'),
unless a line shows a word cut at the column's edge (kg.forms.roster_broken_words mends those)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.forms.roster_hanging import MAX_HANGING_INDENT, glued

_CUT = re.compile(r"^[a-z/]|/$|[A-Za-z]-$")  # a title line opening in lower case or a slash, or closing one

if TYPE_CHECKING:
    from kg.forms.roster_grid import _Row as Row


def hanging_lines(rows: list[Row], column: int, titles: bool = False) -> list[str] | None:
    """The address lines of a cell in a column that hangs throughout: None where a line of the cell opens it set in,
    is glued to the column before, or stands in from the margin by other than one same small indent."""
    lines: list[tuple[int, str]] = []  # (indent within the cell, text)
    for row in rows:
        if cells := row.cells.get(column):
            if glued(row.line, cells[0][0]):
                return None
            lines.append((cells[0][0] - row.line.start, " ".join(text for _, text in cells)))
    if not lines:
        return None
    margin = lines[0][0]
    indents = {indent - margin for indent, _ in lines} - {0}
    if len(indents) > 1 or not indents <= set(range(1, MAX_HANGING_INDENT + 1)):
        return None
    if titles and any(_CUT.search(text) for _indent, text in lines):
        return None  # (a title's word cut at the column's edge, 'Officer/Vice Pre' / 'sident': kg.forms.roster_broken_words)
    out: list[str] = []
    for indent, text in lines:
        if indent == margin:
            out.append(text)
        else:
            out[-1] = f"{out[-1]} {text}"
    return out
