"""The default address the paragraph AFTER a list gives everyone listed above, with named exceptions ('The business
address of each person named above is One ConAgra Drive, Omaha, NE 68102-5001, except that the business address of
Charles M. Harper is One Central Park Plaza, Suite 1500, Omaha, NE 68102; and of Robert A. Krane is ...'): the
default up to 'except that', each exception to the person it names (kg/forms/roster_address_excepted.py, as the
preamble's same sentence is read). Where an exception does not read, no one is given the default. A paragraph longer
than kg.forms.roster_after reads a default from (one exception after another) is read only where its exceptions
all read."""
from __future__ import annotations

from kg.forms.roster_address_excepted import address_exceptions
from kg.forms.roster_after import MAX_PROSE, default_after
from kg.forms.roster_entry import Roster
from kg.read import clean


def default_after_excepted(text: str, start: int, end: int, roster: Roster) -> tuple[int, str] | None:
    """Where text[start:end] holds the paragraph giving everyone listed above an address, and its address (as
    kg.forms.roster_after.default_after); where the roster has no default yet, it takes that address as its
    default, less the exceptions the sentence names, which it keeps by name (`roster.address_exceptions`)."""
    after = default_after(text, start, end)
    if after is None and (longer := default_after(text, start, end, MAX_PROSE)) is not None:
        split = address_exceptions(longer[1], _from(text, longer[0], end))
        after = longer if split is not None and split[0] is not None else None
    if after is None or roster.default_address is not None:
        return after
    roster.default_address = after[1]
    if (split := address_exceptions(after[1], _from(text, after[0], end))) is not None:
        roster.default_address, roster.address_exceptions = split
    return after


def _from(text: str, start: int, end: int) -> str:
    return clean.squash(text[start:end]) or ""
