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
