"""An occupation cell that restates the titles of the title column ('Director/Chairman/Chief Executive Officer' in
the POSITION column, 'Chairman, Chief Executive Officer and President' as his PRINCIPAL OCCUPATION: an officer
without an outside occupation, his titles again): no other position of the person's."""
from __future__ import annotations

import re

from kg.read import clean

_BETWEEN_TITLES = re.compile(r"\s*(?:[,;/&]|\band\b)\s*", re.I)


def _key(text: str) -> str:
    return (clean.squash(text.replace("\n", " ")) or "").casefold().strip(" .")


def restates_titles(item: str, positions: list[str], printed: str = "") -> bool:
    """The item is the printed title cell, or one of the titles, or every piece of it (between ',', ';', '/', '&'
    and 'and') is one of the person's titles."""
    titles = {_key(x) for x in [*positions, printed]} - {""}
    if _key(item) in titles:
        return True
    pieces = [_key(piece) for piece in _BETWEEN_TITLES.split(clean.squash(item.replace("\n", " ")) or "")]
    pieces = [piece for piece in pieces if piece]
    return len(pieces) >= 2 and all(piece in titles for piece in pieces)
