"""A roster saved from a word processor's two-level bulleted list as ASCII text: each person a first-level item at
the margin ('*', '-' or '1.' before the name), his facts second-level items under it, indented and opened by
their own bullet (Word saves its hollow bullet as 'o'), with no label:

    *    Laurent Dassault
         o    Director, Power Corporation of Canada
         o    Managing Director, Dassault Investissements
         o    Dassault Investissements
              9, Rond-Point des Champs-Elysees
              75008 Paris, France
         o    Citizen of France

An item's kind is read from what it says, never from its place: a title in the roster's organisation ends with
that organisation's name; a citizenship opens 'Citizen of'; an address is lines stacked under the item's text,
its last a city or a country line; an occupation elsewhere is one item (wrapped only where a line is full) that
names its company or the person's work. An item of none of these kinds, or of two, is left out with a finding.
Only a list of two persons or more, every line of it an item, a wrap or a rule between persons, is read; the
patterns are data (kg/patterns/roster_bullets.yml).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.errors import DataError
from kg.forms import roster_fields as rf
from kg.forms import roster_types as rt
from kg.forms.roster_entry import Entry, Roster
from kg.forms.roster_title_lines import _names_company, _plain_occupation
from kg.patterns import regexes
from kg.read import clean

FEWEST = 2  # (two persons at least: one bullet with facts under it could be anything)
NARROWEST_FILL = 60  # (a list's lines fill this much at least: a shorter longest line says no line was wrapped)
_OPEN_END = re.compile(r"(?:\b(?:of|and|the|for|at|in)|[&,-])$", re.I)  # (a line ending so goes on below it)
_HELD_AT = re.compile(r"\s(?:of|at|for|with)\s+(?:[a-z]+\s+){0,3}(?-i:[A-Z])\S*(?:\s+\S+){0,6}$", re.I)  # ('General
# partner of partnerships affiliated with Forstmann Little & Co.': the company named after the title)
_KEYS = ("person", "item", "rule", "debris", "citizenship")


def bullet_rules() -> dict[str, re.Pattern]:
    found = regexes("roster_bullets.yml")
    if missing := [key for key in _KEYS if key not in found]:
        raise DataError("kg/patterns/roster_bullets.yml", f"missing {missing}")
    return found


@dataclass
class _Person:
    name: str
    at: int
    end: int
    items: list[list[str]] = field(default_factory=list)  # each item's lines, the first its bullet's


def read_bullet_outline(text: str, start: int, end: int, roster: Roster) -> list[Entry] | None:
    """The entries of a two-level bulleted list, or None where the region is no such list."""
    people = _outline(text, start, end)
    if people is None or len(people) < FEWEST or not all(p.items for p in people) or not roster.organization:
        return None
    if not all(rt.is_person_name(p.name) for p in people):
        return None
    room = max([NARROWEST_FILL] + [len(line) for p in people for item in p.items for line in item])
    return [_entry(person, room, roster.organization) for person in people]


def _outline(text: str, start: int, end: int) -> list[_Person] | None:
    """The persons of the list and their items' lines; None where a line inside the list is of another kind."""
    rules = bullet_rules()
    people: list[_Person] = []
    column = None  # (the column of the current item's text: its wrapped or stacked lines stand there)
    for match in re.finditer(r"[^\n]*", text[:end]):
        if match.start() < start or match.start() >= end:
            continue
        line, at = match.group(0), match.start()
        if not line.strip():
            continue
        if people and column is not None and _indent(line) == column and not rules["rule"].match(line):
            people[-1].items[-1].append(line.strip())  # (a wrapped or stacked line: '400' of an address, no page)
            people[-1].end = at + len(line.rstrip())
            continue
        if rules["rule"].match(line) or rules["debris"].match(line):
            continue
        if (item := rules["item"].match(line)) and people:
            lead = item.end("gap")
            people[-1].items.append([item.group("text")])
            people[-1].end, column = at + len(line.rstrip()), lead
        elif (person := rules["person"].match(line)) and _is_bullet_name(person.group("text")):
            if people and not people[-1].items:
                return None  # (a bullet with no fact under it: another kind of list)
            name_at = at + person.start("text")
            people.append(_Person(person.group("text"), name_at, name_at + len(person.group("text"))))
            column = None
        elif people:
            return None if len(people) < FEWEST else people  # (prose after the list ends it)
    return people or None


