"""Entries grouped by business address under sub-headings that state the address once.

'Persons whose business address is 70 Pine Street, New York, New York 10270:' over a group of entries, 'The
business address of each of the following persons is ...:' over the next group: the entries print no address,
and each group's address is that of exactly the entries under its sub-heading, up to the next sub-heading or the
end of the roster. Read as a table, a sub-heading is a line of no entry, or worse, a wrapped address line read
into the entry above it. So the sub-headings (kg/patterns/roster.yml `address_group_heading`, a run of lines
ending in the heading's colon, none of them a row of cells) are blanked in the roster's text before its entries
are read (offsets kept), and each person read then takes the address of the last sub-heading above their entry:
where the entry prints no address of its own (a printed address stands; the preamble's default for every entry
gives way to the sub-heading's, which names this group).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from kg.forms import roster_fields as rf
from kg.forms.roster_rules import rules
from kg.read import clean
from kg.records import Person

MAX_HEADING_LINES = 4
_OPENING = re.compile(r"[ \t]*(?:the|each|persons|individuals|directors|officers|members|people|following)\b", re.I)


@dataclass
class Groups:
    text: str  # the text with every sub-heading blanked (offsets kept)
    headings: list[tuple[int, int, str]]  # (start, end, printed address) of each sub-heading, in order


def address_groups(text: str, start: int, end: int) -> Groups:
    """The address sub-headings of text[start:end] (none: the same text, no heading)."""
    lines, at = [], start
    while at < end:
        stop = text.find("\n", at, end)
        stop = end if stop < 0 else stop
        lines.append((at, stop))
        at = stop + 1
    headings, index = [], 0
    while index < len(lines):
        found = _heading(text, lines, index)
        if found is None:
            index += 1
            continue
        last, address = found
        headings.append((lines[index][0], lines[last][1], address))
        index = last + 1
    if not headings:
        return Groups(text, [])
    pieces, at = [], 0
    for first, last, _address in headings:
        pieces += [text[at:first], re.sub(r"[^\n]", " ", text[first:last])]
        at = last
    return Groups("".join(pieces) + text[at:], headings)


def _heading(text: str, lines: list[tuple[int, int]], index: int) -> tuple[int, str] | None:
    """(index of its last line, printed address) of a sub-heading starting at line `index`."""
    if not _OPENING.match(text, lines[index][0], lines[index][1]):
        return None
    for last in range(index, min(len(lines), index + MAX_HEADING_LINES)):
        line = text[lines[last][0]:lines[last][1]].strip()
        if not line or rf.COLUMN_GAP.search(line):
            return None
        if line.endswith(":"):
            flat = clean.squash(text[lines[index][0]:lines[last][1]].replace("\n", " ")) or ""
            match = rules().address_group_heading.fullmatch(flat)
            return (last, match.group("value")) if match else None
    return None


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


def _printed_in(text: str, person: Person) -> bool:
    """Whether every part of the person's address is printed in their entry (not the preamble's default)."""
    entry = clean.squash(text[person.evidence[0]:person.evidence[1]].replace("\n", " ")) or ""
    return all(part.strip() in entry for part in (person.address or "").split(",") if part.strip())
