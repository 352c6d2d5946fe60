"""The characters of one roster region as a list to change in place, the rest of the document untouched.

Roster readers print a region again with the same length (a mark blanked, a label moved, a cell's line break put
back) and hand the whole text on, so that every span still points into the document. Copying the whole document
into a list of characters for each region (and joining it again) costs time in the size of the document for each
of its regions: a filing of many rosters, or a large one, is read in time that grows with the square of its size.
`Chars` holds only text[start:end] as a list, is indexed by the document's offsets, and prints the document again
with the region changed: the same text a whole list would give. A change outside the region (none is expected)
makes it hold the whole document, so the text printed is the same whatever is changed.
"""
from __future__ import annotations


class Chars:
    """The characters of text[start:end] as a list, read and changed by the document's offsets."""

    def __init__(self, text: str, start: int, end: int):
        self._text = text
        self._start, self._end = max(0, min(start, len(text))), max(0, min(end, len(text)))
        self._end = max(self._start, self._end)
        self._chars = list(text[self._start:self._end])

    def _local(self, key: int | slice) -> int | slice:
        """`key` counted from the region's start (the whole document held first where the region cannot answer)."""
        if isinstance(key, slice):
            if key.step is not None or key.start is None or key.stop is None or not self._fits(key.start, key.stop):
                self._widen()
            return slice(None if key.start is None else key.start - self._start,
                         None if key.stop is None else key.stop - self._start, key.step)
        if not self._fits(key, key + 1) or key + 1 > self._start + len(self._chars):
            self._widen()
        return key - self._start

    def _fits(self, low: int, high: int) -> bool:
        """Whether [low, high) of the document is [low - start, high - start) of the region's list."""
        stop = self._start + len(self._chars)
        return self._start <= low <= stop and low <= high and (high <= stop or self._end == len(self._text))

    def _widen(self) -> None:
        """Hold the whole document from now on (a change outside the region, or an index counted from the end)."""
        if self._start == 0 and self._end == len(self._text):
            return
        self._chars = list(self._text[:self._start]) + self._chars + list(self._text[self._end:])
        self._start, self._end = 0, len(self._text)

    def __getitem__(self, key: int | slice):
        local = self._local(key)  # (first: it may replace the list)
        return self._chars[local]

    def __setitem__(self, key: int | slice, value) -> None:
        local = self._local(key)
        self._chars[local] = value

    @property
    def span(self) -> tuple[int, int]:
        """The part of the document held as a list (the whole of it once a change fell outside the region)."""
        return self._start, self._end

    def text(self) -> str:
        """The document with the region as changed."""
        return self._text[:self._start] + "".join(self._chars) + self._text[self._end:]


def blanked(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """`text` with each span (inside the region text[start:end]) blanked: spaces, the same length."""
    chars = Chars(text, start, end)  # (the region's characters only)
    for s, e in spans:
        chars[s:e] = " " * (e - s)
    return chars.text()


def blanked_keeping_lines(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """`text` with each span (inside the region text[start:end]) blanked but for its newlines: the same length and
    the same lines (notes, note sections and marks taken out of a roster's text)."""
    if not spans:
        return text
    chars = Chars(text, start, end)
    for s, e in spans:
        chars[s:e] = [c if c == "\n" else " " for c in text[s:e]]
    return chars.text()


def line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each line of text[start:end] (`start` taken as a line's start)."""
    lines, at = [], start
    while at < end:
        stop = text.find("\n", at, end)
        stop = end if stop < 0 else stop
        lines.append((at, stop))
        at = stop + 1
    return lines
