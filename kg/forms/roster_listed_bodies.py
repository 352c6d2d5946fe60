"""The bodies a roster's title lists before 'of' the organisation ('DIRECTORS AND EXECUTIVE OFFICERS OF X', 'BOARD
OF DIRECTORS AND EXECUTIVE MANAGEMENT OF X'): the words are no part of the organisation's name. The body words are
data (kg/patterns/roster_listed_bodies.yml)."""
from __future__ import annotations

import re
from functools import cache

from kg.patterns import required_regexes


@cache
def bodies_of() -> re.Pattern:
    """The listed bodies and their 'of' opening a title's organisation part ('Directors and Executive Officers of ')."""
    body = required_regexes("roster_listed_bodies.yml", ("body",))["body"].pattern
    return re.compile(rf"^(?:the\s+)?(?:{body})(?:(?:,?\s+(?:and|&)|,)\s+(?:the\s+)?(?:{body}))*\s+of\s+(?=[A-Z0-9])", re.I)
