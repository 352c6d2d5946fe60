"""Labelled blocks set as table rows: a known label alone in a row's first cell, its value in the next cell
('Position with X: | Director President', HTML's rows as kg reads them: cells joined by ' | ', a `<br>` inside
a cell printed as a space whose index is kept in `cell_breaks`).

The value is the second cell's text, never the cell boundary: the ' | ' between the label's cell and the value's
is blanked, and each `<br>` inside the value's cell is put back as the line break it is ('Director' / 'President':
two titles; an address's lines: its parts), so the labelled reader reads the value's lines as printed. Both keep
the text's length: every span still points into the document. The value's cell is the label's alone: a name the
NER sees in it ('Bombardier Aerospace', 'The St. Paul Travelers') is part of the value, never an entry's name. A row
with a third cell is left as it is (its value holds a cell boundary, which no value may hold), unless its first cell is
a cell the markup gives to all the rows under it too (a rowspan: the name of the person whose field rows follow, one a
row, 'Name | Label: | value' / 'Label: | value'): that cell then stands on its own line over its rows, as a labelled
block's name does, and the rest of its row is a label row like the others.
"""
from __future__ import annotations

import bisect
import re

from kg.forms.roster_rules import rules
from kg.forms.roster_window import Chars

_LINE = re.compile(r"^[^\n]*", re.M)
_BOUNDARY = re.compile(r"[ \t]*\|[ \t]")  # the delimiter between two cells of a row


def label_cells(text: str, start: int, end: int, cell_breaks: tuple[int, ...] = (),
                cell_columns: tuple[tuple[int, int, int, int], ...] = ()) -> tuple[str, list[tuple[int, int]]]:
    """`text` with each 'Label: | value' row of text[start:end] read as a label and its value (see above), and the
    (start, end) of each such value cell; `cell_columns`: Context's (a name cell spanning its person's rows)."""
    if "|" not in text[start:end]:
        return text, []
    chars: Chars | None = None
    cells = []
    spanning = {at for at, column, rows, _columns in cell_columns if column == 0 and rows > 1 and start <= at < end}
    for match in _LINE.finditer(text, start, end):
        line = match.group(0)
        value, lead = _value_start(line), None
        if value is None and match.start() in spanning and (lead := _spanning_lead(line)) is not None:
            value = lead + 3 + _value_start(line[lead + 3:])
        if value is None or "|" in line[value:]:
            continue
        chars = chars if chars is not None else Chars(text, start, end)  # (the region's characters only)
        if lead is not None:
            chars[match.start() + lead:match.start() + lead + 3] = [" ", " ", "\n"]  # (the name's own line)
        boundary = line.rindex("|", 0, value)
        chars[match.start() + boundary] = " "
        cells.append((match.start() + value, match.end()))
        first = bisect.bisect_left(cell_breaks, match.start() + value)
        last = bisect.bisect_left(cell_breaks, match.end())
        for at in cell_breaks[first:last]:
            if chars[at] == " ":
                chars[at] = "\n"
    return (text if chars is None else chars.text()), cells


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


def _spanning_lead(line: str) -> int | None:
    """Where the first cell of 'Name | Label: | value' ends, the rest of the row a label row; None for any other row."""
    lead = line.find(" | ")
    if lead <= 0 or not line[:lead].strip() or _value_start(line[:lead] + " | x") is not None:
        return None
    return lead if _value_start(line[lead + 3:]) is not None else None
