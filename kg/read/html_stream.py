"""The character stream of an HTML source and the writer that builds text with offsets.

`source_stream` decodes the character data of the source (entities resolved, markup
skipped) with each character's source offset; `TextWriter` lays lxml's text nodes onto
that stream so every output character keeps the offset it came from. Used by kg.read.html.
"""
from __future__ import annotations

import bisect
import html as htmllib
import re
from array import array

DELIMITER = " | "  # between the cells of a table row
SEARCH_WINDOW = 20000  # how far the writer looks ahead for a text node in the stream
COMPACT_AT, KEEP_PARTS = 4096, 64  # the written parts are joined now and then (the last few kept apart)
_MARKUP = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<!\[CDATA\[.*?(?:\]\]>|\Z)"
    r"|<(script|style)\b[^>]*>.*?(?:</\1\s*>|\Z)"
    r"|<[!?/]?[A-Za-z][^>]*>?"
    r"|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?",
    re.I | re.S)
_WORD = re.compile(r"[^\s\xa0]+")


class Offsets:
    """Source offsets of text characters, kept as runs (about 20 bytes a run, where an
    array of offsets takes 4 bytes a character): run k covers text characters from
    starts[k], the first at source offset sources[k], each next one `steps[k]` (1, or 0 for
    characters that all stand for one source position: an entity, a line kg inserts).
    Reads like a sequence of ints: `offsets[i]`, `len(offsets)`, iteration."""

    def __init__(self) -> None:
        self.starts, self.sources, self.steps = array("q"), array("q"), array("b")
        self.length = 0
        # text indexes of the spaces that stand for a line break inside a table cell (`<br>`, a
        # paragraph in a cell): the row stays one line, and a reader that needs the cell's lines
        # (a name with its title under it) splits there
        self.cell_breaks: list[int] = []
        # (text index, grid column, rows, columns) of each cell of a row that a rowspan or colspan makes
        # irregular (kg.read.html_grid), in text order
        self.cell_columns: list[tuple[int, int, int, int]] = []
        # (text index, grid column) of each cell holding text in a row where some cell holds none: the text
        # drops empty cells, so there its cells no longer count the grid's columns (kg.read.html_grid)
        self.filled_columns: list[tuple[int, int]] = []
        # (why, text span) of each page of positioned fragments not laid out as printed (kg.read.html_positioned)
        self.layout_refusals: list[tuple[str, tuple[int, int]]] = []
        # (text index where the row starts, each cell's lines) of each row whose cells are kept level line by line,
        # empty lines kept (kg.read.html_linegrid)
        self.line_grids: list[tuple[int, tuple[tuple[str, ...], ...]]] = []

    def add(self, source: int, count: int, step: int = 1) -> None:
        if count <= 0:
            return
        if self.starts and (self.steps[-1] == step or count == 1) and \
                self.sources[-1] + (self.length - self.starts[-1]) * self.steps[-1] == source:
            self.length += count  # continues the last run (one character continues any run)
            return
        self.starts.append(self.length)
        self.sources.append(source)
        self.steps.append(step)
        self.length += count

    def truncate(self, length: int) -> None:
        while self.starts and self.starts[-1] >= length:
            self.starts.pop()
            self.sources.pop()
            self.steps.pop()
        self.length = max(0, min(length, self.length))

    def runs(self, begin: int, count: int) -> list[tuple[int, int, int]]:
        """(source, count, step) runs of characters begin .. begin + count."""
        found, index, stop = [], bisect.bisect_right(self.starts, begin) - 1, begin + count
        while begin < stop and 0 <= index < len(self.starts):
            run_end = self.starts[index + 1] if index + 1 < len(self.starts) else self.length
            take = min(stop, run_end) - begin
            found.append((self.sources[index] + (begin - self.starts[index]) * self.steps[index], take,
                          self.steps[index]))
            begin += take
            index += 1
        return found

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, index: int) -> int:
        if index < 0:
            index += self.length
        if not 0 <= index < self.length:
            raise IndexError(index)
        run = bisect.bisect_right(self.starts, index) - 1
        return self.sources[run] + (index - self.starts[run]) * self.steps[run]

    def __iter__(self):
        for run, start in enumerate(self.starts):
            end = self.starts[run + 1] if run + 1 < len(self.starts) else self.length
            source, step = self.sources[run], self.steps[run]
            for offset in range(end - start):
                yield source + offset * step


def source_stream(source: str, start: int, end: int) -> tuple[str, Offsets]:
    """The decoded character data of source[start:end] and each character's offset."""
    chars: list[str] = []
    where = Offsets()
    pos = start
    for match in _MARKUP.finditer(source, start, end):
        if match.start() > pos:
            chars.append(source[pos:match.start()])
            where.add(pos, match.start() - pos)
        token = match.group(0)
        if token.startswith("&"):
            decoded = htmllib.unescape(token)
            chars.append(decoded)
            where.add(match.start(), len(decoded), 0)
        pos = match.end()
    if pos < end:
        chars.append(source[pos:end])
        where.add(pos, end - pos)
    return "".join(chars), where


