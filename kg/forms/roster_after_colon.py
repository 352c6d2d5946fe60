"""A paragraph after the list that gives everyone listed above an address set out BELOW it, after a colon and a blank
line ('Unless otherwise indicated, the business address of each person listed above is:' / blank / '   767 Fifth
Avenue' / '   New York, NY 10153'): read as one sentence, the address lines joined (kg.forms.roster_after.default_after).
"""
from __future__ import annotations

import re

_COLON_END = re.compile(r"\bis\s*:\s*$")
_LONGEST_LINE = 70  # (an address line; a longer one is prose)
_GAP = re.compile(r"\S[ \t]{3,}\S")  # (columns: a name beside its own address, no address of everyone)


def sentence_with_address_below(paragraph: str, following: str | None) -> str | None:
    """`paragraph` ending 'is:' read with the address stacked in `following`, the next paragraph (two to five short
    lines, one with a digit, no label, no column gap): '... is X, Y, Z.'; None where the paragraph does not end so or the next
    paragraph is no such address."""
    if following is None or not _COLON_END.search(paragraph):
        return None
    lines = [line.strip() for line in following.strip().split("\n") if line.strip()]
    if not 2 <= len(lines) <= 5 or any(len(line) > _LONGEST_LINE or ":" in line or _GAP.search(line) for line in lines) \
            or not any(ch.isdigit() for ch in following):
        return None
    return _COLON_END.sub("is ", paragraph.rstrip()) + ", ".join(line.rstrip(",") for line in lines) + "."
