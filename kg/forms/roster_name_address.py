"""A name read from a cell that prints the name and the address (or employer) as one comma-joined string
('Bruce C. Rohde, One ConAgra' / 'Drive, Omaha, NE 68102', 'ROHDE, Bruce C., One ConAgra'): the comma is the
one between the name and the address, not the comma of an inverted name ('Rohde, Bruce C.'), so reading the
cell as 'Surname, Given' puts the address words into the name ('One ConAgra Bruce C. Rohde'). kg.forms.
roster_name_guard leaves such a person out (the text does not say for certain where the name ends)."""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.name_suffixes import suffix_alternation
from kg.records import Person

_SUFFIX = re.compile(r"(?:" + suffix_alternation(numerals=False) + r"|I{1,3}|IV|V|Esq|M\.?D|Ph\.?D|J\.?D|CBE|OBE|KBE)\.?", re.I)
# 'Bruce C. Rohde': a given name, initials, a surname: a whole name, never the surname of an inverted one
_GIVEN_INITIALS_SURNAME = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z]\.)+\s+[A-Z][\w'’-]+")
# the opening of an address: a number, 'c/o', 'P.O.', 'One ...' (a street number as a word)
_ADDRESS_OPENING = re.compile(r"^(?:\d|c/o\b|p\.\s?o\.|one\s|two\s)", re.I)


def name_joined_to_address(person: Person) -> str | None:
    """Why `person`'s name, read as an inverted 'Surname, Given' name, is a name joined to an address or an
    employer by a comma; None where it is not (or was not read inverted)."""
    from kg.forms.roster_junk import junk_rules  # (roster_junk imports the guard that imports this)
    printed = (person.name_as_printed or "").strip(" ,;")
    name = (person.name or "").strip()
    if "," not in printed or not name:
        return None
    segments = [part.strip() for part in printed.split(",") if part.strip()]
    if _inverted_given(person) is None or _capital_surname(person):
        return None  # (read in the printed order, or 'NAKASHIMA, The Hon. Keiko': the capitals mark the inversion)
    parts = [part for part in segments if not _SUFFIX.fullmatch(part)]
    beyond = {word.strip(".").casefold() for part in parts[2:] for word in part.split()}
    if beyond & {word.strip(".,").casefold() for word in name.split()}:  # (not 'DESMARAIS, PAUL G., P.C.')
        return "it joins a name and an address printed in one cell ('ROHDE, Bruce C., One ConAgra')"
    if _GIVEN_INITIALS_SURNAME.fullmatch(segments[0]):
        return "the part before its comma is a whole name ('Bruce C. Rohde, One ConAgra'): the rest is an address"
    given = segments[1] if len(segments) > 1 else ""
    if len(segments[0].split()) >= 2 and given.split()[:1] == segments[0].split()[-1:]:
        return "the part before its comma is a whole name whose surname opens the rest ('Laurent Dassault, " \
               "Dassault Investissements'): the rest is an employer"
    if _ADDRESS_OPENING.search(given) or junk_rules()["name_organization_words"].search(given.casefold()) \
            or junk_rules()["name_address_words"].search(given.casefold()) or rt.is_organization(given):
        return "the part after its comma opens an address or an employer, not a given name"
    return None


def joined_in_roster(people: list[Person]) -> dict[int, str]:
    """Why each person of one roster (by id) is a name joined to an address: those `name_joined_to_address`
    finds, and, once one is found, every other name read inverted ('Laurent Dassault, Dassault' read
    'Dassault Laurent Dassault'): the roster prints its names given name first, the address after a comma."""
    found = {id(person): why for person in people if (why := name_joined_to_address(person))}
    givens: dict[str, list[Person]] = {}
    for person in people:
        if (given := _inverted_given(person)) and len(given.split()) >= 2 and not _capital_surname(person):
            givens.setdefault(given.casefold(), []).append(person)
    for shared in (group for group in givens.values() if len({person.name for person in group}) >= 2):
        for person in shared:  # ('Paul Hatch, Smith Barney', 'Donna Marley, Smith Barney'): an employer or a street
            found.setdefault(id(person), "the words after its comma stand after the comma of other names too: an "
                                         "employer or a street, not a given name")
    if not found:
        return found
    for person in people:
        if id(person) not in found and _inverted_given(person) is not None and not _capital_surname(person):
            found[id(person)] = "another name of its roster is a name and an address joined by a comma: it is read " \
                                "inverted from the same layout"
    return found


def _inverted_given(person: Person) -> str | None:
    """The part after the comma of a name read inverted ('Smith Barney' of 'Paul Hatch, Smith Barney' read
    'Smith Barney Paul Hatch'); None where the name was not read inverted."""
    printed = (person.name_as_printed or "").strip(" ,;")
    segments = [part.strip() for part in printed.split(",") if part.strip()]
    first = [word.strip(".,").casefold() for word in segments[0].split()] if segments else []
    words = [word.strip(".,").casefold() for word in (person.name or "").split()]
    if len(segments) < 2 or len(words) <= len(first) or words[-len(first):] != first:
        return None  # (not 'Prof. Dr. Ingrid K. Vossberg, Ph.D.': read in its printed order)
    return segments[1]


def _capital_surname(person: Person) -> bool:
    """A name read from its printed surname in capitals and the given name after it, and from nothing else
    ('GREEN, Lars' of 'GREEN, Lars, Tuborg Havnevej 19'): the capitals mark the inversion."""
    segments = [part.strip() for part in (person.name_as_printed or "").split(",") if part.strip()]
    if len(segments) < 2 or not segments[0].isupper():
        return False
    printed = {word.strip(".").casefold() for part in segments[:2] for word in part.split()}
    printed |= {part.strip(".").casefold() for part in segments[2:] if _SUFFIX.fullmatch(part)}
    return {word.strip(".,").casefold() for word in (person.name or "").split()} <= printed
