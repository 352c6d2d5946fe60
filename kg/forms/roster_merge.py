"""One person listed twice in one roster ('DIRECTORS' then 'OFFICERS', the same name in both
sections) is one person of that organisation: the two listings are merged into one record.
Listings that disagree on a single-valued field (citizenship, address) are two records: kg
never picks one of two printed values. A value taken from a later listing keeps the span where
it was read (key '<field>:<value>', or the field's name for a single value), and each later
listing's whole span is kept too (key 'listing:2', 'listing:3', ...)."""
from __future__ import annotations

from kg.records import Person

SINGLE = ("citizenship", "country", "address", "address_city", "address_country")
MANY = ("bodies", "positions", "other_positions")


def merge_listings(people: list[Person]) -> list[Person]:
    """`people` with each later listing of a name already listed (same organisation, no
    disagreeing value) folded into the first listing."""
    merged: list[Person] = []
    first: dict[tuple[str, str | None], Person] = {}
    for person in people:
        key = ((person.name or "").casefold(), person.organization)
        kept = first.get(key)
        if kept is None or not person.name or not _agree(kept, person):
            first.setdefault(key, person)
            merged.append(person)
            continue
        for name in MANY:  # a value of the later listing keeps the span where it was read
            values = getattr(kept, name)
            for value in getattr(person, name):
                if value not in values:
                    values.append(value)
                    kept.trace(f"{name}:{value}", person.printed.get(f"{name}:{value}"),
                               person.spans.get(f"{name}:{value}") or person.evidence)
        for name in SINGLE:
            if getattr(kept, name) is None and getattr(person, name) is not None:
                setattr(kept, name, getattr(person, name))
                kept.trace(name, person.printed.get(name), person.spans.get(name) or person.evidence)
        kept.affiliations += [a for a in person.affiliations if a not in kept.affiliations]
        for field, span in person.spans.items():
            kept.spans.setdefault(field, span)
        for field, printed in person.printed.items():
            kept.printed.setdefault(field, printed)
        kept.trace(f"listing:{len([k for k in kept.spans if k.startswith('listing:')]) + 2}", None, person.evidence)
    return merged


def _agree(one: Person, other: Person) -> bool:
    return all(getattr(one, name) is None or getattr(other, name) is None or getattr(one, name) == getattr(other, name)
               for name in SINGLE)
