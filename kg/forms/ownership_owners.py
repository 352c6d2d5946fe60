"""Forms 3/4/5: which reporting owners are people of the issuer (`people[]`).

An owner flagged director, officer or ten-percent owner is a `people[]` entry of the issuer
only when it is a person. Whether it is, is read from what the filing states: its printed
name and its relationship (kg/lookups/entity_words.yml holds the words):
- a name with an entity word (a legal form, 'Trust', 'Fund', 'Partners' ...) is an
  organisation's ('XYZ Capital Partners LP', 'The Smith Family Trust'): it stays a reporting
  person and is no person of the issuer;
- a name with only a word usual in organisations' names that people also bear ('Bank',
  'Capital') is a person's only where the filing says the owner is an officer (an officer is
  a natural person); else it is uncertain;
- an officer whose name carries an entity word is uncertain too.
An uncertain owner is left out of `people[]` with an `owner-kind-uncertain` finding: an
organisation listed as a person costs more than a person missed.
"""
from __future__ import annotations

from kg.context import Context
from kg.forms import xmltext
from kg.lookups import edgar_codes, entity_words
from kg.read import clean
from kg.records import Filing, Person, ReportingPerson

BODIES = (("is_director", "board of directors"), ("is_officer", "executive officers"),
          ("is_ten_percent_owner", "ten percent owners"))
PERSON, ORGANIZATION = "person", "organization"


def owner_kind(owner: ReportingPerson) -> str | None:
    """PERSON, ORGANIZATION, or None where the filing does not say for certain."""
    name = owner.name_as_printed or owner.name
    if not name:
        return None  # no printed name: nothing says what the owner is
    officer = bool(owner.is_officer or owner.officer_title)
    words = entity_words()
    if words["entity"].search(name):
        return None if officer else ORGANIZATION
    if words["usual"].search(name):
        return PERSON if officer else None
    return PERSON


def name_person(owner: ReportingPerson) -> None:
    """An owner the filing says is a person whose name has a word usual in organisations'
    names ('BANK DAVID', an officer) is named given name first as any person ('David Bank')."""
    printed = owner.name_as_printed or owner.name
    if owner_kind(owner) != PERSON or printed is None or owner.name != xmltext.given_name_first(printed):
        return
    owner.name = xmltext.given_name_first(printed, person=True)
    owner.name_as_printed = printed if printed != owner.name else None


def add_people(ctx: Context, filing: Filing) -> None:
    """Each owner the form flags director, officer or ten-percent owner that is a person: a
    person of the issuer in those bodies, with the officer's title as its position."""
    for owner in filing.reporting_persons:
        bodies = [body for field, body in BODIES if getattr(owner, field)]
        if not bodies:
            continue
        kind = owner_kind(owner)
        if kind is None:
            ctx.warn("owner-kind-uncertain", f"reporting owner {owner.name!r}: the name and the relationship "
                     "do not say whether it is a person or an organisation; left out of people", name=owner.name)
        if kind != PERSON:
            continue
        filing.people.append(_person(filing, owner, bodies))


def _person(filing: Filing, owner: ReportingPerson, bodies: list[str]) -> Person:
    city = clean.address_part(owner.printed.get("address_city"))  # 'LONDON,' as printed
    state = owner.printed.get("address_state")
    entry = edgar_codes().get(state.upper()) if state else None
    return Person(
        name=owner.name, name_as_printed=owner.name_as_printed, cik=owner.cik,
        organization=filing.issuer.name, bodies=bodies,
        positions=[owner.officer_title] if owner.officer_title else [],
        address=owner.address, address_city=city, address_country=entry[1] if entry else None)
