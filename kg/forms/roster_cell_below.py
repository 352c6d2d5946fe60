"""A line right under a table row, set in under one of the row's later cells, continues that cell ('Jay S. Fishman
Chief Executive   Board of   --' / then 'Directors' alone under 'Board of': a REPORTS TO cell wrapped in an EDGAR
<TABLE>): it is no heading of the roster, whatever body word it prints (no 'Directors' heading giving every entry a
seat on the board)."""
from __future__ import annotations

import re

from kg.forms.roster_comma_cell import continues_comma_line
from kg.forms.roster_under_bare_name import under_bare_name

_LEAD = re.compile(r"[ \t]*")
_RUN = re.compile(r"\S+(?: {1,2}\S+)*")  # (a cell's text on a row: words parted by one or two spaces)


def continues_line(text: str, line_start: int) -> bool:
    """Whether the line starting at line_start continues the line above it: that line ends with a comma, or it is a
    row of two cells or more and this line starts within (or just past) the span of one of its later cells, or it
    is a name alone over this line and another cell of its entry (kg.forms.roster_under_bare_name)."""
    return continues_comma_line(text, line_start) or _under_later_cell(text, line_start) \
        or under_bare_name(text, line_start)


def _under_later_cell(text: str, line_start: int) -> bool:
    newline = text.rfind("\n", 0, line_start)  # (line_start: where the line's text starts, or its first column)
    if newline <= 0 or text[newline + 1:line_start].strip():
        return False
    previous = text[text.rfind("\n", 0, newline) + 1:newline]
    indent = _LEAD.match(text, line_start).end() - newline - 1
    runs = [m.span() for m in _RUN.finditer(previous)]
    if len(runs) < 2 or indent == 0:
        return False
    return any(start <= indent <= end + 2 for start, end in runs[1:])
