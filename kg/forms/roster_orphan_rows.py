"""Lines left under an entry (issue 13, precision first): a two-column row whose left column holds the name and,
under it, an address other than the preamble's ('Laurent Dassault  Director' / 'Dassault Investissements  Managing
Director, ...' / '9, Rond-Point des Champs-Elysees' / '75008 Paris, France'), where the entry reader took only the
name line and left the lines under it to no entry (an 'unassigned-name' warning). Those lines may state the person's
own address, so the person above them keeps no address the preamble gave (the default, as parsed)."""
from __future__ import annotations

import re

from kg.context import Context
from kg.forms.roster_fields import parse_address
from kg.records import Person

_ADDRESS_PARTS = ("address", "address_city", "address_country")


def warn_orphans(ctx: Context, people: list[Person], orphans: list[tuple[int, int]], default: str | None) -> None:
    """Warn of each orphan line; the entry it stands under (the last person starting before it, the next person
    starting after it) loses the preamble's `default` address where it holds it (as parsed)."""
    default_text = parse_address(default)[0] if default else None
    starts = sorted((person.evidence[0], index) for index, person in enumerate(people) if person.evidence)
    for s, e in orphans:
        ctx.warn("unassigned-name", f"{ctx.text[s:e]!r} stands in the roster but belongs to no entry",
                 span=(s, e), name=ctx.text[s:e])
        above = [index for start, index in starts if start < s]
        if not above or not ctx.text[s:e].strip():  # (an empty orphan prints nothing the entry could own)
            continue
        for person in (p for p in people if p.evidence and p.evidence[0] == starts[len(above) - 1][0]):
            if default_text and person.address == default_text and _under(ctx.text, person.evidence[1], s):
                ctx.warn("roster-ambiguous", f"the address of {person.name!r} is the preamble's, but the lines "
                         "under the entry, left to no entry, may state it; left out", span=(s, e),
                         readings=[person.address, None])
                for part in _ADDRESS_PARTS:
                    setattr(person, part, None)


def _under(text: str, entry_end: int, orphan_start: int) -> bool:
    """The orphan stands right under the entry: no blank line between them (a heading after the list, 'Business
    Addresses' over a paragraph, is no line of the last entry)."""
    return not re.search(r"\n[ \t]*\n", text[min(entry_end, orphan_start):orphan_start])
