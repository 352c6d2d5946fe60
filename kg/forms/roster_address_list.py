"""Each person's own address in one paragraph after the list, name by name, the persons apart by ';' ('The business
addresses of the persons named above are: Steven R. Appleton, 8000 South Federal Way, Boise, ID 83716-9632; James
W. Bagley, 4650 Cushing Parkway, Fremont, CA 94538; Robert A. Lothrop, ...'; the words: kg/patterns/
roster_address_list.yml). A piece gives its address to the one person of the list whose name opens it, followed by a
comma. Where a piece opens on no listed person's name (or on the name of two), names a person twice, or holds no
address with a number, the paragraph gives no one anything and is reported. An address the person printed in their entry is kept; one that differs from the paragraph's is refused."""
from __future__ import annotations

import re
from functools import cache

from kg.context import Context
from kg.forms import roster_fields as rf
from kg.forms.name_suffixes import suffix_alternation
from kg.patterns import required_regexes
from kg.read import clean
from kg.records import Person

_PARAGRAPH = re.compile(r"\S(?:.|\n(?![ \t]*\n))*", re.M)  # text between blank lines
_SUFFIX = re.compile(r"(?:" + suffix_alternation() + r")\b", re.I)  # ('Paul Desmarais, Jr., ...': no address)


@cache
def _rules() -> dict[str, re.Pattern]:
    return required_regexes("roster_address_list.yml", ("lead", "apart"))


def listed_addresses(ctx: Context, start: int, end: int, people: list[Person], default: str | None) -> None:
    """Give `people` the addresses a paragraph of ctx.text[start:end] lists name by name."""
    for paragraph in _PARAGRAPH.finditer(ctx.text, start, end):
        squashed = clean.squash(paragraph.group()) or ""
        if lead := _rules()["lead"].match(squashed):
            pairs = _pairs(re.sub(r"(?:(?<=[\da-z)])|(?<=[A-Z]{2}))\.$", "", squashed[lead.end():]), people)
            if pairs is None:
                ctx.warn("roster-ambiguous", "a paragraph listing addresses after the roster is not applied: a piece "
                         "names no one person of the list, or holds no address", span=paragraph.span(),
                         readings=["addresses by name", None], field="address")
            else:
                give_addresses(ctx, pairs, paragraph.span(), default)
            return


def _pairs(listed: str, people: list[Person]) -> list[tuple[Person, str]] | None:
    """(person, address) of each piece of `listed`, in order; None where one does not read for certain."""
    pairs: list[tuple[Person, str]] = []
    for piece in _rules()["apart"].split(listed):
        opened = _opens(piece, people)
        if opened is None:
            return None
        person, value = opened[0], piece[opened[1]:].strip(" ,")
        if not re.search(r"\d", value) or _SUFFIX.match(value) or any(p is person for p, _ in pairs):
            return None
        pairs.append((person, value))
    return pairs or None


def _opens(piece: str, people: list[Person]) -> tuple[Person, int] | None:
    """(the one person whose name opens `piece`, followed by a comma; where their address starts)."""
    folded = piece.casefold()
    forms = [(p, " ".join(form.split()).casefold()) for p in people for form in (p.name, p.name_as_printed) if form]
    found = {(id(p), len(form)): p for p, form in forms if folded.startswith(form + ",")}
    longest = max((size for _key, size in found), default=0)
    holders = [p for (_key, size), p in found.items() if size == longest]
    return (holders[0], longest + 1) if len(holders) == 1 else None


def give_addresses(ctx: Context, pairs: list[tuple[Person, str]], span: tuple[int, int], default: str | None = None) -> None:
    """Each (person, printed address): the person's address where they have none (or the default); where they have
    another, a warning and no address."""
    default_text = rf.parse_address(default)[0] if default else None
    for person, value in pairs:
        address, city, country = rf.parse_address(value)
        if not address or person.address == address:
            continue
        if person.address is None or person.address == default_text:
            person.address, person.address_city, person.address_country = address, city, country
            person.trace("address", value, span)
        else:
            ctx.warn("roster-ambiguous", f"{person.name!r}: the roster gives the address {person.address!r}, the "
                     f"text after it {address!r}; it is left out", span=span, readings=[person.address, address],
                     field="address")
            person.address = person.address_city = person.address_country = None
