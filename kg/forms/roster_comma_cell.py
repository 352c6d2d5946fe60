"""A line right under a line that ends with a comma continues that line ('Tarek F. Abdel-Meguid,' / 'Directors' /
'Chairman of the Board': a table's text rendering, one cell line a line, the name cell ending with a comma): it is
no heading of the roster, whatever body word it prints (no 'Directors' heading over every entry that follows)."""
from __future__ import annotations


def continues_comma_line(text: str, line_start: int) -> bool:
    """Whether the line starting at line_start sits right under (no blank line between) a line ending with ','."""
    newline = text.rfind("\n", 0, line_start)
    if newline <= 0:
        return False
    previous = text[text.rfind("\n", 0, newline) + 1:newline]
    return previous.rstrip().endswith(",")
