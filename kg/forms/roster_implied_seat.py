"""A seat a heading gives, where another listing of the same person prints one.

A name listed under 'DIRECTORS' with nothing beside it takes the heading's seat ('Director',
kg.forms.roster_entry). Where the same person is listed again (under 'EXECUTIVE OFFICERS') with a
title that is itself a seat on the board ('Chairman of the Board'), the blank beside his name under
'DIRECTORS' said only that he sits on the board, which the printed title says: the heading's word is
no title of his, and the merged record keeps the printed titles (the body stays the board's)."""
from __future__ import annotations

import re

from kg.context import Context
from kg.forms.roster_entry import BOARD_SEAT, Entry, Roster, to_person
from kg.forms.roster_guard import plausible
from kg.forms.roster_officer_section import drop_board_titles_officers
from kg.forms.roster_section_citizens import withhold_after_restated
from kg.forms.roster_unprinted_seat import drop_unprinted_seats
from kg.records import Person

_PRINTED_SEAT = re.compile(r"\bdirector", re.I)


def listed_people(ctx: Context, entries: list[Entry], roster: Roster) -> list[tuple[str | None, Person]]:
    """(heading's body, person) for each plausible entry, a heading's implied seat left off where another
    listing of the name prints a seat."""
    withhold_after_restated(ctx.text, entries, roster)  # (a later section's own citizenship sentence)
    listed = [(entry, to_person(entry, roster)) for entry in entries if plausible(ctx, entry)]
    printed_seats: set[tuple[str, str | None]] = set()
    for entry, person in listed:
        if person.name and not _implied_seat(entry, person) and any(BOARD_SEAT.search(p) for p in person.positions):
            printed_seats.add((person.name.casefold(), person.organization))
    for entry, person in listed:
        if person.name and _implied_seat(entry, person) and (person.name.casefold(), person.organization) in printed_seats:
            person.positions.remove("Director")
    drop_unprinted_seats(ctx, listed, roster)  # ('Chief Executive Officer of X' among rows printing 'Director of X')
    drop_board_titles_officers(ctx.text, listed)  # (a row of officers 'who are not directors' over board titles)
    return [(entry.body, person) for entry, person in listed]


def _implied_seat(entry: Entry, person: Person) -> bool:
    """The entry's 'Director' came from its heading: none of its printed cells names a director."""
    return (entry.body == "board of directors" and "Director" in person.positions
            and not any(_PRINTED_SEAT.search(value or "") for value in entry.fields.values()))
