"""Titles one person holds at a time in one organisation ('Chief Executive', 'Chairman of the Board'), read for two
people of one roster's organisation: one reading at least is another organisation's title (an occupation printed
bare under a preamble that says each occupation refers to the listed company), and the text does not say which.
Neither is kept, each with a `roster-ambiguous` finding. kg/forms/annex.py calls `refuse_shared_sole_titles` on the
people of a roster whose preamble says so ('each occupation set forth opposite an individual's name refers to X'):
elsewhere two people printed with one title are as printed (the titles of two organisations' rosters, one table).
The titles are data: kg/patterns/roster_sole_titles.yml."""
from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from kg.context import Context
from kg.forms.roster_fields import bodies_of
from kg.forms.roster_guard import drop_value
from kg.patterns import build
from kg.read import clean
from kg.records import Person


@cache
def sole_titles() -> list[re.Pattern]:
    def make(data) -> list[re.Pattern]:
        patterns = [re.compile(pattern, re.I) for pattern in data["sole_titles"]]
        if not patterns:
            raise ValueError("no sole_titles")
        return patterns
    return build("roster_sole_titles.yml", make)


def sole_title(title: str) -> str | None:
    """The title, folded, where it is one a single person holds; else None."""
    flat = (clean.squash(title) or "").strip(" ,.")
    return flat.casefold() if any(pattern.fullmatch(flat) for pattern in sole_titles()) else None


def refuse_shared_sole_titles(ctx: Context, people: list[Person]) -> None:
    """Drop, from each of `people` (one roster's), a sole title that another person of the same organisation is
    read to hold too."""
    for (_org, title), shared in sole_title_holders(people).items():
        if len(shared) < 2:
            continue
        others = ", ".join(repr(p.name) for p in shared)
        for person in shared:
            for value in [p for p in person.positions if sole_title(p) == title]:
                drop_value(ctx, person, "positions", value, f"{others} are each read to hold it in "
                           f"{person.organization!r}, which one person holds at a time; the text does not say whose it is")
                person.positions.remove(value)
            drop_implied_officers(person)


def sole_title_holders(people: list[Person]) -> dict[tuple[str, str], list[Person]]:
    """The people reading each sole title, by (organisation, folded title)."""
    holders: dict[tuple[str, str], list[Person]] = defaultdict(list)
    for person in people:
        for title in {t for p in person.positions if (t := sole_title(p))}:
            holders[((person.organization or "").casefold(), title)].append(person)
    return holders


def drop_implied_officers(person: Person) -> None:
    """The officers' body a refused title alone gave: where the titles left name a body of their own ('Director')
    and none of them is an officer's, the person is no executive officer by any title kept."""
    left = set(bodies_of(" ; ".join(person.positions), None, {"executive officers"}))
    if left and "executive officers" not in left and "executive officers" in person.bodies:
        person.bodies.remove("executive officers")
