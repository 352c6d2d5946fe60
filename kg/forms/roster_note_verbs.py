"""A footnote that says what its sign means with a verb first ('* Denotes a Director of X.'): the position it gives
each marked person is what follows the verb and its article ('Director of X'), never the verb
(kg/patterns/roster_note_verbs.yml)."""
from __future__ import annotations

import re
from functools import cache

from kg.patterns import build


@cache
def _lead() -> re.Pattern:
    def make(data):
        verbs, articles = list(data["verbs"]), list(data["articles"])
        if not verbs or not all(isinstance(v, str) and v.strip() for v in verbs + articles):
            raise ValueError("verbs and articles must be non-empty regular expressions")
        alternatives = "|".join(f"(?:{v})" for v in verbs)
        article = "|".join(f"(?:{a})" for a in articles)
        return re.compile(rf"(?:{alternatives})\s+(?:(?:{article})\s+)?(?=\S)", re.I)
    return build("roster_note_verbs.yml", make)


def without_note_verb(note: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """The footnote's words after a leading verb and its article, and their span (the note as it is without one)."""
    lead = _lead().match(note)
    if lead is None:
        return note, span
    return note[lead.end():], (span[0] + lead.end(), span[1])
