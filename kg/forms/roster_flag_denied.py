"""A No under a flag column that names the officers ('Executive Officer | No'): the row's person holds no office in
the listed organisation, so an occupation that names no organisation and is an officer's title ('Chief Executive',
'President and Chief Operating Officer') is held elsewhere; with a Yes under 'Director' the person sits on the board
only (as with a Yes under 'Director' and no officers' column), and an occupation naming no office ('Self Employed
Businessman', 'Portfolio Manager') is the director's own (kg.forms.roster_bare).
A title of the board itself ('Chairman', 'Vice Chairman of the Board') may be the board's: read as before."""
from __future__ import annotations

from kg.forms import roster_fields as rf
from kg.forms.roster_positions import split_positions

_OFFICERS = "executive officers"


def denied_bodies(fields: dict[str, str]) -> set[str]:
    """The bodies a No under a flag column denies the row ('Executive Officer | No': the executive officers)."""
    return {b for flag in split_positions(fields.get("flags_no", "")) for b in rf.bodies_of(flag, None, set())}


def board_only(fields: dict[str, str]) -> str | None:
    """'board of directors' where the row says Yes under 'Director' and not under 'Executive Officer' (a No there, or
    no such column: the seat is all the flags give, as a 'DIRECTORS' heading gives it); else None."""
    flagged = {b for flag in split_positions(fields.get("flags", "")) for b in rf.bodies_of(flag, None, set())}
    return "board of directors" if "board of directors" in flagged and _OFFICERS not in flagged else None


def office_denied(item: str, text: str, fields: dict[str, str]) -> bool:
    """`item` (read as `text`, naming no organisation) is an officer's title the row's No under the officers denies
    in the listed organisation: held elsewhere."""
    if text != " ".join(item.split()) or _OFFICERS not in denied_bodies(fields):
        return False
    bodies = set(rf.bodies_of(text, None, set()))
    return _OFFICERS in bodies and "board of directors" not in bodies
