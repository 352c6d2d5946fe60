"""A director's bare titles held at the organisation the entry's own address sentence names.

    DIRECTORS OF POWER CORPORATION OF CANADA

    Paul Fribourg            Chairman, President and CEO. His business
                             address is: Contigroup Companies Inc., 277
                             Park Avenue, 50th Floor, New York, N.Y. 10172.

An entry under a board's sub-heading whose occupation cell (the principal occupation or employment) names offices
only, no organisation, and then gives the person's own business address opening with an organisation's name that is
not the listed one: the offices are held at that organisation (other positions), never in the listed organisation
(whose seat the sub-heading gives). Where the address opens with a street, a city or the listed organisation's name,
nothing is changed.
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_entry import Entry, Roster
from kg.forms.roster_mixed import SEATS, is_officer_title
from kg.forms.roster_occupation import ADDRESS_START
from kg.forms.roster_own import LEGAL
from kg.forms.roster_phrases import own_values, take_own_values
from kg.forms.roster_rules import rules
from kg.read import clean

_BOARDS = {"board of directors", "supervisory board", "trustees"}
_PIECES = re.compile(r",\s*|;\s*|\s+and\s+|\s*&\s*")


def titles_held_at_address(entries: list[Entry], roster: Roster, preamble: str = "") -> None:
    """Move each such entry's offices to its other positions, its own address and citizenship to its fields (and
    the offices of an entry whose address cell names its employer: kg.forms.roster_address_employer)."""
    from kg.forms.roster_address_employer import offices_at_address_employer
    from kg.forms.roster_position_employer import employers_in_position_cells
    offices_at_address_employer(entries, roster, preamble)
    employers_in_position_cells(entries, roster, preamble)  # ('Director; Counsel, Cassels, Brock & Blackwell')
    for entry in entries:
        text = entry.fields.get("occupation")
        if entry.body not in _BOARDS or not text or {"position", "title", "other_positions", "address"} & set(entry.fields):
            continue
        rest, own = own_values(text, entry.name, entry.lines_are_items)
        offices = _office_lines(rest) if entry.lines_are_items else None
        offices = offices if offices is not None else (clean.squash(rest.replace("\n", " ")) or "").strip(" .")
        if not own.get("address") or not offices or not _offices_only(offices) or _seats_only(offices) \
                or not _other_employer(own["address"], roster.own_names):  # (a seat alone is the listed one's)
            continue
        del entry.fields["occupation"]
        entry.fields["other_positions"] = offices
        take_own_values(entry, own)


def _office_lines(rest: str) -> str | None:
    """A cell of lines the markup breaks ('Director' / 'President and Chief Operating Officer'): its lines but the
    seats, '; '-joined (the seat is the sub-heading's); None for a cell of one line."""
    lines = [line.strip(" .") for line in rest.splitlines() if line.strip(" .")]
    return "; ".join(line for line in lines if not SEATS.fullmatch(line)) if len(lines) > 1 else None


def _seats_only(text: str) -> bool:
    """'Director': every piece a seat, no office (the seat is the listed organisation's, as the sub-heading says)."""
    return all(SEATS.fullmatch(piece.strip()) for piece in _PIECES.split(text) if piece.strip())


def _offices_only(text: str) -> bool:
    """'Chairman, President and CEO', 'President and Chief Operating Officer': every piece an office or a seat."""
    pieces = [piece.strip() for piece in _PIECES.split(text) if piece.strip()]
    return bool(pieces) and all(SEATS.fullmatch(piece) or is_officer_title(piece) or rules().officer_titles.fullmatch(piece)
                                for piece in pieces)


def _other_employer(address: str, own_names: list[str]) -> bool:
    """The address opens with a name ('Contigroup Companies Inc., 277 Park Avenue', 'The GlenRock Group'), not a
    street, a city, a country, a title or the listed organisation's."""
    first = address.split(",")[0].strip()
    if not first or ADDRESS_START.match(first) or rt.is_address_line(first) or rt.is_city_line(first) \
            or rt.is_title(first) or rt.is_nationality(first) or not re.search(r"[A-Za-z]{3}", first):
        return False
    bare = LEGAL.sub("", first).strip(" ,.").casefold()
    return not any((own := LEGAL.sub("", name).strip(" ,.").casefold()) and (own in first.casefold() or bare in own)
                   for name in own_names)
