"""Pairing the names no labelled block took with the blocks that have no name (kg/forms/roster_blocks.py): a
monotone alignment in document order that never pairs across another entry's numbered head.
"""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from kg.forms.roster_block_events import Event

if TYPE_CHECKING:
    from kg.forms.roster_blocks import Block

ALIGN_CELLS = 250_000  # names x blocks weighed at most (a layout no roster has beyond it: nothing aligned)


def alone_on_line(text: str, name: Event) -> bool:
    """A name that is its line's only text (a heading: it may head the block after it)."""
    line_start = text.rfind("\n", 0, name.start) + 1
    line_end = text.find("\n", name.end)
    return not text[line_start:name.start].strip(" \t0123456789.") and not text[name.end:line_end].strip()


_NUMBERED_LINE = re.compile(r"^[ \t]*\(?\d{1,3}[.)][ \t]+[A-Za-z]", re.M)  # ('1.  Motorola', '(3) Director:  ...')


def entry_heads_between(text: str, start: int, end: int):
    """Whether a name and a block's first label have another entry's head (a numbered line) between them:
    that name is not the block's (the block belongs to the entry that head starts, whose name no reader
    found)."""
    heads = [m.start() for m in _NUMBERED_LINE.finditer(text, start, end)]

    def apart(name: Event, block: Block) -> bool:
        low, high = sorted((name.end, block.label_start))
        at = bisect.bisect_left(heads, low)
        return at < len(heads) and heads[at] < high
    return apart


def align(names: list[Event], blocks: list[Block], before: bool = False, apart=None) -> list[tuple[Event, Block]]:
    """Monotone alignment of orphan names with nameless blocks: most pairs, then least distance
    (`before`: a name only with a block whose first label comes after it; `apart`: never a name and a
    block it tells apart). Beyond ALIGN_CELLS
    pairs to weigh (a layout no roster has) nothing is aligned: the names stay orphans
    (reported), the time stays bounded."""
    n, m = len(names), len(blocks)
    if n * m > ALIGN_CELLS:
        return []
    best = [[(0, 0.0)] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            pair = best[i - 1][j - 1]
            if not _allowed(names[i - 1], blocks[j - 1], before, apart):
                best[i][j] = max(best[i - 1][j], best[i][j - 1])
                continue
            dist = abs(names[i - 1].start - blocks[j - 1].label_start) / 1e6
            best[i][j] = max((pair[0] + 1, pair[1] - dist), best[i - 1][j], best[i][j - 1])
    pairs, i, j = [], n, m
    while i and j:
        dist = abs(names[i - 1].start - blocks[j - 1].label_start) / 1e6
        paired = (best[i - 1][j - 1][0] + 1, best[i - 1][j - 1][1] - dist)
        if _allowed(names[i - 1], blocks[j - 1], before, apart) and best[i][j] == paired:
            pairs.append((names[i - 1], blocks[j - 1]))
            i, j = i - 1, j - 1
        elif best[i][j] == best[i - 1][j]:
            i -= 1
        else:
            j -= 1
    return pairs[::-1]


def _allowed(name: Event, block: Block, before: bool, apart) -> bool:
    return not (before and name.start > block.label_start) and not (apart and apart(name, block))
