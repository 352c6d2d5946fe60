"""A line right under a line that ends with a comma continues that line ('Tarek F. Abdel-Meguid,' / 'Directors' /
'Chairman of the Board': a table's text rendering, one cell line a line, the name cell ending with a comma): it is
no heading of the roster, whatever body word it prints (no 'Directors' heading over every entry that follows)."""
from __future__ import annotations

import re

from kg.forms import roster_types as rt


def continues_comma_line(text: str, line_start: int) -> bool:
    """Whether the line starting at line_start sits right under (no blank line between) a line ending with ','."""
    newline = text.rfind("\n", 0, line_start)
    if newline <= 0:
        return False
    previous = text[text.rfind("\n", 0, newline) + 1:newline]
    return previous.rstrip().endswith(",")


def opens_with_name_cell(printed: str) -> bool:
    """Whether a block of lines opens with a person's name closed by a comma, lines under it ('Robert W. Galvin,' /
    'Director' / ... / 'Director of Motorola' / 'United States'), or with a name alone over two lines or more at its
    column (or set in a few past it): an entry, never a heading naming the organisation."""
    first, _, rest = printed.strip().partition("\n")
    if first.rstrip().endswith(","):
        return bool(rest.strip()) and rt.is_person_name(first.strip(" ,"))
    lines = [line for line in printed.strip("\n").splitlines() if line.strip()]  # ('1. Laurent Dassault' / 'France'
    name = rt.strip_numbering(first.strip())[0].strip()  # / 'Director of X' / ...: a saved table's cells one a line
    if len(lines) >= 4 and re.fullmatch(r"\(?\d{1,3}[.)]?", first.strip()):  # ('1.' / 'Tarek F. Abdel-Meguid'
        lines, name = lines[1:], lines[1].strip()  # / ...: the 'No.' cell on a line of its own, the name under it)
    columns = [len(line) - len(line.lstrip()) for line in lines]  # under the name alone, at its column or set in a
    return len(lines) >= 3 and all(0 <= c - columns[0] <= 4 for c in columns) and rt.is_person_name(name)  # few
    # columns (a wrapped cell line): an entry too; not lines centred under a centred name, some left of it)
