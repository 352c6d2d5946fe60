"""A caption wrapped over one column of a table, its lines set in to where that column starts ('CARGO EN THE ST.
PAUL' / 'TRAVELERS COMPANIES,' / 'INC. /' / 'POSITION WITH THE ST.' over the titles' column, the line under them
'NOMBRE /   PAUL TRAVELERS   DOMICILIO /'): its last line may end in an abbreviation's full stop ('ST.'), and it is
still no sentence of the preamble (issue 13, round 47x)."""
from __future__ import annotations

import re

from kg.forms.roster_rules import rules

_CHUNK = re.compile(r"\S+(?: \S+)*")


def caption_over_column(lines: list[str], first_indent: int, table_line: str) -> bool:
    """Whether `lines` (the first one without its indentation, `first_indent` wide) are all set in to one offset
    where a chunk of `table_line` other than its first starts: stacked over that column, not prose at the margin."""
    indents = [first_indent] + [len(line) - len(line.lstrip(" ")) for line in lines[1:]]
    starts = [m.start() for m in _CHUNK.finditer(table_line)][1:]
    return len(set(indents)) == 1 and indents[0] > 0 and indents[0] in starts


def caption_over_header(text: str, line_start: int, line_end: int, end: int) -> bool:
    """The line text[line_start:line_end], after a blank line, set in right over a later column of the table's header
    line printed right under it ('LOCK-UP' over 'EXPIRES' in 'NAME  POSITION  EXPIRES ...'): the upper line of a
    stacked caption, no more of the title above the blank line (issue 13, round 51z)."""
    begin = text.rfind("\n", 0, line_start) + 1  # (line_start: after the line's indentation)
    before = text[text.rfind("\n", 0, max(begin - 1, 0)) + 1:max(begin - 1, 0)]
    newline = text.find("\n", line_end, end)
    if newline < 0 or before.strip() or begin == 0:
        return False
    stop = text.find("\n", newline + 1, end)
    below = text[newline + 1:end if stop < 0 else stop].rstrip()
    return bool(_HEADER_GAP.search(below.strip())) and rules().column_roles["name"].match(below) is not None \
        and not rules().roster_heading.search(text[line_start:line_end]) \
        and caption_over_column([text[line_start:line_end]], line_start - begin, below)


_HEADER_GAP = re.compile(r"\S {2,}\S")
