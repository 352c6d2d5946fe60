"""Labelled blocks set as table rows: a known label alone in a row's first cell, its value in the next cell
('Position with X: | Director President', HTML's rows as kg reads them: cells joined by ' | ', a `<br>` inside
a cell printed as a space whose index is kept in `cell_breaks`).

The value is the second cell's text, never the cell boundary: the ' | ' between the label's cell and the value's
is blanked, and each `<br>` inside the value's cell is put back as the line break it is ('Director' / 'President':
two titles; an address's lines: its parts), so the labelled reader reads the value's lines as printed. Both keep
the text's length: every span still points into the document. The value's cell is the label's alone: a name the
NER sees in it ('Bombardier Aerospace', 'The St. Paul Travelers') is part of the value, never an entry's name. A row
with a third cell is left as it is (its value holds a cell boundary, which no value may hold).
"""
from __future__ import annotations

import bisect
import re

from kg.forms.roster_rules import rules

_LINE = re.compile(r"^[^\n]*", re.M)
_BOUNDARY = re.compile(r"[ \t]*\|[ \t]")  # the delimiter between two cells of a row


def label_cells(text: str, start: int, end: int, cell_breaks: tuple[int, ...] = ()) -> tuple[str, list[tuple[int, int]]]:
    """`text` with each 'Label: | value' row of text[start:end] read as a label and its value (see above), and the
    (start, end) of each such value cell."""
    if "|" not in text[start:end]:
        return text, []
    chars: list[str] | None = None
    cells = []
    for match in _LINE.finditer(text, start, end):
        line = match.group(0)
        value = _value_start(line)
        if value is None or "|" in line[value:]:
            continue
        chars = chars if chars is not None else list(text)
        boundary = line.rindex("|", 0, value)
        chars[match.start() + boundary] = " "
        cells.append((match.start() + value, match.end()))
        first = bisect.bisect_left(cell_breaks, match.start() + value)
        last = bisect.bisect_left(cell_breaks, match.end())
        for at in cell_breaks[first:last]:
            if chars[at] == " ":
                chars[at] = "\n"
    return (text if chars is None else "".join(chars)), cells


def _value_start(line: str) -> int | None:
    """Where the value starts on a line that opens with a known label alone in its cell, then a cell boundary."""
    stripped = line.lstrip(" \t")
    indent = len(line) - len(stripped)
    for pattern in rules().labels.values():
        label = pattern.match(stripped)
        if label is None:
            continue
        boundary = _BOUNDARY.match(stripped, label.end())
        if boundary is not None and stripped[boundary.end():].strip():
            return indent + boundary.end()
    return None
