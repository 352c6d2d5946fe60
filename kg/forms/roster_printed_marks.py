"""Marks printed inside a roster's values that are no part of them, the patterns data (kg/patterns/
roster_printed_marks.yml): a title's tenure, 'Director (since 1998)', ends the title and is dropped; an address
printed on one line with bullets between its parts, '70 Pine Street • New York, New York 10270', has its parts
as lines (its own line breaks only wrap); an age in parentheses closing a name, 'Pei-yuan Chia (62)', is no part of
it. kg/forms/roster_entry.py calls `printed_value` on every field of an entry; kg/forms/roster_fields.parse_address
calls `address_lines`; kg/forms/roster_types.is_person_name and kg/forms/roster_name_note call `without_age`."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.forms.roster_rules import rules
from kg.patterns import build

_TITLE_FIELDS = ("position", "title")


@dataclass(frozen=True)
class _Marks:
    tenure: re.Pattern
    address_separator: re.Pattern
    address_note_mark: re.Pattern
    name_age: re.Pattern


@cache
def _marks() -> _Marks:
    def make(data) -> _Marks:
        return _Marks(tenure=re.compile(data["tenure"], re.I),
                      address_separator=re.compile(data["address_separator"]),
                      address_note_mark=re.compile(data["address_note_mark"]),
                      name_age=re.compile(data["name_age"], re.I))
    return build("roster_printed_marks.yml", make)


def printed_value(key: str, value: str) -> str:
    """A field's value without a cross reference ('(See "Directors" above.)') in the title and occupation fields,
    and with each tenure of a title field ('(since 1998)') made the end of its title item (';')."""
    if key in ("position", "title", "occupation"):
        value = rules().cross_reference.sub("", value)
    if key in _TITLE_FIELDS:
        value = _marks().tenure.sub(";", value)
    return value


def address_lines(printed: str) -> str:
    """An address whose parts stand apart by bullets on a line: the parts, one a line (its printed line breaks,
    where it wrapped, are spaces); any other address as printed. A note's mark glued to the address's end
    ('Houston, Texas 77032*') is left out."""
    printed = _marks().address_note_mark.sub("", printed.rstrip())
    if not _marks().address_separator.search(printed):
        return printed
    flat = " ".join(line.strip() for line in printed.splitlines() if line.strip())
    return _marks().address_separator.sub("\n", flat)


def without_age(name: str) -> str:
    """`name` without an age in parentheses closing it ('Pei-yuan Chia (62)'); `name` as printed where none does
    or nothing but the age stands in it."""
    age = _marks().name_age.search(name)
    return name[:age.start()] if age and any(c.isalpha() for c in name[:age.start()]) else name
