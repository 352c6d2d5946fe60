"""A lone kind of label inside a table's column: 'Citizenship: United States' as the last line of the right-hand
cell of a two-column table ('Name and Business Address' | 'Principal Occupation or Employment'), set where the
column starts, on lines whose left cell has run out. Each such label opens its line, so it reads like a block's
label; but the lines around it print the table's left cell and then, after a gap, text at that very column: the
label is a line of the column's cell (a note within unlabelled entries), no block's head."""
from __future__ import annotations

import re

from kg.forms.roster_rules import rules

MIN_ROWS_AT_COLUMN = 2  # lines that print a left cell, a gap and text at the label's column: a table's column
_GAP = "  "  # (two spaces at least between the left cell's text and the column's)


def labels_in_column(text: str, start: int, end: int, blocks: list) -> bool:
    """Whether the roster's only labels are of one field other than the name and every one of them opens its line
    at a column where at least MIN_ROWS_AT_COLUMN other lines of the roster print text after a left cell and a gap
    (the right-hand column of a table)."""
    fields = {f for block in blocks for f in block.columns}
    if not fields or "name" in fields:
        return False
    columns = set()
    for label in (m for f in sorted(fields) for m in rules().labels[f].finditer(text, start, end)):
        line_start = text.rfind("\n", 0, label.start()) + 1
        if text[line_start:label.start()].strip():
            return False  # (a label with text before it on its line: not this sign)
        columns.add(label.start() - line_start)
    lines = text[start:end].split("\n")
    return bool(columns) and all(_rows_at(lines, column) >= MIN_ROWS_AT_COLUMN for column in columns)


def _rows_at(lines: list[str], column: int) -> int:
    """Lines with a left cell's text left of `column` (not an entry's mark alone: '1.       MR. JAMES W. ATKINSON'),
    a gap just before it and text starting at it."""
    return sum(1 for line in lines if len(line) > column and line[column] != " " and line[:column].strip()
               and not _MARK.fullmatch(line[:column].strip()) and line[:column].endswith(_GAP)
               and not _RULE.fullmatch(line))


_RULE = re.compile(r"[-=_\s]+")  # (a caption's underline: '-------   -------')
_MARK = re.compile(r"\(?(?:\d{1,3}|[A-Za-z]|[IVXivx]{1,5})[.)]")  # ('1.', 'B.', '(c)', 'IV.': an entry's mark)
