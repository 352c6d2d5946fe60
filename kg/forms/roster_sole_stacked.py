"""A sole title ('Chief Executive', 'Chairman': kg/patterns/roster_sole_titles.yml) read for two or more people of
one organisation from a table's title column, where at least one of them prints it under another of his titles (a
cell stacking 'Director' / 'Chief Executive' / '(United States)'). One person holds such a title at a time, and a
stacked cell prints the titles held in the organisation and then the occupations held elsewhere, alike:

    Howard P. Berkowitz              Director
                                     Chief Executive
    Jay S. Fishman                   Chief Executive

Where exactly one holder prints it as his cell's first title (Jay S. Fishman) and every other prints it under a
title of his own, the title is that one's; for the others the line is an occupation held elsewhere (kept as such,
with a `roster-ambiguous` finding saying so). Where no single holder prints it first, or two do, the titles are
left as printed: one table may give the titles of two organisations (a parent's and a subsidiary's columns, each
'Director' / 'President' beside several names), and the text does not say which reading is another's."""
from __future__ import annotations

from kg.context import Context
from kg.forms.roster_sole_titles import drop_implied_officers, sole_title, sole_title_holders
from kg.records import Person


def settle_stacked_sole_titles(ctx: Context, people: list[Person]) -> None:
    """Settle each sole title read for two or more of `people` (one table's), one of whom prints it first and every
    other under a title of his own."""
    for (_org, title), shared in sole_title_holders(people).items():
        stacked = [p for p in shared if _first_at(p, title) > 0]
        if len(shared) < 2 or not stacked:
            continue
        first = [p for p in shared if _first_at(p, title) == 0]
        if len(first) == 1 and len(stacked) == len(shared) - 1:
            for person in stacked:
                _to_elsewhere(ctx, person, title, first[0])
                drop_implied_officers(person)


def _first_at(person: Person, title: str) -> int:
    """Where the person's first reading of the sole title stands among his titles (0: his first)."""
    return next(i for i, p in enumerate(person.positions) if sole_title(p) == title)


def _to_elsewhere(ctx: Context, person: Person, title: str, holder: Person) -> None:
    for value in [p for p in person.positions if sole_title(p) == title]:
        ctx.warn("roster-ambiguous", f"the title {value!r} printed under {person.name!r}'s first title is read as an "
                 f"occupation elsewhere: {holder.name!r} prints it as his own first title in "
                 f"{person.organization!r}, which one person holds at a time", span=person.evidence,
                 readings=["other_positions", "positions"], field="positions")
        person.positions.remove(value)
        if value not in person.other_positions:
            person.other_positions.append(value)
        for store in (person.spans, person.printed):
            if (key := f"positions:{value}") in store:
                store[f"other_positions:{value}"] = store.pop(key)