def _is_bullet_name(text: str) -> bool:
    return not re.search(r"\S {3,}\S", text)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _entry(person: _Person, room: int, organization: str) -> Entry:
    fields: dict[str, list[str]] = {"position": [], "other_positions": [], "address": [], "citizenship": []}
    doubts: list[str] = []
    for lines in person.items:
        kind, value = _kind(lines, room, organization)
        if kind == "bare title" and fields["position"]:  # (after a title that names the organisation, as each of
            kind = "other_positions"  # its titles here does: a title that names none is held elsewhere)
        if kind not in fields or (kind in ("address", "citizenship") and fields[kind]):
            doubts.append(" ".join(lines))  # (of no certain kind, or a second address or citizenship: left out)
            continue
        fields[kind].append(value)
    values = {"position": ";".join(fields["position"]), "other_positions": ";".join(fields["other_positions"]),
              "address": "\n".join(fields["address"]), "citizenship": "".join(fields["citizenship"])}
    refused = {k for k in ("address", "citizenship") if not fields[k]} if doubts else set()  # (the item left out
    # could be the address or citizenship: no default fills it)
    return Entry(name=person.name, name_span=(person.at, person.at + len(person.name)), evidence=(person.at, person.end),
                 fields={k: v for k, v in values.items() if v}, doubts=doubts, title_column=True, refused=refused)


def _kind(lines: list[str], room: int, organization: str) -> tuple[str | None, str]:
    """The item's kind ('position', 'other_positions', 'address', 'citizenship'; None where uncertain) and value."""
    joined = clean.squash(" ".join(lines))
    if said := bullet_rules()["citizenship"].match(joined):
        country = said.group("country")  # ('U.S.' keeps its full stop; 'Canada.' loses the sentence's)
        for value in (country, country.rstrip(".")):
            if rf.is_citizenship_value(value) or rf.is_citizenships(value):
                return "citizenship", value
        return None, joined
    if (title := _own_title(joined, organization)) is not None:
        return "position", title
    wrapped = all(_full(above, below, room) for above, below in zip(lines, lines[1:]))
    stacked = not any(_full(above, below, room) for above, below in zip(lines, lines[1:]))
    if stacked and len(lines) > 1 and _closes_address(lines[-1]) and not any(
            _OPEN_END.search(line) for line in lines[:-1]):  # ('... Bank of' / 'Canada': a wrap, no address)
        return "address", "\n".join(lines)
    street = rt.is_city_line(joined) or rt.is_address_line(joined)
    if len(lines) == 1 and street and not _holds_title(joined):
        return "address", joined  # ('2715 Farmington Heights', 'Omaha, NE 68102': an address of one line)
    if not wrapped or street or not (_holds_title(joined) or _plain_occupation(joined)):
        return None, joined
    if _names_company(joined) or _plain_occupation(joined) or _HELD_AT.search(joined):
        return "other_positions", joined
    return ("bare title", joined) if rt.is_title(joined) else (None, joined)


def _own_title(joined: str, organization: str) -> str | None:
    """'Chief Executive Officer, ConAgra Foods, Inc.' -> 'Chief Executive Officer' (a title word before the
    roster's organisation, named last after a comma); None where the item does not end so."""
    org = clean.squash(organization)
    if not joined.lower().endswith(org.lower()):
        return None
    title = joined[:len(joined) - len(org)].rstrip()
    if not title.endswith(","):
        return None
    title = title[:-1].strip()
    return title if rt.is_title(title) or _holds_title(title) else None


def _holds_title(text: str) -> bool:
    from kg.forms.roster_rules import rules
    return any(rules().title_words.fullmatch(w) for w in re.findall(r"[A-Za-z]+", text))


def _full(above: str, below: str, room: int) -> bool:
    """The line `above` is full: the first word of `below` would not have fitted after it."""
    return len(above) + 1 + len(below.split()[0]) > room


def _closes_address(line: str) -> bool:
    """An address's last line: a city with its postcode ('Omaha, NE 68102', '75008 Paris, France'), or one that
    ends in a country alone or after a comma ('UNITED KINGDOM', 'Tokyo, Japan')."""
    stripped = line.strip(" ,.")
    stripped = stripped.title() if stripped.isupper() else stripped  # ('UNITED KINGDOM')
    ends_in_country = any(m.end() == len(stripped) and (not m.start() or stripped[:m.start()].rstrip().endswith(","))
                          for m in rf.countries(stripped))
    return rt.is_city_line(stripped) or rt.is_address_line(stripped) or ends_in_country
