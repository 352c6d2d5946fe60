"""A name's closing full stop is no part of it: 'James W. Atkinson.  Mr. Atkinson is ...' read by the grid
(two spaces cut the sentence after the name) names 'James W. Atkinson'. A stop after an initial or a suffix
('John Smith Jr.', 'A. B. Smith, Esq.') stays, and so does a cell that is no person's name without it ('Cornelius J.
Vantreight Acme Corp.': an abbreviation's stop, the cell refused whole as before).
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt

_CLOSING_STOP = re.compile(r"(?<=[a-z]{3})\.$")  # (after a surname's lower-case letters: no initial, no 'Jr.')


def without_closing_stop(name: str) -> str:
    """The name without the sentence's full stop that closes it."""
    return name[:-1] if _CLOSING_STOP.search(name) and rt.is_person_name(name[:-1]) else name
