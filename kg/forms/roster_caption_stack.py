"""A caption wrapped over one column of a table, its lines set in to where that column starts ('CARGO EN THE ST.
PAUL' / 'TRAVELERS COMPANIES,' / 'INC. /' / 'POSITION WITH THE ST.' over the titles' column, the line under them
'NOMBRE /   PAUL TRAVELERS   DOMICILIO /'): its last line may end in an abbreviation's full stop ('ST.'), and it is
still no sentence of the preamble (issue 13, round 47x)."""
from __future__ import annotations

import re

_CHUNK = re.compile(r"\S+(?: \S+)*")


def caption_over_column(lines: list[str], first_indent: int, table_line: str) -> bool:
    """Whether `lines` (the first one without its indentation, `first_indent` wide) are all set in to one offset
    where a chunk of `table_line` other than its first starts: stacked over that column, not prose at the margin."""
    indents = [first_indent] + [len(line) - len(line.lstrip(" ")) for line in lines[1:]]
    starts = [m.start() for m in _CHUNK.finditer(table_line)][1:]
    return len(set(indents)) == 1 and indents[0] > 0 and indents[0] in starts
