"""An occupation that names no organisation and no office, printed for a member of a board (listed under
'DIRECTORS', or on a roster of directors only): 'Consultant', 'Portfolio Manager', 'Private Investor', 'Retired
Chairman', 'Professional Board Director' say what the director does, not a title held in the listed
organisation; the seat is the heading's. An office stays a title there: a seat ('Director', 'Chairman of the
Board') or an officer's title ('Chairman', 'President and Chief Executive Officer', 'Vice President - Sales')."""
from __future__ import annotations

import re

from kg.forms.roster_mixed import SEATS, employer_line, is_officer_title, mixed_kind
from kg.forms.roster_rules import rules

BOARDS = {"board of directors", "supervisory board", "trustees"}
_PIECES = re.compile(r",\s*|;\s*|\s+and\s+|\s*&\s*")


def occupation_elsewhere(item: str, body: str | None) -> bool:
    """`item` (an occupation cell's item that names no organisation) is held elsewhere: the entry sits on a
    board (`body`) and the item names no office."""
    flat = " ".join(item.split()).strip(" .")
    if body not in BOARDS or not flat:
        return False
    pieces = [flat] + [piece.strip() for piece in _PIECES.split(flat) if piece.strip()]  # ('Director, Chairman of
    # the Executive Committee': offices)
    return not any(SEATS.fullmatch(piece) or is_officer_title(piece) or rules().officer_titles.search(piece) for piece in pieces)


def board_occupation(item: str, text: str, body: str | None, roster, address: str | None) -> str | None:
    """How a board member's occupation `item` (`text`, as read) that names no organisation reads: 'other' where it
    names no office either (`occupation_elsewhere`); 'undecided' where it is an officer's title ('President and
    Chief Operating Officer', 'Chairman') and the business address opens with another employer's name ('Bombardier
    Aerospace'): the title may be held there (the director's principal occupation) or in the listed organisation
    (whose officers may work at a parent's address), as kg.forms.roster_mixed reads such an item; None: as read."""
    if text != " ".join(item.split()):
        return None  # (the item names an organisation: read as such)
    if occupation_elsewhere(text, body):
        return "other"
    flat = text.strip(" .")
    if body in BOARDS and employer_line(address) is not None and not SEATS.fullmatch(flat) \
            and mixed_kind(flat, roster.own_names, address) == "undecided":
        return "undecided"
    return None


def only_body(bodies: set[str]) -> str | None:
    """The one body a roster lists (a list of its directors only), or None."""
    return next(iter(bodies)) if len(bodies) == 1 else None
