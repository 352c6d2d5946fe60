"""An address that holds an office of the roster's own organisation ('Director of Deutsche Acquisition Corp., 31 West
52nd Street Vice President of ...'): the name-and-address column and the occupation column beside it were read as one
stream, so the lines of one entry may be another's; the roster is refused whole (`roster-ambiguous`). The words of an
office are kg/patterns/roster_mixed_columns.yml."""
from __future__ import annotations

import re
from functools import cache

from kg.context import Context
from kg.patterns import build
from kg.records import Person


@cache
def _office() -> str:
    return build("roster_mixed_columns.yml", lambda data: re.compile(data["office"]).pattern)


def columns_mixed(ctx: Context, people: list[Person]) -> bool:
    """True (with a finding) when a person's address holds '<office> of <the person's organisation>'."""
    for person in people:
        if not person.address or not person.organization:
            continue
        office = re.compile(_office() + r"[\w ,-]{0,40}?\s+of\s+(?:the\s+)?" + re.escape(person.organization), re.I)
        if found := office.search(person.address):
            ctx.warn("roster-ambiguous", f"the address of {person.name!r} holds an office of "
                     f"{person.organization!r} ({found.group(0)[:60]!r}): the address and occupation columns were "
                     "read as one; the roster is left out", span=person.evidence)
            return True
    return False
