"""Rows of a fixed-width roster table shifted right of the header's columns: a later page printed with another
margin, its lines all set in by the same few spaces while the header (and the rows of the first page) are not.
Read against the unshifted header, such a row's cells cross the column starts the header draws ('Power Corporation
of' / 'Canada' under the employer's caption, its 'of' at the address column's start) and are cut there: an employer's
word in the address, the row's cells on the wrong columns.

`shifted_lines(body, starts)` finds such runs of lines from what they show: a line whose cells open, two or more of
them, exactly the same number of spaces (1-8) right of their columns' starts, and none at a start, opens a run
shifted by that many; a line whose cells open, two or more, at the starts themselves ends it. A run counts only
where the header's columns fit the rows above it (a line of two or more cells at the starts before it), where it is
a page set in and not a wrap's hanging indent (two spaces or more, no cell of its lines at a column start of the
header, a name of the run at the name column's start moved) and where one of its lines has a cell cut at a column
start of the header that the shifted columns leave whole, or the reverse ('Anthony S. Davidson Chief Financial' set
in: a name glued to its title by one space at the moved start), without which nothing in the run reads otherwise.
Every line of a run is then read against the columns moved by the shift (kg.forms.roster_grid)."""
from __future__ import annotations

from kg.forms.roster_rowcells import split_at_columns

MAX_SHIFT = 8  # a page's margin moved by a few spaces, not a column's width


def _opens(chunks: list[tuple[int, str]], starts: list[int], shift: int) -> int:
    """How many columns have a chunk of the line opening exactly `shift` spaces right of their start."""
    at = {offset for offset, _ in chunks}
    return sum(1 for s in starts if s + shift in at)


def _evidence(chunks: list[tuple[int, str]], starts: list[int]) -> int | None:
    """The shift a line shows: 0 where two of its cells open at the column starts, d where two open d spaces right
    of them and none at a start (the one d only), else None."""
    if _opens(chunks, starts, 0) >= 2:
        return 0
    if _opens(chunks, starts[1:], 0):
        return None
    shown = [d for d in range(1, MAX_SHIFT + 1) if _opens(chunks, starts, d) >= 2]
    return shown[0] if len(shown) == 1 else None


def _whole_page(lines: list, starts: list[int], shift: int) -> bool:
    """Whether the run's lines are a page set in, not a wrap's lines set in under their cells ('Professor of
    Economics, Harvard' / ' University', a hanging indent in every column): set in two spaces or more, no cell of
    any line at a column start of the header (past the first), a name of the run at the name column's start moved."""
    chunks = [offset for line in lines for offset, _ in line.chunks()]
    return shift >= 2 and not set(chunks) & set(starts[1:]) and starts[0] + shift in chunks


def shifted_lines(body: list, starts: list[int]) -> dict[int, int]:
    """The start of each body line read against columns shifted right, and by how much (`body`: the table's
    kg.forms.roster_geometry.Line's after its header)."""
    runs: list[tuple[int, list]] = []  # (shift, lines) in order
    for line in body:
        chunks = line.chunks() if line.text.strip() else []
        shown = _evidence(chunks, starts) if len(chunks) > 1 else None
        if shown is not None and (not runs or runs[-1][0] != shown):
            runs.append((shown, []))
        if runs:
            runs[-1][1].append(line)
    out: dict[int, int] = {}
    for index, (shift, lines) in enumerate(runs):
        if not shift or not any(s == 0 for s, _ in runs[:index]) or not _whole_page(lines, starts, shift):
            continue  # (no shift, no rows above that fit the header's columns, or cells set in as a wrap's)
        moved = [s + shift for s in starts]
        if any(split_at_columns(x.chunks(), starts) != split_at_columns(x.chunks(), moved) for x in lines if x.text.strip()):
            out.update((line.start, shift) for line in lines)  # (a cell cut at a column start of one, not the other)
    return out
