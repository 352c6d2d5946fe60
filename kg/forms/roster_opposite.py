"""A citizenship given after the roster to every person listed above, its exceptions set out under it one a line,
the name and, opposite it, the citizenship:

    Each of the persons named above is a citizen of the United States, except the following, whose citizenship
    is set forth opposite their names:

         Marshall A. Cohen                  Canada

The lead is data (kg/patterns/roster_opposite.yml). The list is the block of lines after it, up to the next blank
line: every line of it must be a name and a value apart by two spaces or more, or the list is not read (no line of
it is given to anyone, and the caller refuses the whole sentence).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.patterns import required_regexes

_NEXT_BLOCK = re.compile(r"\n[ \t]*\n((?:[ \t]*\S[^\n]*(?:\n|$))+)")


@dataclass
class Opposite:
    value: str  # the citizenship of everyone not listed
    rows: list[tuple[str, str]] | None  # (name, citizenship) a line; None where a line is not one
    end: int  # the end of the list's lines


def read_opposite(text: str, squashed: str, after: int, end: int) -> Opposite | None:
    """The lead's default and its list of exceptions, where `squashed` (the paragraph ending at `after`) is such a
    lead; None otherwise."""
    patterns = required_regexes("roster_opposite.yml", ("lead", "row"))
    lead = patterns["lead"].match(squashed)
    if lead is None:
        return None
    block = _NEXT_BLOCK.match(text, after, end)
    if block is None:
        return Opposite(lead.group("value"), None, after)
    rows = [patterns["row"].match(line) for line in block.group(1).rstrip("\n").split("\n")]
    read = [(row.group("name"), row.group("value")) for row in rows if row] if all(rows) else None
    return Opposite(lead.group("value"), read, block.end(1))
