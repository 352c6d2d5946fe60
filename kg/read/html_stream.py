"""The character stream of an HTML source and the writer that builds text with offsets.

`source_stream` decodes the character data of the source (entities resolved, markup
skipped) with each character's source offset; `TextWriter` lays lxml's text nodes onto
that stream so every output character keeps the offset it came from. Used by kg.read.html.
"""
from __future__ import annotations

import html as htmllib
import re
from array import array

DELIMITER = " | "  # between the cells of a table row
SEARCH_WINDOW = 20000  # how far the writer looks ahead for a text node in the stream
_MARKUP = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<!\[CDATA\[.*?(?:\]\]>|\Z)"
    r"|<(script|style)\b[^>]*>.*?(?:</\1\s*>|\Z)"
    r"|<[!?/]?[A-Za-z][^>]*>?"
    r"|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?",
    re.I | re.S)
_WORD = re.compile(r"[^\s\xa0]+")


def source_stream(source: str, start: int, end: int) -> tuple[str, array]:
    """The decoded character data of source[start:end] and each character's offset."""
    chars: list[str] = []
    where = array("l")
    pos = start
    for match in _MARKUP.finditer(source, start, end):
        if match.start() > pos:
            chars.append(source[pos:match.start()])
            where.extend(range(pos, match.start()))
        token = match.group(0)
        if token.startswith("&"):
            decoded = htmllib.unescape(token)
            chars.append(decoded)
            where.extend([match.start()] * len(decoded))
        pos = match.end()
    if pos < end:
        chars.append(source[pos:end])
        where.extend(range(pos, end))
    return "".join(chars), where


class TextWriter:
    """Builds the text and its offsets; aligns lxml text nodes with the stream."""

    def __init__(self, stream: str, where: array, end: int):
        self.stream, self.where, self.end = stream, where, end
        self.cursor = 0  # index into stream
        self.parts: list[str] = []
        self.offsets = array("l")
        self.last = "\n"  # last character written
        self.after = end  # source index just after the last written character
        self.space = False  # a space is pending before the next word
        self.delimit = False  # a cell delimiter is pending before the next word
        self.glyphs: dict[int, str] | None = None  # symbol font in force

    def locate(self, text: str) -> int:
        """Stream index of `text` at or after the cursor (approximate when lost).

        Text nodes follow each other in the stream with, at most, dropped text between
        them, so the search looks a bounded distance ahead."""
        stop = self.cursor + len(text) + SEARCH_WINDOW
        found = self.stream.find(text, self.cursor, stop)
        if found < 0:
            probe = text.strip()[:16]
            found = self.stream.find(probe, self.cursor, stop) if probe else -1
            if found < 0:
                return self.cursor
            found -= len(text) - len(text.lstrip())
        self.cursor = max(self.cursor, found + len(text))
        return max(found, 0)

    def skip(self, text: str | None) -> None:
        if text:
            self.locate(text)

    def _put(self, chunk: str, offsets) -> None:
        self.parts.append(chunk)
        self.offsets.extend(offsets)
        self.last = chunk[-1]

    def _synthetic(self, chunk: str) -> None:
        self._put(chunk, [self.after] * len(chunk))

    def text(self, text: str | None, *, pre: bool = False) -> bool:
        """Write a text node; return True when it held a word."""
        if not text:
            return False
        base = self.locate(text)
        limit = len(self.where)
        if pre:
            for i, line in enumerate(text.split("\n")):
                if i:
                    self.newline(1, force=True)
                self._line(line.replace("\xa0", " "), base, limit)
                base += len(line) + 1
            return bool(text.strip())
        wrote = False
        for match in _WORD.finditer(text):
            if match.start() > 0:
                self.space = True
            self._word(match.group(0), base + match.start(), limit)
            wrote = True
        if text[-1].isspace():
            self.space = True
        return wrote

    def _line(self, line: str, base: int, limit: int) -> None:
        if not line.strip():
            return
        self._lead()
        offsets = self._slice(base, len(line), limit)
        self._put(line, offsets)
        self.after = offsets[-1] + 1

    def _slice(self, base: int, size: int, limit: int):
        if base + size <= limit:
            return self.where[base:base + size]
        anchor = self.where[min(base, limit - 1)] if limit else self.end
        return [anchor] * size

    def _lead(self) -> None:
        if self.delimit and self.last != "\n":
            self._synthetic(DELIMITER)
        elif self.space and self.last not in "\n ":
            self._synthetic(" ")
        self.delimit = self.space = False

    def _word(self, word: str, base: int, limit: int) -> None:
        self._lead()
        if self.glyphs:
            word = word.translate(self.glyphs)
        offsets = self._slice(base, len(word), limit)
        self._put(word, offsets)
        self.after = offsets[-1] + 1

    def newline(self, count: int = 1, force: bool = False) -> None:
        """End the line; `count` 2 leaves a blank line; `force` starts a new line even
        at a line start (`<br><br>`). Never more than one blank line in a row."""
        self.space = self.delimit = False
        if not self.parts:
            return
        while self.parts and self.parts[-1].strip(" ") == "":
            del self.offsets[len(self.offsets) - len(self.parts.pop()):]
        self.last = self.parts[-1][-1] if self.parts else "\n"
        have = 0
        for chunk in reversed(self.parts):
            stripped = chunk.rstrip("\n")
            have += len(chunk) - len(stripped)
            if stripped:
                break
        want = min(have + 1 if force else count, 2)
        if self.parts and have < want:
            self._synthetic("\n" * (want - have))

    def result(self) -> tuple[str, array]:
        return "".join(self.parts), self.offsets
