"""A single word under a whole name in a cell that stacks the name over its address ('|' cells:
kg/forms/roster_pipecells.py) that the row names elsewhere as the organisation a title is held at:

    |                       |              |
    Kenneth J. Bialkin      Director       Partner, Skadden
    Skadden                 |              |
    Arps
    |

'Skadden' opens the address (the employer's name, as the row's occupation says), not the rest of the name, though
the column's longest line could not have held it after the name. Only after a name that is whole by its shape: a
middle initial before its last word ('Kenneth J. Bialkin') or the surname first in capitals before a comma
('BIALKIN, Kenneth J.'); a name of given names alone ('Francis Michael Cyprian' / 'Cuss') could still go on.
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.name_suffixes import suffix_alternation

_WHOLE_NAME = re.compile(r"(?:\(\d{1,3}\)\s+)?(?:[A-Z][\w'’.-]*\s+)+[A-Z]\.\s+[A-Z][\w'’-]+(?:,?\s+" + suffix_alternation() + r"\.?)?"
                         r"|(?:\(\d{1,3}\)\s+)?[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)?,\s+[A-Z][\w'’.]*.*")
_HELD_AT = r"(?:,|\b(?:of|at|with))\s+{}\b"  # ('Partner, Skadden', 'Partner of Skadden')


def employer_under(name: str, below: str, row: list[str]) -> bool:
    """Whether the word `below` a whole `name` is the employer the row's other cells (`row`) name after a title."""
    word = below.strip()
    if not _WHOLE_NAME.fullmatch(name.strip()) or not re.fullmatch(r"[A-Z][\w'’&-]+", word):
        return False
    for cell in row:
        for found in re.finditer(_HELD_AT.format(re.escape(word)), cell):
            before = re.split(r"[;]", cell[:found.start()])[-1].strip()
            if before and rt.is_title(before):
                return True
    return False
