"""A fixed-width cell set JUSTIFIED: every line of a paragraph but its last is padded out to the column's width by
widening the gaps between its words ('Chair   of   the   Board  of  Novo' / 'Holdings A/S' / 'Professional Board
Director'), so a line that stops short of the width is the last of its paragraph, and the line after it opens
another item, whether or not its first word would have fitted above."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.forms.roster_grid import _Row as Row


_SENTENCE_STOP = re.compile(r"[.!?]$")  # ('Research Corporation.' before 'His business address is:'; 'York 14850.')


def _widened(cells: list[tuple[int, str]]) -> bool:
    """A line whose words stand apart by a widened gap: a gap of two cells or more after a word that ends no
    sentence (the two spaces a typist sets after a sentence's full stop widen nothing: 'Research Corporation.  His
    business address is:')."""
    return any(not _SENTENCE_STOP.search(text.rstrip()) for _, text in cells[:-1])


_OPEN_END = re.compile(r"(?:[,&/-]|\b(?:and|or|of|the|for|at|in|to|with|a|an))$", re.I)


def justified_items(rows: list[Row], column: int) -> list[str] | None:
    """The items (paragraphs) of a justified cell; None unless the cell shows it is justified: a line whose words
    stand apart by widened gaps (two cells or more) reaching the right edge of the cell's longest line, no line
    so gapped that stops short of that edge, and a line short of it, ending no phrase half-way, with a line after
    it (two items or more)."""
    lines = []  # (right edge within the line, widened, text)
    for row in rows:
        cells = row.cells.get(column)
        if cells:
            right = cells[-1][0] + len(cells[-1][1]) - row.line.start
            lines.append((right, _widened(cells), " ".join(text.strip() for _, text in cells)))
    if len(lines) < 3:
        return None
    edge = max(right for right, _, _ in lines)
    widened = [right for right, gapped, _ in lines if gapped]
    if not widened or any(right != edge for right in widened):
        return None
    items: list[str] = []
    ended = True
    for right, _, text in lines:
        if ended:
            items.append(text)
        else:
            items[-1] = f"{items[-1][:-1]}{text}" if items[-1].endswith("-") and text[:1].islower() \
                else f"{items[-1]} {text}"
        ended = right < edge and not _OPEN_END.search(text)  # ('... fund for the': a phrase half-way)
    return items if len(items) >= 2 else None
