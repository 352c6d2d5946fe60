"""Names wrapped in a company-by-role matrix (kg.forms.roster_matrix) whose table shows how it wraps: a name's
further line set in under its first by a small hanging indent ('Susanne Antonie' / '  Schaffert'). Where the table
shows that (a set-in line that is no name by itself ends a name above it), the set-in lines of a doubtful cell are
read the same way: 'Francis Michael' / '  Cyprian Cuss' is one name, and under a whole name a line at the margin that
is no name, with a set-in line under it, opens the next name ('Janet M. Dolan' / 'Kenneth M.' / '  Duberstein': two
persons). Anything else stays doubtful (refused by the matrix reader)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.forms import roster_types as rt

if TYPE_CHECKING:
    from kg.forms.roster_matrix import _Group as Group

MAX_HANG = 4  # spaces a wrapped name's further line stands in from its first


def hanging_indent(groups: list[Group]) -> int | None:
    """The one indent the table sets a name's further line in by, shown by a cell of two lines read without doubt
    whose second line is no name by itself ('Susanne Antonie' / '  Schaffert'); None where none shows it, or two
    differ."""
    shown = {parts[1][2] - parts[0][2] for group in groups for index, parts in enumerate(group.parts)
             if index not in group.doubtful and len(parts) == 2 and 2 <= parts[1][2] - parts[0][2] <= MAX_HANG
             and not rt.is_person_name(parts[1][0]) and rt.is_person_name(f"{parts[0][0]} {parts[1][0]}")}
    return shown.pop() if len(shown) == 1 else None


def mend_wrapped(group: Group, indent: int | None) -> None:
    """Group's doubtful cells read by the table's hanging `indent` (see the module; None where the table shows
    none)."""
    if not group.doubtful:
        return
    cells, places, parts_of, doubtful = [], [], [], set()
    for index, (cell, place, parts) in enumerate(zip(group.cells, group.places, group.parts)):
        letter = cell[0]
        pieces = _read(parts, indent) if index in group.doubtful else None
        if pieces is None:
            doubtful |= {len(cells)} if index in group.doubtful else set()
            pieces = [parts]
        for piece in pieces:
            cells.append((letter, " ".join(text for text, _s, _c in piece), (piece[0][1][0], piece[-1][1][1])))
            places.append((place[0], piece[0][2]))
            parts_of.append(piece)
    group.cells, group.places, group.parts, group.doubtful = cells, places, parts_of, doubtful


def _read(parts: list, indent: int | None) -> list[list] | None:
    """The names a doubtful cell's lines (text, span, column) hold, or None where the hanging indent does not tell
    (a cell whose own set-in line ends the no-name line at the margin above it shows the indent itself)."""
    texts = [text for text, _s, _c in parts]
    columns = [column for _t, _s, column in parts]
    if indent and len(parts) == 2 and columns[1] - columns[0] == indent and all(rt.is_person_name(t) for t in texts):
        return [parts]  # ('Francis Michael' / '  Cyprian Cuss')
    if len(parts) == 3 and abs(columns[1] - columns[0]) <= 1 and columns[2] - columns[1] == (indent or columns[2] - columns[1]) \
            and 2 <= columns[2] - columns[1] <= MAX_HANG \
            and rt.is_person_name(texts[0]) and not rt.is_person_name(texts[1]) \
            and rt.is_person_name(f"{texts[1]} {texts[2]}"):
        return [parts[:1], parts[1:]]  # ('Janet M. Dolan' / 'Kenneth M.' / '  Duberstein')
    return None
