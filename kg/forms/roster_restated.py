"""An occupation cell that restates the titles of the title column ('Director/Chairman/Chief Executive Officer' in
the POSITION column, 'Chairman, Chief Executive Officer and President' as his PRINCIPAL OCCUPATION: an officer
without an outside occupation, his titles again): no other position of the person's."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.read import clean

_BETWEEN_TITLES = re.compile(r"\s*(?:[,;/&]|\band\b)\s*", re.I)


@lru_cache(maxsize=16384)  # (a roster's titles recur)
def _key(text: str) -> str:
    return (clean.squash(text.replace("\n", " ")) or "").casefold().strip(" .")


def restates_titles(item: str, positions: list[str], printed: str = "", own: list[str] | None = None) -> bool:
    """The item is the printed title cell, or one of the titles, or every piece of it (between ',', ';', '/', '&'
    and 'and') is one of the person's titles, the listed organisation's name (`own`: 'Executive Vice President,
    Ariel Capital Management, Inc.') or the start of it (its address's first line: 'The St. Paul Travelers'), one
    piece at least a title."""
    titles = {_key(x) for x in [*positions, printed]} | {  # (each title of a cell that joins them: 'Chief Executive
        _key(piece) for x in [*positions, printed] for piece in _BETWEEN_TITLES.split(x)} - {""}  # Officer and President')
    if _key(item) in titles:
        return True
    return any(_restated(clean.squash(item.replace("\n", glue)) or "", titles, own or []) for glue in (" ", ", "))


def _restated(printed: str, titles: set[str], own: list[str]) -> bool:
    text = printed
    for name in sorted((n for n in own if len(n.split()) >= 2 or n[:1].isupper()), key=len, reverse=True):  # ('Motorola')
        text = _after_name(name).sub(",", text)  # (or
        # after a title its wrap joined: 'Senior Vice President - Administration' / 'Southwestern Energy' / 'Company')
    starts = {_key(" ".join(n.split()[:k])) for n in own for k in range(2, len(n.split()) + 1)}
    pieces = [_key(piece) for piece in _BETWEEN_TITLES.split(text)]
    pieces = [piece for piece in pieces if piece]
    return (len(pieces) >= 2 or text != printed) and any(piece in titles for piece in pieces) \
        and all(piece in titles or piece in starts for piece in pieces)


@lru_cache(maxsize=4096)
def _after_name(name: str) -> re.Pattern:
    return re.compile(r"(?:\s+(?:of|at)\s+|,\s*|\s+|^)" + re.escape(name) + r"(?=$|[,;])", re.I)
