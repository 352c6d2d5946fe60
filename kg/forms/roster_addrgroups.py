"""Entries grouped by business address (or by citizenship) under sub-headings that state it once.

'Persons whose business address is 70 Pine Street, New York, New York 10270:' over a group of entries, 'The
business address of each of the following persons is ...:' over the next group: the entries print no address,
and each group's address is that of exactly the entries under its sub-heading, up to the next sub-heading or the
end of the roster. Read as a table, a sub-heading is a line of no entry, or worse, a wrapped address line read
into the entry above it. So the sub-headings (kg/patterns/roster.yml `address_group_heading`, a run of lines
ending in the heading's colon, none of them a row of cells) are blanked in the roster's text before its entries
are read (offsets kept), and each person read then takes the address of the last sub-heading above their entry:
where the entry prints no address of its own (a printed address stands; the preamble's default for every entry
gives way to the sub-heading's, which names this group). Sub-headings that give the citizenship ('The following
persons are citizens of the United States:', `citizenship_group_heading`) are read the same way: each person under
one takes its citizenship, where the entry prints none (nor a nationality in brackets that was not read).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from kg.forms import roster_fields as rf
from kg.forms.roster_between import Stated, apply_citizen_paragraphs, citizen_paragraphs
from kg.forms.roster_inline import bracketed_nationality
from kg.forms.roster_rules import rules
from kg.forms.roster_window import line_spans
from kg.read import clean
from kg.records import Person

MAX_HEADING_LINES = 4
_OPENING = re.compile(r"[ \t]*(?:the|each|persons|individuals|directors|officers|members|people|following|citizens)\b", re.I)


@dataclass
class Groups:
    text: str  # the text with every sub-heading blanked (offsets kept)
    headings: list[tuple[int, int, str]]  # (start, end, printed address) of each sub-heading, in order
    citizenships: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, printed citizenship)
    stated: list[Stated] = field(default_factory=list)  # citizenship sentences between two sections of the table


def address_groups(text: str, start: int, end: int) -> Groups:
    """The address sub-headings of text[start:end] (none: the same text, no heading)."""
    lines = line_spans(text, start, end)
    found_by: dict[str, list[tuple[int, int, str]]] = {"address": [], "citizenship": []}
    index = 0
    while index < len(lines):
        found = _heading(text, lines, index)
        if found is None:
            index += 1
            continue
        last, kind, value = found
        found_by[kind].append((lines[index][0], lines[last][1], value))
        index = last + 1
    stated = citizen_paragraphs(text, start, end)  # (kg.forms.roster_between: blanked too)
    every = sorted(found_by["address"] + found_by["citizenship"] + list({(s.start, s.end, "") for s in stated}))
    if not every:
        return Groups(text, [])
    pieces, at = [], 0
    for first, last, _value in every:
        pieces += [text[at:first], re.sub(r"[^\n]", " ", text[first:last])]
        at = last
    return Groups("".join(pieces) + text[at:], found_by["address"], found_by["citizenship"], stated)


def _heading(text: str, lines: list[tuple[int, int]], index: int) -> tuple[int, str, str] | None:
    """(index of its last line, 'address' or 'citizenship', printed value) of a sub-heading starting at line
    `index`."""
    capitals = rules().citizens_heading.fullmatch(text[lines[index][0]:lines[index][1]].strip())
    if capitals and rf.is_citizenships(capitals.group("value")):
        return index, "citizenship", capitals.group("value")  # ('UNITED STATES CITIZENS' over its group)
    if not _OPENING.match(text, lines[index][0], lines[index][1]) or _runs_on(text, lines, index):
        return None
    for last in range(index, min(len(lines), index + MAX_HEADING_LINES)):
        line = text[lines[last][0]:lines[last][1]].strip()
        if not line or rf.COLUMN_GAP.search(line):
            return None
        if line.endswith(":"):
            flat = clean.squash(text[lines[index][0]:lines[last][1]].replace("\n", " ")) or ""
            if match := rules().address_group_heading.fullmatch(flat):
                return last, "address", match.group("value")
            if match := rules().citizenship_group_heading.fullmatch(flat):
                return last, "citizenship", match.group("value")
            return None
    return None


def _runs_on(text: str, lines: list[tuple[int, int]], index: int) -> bool:
    """A line opening in lower case under a line of prose that ends no sentence ('... All of them are' /
    'citizens of the United States:'): the rest of the sentence above, no sub-heading of its own."""
    first = text[lines[index][0]:lines[index][1]].lstrip()
    above = text[lines[index - 1][0]:lines[index - 1][1]].strip() if index else ""
    return first[:1].islower() and bool(above) and above[-1:].isalpha() and not rf.COLUMN_GAP.search(above)


def apply_groups(people: list[Person], groups: Groups) -> None:
    """Each person read from under a sub-heading takes its address, where their entry prints none."""
    ends = [end for _start, end, _printed in groups.headings]
    for person in people if ends else []:
        if person.evidence is None:
            continue
        above = bisect_right(ends, person.evidence[0])
        if not above:
            continue
        start, end, printed = groups.headings[above - 1]
        if person.address and _printed_in(groups.text, person):
            continue  # (printed in the entry: it stands)
        address, city, country = rf.parse_address(printed)
        rf.settle(person, {"address": address, "address_city": city, "address_country": country}, printed,
                  (start, end), refused=False)


def apply_citizenship_groups(people: list[Person], groups: Groups) -> None:
    """Each person read from under a citizenship sub-heading takes it, where their entry prints none (the
    preamble's default gives way to the sub-heading's; a nationality the entry prints in brackets and that was
    not read keeps the sub-heading off: refused, not guessed); then the sentences between two sections."""
    apply_citizen_paragraphs(people, groups.stated)
    ends = [end for _start, end, _printed in groups.citizenships]
    for person in people if ends else []:
        above = bisect_right(ends, person.evidence[0]) if person.evidence is not None else 0
        if not above:
            continue
        start, end, printed = groups.citizenships[above - 1]
        entry = groups.text[person.evidence[0]:person.evidence[1]]
        if person.citizenship and person.citizenship in (clean.squash(entry.replace("\n", " ")) or "") \
                or bracketed_nationality(entry):
            continue  # (printed in the entry: it stands)
        value = clean.squash(printed) or printed
        rf.settle(person, {"citizenship": value, "country": clean.country_of(value)[0]}, printed, (start, end),
                  refused=False)


def _printed_in(text: str, person: Person) -> bool:
    """Whether every part of the person's address is printed in their entry (not the preamble's default)."""
    entry = clean.squash(text[person.evidence[0]:person.evidence[1]].replace("\n", " ")) or ""
    return all(part.strip() in entry for part in (person.address or "").split(",") if part.strip())
