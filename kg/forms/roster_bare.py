"""An occupation that names no organisation and no office, printed for a member of a board (listed under
'DIRECTORS', or on a roster of directors only): 'Consultant', 'Portfolio Manager', 'Private Investor', 'Retired
Chairman', 'Professional Board Director' say what the director does, not a title held in the listed
organisation; the seat is the heading's. An office stays a title there: a seat ('Director', 'Chairman of the
Board') or an officer's title ('Chairman', 'President and Chief Executive Officer', 'Vice President - Sales')."""
from __future__ import annotations

import re

from kg.forms.roster_mixed import SEATS, is_officer_title
from kg.forms.roster_rules import rules

_BOARDS = {"board of directors", "supervisory board", "trustees"}
_PIECES = re.compile(r",\s*|;\s*|\s+and\s+|\s*&\s*")


def occupation_elsewhere(item: str, body: str | None) -> bool:
    """`item` (an occupation cell's item that names no organisation) is held elsewhere: the entry sits on a
    board (`body`) and the item names no office."""
    flat = " ".join(item.split()).strip(" .")
    if body not in _BOARDS or not flat:
        return False
    pieces = [flat] + [piece.strip() for piece in _PIECES.split(flat) if piece.strip()]  # ('Director, Chairman of
    # the Executive Committee': offices)
    return not any(SEATS.fullmatch(piece) or is_officer_title(piece) or rules().officer_titles.search(piece) for piece in pieces)


def only_body(bodies: set[str]) -> str | None:
    """The one body a roster lists (a list of its directors only), or None."""
    return next(iter(bodies)) if len(bodies) == 1 else None
