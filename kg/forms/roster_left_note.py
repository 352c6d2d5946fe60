"""A lone kind of label inside a table's left cell: 'Citizenship: Canada' as the last line of the left-hand cell
of a two-column table ('NAME AND BUSINESS ADDRESS' | 'PRESENT PRINCIPAL OCCUPATION OR EMPLOYMENT'), under the name
and its address lines, at the column where they start. Each such label opens its line, so it reads like a block's
label, and a block reader takes the text above it (the entry's name, address and occupation) as the value of the
block before or the lead of the block after: values land on the wrong person. But the lines of its entry print the
left cell at that very column and then, after a gap, the right-hand cell's text at a column other entries share:
the label is a line of the left cell (a note within unlabelled entries), no block's head."""
from __future__ import annotations

import re
from collections import Counter

from kg.forms.roster_rules import rules

MIN_ENTRIES = 2  # entries whose label's paragraph prints a left cell at the label's column and a right cell
MIN_CELL_GAP = 10  # the right cell starts at least this far right of the left cell's column
_MARK = re.compile(r"[ \t]*(?:[*+#]|\(?(?:\d{1,3}|[A-Za-z])[.)])?[ \t]*")  # ('*  ', '1.  ', '*  1.  ': before a name)
_CELLS = re.compile(r"(\S.*?\S|\S) {2,}(?=\S)")  # (the left cell's text, then a gap of two spaces or more)


def labels_in_left_cell(text: str, start: int, end: int, blocks: list) -> bool:
    """Whether the roster's only labels are of one field other than the name, all opening their lines at one
    column, and at least MIN_ENTRIES of their paragraphs (the lines between blank lines) hold a line with text at
    that column, a gap and text at a right-hand column the roster's two-cell lines share (a label's own line aside)."""
    fields = {f for block in blocks for f in block.columns}
    if len(fields) != 1 or "name" in fields:
        return False
    columns, paragraphs, pattern = set(), [], rules().labels[next(iter(fields))]
    for label in pattern.finditer(text, start, end):
        line_start = text.rfind("\n", 0, label.start()) + 1
        if text[line_start:label.start()].strip():
            return False  # (a label with text before it on its line: not this sign)
        columns.add(label.start() - line_start)
        paragraphs.append(_paragraph(text, line_start, start, end))
    if len(columns) != 1:
        return False
    column = columns.pop()
    paragraphs = [[line for line in lines if not pattern.search(line)] for lines in paragraphs]  # (a label's own
    # line, its value after a gap, is no left cell beside a right one: 'Principal Occupation:  Executive ...')
    rights = [_right_column(line, column) for lines in paragraphs for line in lines]
    shared = Counter(r for r in rights if r is not None).most_common(1)
    if not shared:
        return False
    right = shared[0][0]
    return sum(any(_right_column(line, column) == right for line in lines) for lines in paragraphs) >= MIN_ENTRIES


def _paragraph(text: str, line_start: int, start: int, end: int) -> list[str]:
    """The lines of the paragraph holding the line at `line_start` (no blank line between), within start..end."""
    above = text.rfind("\n\n", start, line_start)
    below = text.find("\n\n", line_start, end)
    return [line for line in text[max(start, above + 2 if above >= 0 else start):below if below >= 0 else end]
            .split("\n") if line.strip()]


def _right_column(line: str, column: int) -> int | None:
    """The column of the right-hand cell of a line whose left cell starts at `column` (after spaces or an
    entry's mark only), else None."""
    if len(line) <= column or line[column] == " " or not _MARK.fullmatch(line[:column]):
        return None
    cells = _CELLS.match(line, column)
    if cells is None or cells.end() - column < MIN_CELL_GAP:
        return None
    return cells.end()
