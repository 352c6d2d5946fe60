"""A table header's caption typed with two spaces inside it ('Occupation and  Business Address', Refac's Exhibit
99.2): a caption that ends in a joining word ('and', 'or', 'of', '&') goes on in the chunk after it; the two are
one column's caption, not two columns (the rows' text runs across the gap)."""
from __future__ import annotations

import re

_OPEN_END = re.compile(r"(?:\b(?:and|or|of)|&)$", re.I)


def joined_captions(chunks: list[tuple[int, str]], text: str) -> list[tuple[int, str]]:
    """The header line's chunks (offset, caption), a caption left open and the next set two spaces after it joined."""
    out: list[tuple[int, str]] = []
    for offset, caption in chunks:
        if out and _OPEN_END.search(out[-1][1]) and text[out[-1][0] + len(out[-1][1]):offset] == "  ":
            out[-1] = (out[-1][0], text[out[-1][0]:offset + len(caption)])
        else:
            out.append((offset, caption))
    return out
