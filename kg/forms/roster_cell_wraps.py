"""A cell line of a table saved as text, one cell a line, that wraps onto a line set in under it.

Saved as text, a cell's long line may wrap with a hanging indent: the rest set in a column or a few past the column
every cell line starts at ('General partner of partnerships affiliated with' / '  Forstmann Little & Co.', 'Director;
President and Co-Chief Executive' / '  Officer'). The set-in line is no cell of its own: it is the rest of the line
above, and is read as part of it (one line, joined by a space), so that the row holds a line for each cell it shows.
Only within one row's block (no blank line between), never onto the row's first line (its name), and only where the
block's other lines all start at one column.
"""
from __future__ import annotations

from kg.forms.roster_labels import MAX_SET_IN


def joined_wraps(text: str, block: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The block's lines (start, end, stripped line) with each line set in past the block's column joined to the
    line above; the block itself when none is, or when its lines at the left do not share one column."""
    columns = [start - (text.rfind("\n", 0, start) + 1) for start, _end, _line in block]
    column = columns[0]
    set_in = [0 < c - column <= MAX_SET_IN for c in columns]
    if not any(set_in[2:]) or any(c != column for c, deeper in zip(columns, set_in) if not deeper) or set_in[1]:
        return block  # (nothing set in past the name's line; or the lines keep no one column: no wrap to tell)
    out: list[tuple[int, int, str]] = []
    for (start, end, line), deeper in zip(block, set_in):
        if deeper:
            above_start, _above_end, above = out[-1]
            out[-1] = (above_start, end, f"{above} {line}")
        else:
            out.append((start, end, line))
    return out
