"""A roster that is a list of names alone, one a line (often centred), under a preamble that says
what every listed person is ('The following are the general partners of X ... The business
address of each of the following persons is ... and each is a citizen of the United States').

Every entry is a name; what the preamble says (body, address, citizenship, occupation) is
applied by `to_person` as for every roster. Only a list whose every printed line after the
preamble is a person's name alone is read: anything else on those lines is another layout.
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_entry import Entry
from kg.read.sections import lines_with_offsets

MOST_NAMES = 400  # a longer run of lines is no list of names (and is not typed line by line)


def read_name_list(text: str, start: int, end: int) -> list[Entry] | None:
    """One entry per line of text[start:end] when there are two or more lines and each is a
    person's name alone; None otherwise."""
    entries = []
    for at, stop, printed in lines_with_offsets(text, start, end):  # (stripped lines, their spans)
        if re.fullmatch(r"<[^<>]*>|[-=_*]{3,}", printed):
            continue
        if len(entries) >= MOST_NAMES or re.search(r"\S {3,}\S", printed) or not rt.is_person_name(printed):
            return None
        entries.append(Entry(name=printed, name_span=(at, stop), evidence=(at, stop)))
    return entries if len(entries) >= 2 else None
