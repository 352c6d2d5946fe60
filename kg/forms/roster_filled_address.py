"""A labelled address printed as one string filled to the width of its column ('Business Address:       c/o 70 Pine
Street, New York, New' / '                        York 10270'): its lines are wraps, not its parts (issue 13,
round 51h)."""
from __future__ import annotations


def filled_address(value: str, columns: tuple | None) -> str | None:
    """The address's lines joined as one line where every line after the first starts at the value's column and its
    first word would not have fitted on the line above within the column's own width (roster_labels.under_themselves:
    the longest line of the values wrapping under themselves at that column; the flag False), and a line above the
    last joins parts with a comma: the value is one string filled to the width, so each break is one the width forced. None where any break would have left room for the next word
    (parts printed one a line, 'Bombardier Aerospace' / '400, chemin ...'): the reading stays a part a line."""
    if columns is None or columns[3:] != (False,):
        return None
    lines = [line for line in value.split("\n") if line.strip()]
    column, width = columns[1], columns[2]
    if len(lines) < 2 or not any(", " in line for line in lines[:-1]):
        return None  # (parts joined by commas on a line above the last: one string; '4650 Cushing Parkway' / 'Fremont,
        # CA 94538' may be two parts a line, whatever the width)
    printed = column + len(lines[0].strip())
    for line in lines[1:]:
        depth = len(line) - len(line.lstrip(" "))
        if depth != column or printed + 1 + len(line.split()[0]) <= width:
            return None
        printed = len(line.rstrip())
    return " ".join(line.strip() for line in lines)


def run_in_address(value: str, columns: tuple | None) -> str | None:
    """The address's lines joined as one line where the value runs on in a paragraph ('... Business Address: National
    Bureau of' / 'Economic Research, Inc., 1050 ...': each line after the first starts at the label line's own
    indent, left of the value's column), a line above the last joins parts with a comma, and every break is one
    the roster's width forced (the next line's first word would not have fitted). None otherwise (round 53r)."""
    if columns is None or len(columns) != 3:
        return None
    lines = [line for line in value.split("\n") if line.strip()]
    indent, column, width = columns
    if len(lines) < 2 or column <= indent or not any(", " in line for line in lines[:-1]):
        return None
    printed = column + len(lines[0].strip())
    for line in lines[1:]:
        if len(line) - len(line.lstrip(" ")) != indent or printed + 1 + len(line.split()[0]) <= width:
            return None
        printed = len(line.rstrip())
    return " ".join(line.strip() for line in lines)


def fill_width(lines: list[str], column: int) -> int:
    """The width the values at `column` are filled to: their longest line, counting only the lines a value prints
    on, those blank up to the column (its wrapped lines) and those with a colon label left of it ('Business Address:
    c/o ...'); not a heading or the preamble, whose text merely passes the column."""
    values = [line.rstrip() for line in lines if len(line) > column and line[column] != " "
              and line[column - 1] == " " and (not line[:column].strip() or line[:column].rstrip().endswith(":"))]
    return max((len(line) for line in values), default=0)
