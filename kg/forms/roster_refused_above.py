"""The person above a refused one (issue 13, precision first): lines that kg.forms.roster_junk refuses as a person
('Smith Barney Consulting' read as a name, with '388 Greenwich Street / New York, NY 10013' under it) often are
the rest of the entry above them, cut off by a page break ('(1) Paul Hatch  Director ...', then 'Schedule I
(continued)', then the address lines of Paul Hatch). The person above then keeps no value the preamble gave
them (a default, or a value not traced to their entry) for a field those lines print: the lines may state theirs.
Not where the refused lines open an entry of their own as the entry above opens, with the roster's name label
('Name:  Harbour Corporate Secretaries Limited' under 'Name:  Norman Nabhan': a company secretary's block, whose
values are its own, never the rest of the entry above)."""
from __future__ import annotations

import re

from kg.context import Context
from kg.forms.roster_address_stated import refuse_address_stated
from kg.forms.roster_inline import stated_citizenships
from kg.forms.roster_rules import rules
from kg.records import Person

_DEFAULTED = {"address": ("address", "address_city", "address_country"), "citizenship": ("citizenship", "country")}


def refuse_defaults_above(ctx: Context, people: list[Person], kept: list[Person]) -> None:
    """For each person of `people` not in `kept` (refused) with a value, the person right above it (kept) loses
    another value of that field that their entry does not print where kg traced it (a default)."""
    kept_ids = {id(person) for person in kept}
    for above, refused in zip(people, people[1:]):
        if id(refused) in kept_ids or id(above) not in kept_ids or _opens_own_entry(ctx, above, refused):
            continue
        for field, parts in _DEFAULTED.items():
            if getattr(refused, field) and field not in above.spans and getattr(above, field) not in (
                    None, getattr(refused, field)):
                ctx.warn("roster-ambiguous", f"the {field} of {above.name!r} is the preamble's, but the lines under "
                         f"the entry, read as {refused.name!r} and left out, may state it; left out",
                         span=refused.evidence, readings=[getattr(above, field), None])
                for part in parts:
                    setattr(above, part, None)


def _opens_own_entry(ctx: Context, above: Person, refused: Person) -> bool:
    label = _name_label(ctx, above)
    return label is not None and label == _name_label(ctx, refused)


def _name_label(ctx: Context, person: Person) -> str | None:
    """The name label alone before `person`'s name on its line ('Name:', '2.  Name:'), its words; None if none."""
    if "name" not in person.spans:
        return None
    start = person.spans["name"][0]
    before = _NUMBER.sub("", ctx.text[ctx.text.rfind("\n", 0, start) + 1:start])
    found = rules().labels["name"].match(before)
    if found is None or before[found.end():].strip():
        return None
    return " ".join(before.split()).casefold()


_NUMBER = re.compile(r"^\s*\d{1,3}\.\s*")  # an entry's number before its name label ('2.  Name:')


def refuse_defaults_stated(ctx: Context, people: list[Person]) -> None:
    """A person given the preamble's citizenship (no span of their own) whose entry's printed lines state another
    in a citizenship phrase no field read ('Citizen of Belgium' in a cell the layout lost): the default is refused;
    so is a default address where the entry states its own (kg.forms.roster_address_stated)."""
    refuse_address_stated(ctx, people)
    for person in people:
        if not person.citizenship or "citizenship" in person.spans or person.evidence is None:
            continue
        stated = stated_citizenships(ctx.text[person.evidence[0]:person.evidence[1]])
        if any(person.citizenship.casefold() not in value.casefold()  # (a value the line break cut, 'Citizen of United
               and not person.citizenship.casefold().startswith(f"{value.casefold()} ") for value in stated):  # States of')
            ctx.warn("roster-ambiguous", f"the citizenship of {person.name!r} is the preamble's, but the entry "
                     f"states {stated[0]!r} where no field read it; left out", span=person.evidence,
                     readings=[person.citizenship, None])
            person.citizenship = person.country = None
