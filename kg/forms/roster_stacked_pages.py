"""Blocks of a stacked name-and-address roster (kg.forms.roster_stacked) that follow a page break whose marks were
blanked before the roster is read ('<PAGE>', '-3-': spaces in the text, printed in the source):

      Ronald W. Roskens                 Director of ConAgra

<PAGE>
                                      -3-

      One Central Park Plaza, Suite
      1501

The block after the break, with no name, is the rest of the entry the page broke (its address), as it is where
the marks still stand in the text; never a block no entry reads, which would leave that entry to the preamble's
default address."""
from __future__ import annotations

import re

from kg.forms.roster_pages import page_mark

_PAGE = re.compile(r"[ \t]*<PAGE>[ \t]*", re.I)


def paged_blocks(text: str, raw: str | None, blocks: list[tuple[int, str]]) -> set[int]:
    """The offsets of the `blocks` (offset, text) with a page break in the blank stretch right above them (`raw`:
    the source with the text's offsets)."""
    if raw is None or len(raw) != len(text):
        return set()
    out, previous_end = set(), None
    for offset, block in blocks:
        if previous_end is not None and _breaks(text, raw, previous_end, offset):
            out.add(offset)
        previous_end = offset + len(block)
    return out


def _breaks(text: str, raw: str, start: int, end: int) -> bool:
    """A line between `start` and `end` (blank in the text) is where a page broke in `raw`."""
    at = text.find("\n", start, end)
    while 0 <= at < end:
        stop = raw.find("\n", at + 1, end)
        printed = raw[at + 1:end if stop < 0 else stop]
        if not text[at + 1:at + 1 + len(printed)].strip() and (_PAGE.fullmatch(printed) or page_mark(text, raw, at + 1, end)):
            return True
        at = stop
    return False
