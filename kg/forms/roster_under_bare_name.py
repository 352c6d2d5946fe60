"""A line right under a person's name standing alone on its line, over another of that entry's cells, no blank
line about it ('Tarek F. Abdel-Meguid' / 'Directors' / 'Chairman of the Board': a table saved as text, one cell
line a line, the name with no comma after it): that entry's cell, no heading of the roster, whatever body word it
prints (no 'Directors' heading giving every officer below a seat on the board). A heading between entries prints
a name (or a row of captions) under it, never the entry's title or address: that one stays a heading."""
from __future__ import annotations

from kg.forms import roster_types as rt


def under_bare_name(text: str, line_start: int) -> bool:
    """Whether the line starting at line_start (its text's start or its first column) sits right under a line
    that is a person's name alone and right over a line of a title, an address or a city."""
    newline = text.rfind("\n", 0, line_start)
    if newline <= 0 or text[newline + 1:line_start].strip():
        return False
    above = text[text.rfind("\n", 0, newline) + 1:newline].strip()
    end = text.find("\n", line_start)
    if end < 0 or not above:
        return False
    below_end = text.find("\n", end + 1)
    below = text[end + 1:below_end if below_end >= 0 else len(text)].strip()
    if not below or rt.is_person_name(below, False):
        return False
    return rt.is_person_name(above, False) and (rt.is_title(below) or rt.is_address_line(below)
                                                 or rt.is_city_line(below))
