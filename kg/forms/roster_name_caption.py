"""Where a one-line table header names the names' column when its first caption does not ('Name and Business'
alone on the line above, or 'Name' in a later column: 'Principal Occupation   Name   Nationality')."""
from __future__ import annotations

from kg.forms.roster_rules import rules


def name_caption_beside(lines: list, at: int, chunks: list[tuple[int, str]]) -> bool:
    """The name column's caption begins on the line above line `at`, alone there and where the first caption of
    this line starts ('Name and Business' over 'Address   Principal Occupation   Office Held'), or stands in a later
    column of this line (its first caption another column's: 'Principal Occupation   Name   Nationality')."""
    names = rules().column_roles["name"]
    above = lines[at - 1].chunks() if at else []
    return len(above) == 1 and above[0][0] == chunks[0][0] and bool(names.match(above[0][1])) \
        or any(names.match(chunk) for _offset, chunk in chunks[1:])


def number_caption_first(chunks: list[tuple[int, str]]) -> bool:
    """The header's first caption the rows' numbers' ('No.') and its next the names' ('No.   Name   Business
    Address' over '1.    Pei-yuan Chia   ...'): no caption word of a value's column, the column of the row numbers."""
    return len(chunks) > 2 and bool(rules().row_number_caption.match(chunks[0][1])) \
        and bool(rules().column_roles["name"].match(chunks[1][1]))
