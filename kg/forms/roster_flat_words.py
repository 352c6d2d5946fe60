"""A region's words joined in one line of text, with where each character stands (issue 13, speed): the flattened
text that kg.forms.roster_numbered and kg.forms.roster_respectively read their sentences in. Words are runs of
characters other than spaces; between two words one space, unless the reader asks for another separator at that
gap (a new line at a paragraph's end, nothing before a comma). A separator stands at the place of the last space
before its word. Built by joins over the whole region, where a loop over the words cost a dozen steps a word."""
from __future__ import annotations

import re
from itertools import chain

WORD = re.compile(r"\S+")
# a run of spaces holding two line ends or more (the only gaps where a paragraph can end)
PARAGRAPH_GAP = re.compile(r"\s*\n\s*\n\s*")


def word_spans(region: str) -> list[tuple[int, int]]:
    return [word.span() for word in WORD.finditer(region)]


def joined(region: str, start: int, spans: list[tuple[int, int]], separators: dict[int, str]) -> tuple[str, list[int]]:
    """The words of `region` (their `spans`) joined, word i after `separators[i]` where given ('' glues it on) and
    after one space elsewhere; and each character's offset (`start` + its place in the region)."""
    if not spans:
        return "", []
    words = region.split()  # (the same words: `str.split` cuts at the characters '\s' matches)
    begins = [start + s - 1 for s, _e in spans]  # (a separator: the place of the space before its word)
    begins[0] += 1
    pieces, last = [], 0
    for index in sorted(separators):
        pieces += (" ".join(words[last:index]), separators[index])
        if separators[index] == "":
            begins[index] += 1
        last = index
    pieces.append(" ".join(words[last:]))
    offsets = list(chain.from_iterable(map(range, begins, [start + e for _s, e in spans])))
    return "".join(pieces), offsets


def paragraph_gaps(region: str, spans: list[tuple[int, int]]) -> list[int]:
    """The index of each word after a gap that holds two line ends or more."""
    index_at = {s: i for i, (s, _e) in enumerate(spans)}
    return [index_at[gap.end()] for gap in PARAGRAPH_GAP.finditer(region) if gap.start() > 0 and gap.end() in index_at]
