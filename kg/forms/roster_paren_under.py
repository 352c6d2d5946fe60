"""Occupations outside the organisation printed in parentheses under a person's name in a list of titles:

    Martin S. Feldstein ....................  Director
        (Professor of Economics, Harvard
          University)
        (President and CEO, National Bureau
          of Economic Research)

What stands under the name, made only of whole parenthesised groups, is what the person does elsewhere, one
occupation a group (its wrap joined); a group that reads as a citizenship ('(Canada)'), a note mark or a number
is no occupation: the paragraph is then not read this way.
"""
from __future__ import annotations

import re

from kg.forms import roster_fields as rf
from kg.read import clean

_GROUPS = re.compile(r"\s*(?:\([^()]+\)\s*)+")
_GROUP = re.compile(r"\(([^()]+)\)")


def bracketed_elsewhere(paragraph: str) -> list[str] | None:
    """The occupations of a paragraph made only of parenthesised groups, or None where it is not one."""
    if not _GROUPS.fullmatch(paragraph):
        return None
    items = [clean.squash(m.group(1)) or "" for m in _GROUP.finditer(paragraph)]
    if any(not re.search(r"[A-Za-z]{3}", item) or rf.is_citizenships(item) or rf.find_nationality(item)
           and len(item.split()) <= 3 for item in items):
        return None
    return items
