"""Letters that enumerate the entries of a roster no reader knows ('A. Howard S. Jonas', 'B. James A. Courter'): one
entry, `lettered_anchors`, used by kg.forms.roster_last_resort.

Every name line opening with one capital and a full stop, the capitals rising from 'A' one at a time: the letters
are markers, taken off the names. Rising but skipping a letter (an entry not taken as a name): whether 'C.' is a
marker or an initial is not certain, and no name is kept. Otherwise (names of their own with an initial first) the
names are left as they are."""
from __future__ import annotations

import re

from kg.forms import roster_types as rt

_LETTER = re.compile(r"([A-Z])\.[ \t]+")

Anchor = tuple[int, str, int, str, list[tuple[int, str]]]  # (margin, marker, name column, name, cells after it)


def lettered_anchors(anchors: list[tuple[int, Anchor]]) -> list[tuple[int, Anchor]] | None:
    """The anchors with the enumerating letters taken off their names; None when the letters are not certain."""
    marks = [_LETTER.match(anchor[3]) for _index, anchor in anchors]
    if len(anchors) < 2 or not all(marks):
        return anchors
    letters = [ord(mark.group(1)) for mark in marks]
    if any(b <= a for a, b in zip(letters, letters[1:])):
        return anchors  # (not rising: initials of the names' own)
    if letters[0] != ord("A") or any(b - a != 1 for a, b in zip(letters, letters[1:])):
        return None
    out = []
    for (index, (margin, _marker, column, name, cells)), mark in zip(anchors, marks):
        rest = name[mark.end():]
        if not rt.is_person_name(rest):
            return None
        out.append((index, (margin, "A.", column + mark.end(), rest, cells)))
    return out
