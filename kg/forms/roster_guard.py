"""A consistency check of a finished roster: a value whose kind contradicts its field is a layout
misread, and kg states no misread. Such a value is dropped, with a `roster-ambiguous` finding
that names the person, the field and the text:

- a position or other position that holds the name of another person of the roster, that is a
  run of person names and no title word, or that holds a street address (a cell of the next
  column or row read as a title);
- a citizenship that holds the name of another person of the roster, or that names no
  nationality or country and is an address (digits) or a person's name;
- an address that is only a nationality, or the name of another person of the roster.
"""
from __future__ import annotations

import re

from kg.context import Context
from kg.forms import roster_fields as rf
from kg.forms import roster_types as rt
from kg.forms.nlp import person_names
from kg.forms.roster_affiliations import affiliations
from kg.forms.roster_rules import rules
from kg.read import clean
from kg.records import Person


def check_people(ctx: Context, people: list[Person]) -> None:
    """Drop each value of `people` (one filing's roster people) that is of another kind than its field."""
    names = {p.name.casefold(): p.name for p in people if p.name and len(p.name.split()) >= 2}
    for person in people:
        others = [n for key, n in names.items() if key != (person.name or "").casefold()]
        for field in ("positions", "other_positions"):
            kept = []
            for value in getattr(person, field):
                why = _not_a_title(value, others)
                if why:
                    _drop(ctx, person, field, value, why)
                else:
                    kept.append(value)
            if field == "other_positions" and kept != person.other_positions:
                person.affiliations = [a for other in kept for a in affiliations(other)]
            setattr(person, field, kept)
        if person.citizenship and (why := _not_a_citizenship(person.citizenship, others)):
            _drop(ctx, person, "citizenship", person.citizenship, why)
            person.citizenship = person.country = None
        if person.address and (why := _not_an_address(person.address, others)):
            _drop(ctx, person, "address", person.address, why)
            person.address = person.address_city = person.address_country = None


def _not_a_title(value: str, others: list[str]) -> str | None:
    flat = clean.squash(value.replace("\n", " ")) or ""
    if other := _holds_name(flat, others):
        return f"it holds the name of {other!r}, another person of the roster"
    if rules().address_in_title.search(flat):
        return "it holds a street address"
    spans = person_names(flat)
    if len(spans) >= 2 and sum(e - s for s, e in spans) >= 0.8 * len(flat) and not rules().title_words.search(flat):
        return "it is a list of person names"
    return None


def _not_a_citizenship(value: str, others: list[str]) -> str | None:
    flat = clean.squash(value) or ""
    if other := _holds_name(flat, others):
        return f"it holds the name of {other!r}, another person of the roster"
    if rf.find_nationality(flat) or rf.find_country(flat):
        return None
    if re.search(r"\d", flat):
        return "it is an address"
    if rt.is_person_name(flat, in_name_column=False):
        return "it is a person's name, no nationality"
    return None


def _not_an_address(value: str, others: list[str]) -> str | None:
    flat = clean.squash(value) or ""
    if rt.is_nationality(flat) and not rf.find_country(flat):
        return "it is a nationality"
    if any(flat.casefold() == n.casefold() for n in others):
        return "it is the name of another person of the roster"
    return None


def _holds_name(text: str, names: list[str]) -> str | None:
    folded = text.casefold()
    return next((n for n in names if re.search(rf"(?<!\w){re.escape(n.casefold())}(?!\w)", folded)), None)


def _drop(ctx: Context, person: Person, field: str, value: str, why: str) -> None:
    key = f"{field}:{value}" if field in ("positions", "other_positions") else field
    ctx.warn("roster-ambiguous", f"the {field} {value!r} of {person.name!r} is left out: {why}",
             span=person.spans.pop(key, None) or person.evidence, readings=[person.name, None], field=field)
    person.printed.pop(key, None)
