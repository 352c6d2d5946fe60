"""Whether a region can hold a roster written field by field (kg.forms.roster_respectively), decided before its words
are flattened: every sentence that gives titles ('... is a Director of X', '... of X, respectively') prints the
organisation's name, so a region where the longest piece of the name's first word (between ',', ';' and '.') is
printed nowhere, in any case, has no such sentence. The flattened text only joins words by one space or glues a
piece that opens with ',', ';' or '.' to the word before it, so a piece without those is printed in the region
wherever the flattened text prints it. Where a titles sentence of the data does not print the name, no region is
ruled out."""
from __future__ import annotations

import re
from functools import lru_cache

_PIECE = re.compile(r"[^,;.]+")


def may_name_organization(text: str, start: int, end: int, organization: str, sentences: dict) -> bool:
    """False only where no titles sentence of `sentences` can match in text[start:end] (above)."""
    if not all("{org}" in spec["pattern"] for spec in sentences.values() if spec["field"] == "positions"):
        return True
    piece = _first_piece(organization)
    return piece is None or piece.search(text, start, end) is not None


@lru_cache(maxsize=256)
def _first_piece(organization: str) -> re.Pattern | None:
    words = organization.rstrip(".").split()
    pieces = _PIECE.findall(words[0]) if words else []
    return re.compile("(?i:" + re.escape(max(pieces, key=len)) + ")") if pieces else None
