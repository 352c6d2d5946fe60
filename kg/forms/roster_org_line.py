"""The organisation's name on a line of its own between the preamble and the list, which the preamble names as the
one whose people are listed ('... the directors and officers of Southwestern Energy Company. All of them are ...:'
/ 'Southwestern Energy Company' / the first entry): the list is that organisation's, whatever else the text above
seemed to name (an address line that ends in a country's name is none)."""
from __future__ import annotations

import re

from kg.forms.roster_fields import COLUMN_GAP

_MAX_CHARS = 120
_BODIES_OF = r"\b(?i:directors|officers|partners|trustees|managers|members)\s+(?i:of|with)\s+(?:the\s+)?"


def organization_line(preamble: str, body: str) -> str | None:
    """The line standing alone first under the preamble (a paragraph of one line), when the preamble says the
    listed people are that organisation's ('officers of X' closing a clause); else None."""
    first = next((part.strip() for part in re.split(r"\n[ \t]*\n", body) if part.strip()), "")
    if not first or "\n" in first or len(first) > _MAX_CHARS or COLUMN_GAP.search(first) or first.endswith(":"):
        return None
    said = " ".join(preamble.split())
    return first if re.search(_BODIES_OF + re.escape(first) + r"(?=[.,;:(]|\s+(?:and|is|are)\b|$)", said) else None
