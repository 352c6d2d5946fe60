"""Double-spaced typescript read as it was meant: the blank line typed after every line is spacing.

A typescript exhibit typed double-spaced has a blank line after every printed line, so that lines of one
block or of one wrapped sentence stand one blank line apart and blocks three apart. Readers of plain text take
a blank line to end a value or an entry; here it ends neither. Where a stretch of a plain-text document is
uniformly double-spaced, every other line end of each gap is turned into a space (length-preserving, as CR LF
is), so that the stretch reads single-spaced: one blank line becomes none and three become one.

Precision first: a stretch counts as double-spaced only when no two printed lines of it touch, every gap
between them is odd (1, 3, ...), most gaps are one blank line and some are three or more (the doubled
paragraph break), and a printed line continues the one before it across a blank line (a wrapped sentence
going on in lower case, or a value going on at the value column of a 'Label:   value' line). A text of
one-line paragraphs parted by blank lines has no such continuation and is left as it is.
"""
from __future__ import annotations

import re

MIN_GAPS = 8  # gaps between printed lines in a stretch before it is taken for double spacing
# a stretch: printed lines of which no two touch (a blank line or more after each), MIN_GAPS gaps at least
_STRETCH = re.compile(r"(?m)^(?:[ \t]*[^ \t\n][^\n]*\n(?:[ \t]*\n)+){%d,}[ \t]*[^ \t\n][^\n]*$" % MIN_GAPS)
_VALUE_COLUMN = re.compile(r"\s*\S[^:]{0,40}:\s{2,}(?=\S)")  # 'Name:          ' before a value in a column
_SENTENCE_END = re.compile(r"[.:;?!]\s*$")


def single_spaced(text: str) -> str:
    """`text` with each uniformly double-spaced stretch read single-spaced (same length)."""
    chars = None
    for stretch in _STRETCH.finditer(text):
        lines = stretch.group(0).split("\n")
        printed = [i for i, line in enumerate(lines) if line.strip(" \t")]
        if not _double_spaced(lines, printed):
            continue
        chars = chars if chars is not None else list(text)
        ends = _line_ends(lines, stretch.start())
        for above, below in zip(printed, printed[1:]):
            for nth, end in enumerate(ends[above:below]):
                if nth % 2 == 0:
                    chars[end] = " "
    return "".join(chars) if chars is not None else text


def _double_spaced(lines: list[str], stretch: list[int]) -> bool:
    gaps = [below - above - 1 for above, below in zip(stretch, stretch[1:])]
    if any(gap % 2 == 0 for gap in gaps) or 3 * gaps.count(1) < 2 * len(gaps) or max(gaps) < 3:
        return False
    return any(_continues(lines[above], lines[below])
               for above, below in zip(stretch, stretch[1:]) if below - above == 2)


def _continues(above: str, below: str) -> bool:
    """`below` goes on with `above`: a wrapped sentence, or a value at the column of a labelled value."""
    start = len(below) - len(below.lstrip(" "))
    if below[start:start + 1].islower() and not _SENTENCE_END.search(above):
        return True
    column = _VALUE_COLUMN.match(above)
    return column is not None and start == column.end()


def _line_ends(lines: list[str], offset: int) -> list[int]:
    """The offset in the text of the line end that closes each line (the first line starting at `offset`)."""
    ends = []
    for line in lines:
        offset += len(line)
        ends.append(offset)
        offset += 1
    return ends
