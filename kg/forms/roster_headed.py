"""Name headings with unlabelled lines: the person's name on a line of its own, then indented
lines typed by what they say.

    MARSHALL A. COHEN
         Director, American International Group, Inc.
         Counsel, Cassels, Brock & Blackwell
         Cassels, Brock & Blackwell
         40 King Street West, 20th Floor
         Toronto, Ontario M5H 3C2
         Citizen of Canada

A block is an entry only when its first line is nothing but a person's name and every other
line is indented deeper; a line indented deeper still continues the line above. 'Citizen of
X' (or a nationality alone) is the citizenship; the address runs from its first street, c/o
or city line (with an employer line just above it) to the end; the lines before it are
occupations, each read as the other readers read an occupation item. Blocks with labels or
table gaps are other layouts'.
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_entry import Entry
from kg.forms.roster_rules import rules

_BLOCK = re.compile(r"^[ \t]*\S[^\n]*(?:\n[ \t]*\S[^\n]*)*", re.M)
_CITIZEN = re.compile(r"^(?:a\s+)?citizen\s+of\s+(?:the\s+)?(?P<value>.+?)\.?$", re.I)


def read_headed(text: str, start: int, end: int) -> list[Entry] | None:
    """Entries, or None unless at least two blocks (and most blocks after the first entry) fit."""
    entries, after_first = [], 0
    for match in _BLOCK.finditer(text, start, end):
        if entries:
            after_first += 1
        entry = _block(match.start(), match.group(0))
        if entry is not None:
            entries.append(entry)
    if len(entries) < 2 or len(entries) - 1 < 0.6 * after_first:
        return None
    return entries


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _block(offset: int, block: str) -> Entry | None:
    lines = block.split("\n")
    head, rest = lines[0], lines[1:]
    name = head.strip()
    if len(rest) < 2 or re.search(r"\S {3,}\S", block) or not rt.is_person_name(name) \
            or any(_indent(line) <= _indent(head) for line in rest):
        return None
    if any(pattern.search(line) for line in rest for pattern in rules().labels.values()):
        return None  # labelled lines: the labelled-block reader's
    items: list[str] = []
    base = min(_indent(line) for line in rest)
    for line in rest:
        if items and _indent(line) > base:
            items[-1] = f"{items[-1]} {line.strip()}"  # a wrapped line
        else:
            items.append(line.strip())
    fields = {"citizenship": ""}
    kept = []
    for item in items:
        citizen = _CITIZEN.match(item)
        if citizen or rt.is_nationality(item):
            if fields["citizenship"]:
                return None  # two citizenships: two people's text, not one entry
            fields["citizenship"] = citizen.group("value") if citizen else item
        else:
            kept.append(item)
    address_at = next((i for i, item in enumerate(kept) if rt.starts_value(item) or rt.is_city_line(item)
                       or rt.is_address_line(item) and not rt.is_title(item)), len(kept))
    if 0 < address_at < len(kept) and rt.is_organization(kept[address_at - 1]) and not rt.is_title(kept[address_at - 1]) \
            and address_at > 1:
        address_at -= 1  # the employer line above the street line is the address's
    fields["occupation"] = "; ".join(kept[:address_at])
    fields["address"] = "\n".join(kept[address_at:])
    start = offset + _indent(head)
    return Entry(name=name, name_span=(start, start + len(name)), evidence=(offset, offset + len(block)),
                 fields=fields)
