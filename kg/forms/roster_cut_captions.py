"""Captions hyphenated inside words over narrow columns, as a typist stacks them bottom-aligned ('POSI-' /
'TION(S)' / 'HELD', 'PRIN-' / 'CIPAL' / 'OCCUPA-' / 'TION', 'CITI-' / 'ZEN-' / 'SHIP'; issue 13, round 49h): a line
of such pieces is a header line where one piece at least ends in a letter and a hyphen and every piece is short and
set where a column starts; a column's caption is read with its cut words joined back ('PRIN- CIPAL' ->
'PRINCIPAL') only where the joined caption is a caption's words and the caption as printed is not."""
from __future__ import annotations

import re

from kg.forms import roster_types as rt

_CUT_END = re.compile(r"[A-Za-z]-$")
_CUT_JOIN = re.compile(r"(?<=[A-Za-z])- +(?=[A-Za-z])")
_PIECE = 24  # a caption's piece in one narrow column; a sentence's line runs longer


def cut_caption_line(chunks: list[tuple[int, str]], starts: list[int]) -> bool:
    """Whether a line's chunks (offset, text) are caption pieces cut by hyphens ('TION(S)   OCCUPA-   NESS   ZEN-')."""
    return any(_CUT_END.search(chunk) for _, chunk in chunks) and all(
        offset in starts and len(chunk) <= _PIECE for offset, chunk in chunks)


def uncut_caption(caption: str) -> str:
    """The caption with its hyphen-cut words joined ('POSI- TION(S) HELD' -> 'POSITION(S) HELD') where that makes a
    caption kg knows and the caption as printed is none; else the caption as printed."""
    joined = _CUT_JOIN.sub("", caption)
    return joined if joined != caption and rt.is_header(joined) and not rt.is_header(caption) else caption
