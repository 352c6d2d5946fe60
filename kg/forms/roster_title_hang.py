"""Titles under a name in a fixed-width roster table's name column, level with the name, whose wraps hang set in
under them (issue 13, round 51e; a close variant of Scout Capital's Exhibit I):

      1.    Laurent Dassault                Dassault Investissements
            Director of Power               9, Rond-Point des
              Corporation of Canada           Champs-Elysees

The title was wrapped narrower than the column ('Corporation' would have fitted after 'Director of Power'), so the
column's room cannot tell the wrap; the text shows it otherwise: the line under the title stands set in by the
cell's one small hanging indent, and the title line ends inside an organisation's name ('... of Power', '... of
The St.', '... of Novo'). Such a set-in line goes on with the title above it ('Director of Power Corporation of
Canada'), never read as an occupation or a title of its own. Where the cell is not typed so (a line under the name
set in under the name itself, indents of more than one depth, a first line under the name that is no title), the
lines are left as they are."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.forms import roster_types as rt
from kg.forms.roster_hanging import MAX_HANGING_INDENT

if TYPE_CHECKING:
    from kg.forms.roster_grid import _Row as Row

_ENDS_IN_NAME = re.compile(r"\bof\s+(?:the\s+)?(?:[A-Z][\w.&'/-]*\s+)*[A-Z][\w.&'/-]*$")  # '... of The St.', 'of Lor'
_GOES_ON = ("organization", "text", "name")  # the kinds of line a cut organisation's name goes on with


def hung_title_wraps(rows: list[Row], name_column: int, stacked: list[str]) -> list[str]:
    """`stacked` (the name column's lines under the whole name) with each set-in line joined to the title line above
    it where that title ends inside an organisation's name (see the module); else `stacked` unchanged."""
    indented = _indented_lines(rows, name_column)
    if not stacked or len(indented) <= len(stacked) or [t for _, t in indented[-len(stacked):]] != stacked:
        return stacked
    name_indent = indented[0][0]
    under = indented[-len(stacked):]
    margin = under[0][0]
    depths = {indent - margin for indent, _ in under} - {0}
    if margin != name_indent or len(depths) != 1 or not depths <= set(range(1, MAX_HANGING_INDENT + 1)) \
            or rt.line_kind(under[0][1]) != "title":
        return stacked
    out: list[str] = []
    for indent, text in under:
        if out and indent > margin and _ENDS_IN_NAME.search(out[-1]) and text[:1].isupper() \
                and rt.line_kind(text) in _GOES_ON and not rt.is_title(text):
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
    return out


def _indented_lines(rows: list[Row], column: int) -> list[tuple[int, str]]:
    """The column's lines with where each one's text starts on its line (the first after its row number)."""
    out = []
    for row in rows:
        if cells := row.cells.get(column):
            opening = next(((at, t) for at, t in cells if rt.strip_numbering(t)[0].strip()), cells[0]) if not out \
                else cells[0]  # (a row number printed as a cell of its own before the name: '1.' / 'Laurent ...')
            cut = rt.strip_numbering(opening[1])[1] if not out else 0
            out.append((opening[0] - row.line.start + cut, " ".join(t for _, t in cells)))
    return out
