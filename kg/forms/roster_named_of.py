"""The text before a list of name-and-title lines (kg.forms.roster_title_lines), read as it grows: whether a line
alone is the organisation the preamble names after 'of' ('... officers of Lor Finance:' over 'Lor Finance'), the
same answer as kg.forms.roster_nameblock_after.named_above on the whole preamble, without reading the whole
preamble again for each such line (in a long text of lines that are no names, every block is preamble: reading it
all again for each line took time growing with the square of the text).

The preamble is kept as its blocks' words, one space between them (as named_above reads it); each 'of ' in it is
indexed by the first word after it, up to a space, ':' or '.': a line that opens with another word cannot stand
there, and where one does, the pattern of named_above is matched at that place only.
"""
from __future__ import annotations

import re
from bisect import bisect_right

_OF = re.compile(r"\bof ")
_HEAD_END = re.compile(r"[ :.]")


class Preamble:
    """The words of the blocks added so far, and the places of 'of ' by the word after it."""

    def __init__(self) -> None:
        self._parts: list[str] = []   # each block's words, one space between them
        self._starts: list[int] = []  # where each part starts in the parts joined by one space
        self._size = 0
        self._of: dict[str, list[int]] = {}  # first word after 'of ' -> where 'of' starts

    def add(self, block: str) -> None:
        words = " ".join(block.split())
        if not words:
            return
        old = self._size
        start = old + 1 if self._parts else 0
        self._parts.append(words)
        self._starts.append(start)
        self._size = start + len(words)
        low = max(0, old - 3)  # (an 'of' that ends the text before, the space joining them after it)
        seen = self._slice(low, self._size)
        for found in _OF.finditer(seen, max(0, old - 2) - low):
            self._of.setdefault(_head(seen, found.end()), []).append(low + found.start())

    def names(self, line: str) -> bool:
        """named_above(line, the preamble)."""
        if not line[:1].isupper():
            return False
        said = re.compile(rf"\bof\s+{re.escape(line)}\s*[:.]")
        for at in self._of.get(_head(line, 0), ()):
            low = max(0, at - 1)  # (the character before 'of', for its word boundary)
            if said.match(self._slice(low, at + len(line) + 6), at - low):
                return True
        return False

    def _slice(self, low: int, high: int) -> str:
        """The joined text from `low` to `high`, read from the parts it spans."""
        index = max(0, bisect_right(self._starts, low) - 1)
        pieces = []
        while index < len(self._parts) and self._starts[index] < high:
            start = self._starts[index]
            part = self._parts[index] + (" " if index + 1 < len(self._parts) else "")
            pieces.append(part[max(0, low - start):high - start])
            index += 1
        return "".join(pieces)


def _head(text: str, at: int) -> str:
    end = _HEAD_END.search(text, at)
    return text[at:end.start() if end else len(text)]
