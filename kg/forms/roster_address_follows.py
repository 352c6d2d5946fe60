"""Business addresses listed after a roster's tables below a lead ending in 'as follows:', one person a line:

    The business address of each of the persons named above is 751 Victoria Square, Montreal QC H2Y 2J3, except
    as follows:
        Laurent Dassault -- Dassault Investissements, 9, Rond-Point des
            Champs-Elysees, 75008 Paris, France

or 'The business addresses of the persons named above are as follows:' with every person's line (the words:
kg/patterns/roster_address_follows.yml). A line gives its address to the one person of the list whose name has the
same words (any order, case aside); the default goes to every person no line names. Where a line names no one
person of the list, or one person twice, or a line below the lead is neither an item nor its continuation (indented
deeper), no one is given anything (reported). A lead with no line below it gives the default to all, only where
no text follows it. An address the person printed in their entry is kept; one that differs is refused.
"""
from __future__ import annotations

import re
from functools import cache

from kg.context import Context
from kg.forms.roster_address_list import give_addresses
from kg.forms.roster_after import name_key
from kg.patterns import required_regexes
from kg.read import clean
from kg.records import Person

_LEAD_END = re.compile(r"follows\s*:[ \t]*$", re.I | re.M)  # (a cheap test first: the lead's last words)
_PAGE = re.compile(r"<PAGE>|\f|[A-Z]?-?\d{1,3}|\(continued\)", re.I)  # (page debris between the lines)


@cache
def _rules() -> dict[str, re.Pattern]:
    return required_regexes("roster_address_follows.yml", ("lead", "item"))


def lead_above(text: str, start: int, at: int) -> bool:
    """Whether the paragraph just above ctx.text[at] (from `start`) is such a lead: a list below it is a postamble."""
    return _lead(text, start, at) is not None


def addresses_follow(ctx: Context, start: int, end: int, people: list[Person]) -> bool:
    """Give `people` the addresses listed below a lead in ctx.text[start:end]; whether such a lead was found."""
    for found in _LEAD_END.finditer(ctx.text, start, end):
        lead = _lead(ctx.text, start, found.end())
        if lead is None:
            continue
        items = _items(ctx.text, found.end(), end)
        pairs = _pairs(items, people) if items is not None else None
        if pairs is None:
            ctx.warn("roster-ambiguous", "the addresses listed after the roster are not applied: a line names no one "
                     "person of the list, or does not read", span=(found.start(), end),
                     readings=["addresses by name", None], field="address")
            return True
        named = {id(person) for person, _value in pairs}
        default = lead.group("default")
        give_addresses(ctx, pairs + [(p, default) for p in people if default and id(p) not in named], (found.start(), end))
        return True
    return False


def _lead(text: str, start: int, at: int) -> re.Match | None:
    near = max(start, at - 600)
    paragraph = clean.BLANK_LINE.split(text[near:at])[-1]
    return _rules()["lead"].search(clean.squash(paragraph) or "")


def _items(text: str, start: int, end: int) -> list[tuple[str, str]] | None:
    """(name, address) of each line below the lead; None where a line is neither an item nor its continuation, or
    where there is none and text follows."""
    items: list[list[str]] = []
    indent = None
    for line in text[start:end].split("\n"):
        stripped, depth = line.strip(), len(line) - len(line.lstrip())
        if not stripped or _PAGE.fullmatch(stripped):
            continue
        item = _rules()["item"].match(stripped)
        if item and depth > 0 and (indent is None or depth == indent):
            indent = depth
            items.append([item.group("name"), item.group("value")])
        elif items and depth > indent:
            items[-1][1] += " " + stripped
        else:
            return None
    return [(name, re.sub(r"(?<=\d)\.$", "", " ".join(value.split()).rstrip(" ;"))) for name, value in items]  # ('...
    # 10270.': the sentence's full stop; 'Inc.' keeps its own)


def _pairs(items: list[tuple[str, str]], people: list[Person]) -> list[tuple[Person, str]] | None:
    pairs: list[tuple[Person, str]] = []
    for name, value in items:
        holders = [p for p in people if name_key(name) in {name_key(form) for form in (p.name, p.name_as_printed) if form}]
        if len(holders) != 1 or any(p is holders[0] for p, _v in pairs):
            return None
        pairs.append((holders[0], value))
    return pairs
