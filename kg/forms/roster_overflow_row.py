"""A row of a fixed-width roster table whose name is wider than its column and pushes the rest of its line right
('Francis Michael Cyprian CussBoard Director of   Tuborg Havnevej 19, ...': the name printed whole, 28 characters in
a column of 24, its title glued to it, and the address and citizenship cells set four places right of their
columns' starts, where the row's other lines, and every other row, set them at the starts). Read against the
header's columns the name is cut at the next column's start ('Francis Michael Cyprian' / 'CussBoard Director of'),
a person who is none, or the row is refused as a name glued to its title.

`overflowed_lines(body, starts, name_column)` finds such lines from what they show: a first chunk opening at the
name column's start and running across the next column's start, every other chunk of the line opening exactly the
same number of places (0-8) right of a later column's start, and the name cut where the next column's start moved
by that many falls (a capital opening a word there, glued to the name where the shift is 0: a name exactly as wide
as its column, 'Sylvester "Chip" JohnsonDirector of') a person's name. `overflowed(chunks, starts, name_column,
shift)` gives such a line's chunks, the name cut from the cell glued to it, and the columns after the name's moved
by the shift (kg.forms.roster_grid reads the line's cells by them)."""
from __future__ import annotations

from kg.forms import roster_types as rt

MAX_SHIFT = 8  # a name a few characters wider than its column, not a column's width


def _shift(chunks: list[tuple[int, str]], later: list[int]) -> int | None:
    """The one shift every chunk after the first shows right of a later column's start (None where one does not)."""
    shown = {offset - start for offset, _ in chunks[1:] for start in later if 0 <= offset - start <= MAX_SHIFT}
    if len(shown) != 1 or not chunks[1:]:
        return None
    shift = shown.pop()
    return shift if all(offset - shift in later for offset, _ in chunks[1:]) else None


def _cut(chunk: tuple[int, str], at: int, glued: bool) -> tuple[str, str] | None:
    """The chunk cut at `at` into a person's name and the cell glued to it (a capital opening it, with no space
    before it where `glued`); None otherwise."""
    offset, text = chunk
    if not offset < at < offset + len(text) or not text[at - offset].isupper():
        return None
    before = text[at - offset - 1]  # (never between two capitals, inside a word in capitals: 'VANTREIGHT EXECUTI|VE')
    if before.isupper() or glued and before == " ":
        return None
    name, rest = text[:at - offset].rstrip(), text[at - offset:]
    return (name, rest) if name and rt.is_person_name(rt.strip_numbering(name)[0]) else None


def overflowed_lines(body: list, starts: list[int], name_column: int) -> dict[int, int]:
    """The start of each body line whose name overflows its column, and by how many places the line's other cells
    are set right (`body`: kg.forms.roster_geometry.Line's after the table's header)."""
    if name_column + 2 >= len(starts):
        return {}  # (no column past the name's next one: nothing shows the shift)
    out: dict[int, int] = {}
    for line in body:
        chunks = line.chunks() if line.text.strip() else []
        if len(chunks) < 2 or chunks[0][0] != starts[name_column] or chunks[0][0] + len(chunks[0][1]) <= starts[name_column + 1]:
            continue
        shift = _shift(chunks, starts[name_column + 2:])
        if shift is not None and _cut(chunks[0], starts[name_column + 1] + shift, not shift) is not None:
            out[line.start] = shift
    return out


def overflowed(chunks: list[tuple[int, str]], starts: list[int], name_column: int,
               shift: int) -> tuple[list[tuple[int, str]], list[int]]:
    """An overflowed line's chunks, its name cut from the cell glued to it, and the column starts it is read by."""
    moved = starts[:name_column + 1] + [start + shift for start in starts[name_column + 1:]]
    cut = _cut(chunks[0], moved[name_column + 1], not shift)
    if cut is None:
        return chunks, starts
    return [(chunks[0][0], cut[0]), (moved[name_column + 1], cut[1])] + chunks[1:], moved
