"""A table of contents above a roster's heading (an offer to purchase's, with dot leaders and page numbers, its
last line 'SCHEDULE I -- Directors and Executive Officers of X ..... S-1'): in an exhibit whose roster's heading
follows such contents, the text above the heading is no part of the roster (names displaced above a heading are
kept only where the text above is no table of contents). The shapes are kg/patterns/roster_contents.yml."""
from __future__ import annotations

import re
from functools import cache

from kg.patterns import build


@cache
def _contents() -> tuple[re.Pattern, re.Pattern, int]:
    def make(data):
        least = int(data["least_entries"])
        if least < 2:
            raise ValueError(f"least_entries must be 2 or more: {least}")
        flags = re.I | re.M
        return re.compile(data["heading"], flags), re.compile(data["entry"], flags), least
    return build("roster_contents.yml", make)


def is_contents(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a table of contents: its heading and enough dot-leader lines with page
    numbers."""
    heading, entry, least = _contents()
    part = text[start:end]
    return bool(heading.search(part)) and len(entry.findall(part)) >= least


def front_kept(text: str, previous) -> bool:
    """Whether the section `previous` (the one above a roster's heading) is the front of an exhibit whose text is
    kept as the roster's (names displaced above the heading): a front part that is no table of contents."""
    return previous is not None and previous.name == "front" and not is_contents(text, previous.start, previous.end)
