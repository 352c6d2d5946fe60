"""Offices held at the organisation a person's own address cell names, where the preamble makes the listed
organisation each person's employer only 'unless otherwise specified' (after Ariel's Schedule I):

    Unless otherwise specified, the principal employer and business address of each such individual is Power
    Corporation of Canada, 751 Victoria Square, Montreal QC H2Y 2J3.

    Name               Business Address              Present Principal Occupation or Employment
    Paul Fribourg      Contigroup Companies Inc.     Director; Chairman, President and CEO
                       277 Park Avenue

The address cell opens with another organisation's name: his employer is otherwise specified, so the offices of
his occupation cell that name no organisation ('Chairman, President and CEO') are held there (other positions);
his seat ('Director') stays the listed organisation's, as the roster lists him. Only a cell of one seat or more
and offices only; where the address opens with a street, a city or the listed organisation's name, nothing changes.
"""
from __future__ import annotations

import re
from functools import cache

from kg.forms.roster_entry import Entry, Roster
from kg.forms.roster_mixed import SEATS
from kg.patterns import required_regexes
from kg.read import clean


@cache
def _rules() -> dict[str, re.Pattern]:
    return required_regexes("roster_address_employer.yml", ("employer_unless_specified",))


def employer_unless_specified(roster: Roster, preamble: str) -> bool:
    """Whether the roster's occupations are positions and its preamble makes the listed organisation everyone's
    employer 'unless otherwise specified' (the condition of both moves to other positions)."""
    return roster.occupations_are_positions and bool(_rules()["employer_unless_specified"].search(" ".join(preamble.split())))


def offices_at_address_employer(entries: list[Entry], roster: Roster, preamble: str) -> None:
    """Move each such entry's offices from its occupation to its other positions."""
    from kg.forms.roster_held_at import _offices_only, _other_employer
    if not employer_unless_specified(roster, preamble):
        return
    for entry in entries:
        text, address = entry.fields.get("occupation"), entry.fields.get("address")
        if not text or not address or {"position", "title", "other_positions"} & set(entry.fields):
            continue
        if not _other_employer(re.split(r"[\n,]", address)[0], roster.own_names):
            continue
        pieces = [piece for piece in ((clean.squash(p) or "").strip(" .") for p in text.split(";")) if piece]
        seats = [piece for piece in pieces if SEATS.fullmatch(piece)]
        offices = [piece for piece in pieces if not SEATS.fullmatch(piece)]
        if seats and offices and all(_offices_only(piece) for piece in offices):
            entry.fields["occupation"], entry.fields["other_positions"] = "; ".join(seats), "; ".join(offices)
