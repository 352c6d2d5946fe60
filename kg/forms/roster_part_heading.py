"""A numbered part heading in mixed case that names one organisation's bodies ('1. Directors of Danaher'): the title
of that organisation's part of a roster whose title names two ('... OF DANAHER AND THE PURCHASER'). The pattern is
data: kg/patterns/roster_part_heading.yml."""
from __future__ import annotations

import re
from functools import cache

from kg.patterns import build


@cache
def _part_heading() -> re.Pattern:
    def make(data) -> re.Pattern:
        pattern = data["part_heading"]
        if not isinstance(pattern, str) or not pattern:
            raise ValueError("part_heading: expected a regular expression")
        return re.compile(pattern)
    return build("roster_part_heading.yml", make)


def is_part_heading(line: str) -> bool:
    """'1. Directors of Danaher': a numbered line, not in capitals, naming the bodies of one organisation."""
    stripped = line.strip()
    return stripped.upper() != stripped and _part_heading().fullmatch(stripped) is not None


def _party(text: str) -> str:
    return re.sub(r"^THE\s+|[\s.,]+$", "", text.strip())


def party_title(part: str, title: str) -> str | None:
    """'1. DIRECTORS OF X' under '... OF X AND THE PURCHASER': the part heading, where the
    organisation it names after its last 'OF' is one of those the title names after its own (word for word, 'The'
    aside); else None."""
    parties = {_party(p) for p in re.split(r"\s+(?:AND|&)\s+", re.split(r"\s+OF\s+", title.upper())[-1])}
    tail = re.split(r"\s+OF\s+", part.upper())
    named = len(tail) > 1 and len(parties) > 1 and _party(tail[-1]) in parties
    return part.strip() if named else None


def names_its_bodies(title: str) -> bool:
    """A numbered part heading, in mixed case or in capitals ('1. DIRECTORS OF X'), as the roster's title: the bodies
    it names are those of the persons listed under it."""
    return _part_heading().fullmatch(title.strip()) is not None
