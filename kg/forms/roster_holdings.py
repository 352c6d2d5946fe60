"""A beneficial ownership table's note for a holding under one per cent ('*    Less than 1% of the outstanding Shares.',
kg/patterns/roster_holdings.yml `less_than_note`), printed under a roster that gives each person's holding: a line of no
entry. It is blanked in the roster's text (spaces; the offsets stay), so it runs on as no entry's last address line."""
from __future__ import annotations

import re
from functools import cache

from kg.forms.roster_window import blanked
from kg.patterns import regexes


@cache
def _note() -> re.Pattern:
    """The note line's pattern, line-anchored (compiled once)."""
    return re.compile(regexes("roster_holdings.yml")["less_than_note"].pattern, re.I | re.M)


def without_less_than_notes(text: str, start: int, end: int) -> str:
    """`text` with each less-than-one-per-cent note line between `start` and `end` blanked (the same length)."""
    spans = [m.span() for m in _note().finditer(text, start, end)]
    return blanked(text, start, end, spans) if spans else text
