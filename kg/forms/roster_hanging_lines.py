"""An address or title column typed with a hanging indent throughout (kg.forms.roster_hanging.hanging_columns): each printed
address line opens at the column's margin, and the words it wraps onto stand set in under it by the same few spaces
('c/o 70 Pine Street' / 'New York, New York' / '  10270', 'Central Park West at' / '  79th Street'; UCSG's narrow
typewritten columns, issue 13, round 49h). The cell's lines are read so: a line at the margin opens an address line,
a set-in line goes on with the one above; the column's width (a guess in a narrow column) decides nothing. In a
title column each line at the margin opens a title ('Executive Vice' / '  President' / 'Chief Financial' / '  Officer'),
unless a line shows a word cut at the column's edge (kg.forms.roster_broken_words mends those); a line at the margin
that opens on 'of' and names a body ('President' / 'Director' / 'of SE') opens no title: it names the organisation
of the titles above and goes on the last (issue 13, round 53o)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.forms.roster_hanging import MAX_HANGING_INDENT, glued

_CUT_EDGE = re.compile(r"^/|/$|[A-Za-z]-$")  # a title line opening or closing with a slash, or closing with a hyphen
_GOES_ON = re.compile(r"(?:,|\b(?:of|with|and|the|for|in|to|at|on|by|or))$")  # ('General partner of' / '  partnerships')
_WHOLE = re.compile(r"[a-z]{1,2}['’][A-Z]\w+(?:[ ,]|$)")  # ("Member, Conseil" / "  d'Administration")
_OF_BODY = re.compile(r"of\s+(?:the\s+)?[A-Z]\S*(?:\s+\S+){0,5}")  # ('Director' / 'of SE': the body of the titles above)

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
    widest = max(indent + len(text) for indent, text in lines)
    if titles and any(_cut(text, index and lines[index - 1], widest) and not (index and _OF_BODY.fullmatch(text))
                      for index, (_indent, text) in enumerate(lines)):
        return None  # (a title's word cut at the column's edge, 'Officer/Vice Pre' / 'sident': kg.forms.roster_broken_words;
        # not a whole title in lower case, 'officer of Morgan Stanley & Co.', nor an elided article: "d'Administration")
    out: list[str] = []
    for indent, text in lines:
        if indent == margin and not (titles and out and _OF_BODY.fullmatch(text)):
            out.append(text)
        else:
            out[-1] = f"{out[-1]} {text}"
    return out


def _cut(text: str, above: tuple[int, str] | int, widest: int) -> bool:
    """A title line that shows a word cut at the column's edge ('Director/Chairman/C' / '   hief Executive O'):
    opening or closing with a slash, closing with a hyphen, or opening in lower case under a line that reaches the
    cell's widest end (`above`: (indent, text), 0 for the first line) and stops on no word a phrase goes on after.
    A line in lower case that opens with an elided article ("d'Administration") shows none, nor one under a shorter
    line ('Vice President' / 'officer of Morgan', 'partnerships' / '  affiliated with')."""
    if _CUT_EDGE.search(text):
        return True
    if not text[:1].islower() or _WHOLE.match(text):
        return False
    return not above or above[0] + len(above[1]) == widest and not _GOES_ON.search(above[1])
