"""Names set two a line in two centred columns (one entry, `names_two_a_line`), as a variant of Forstmann Little's
Schedule I prints the members of a group under its heading and paragraph:

                 Jane Q. Doe                          John R. Smith
               Mary Ann Jones                          Li Wei

- A line holds two names parted by three spaces or more; every left name shares one midpoint, every right name
  another, right of the left column; only the last line may hold one name, and that in the left column.
- Every part is a person's name (numbered or not, 'SURNAME, Given' or not); read row by row, left then right.
- Anything else (a line of one name above two, three parts, a part that is no name, columns not centred): None.
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_block_notes import given_first
from kg.forms.roster_centred_lists import CENTRE_SLACK, _lines

_GAP = re.compile(r" {3,}")  # (the space between the two columns)


def names_two_a_line(text: str, block: re.Match) -> list[tuple[str, tuple[int, int]]] | None:
    """Each name of a block of names two a line in two centred columns, in reading order with its span, or None."""
    rows = [_parts(column, at, line) for column, at, line in _lines(text, block)]
    if any(not 1 <= len(row) <= 2 for row in rows) or any(len(row) == 1 for row in rows[:-1]):
        return None
    left = [_middle(row[0]) for row in rows]
    right = [_middle(row[1]) for row in rows if len(row) == 2]
    if not right or not _one_midpoint(left) or not _one_midpoint(right) or min(right) <= max(left):
        return None
    if rows[0][0][0] <= 4 or any(row[0][0] + len(row[0][2]) >= row[1][0] for row in rows if len(row) == 2):
        return None
    names = []
    for column, at, part in (part for row in rows for part in row):
        if not rt.is_person_name(given_first(rt.strip_numbering(part)[0].strip() or part)):
            return None
        names.append((part, (at, at + len(part))))
    return names


def _parts(column: int, at: int, line: str) -> list[tuple[int, int, str]]:
    """(column, offset, text) of each part of a line parted by three spaces or more."""
    parts, begin = [], 0
    for gap in [*_GAP.finditer(line), None]:
        stop = gap.start() if gap else len(line)
        parts.append((column + begin, at + begin, line[begin:stop]))
        begin = gap.end() if gap else begin
    return parts


def _middle(part: tuple[int, int, str]) -> float:
    return part[0] + len(part[2]) / 2


def _one_midpoint(middles: list[float]) -> bool:
    return max(middles) - min(middles) <= 2 * CENTRE_SLACK
