"""A typist's change bar: an amendment marks each line of a revised entry with a '|' in the left margin (every other
row of the table indented so the bar takes no column's room). The bar is no text of the entry: read with it, the row's
name is '| 2. Jane Roe' and the entry is lost. A '|' opening a line, followed by a space or the line's end, is blanked
(a space; the offsets stay) where no line of the text between `start` and `end` holds a second '|' (a table drawn with
'|' between its cells keeps every bar, and so does a text where a line opens with a bar glued to its text, '|Name': a
cell a line) and some line of that text opens with the margin the bar stands in."""
from __future__ import annotations

import re

from kg.forms.roster_window import Chars

_BAR = re.compile(r"(?m)^\|(?=[ \t]|$)")
_TWO_BARS = re.compile(r"(?m)^[^\n]*\|[^\n]*\||^\|[^ \t\n]")  # (or a bar glued to its text: '|Name')
_MARGIN = re.compile(r"(?m)^[ \t]{1,3}\S")


def without_change_bars(text: str, start: int, end: int) -> str:
    """`text` with the change bars in the left margin between `start` and `end` blanked (the same length)."""
    bars = [m.start() for m in _BAR.finditer(text, start, end)]
    if not bars or _TWO_BARS.search(text, start, end) or not _MARGIN.search(text, start, end):
        return text
    chars = Chars(text, start, end)
    for at in bars:
        chars[at:at + 1] = " "
    return chars.text()
