"""A name wrapped onto a line set in under it ('CUSS, Francis Michael' / '  Cyprian' / 'Tuborg Havnevej 19', '7.
Francis Michael Cyprian' / '  Cuss'): in a column of the name and the address, the lines wrapped from a cell are set in
by a space or a few, so a line right under the name's first, set in, with the next line back at the name's margin (or
none), is the name's last word that did not fit, never the address's first line (which stands at the margin). Only
where the word would not have fitted before the next column's text, and the name with it is a person's name."""
from __future__ import annotations

from kg.forms import roster_types as rt
from kg.forms.roster_name_wrap import whole_by_initial

_MOST_SET_IN = 4  # a wrapped line is set in by one to four spaces
_GAP = 2  # two spaces at least set a cell apart from the next column's
_RAGGED = 6  # a column wrapped short of its room: its longest line stops at most this many places before the room


def set_in_name_wrap(rows: list, name_column: int, first: str, line: str, room: int | None,
                     widest: int | None = None) -> bool:
    """Whether the line under the name's first (`first`, the name there; `line`, its cell as printed, a row's number
    too) is the name's wrapped word: set in, nothing else on it, the line under it (if any) back at the name's margin,
    the word too long to have fitted before the next column's text, or on a line as long as the column's longest
    printed line (`widest`: a column that wraps a few places short of its room, 'CUSS, Francis Michael' / '  Cyprian'
    where no line of the column is longer than 'NARVEKAR, Nirmal Prabhakar', 26 of 30; never where the longest line
    stops far short of the room, 'Ann Lyle' / '   Wexford' alone, nor under a name whole by its shape, 'Carolyn H.
    Byrd')."""
    if len(rows) < 2 or room is None:
        return False
    margins = [_margin(row, name_column) for row in rows[:3]]
    if margins[0] is None or margins[1] is None or not 0 < margins[1] - margins[0] <= _MOST_SET_IN \
            or len(margins) > 2 and margins[2] != margins[0] or len(rows[1].cells[name_column]) != 1:
        return False
    word = rows[1].cells[name_column][0][1].strip()
    joined = len(line.rstrip()) + 1 + len(word.split()[0])
    narrow = widest is not None and room - _GAP - _RAGGED <= widest < joined and not whole_by_initial(line.strip())
    if joined <= room - _GAP and not narrow:
        return False  # (the word would have fitted on the name's line)
    return (1 <= len(word.split()) <= 2 and all(w[:1].isupper() for w in word.split()) and not rt.is_title(word)
            and not rt.is_nationality(word) and not rt.is_address_line(word) and rt.is_person_name(f"{first} {word}"))


def _margin(row, name_column: int) -> int | None:
    cells = row.cells.get(name_column)
    return cells[0][0] - row.line.start if cells else None
