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

from kg.forms import roster_fields as rf
from kg.forms import roster_types as rt
from kg.forms.roster_entry import Entry, Roster
from kg.forms.roster_joined_titles import names_company as _names_company
from kg.forms.roster_title_lines import _plain_occupation
from kg.patterns import required_regexes
from kg.read import clean

FEWEST = 2  # (two persons at least: one bullet with facts under it could be anything)
NARROWEST_FILL = 60  # (a list's lines fill this much at least: a shorter longest line says no line was wrapped)
_OPEN_END = re.compile(r"(?:\b(?:of|and|the|for|at|in)|[&,-])$", re.I)  # (a line ending so goes on below it)
_HELD_AT = re.compile(r"\s(?:of|at|for|with)\s+(?:[a-z]+\s+){0,3}(?-i:[A-Z])\S*(?:\s+\S+){0,6}$", re.I)  # ('General
# partner of partnerships affiliated with Forstmann Little & Co.': the company named after the title)
_KEYS = ("bullet", "rule", "debris", "citizenship", "mark")
_COLUMN_GAP = re.compile(r"\S {3,}\S")  # (cells of a row, no name)


def bullet_rules() -> dict[str, re.Pattern]:
    return required_regexes("roster_bullets.yml", _KEYS)


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
    room = max([NARROWEST_FILL] + [len(line) for p in people for item in p.items for line in item])
    return [_entry(person, room, roster.organization) for person in people]


_LINE = re.compile(r"^[^\n]*", re.M)


def _outline(text: str, start: int, end: int) -> list[_Person] | None:
    """The persons of the list and their items' lines. The first bullet's kind ('*', '-', a number) marks the
    persons, the next bullet of another kind, deeper, the facts; a line deeper than its item's bullet goes on in
    the item. None where the two levels share a bullet or a line inside the list is of another kind."""
    rules, people, levels, margin = bullet_rules(), [], None, 0
    item_lead = None  # (the indent of the open item's bullet; None between items)
    last, paged = None, False  # (the last item's bullet and text columns; a page's debris since the last line)
    for match in _LINE.finditer(text, text.rfind("\n", 0, start) + 1, end):  # (each line once, a blank one as '')
        line, at = match.group(0).expandtabs(8), match.start()
        if at < start or not line.strip():
            item_lead = None if at >= start else item_lead  # (a blank line closes the item; a form feed is a page)
            paged = paged or "\f" in line
            continue
        bullet = rules["bullet"].match(line)
        kind = _bullet_kind(bullet.group("bullet")) if bullet else None
        if (rules["rule"].match(line) or rules["debris"].match(line)) and not (last and _indent(line) == last[1]):
            item_lead, paged = None, True  # ('-3-', '<PAGE>'; '400' standing at the item's text is its line)
            continue
        lead = item_lead if item_lead is not None else last[0] if paged and last else None  # (an item goes on
        paged = False  # over a page break)
        if lead is not None and _indent(line) > lead and (levels is None or kind not in levels):
            people[-1].items[-1].append(line.strip())  # (a wrapped or stacked line of the item)
            people[-1].end, item_lead = at + len(match.group(0).rstrip()), lead
            continue
        if bullet is None:
            if people:
                return _ended(people, text, at, end, rules)  # (prose after the list ends it)
            continue
        if not people:
            if _is_name(bullet.group("text")):
                people.append(_person(bullet, at))
                levels, margin = (kind,), bullet.end("lead")
            continue
        if len(levels) == 1 and kind != levels[0] and bullet.end("lead") > margin:
            levels = (levels[0], kind)  # (the facts' bullet: another kind, deeper than the first name's)
        if len(levels) == 1 or kind not in levels:
            return None
        if kind == levels[1]:
            people[-1].items.append([bullet.group("text")])
            people[-1].end, item_lead = at + len(match.group(0).rstrip()), bullet.end("lead")
            last = (item_lead, bullet.start("text"))
        elif not people[-1].items:
            return None  # (a name with no fact under it: another kind of list)
        elif _is_name(bullet.group("text")):
            people.append(_person(bullet, at))
            item_lead = last = None
        else:
            return _ended(people, text, at, end, rules)  # ('* Appointed to ...': a note after the list)
    return people or None


def _ended(people: list[_Person], text: str, at: int, end: int, rules) -> list[_Person] | None:
    """The persons read where the list ends at `at`; None where a fact's bullet follows later (the list goes on
    past a line not understood: none of it is read)."""
    rest = text[at:end].expandtabs(8)
    later = [m for m in (rules["bullet"].match(line) for line in rest.splitlines()) if m]
    return None if any(m.group("bullet") == "o" for m in later) or len(people) < FEWEST else people


def _is_name(text: str) -> bool:
    """A person's name alone on the bullet's line (a note's mark glued to it is no part of it)."""
    return rt.is_person_name(bullet_rules()["mark"].sub("", text)) and not _COLUMN_GAP.search(text)


def _bullet_kind(bullet: str) -> str:
    return "number" if bullet[:1].isdigit() else bullet


def _person(bullet: re.Match, at: int) -> _Person:
    name = bullet.group("text")
    name = name[:mark.start()] if (mark := bullet_rules()["mark"].search(name)) else name  # ('Lars Green(1)')
    return _Person(name, at + bullet.start("text"), at + bullet.start("text") + len(name))


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
