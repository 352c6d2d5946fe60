"""The default citizenship a column caption states, wrapped over lines in its own column ('TITLE (AND CITIZENSHIP,
IF NOT' / 'UNITED STATES)' under it, beside other captions; 'POSITION (AND COUNTRY OF CITIZENSHIP, IF' / 'OTHER
THAN THE UNITED STATES)'): the caption's lines at its own column joined, then read as the one-line caption is
(kg/patterns/roster.yml `citizenship_if_not`)."""
from __future__ import annotations

import re

from kg.forms.roster_rules import rules

_OPENING = re.compile(r"citizenship,?[ ]+if\b(?:[ ]?[^\s)])*(?=[ ]{2,}|[ ]*$)", re.I)  # (its chunk, left open)
_GAP = re.compile(r"\s{2,}")
_MOST_LINES = 3  # (a caption wraps over a few lines at most)


def _chunk_at(line: str, column: int) -> str | None:
    """The text of `line` that starts at `column` (a column gap or the line's start before it), up to the next gap."""
    if len(line) <= column or line[column].isspace() or (column and not line[column - 1].isspace()):
        return None
    return _GAP.split(line[column:].rstrip(), maxsplit=1)[0]


def wrapped_if_not(after: str) -> re.Match | None:
    """`citizenship_if_not` read on a caption whose default wraps to the lines below at the caption's own column;
    None where a line below holds nothing that starts there, or the parenthesis does not close within a few lines
    (refused: no default)."""
    lines = after.splitlines()
    for index, line in enumerate(lines):
        if not (opening := _OPENING.search(line)):
            continue
        column = max((gap.end() for gap in _GAP.finditer(line[:opening.start()])), default=0)
        caption = line[column:opening.end()].strip()
        for below in lines[index + 1:index + 1 + _MOST_LINES]:
            chunk = _chunk_at(below, column)
            if chunk is None or not re.search(r"[A-Za-z]", chunk):
                break
            caption += " " + chunk
            if ")" in chunk:
                return rules().citizenship_if_not.search(caption)
    return None
