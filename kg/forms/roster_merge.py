"""One person listed twice in one roster ('DIRECTORS' then 'OFFICERS', the same name in both
sections) is one person of that organisation: the two listings are merged into one record.
Listings that disagree on a single-valued field (citizenship, address) are two records: kg
never picks one of two printed values. A value taken from a later listing keeps the span where
it was read (key '<field>:<value>', or the field's name for a single value), and each later
listing's whole span is kept too (key 'listing:2', 'listing:3', ...).

Under ONE heading (one list: a table that prints a row per title, repeating the name and the rest of the record on
each), a name printed twice is one person only when the listings print the same other values: the same
citizenship, address and occupations wherever both print one. Listings there that print different values could
be two people of one name: every listing of the name is left out, with a `roster-ambiguous` finding (`apart`); the
person right above a listing left out keeps no default its lines print a value for (they may be his: 'Paul Hatch
Director' over 'Smith Barney Consulting Group' / '388 Greenwich Street', read as a name: kg.forms.roster_refused_above)."""
from __future__ import annotations

from kg.context import Context
from kg.forms.roster_fields import parse_address
from kg.forms.roster_refused_above import refuse_defaults_above
from kg.records import Person

SINGLE = ("citizenship", "country", "address", "address_city", "address_country")
MANY = ("bodies", "positions", "other_positions")


def merge_listings(people: list[Person]) -> list[Person]:
    """`people` with each later listing of a name already listed (same organisation, no
    disagreeing value) folded into the first listing."""
    merged: list[Person] = []
    first: dict[tuple[str, str | None], Person] = {}
    listings: dict[int, int] = {}  # a kept person's 'listing:' spans, counted once and then kept count of
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
        count = listings.get(id(kept))
        if count is None:
            count = sum(1 for k in kept.spans if k.startswith("listing:"))
        for field, span in person.spans.items():
            count += field.startswith("listing:") and field not in kept.spans
            kept.spans.setdefault(field, span)
        for field, printed in person.printed.items():
            kept.printed.setdefault(field, printed)
        listing = f"listing:{count + 2}"
        count += person.evidence is not None and listing not in kept.spans
        kept.trace(listing, None, person.evidence)
        listings[id(kept)] = count
    return merged


def _agree(one: Person, other: Person) -> bool:
    return all(getattr(one, name) is None or getattr(other, name) is None or getattr(one, name) == getattr(other, name)
               for name in SINGLE)


def apart(ctx: Context, listed: list[tuple[str | None, Person]]) -> list[Person]:
    """The people of `listed` ((heading's body, person) in the roster's order) without every listing of a name
    printed twice under one heading with different values (each such name with a finding)."""
    first: dict[tuple[str | None, str, str | None], Person] = {}
    refused: dict[tuple[str, str | None], Person] = {}
    for body, person in listed:
        key = ((person.name or "").casefold(), person.organization)
        if not person.name or key in refused:
            continue
        kept = first.setdefault((body, *key), person)
        if kept is not person and not (_agree(kept, person) and _same_occupations(kept, person)):
            refused[key] = person
            readings = [f"{p.name}: {p.citizenship}; {p.address}; {'; '.join(p.other_positions)}" for p in (kept, person)]
            ctx.warn("roster-ambiguous", f"{person.name!r} is listed twice under one heading with different values "
                     "(could be two people of one name); no listing of the name is recorded",
                     span=person.evidence, readings=readings, name=person.name)
    kept = [person for _body, person in listed if ((person.name or "").casefold(), person.organization) not in refused]
    refuse_defaults_above(ctx, [person for _body, person in listed], kept)
    return kept


def _same_occupations(one: Person, other: Person) -> bool:
    return not one.other_positions or not other.other_positions or one.other_positions == other.other_positions


def printed_over_default(people: list[Person], default: str | None) -> list[Person]:
    """`people` where a name listed twice ('DIRECTORS' then 'OFFICERS') prints its address in one listing and
    takes the preamble's default ('If no business address is given, ...') in another: the default leaves the
    listing that took it (an address is given for that person), so the listings merge on the printed one. Each
    listing's address is compared as `default` parses; a listing that printed no address of its own holds no span
    for it inside its record."""
    if not default:
        return people
    default_text = parse_address(default)[0]
    printed: dict[str, set[str]] = {}
    for person in people:
        if person.name and person.address and not _defaulted(person, default_text):
            printed.setdefault(person.name.casefold(), set()).add(person.address)
    for person in people:
        if person.name and _defaulted(person, default_text) and len(printed.get(person.name.casefold(), ())) == 1:
            person.address = person.address_city = person.address_country = None
    return people


def _defaulted(person: Person, default_text: str | None) -> bool:
    span, evidence = person.spans.get("address"), person.evidence
    inside = bool(span and evidence and evidence[0] <= span[0] < evidence[1])
    return person.address == default_text and not inside
