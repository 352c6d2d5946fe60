"""A column the captions name where the body's gutter is one space wide (kg/forms/roster_geometry.py asks,
`caption_gutters`): Security Capital's Exhibit 1 prints 'OCCUPATION' and 'CITIZENSHIP' over a narrow occupation column
whose wrapped lines ('  Investissements') end one space short of the citizenship cells, so no column of the page is
blank two spaces wide there, though on each line the citizenship stands two spaces or more from the text before it.
"""
from __future__ import annotations

from typing import Protocol


class _Line(Protocol):
    text: str

    def chunks(self) -> list[tuple[int, str]]: ...


MIN_ROWS = 2  # lines whose cell opens at the narrow gutter: one could be a chance


def caption_gutters(body: list[_Line], starts: list[int], captions: list[tuple[int, str]]) -> list[int]:
    """The body's column `starts` with a start added under each caption that shares a column with the caption
    before it, where exactly one offset between them is a gutter: blank on every line one column to its left, every
    line's text there opening a chunk of its own (two spaces or more after the text before it), and at least
    MIN_ROWS lines' cells opening there. Captions that still share a column are left so (the caller refuses)."""
    if not starts or len(starts) >= len(captions):
        return starts
    lines = [line for line in body if line.text.strip() and not set(line.text.strip()) <= set("-=_")]
    added = []
    for (before, _), (offset, _) in zip(captions, captions[1:]):
        column = max((s for s in starts if s <= before), default=None)
        if column is None or any(column < s <= offset for s in starts):
            continue  # (the caption stands over a column of its own)
        found = [at for at in range(column + 2, offset + 1) if _gutter_at(lines, at)]
        if len(found) == 1:
            added.append(found[0])
    return sorted(set(starts) | set(added))


def _gutter_at(lines: list[_Line], at: int) -> bool:
    opening = 0
    for line in lines:
        if line.text[at - 1:at].strip():
            return False
        if line.text[at:at + 1].strip():
            if at not in {offset for offset, _ in line.chunks()}:
                return False  # (a word one space after the text before it: the same cell's)
            opening += 1
    return opening >= MIN_ROWS