class TextWriter:
    """Builds the text and its offsets; aligns lxml text nodes with the stream."""

    def __init__(self, stream: str, where: Offsets, end: int):
        self.stream, self.where, self.end = stream, where, end
        self.cursor = 0  # index into stream
        self.done: list[str] = []   # text written, joined in big pieces
        self.parts: list[str] = []  # the last pieces written, one by one
        self.offsets = Offsets()
        self.last = "\n"  # last character written
        self.after = end  # source index just after the last written character
        self.space = False  # a space is pending before the next word
        self.delimit = False  # a cell delimiter is pending before the next word
        self.cell_break = False  # the pending space stands for a line break inside a cell
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

    def _put(self, chunk: str, runs: list[tuple[int, int, int]]) -> None:
        self.parts.append(chunk)
        for source, count, step in runs:
            self.offsets.add(source, count, step)
        self.last = chunk[-1]
        source, count, step = runs[-1]
        self.after = source + (count - 1) * step + 1
        if len(self.parts) > COMPACT_AT:  # thousands of small strings cost more than their text
            self.done.append("".join(self.parts[:-KEEP_PARTS]))
            del self.parts[:-KEEP_PARTS]

    def _synthetic(self, chunk: str) -> None:
        after = self.after
        self._put(chunk, [(after, len(chunk), 0)])
        self.after = after

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
        words = _WORD.finditer(text)
        if (first := next(words, None)) is None:
            wrote = False
        else:
            self.space = self.space or first.start() > 0
            self._word(first.group(0), base + first.start(), limit)
            wrote = True
            if self.glyphs or base + len(text) > limit:
                for match in words:
                    self.space = True
                    self._word(match.group(0), base + match.start(), limit)
            else:
                self._next_words(words, base)
        if text[-1].isspace():
            self.space = True
        return wrote

    def _line(self, line: str, base: int, limit: int) -> None:
        """A piece of a `<pre>` line as printed; spaces alone are kept after a line's text starts (between
        `</b>` and `<b>` they are the gap between two columns), or before text to come on the line (a new line's
        indent); spaces the line ends with are dropped when it ends."""
        if not line:
            return
        self._lead()
        self._put(line, self._slice(base, len(line), limit))

    def _slice(self, base: int, size: int, limit: int) -> list[tuple[int, int, int]]:
        if base + size <= limit:
            return self.where.runs(base, size)
        anchor = self.where[min(base, limit - 1)] if limit else self.end
        return [(anchor, size, 0)]

    def _lead(self) -> None:
        if self.delimit and self.last != "\n":
            self._synthetic(DELIMITER)
        elif self.space and self.last not in "\n ":
            if self.cell_break:
                self.offsets.cell_breaks.append(len(self.offsets))
            self._synthetic(" ")
        self.delimit = self.space = self.cell_break = False

    def _word(self, word: str, base: int, limit: int) -> None:
        self._lead()
        if self.glyphs:
            word = word.translate(self.glyphs)
        self._put(word, self._slice(base, len(word), limit))

    def _next_words(self, words, base: int) -> None:
        """A text node's words after its first, each after one space, all inside the stream and no glyphs: the same
        parts and the same `Offsets.add` calls as `_word` a word (its `_lead`, `_slice` and `_put` in one loop)."""
        starts, sources, steps, length = self.where.starts, self.where.sources, self.where.steps, self.where.length
        count, add, parts, after, run = len(starts), self.offsets.add, self.parts, self.after, 0
        word = ""
        for match in words:
            add(after, 1, 0)  # the space before the word (after a word: never after a line end or a space)
            word, begin = match.group(0), base + match.start()
            stop = begin + len(word)
            run = bisect.bisect_right(starts, begin, run) - 1
            index = run
            while begin < stop and index < count:
                run_end = starts[index + 1] if index + 1 < count else length
                take, step = min(stop, run_end) - begin, steps[index]
                source = sources[index] + (begin - starts[index]) * step
                add(source, take, step)
                after, begin, index = source + (take - 1) * step + 1, begin + take, index + 1
            for chunk in (" ", word):
                parts.append(chunk)
                if len(parts) > COMPACT_AT:
                    self.done.append("".join(parts[:-KEEP_PARTS]))
                    del parts[:-KEEP_PARTS]
        if word:
            self.last, self.after = word[-1], after

    def newline(self, count: int = 1, force: bool = False) -> None:
        """End the line; `count` 2 leaves a blank line; `force` starts a new line even
        at a line start (`<br><br>`). Never more than one blank line in a row."""
        self.space = self.delimit = self.cell_break = False
        if count == 1 and not force and self.parts and self.parts[-1][-1:] == "\n":
            self.last = "\n"  # the line has ended already (most calls in markup-dense text)
            return
        if not self.parts and not self.done:
            return
        while self.parts and self.parts[-1].strip(" ") == "":
            self.offsets.truncate(len(self.offsets) - len(self.parts.pop()))
        if not self.parts and self.done:
            self.parts.append(self.done.pop())
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

    def result(self) -> tuple[str, Offsets]:
        text = "".join(self.done + self.parts)
        self.done, self.parts = [], []
        return text, self.offsets
