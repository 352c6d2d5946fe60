"""A heading's seat on a row that prints its titles without one, where the table's other rows print theirs.

A name listed under '<ORG> DIRECTORS' with no seat printed beside it takes the heading's ('Director',
kg.forms.roster_entry). Where the rows under that heading print their seats themselves ('Board Director of Novo
Holdings A/S', 'Director of Southwestern Energy Company': two rows or more, or one where that is half
the rows, as in Ariel's two; a chair is an office as well, so
Motorola's 'Chairman of the Board' shows no such way) and a row prints titles of its own that name no seat on any
board ('Chief Executive Officer of Novo Holdings A/S'), the heading and the row disagree: the other rows show that
the table prints a seat where there is one, so the heading's word is not certain for that row and is not kept (nor
the board the heading alone gave it). A row printing no title keeps the seat."""
from __future__ import annotations

import re

from kg.context import Context
from kg.forms.roster_bare import only_body
from kg.forms.roster_entry import BOARD_SEAT, Entry, Roster
from kg.forms.roster_fields import bodies_of
from kg.forms.roster_guard import drop_value
from kg.records import Person

_BOARD = "board of directors"
_MIN_PRINTED = 2  # rows of the heading printing their seat: the table's own way of saying one (or half its rows
# or more: Ariel's two, 'Director of Ariel Capital Management, Inc.' and 'Executive Vice President of Ariel ...')


def _body(entry: Entry, roster: Roster) -> str | None:
    """The body the entry is listed under (its heading's, the part's, or the roster's one), as kg.forms.roster_entry
    reads it."""
    return entry.body or roster.part_body or only_body(roster.listed_bodies) if roster.organization else entry.body


def _prints_seat(entry: Entry) -> bool:
    """Any cell of the row names a seat (on any board, or a chair: such a row is left as it is read)."""
    return any(BOARD_SEAT.search(value or "") for value in entry.fields.values() if isinstance(value, str))


def _prints_own_seat(entry: Entry, organization: str) -> bool:
    """A cell of the row prints the seat on the organisation's own board ('Director of Novo Holdings A/S')."""
    seat = re.compile(r"\bdirector\s+of\s+(?:the\s+)?" + r"\s+".join(map(re.escape, organization.split())), re.I)
    return any(seat.search(value or "") for value in entry.fields.values() if isinstance(value, str))


def drop_unprinted_seats(ctx: Context, listed: list[tuple[Entry, Person]], roster: Roster) -> None:
    """Leave out the heading's 'Director' (and board), with a finding, for persons whose printed titles name no seat,
    where two rows or more under the same heading print theirs (`listed`: entries with their persons, in reading
    order)."""
    if not roster.organization:
        return
    board = [(entry, person) for entry, person in listed if _body(entry, roster) == _BOARD]
    printed = sum(_prints_own_seat(entry, roster.organization) for entry, _ in board)
    if printed < _MIN_PRINTED and not (printed and 2 * printed >= len(board)):
        return
    for entry, person in board:
        if "Director" in person.positions and len(person.positions) > 1 and not _prints_seat(entry):
            drop_value(ctx, person, "positions", "Director", "only the heading gives it, and the rows under the heading "
                       f"print their seats on the board of {roster.organization!r} where they hold one; this row prints "
                       "titles without one")
            person.positions.remove("Director")
            if _BOARD in person.bodies and _BOARD not in bodies_of(" ; ".join(person.positions), None, set()):
                person.bodies.remove(_BOARD)
