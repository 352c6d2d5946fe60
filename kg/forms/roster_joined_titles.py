"""Titles printed joined in one position: 'Chairman of the Board and Chief Executive Officer' is two titles,
'Vice President, General Counsel & Corporate Secretary' three. A roster person's position is split at ', ',
' and ', ', and ', ' & ' and '; ' only where every part is, as a whole, one known title (a head, qualifiers before
it, a body after it: kg/patterns/roster_joined_titles.yml); where a part is not ('Head of Mergers and
Acquisitions', 'Secretary and Treasurer of the Fund', 'Vice President - Marketing & Transportation'), the
position stays whole, as printed. Each part keeps the whole position's printed text (`printed`,
'positions:PART') and its own span where the printed text shows it. Other positions (a title and its employer,
'President and CEO, National Bureau of Economic Research') are as printed."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.forms.roster_rules import rules
from kg.patterns import build
from kg.records import Person

_JOINS = re.compile(r"\s*;\s*(?:and\s+)?|,\s+(?:and\s+)?|\s+(?:and|&)\s+", re.I)


@dataclass(frozen=True)
class JoinedTitles:
    heads: frozenset[str]
    qualifiers: frozenset[str]
    of_body: tuple[str, ...]
    department_dash: re.Pattern


@cache
def joined_titles() -> JoinedTitles:
    def words(items) -> list[str]:
        if not items or any(not re.fullmatch(r"[a-z]+(?:[ -][a-z]+)*", str(item)) for item in items):
            raise ValueError(f"expected a list of lower-case words, got {items!r}")
        return [_fold(item) for item in items]

    def make(data) -> JoinedTitles:
        return JoinedTitles(frozenset(words(data["heads"])), frozenset(words(data["qualifiers"])),
                            tuple(sorted(words(data["of_body"]), key=len, reverse=True)),
                            re.compile(data["department_dash"]))
    return build("roster_joined_titles.yml", make)


def _fold(text: str) -> str:
    """'Vice-President.' -> 'vice president'; 'Co-Chief Executive Officer' -> 'co chief executive officer'."""
    return " ".join(re.sub(r"[.\s]+|(?<=\w)-(?=\w)", " ", text).casefold().split())


def is_one_title(part: str) -> bool:
    """`part` is, as a whole, one known title ('Senior Vice President', 'Chairman of the Board', 'Co-Chief
    Executive Officer', 'Executive Vice President - Finance')."""
    known = joined_titles()
    head, *department = known.department_dash.split(part.strip(), maxsplit=1)
    if department and not _departments(department[0]):
        return False
    flat = _fold(head)
    body = next((b for b in known.of_body if flat.endswith(" " + b)), None)
    flat = flat[: -len(body) - 1] if body else flat
    words = flat.split()
    if words[:1] == ["co"]:
        words = words[1:]
    while " ".join(words) not in known.heads and (lead := _qualifier(words)):
        words = words[lead:]
    return bool(words) and " ".join(words) in known.heads


def _qualifier(words: list[str]) -> int:
    """How many of the first words are one qualifier ('senior', 'non executive'); 0 where none."""
    return next((len(q.split()) for q in joined_titles().qualifiers if words[:len(q.split())] == q.split()), 0)


def _departments(text: str) -> bool:
    words = text.strip(" .").split()
    return 1 <= len(words) <= 3 and all(rules().department_words.fullmatch(w.casefold()) for w in words)


def single_titles(position: str) -> list[str] | None:
    """The titles of a position printed joined, each a known title; None where it is not so for certain."""
    parts = [part.strip(" .,") for part in _JOINS.split(position.strip())]
    if len(parts) < 2 or not all(parts) or not all(is_one_title(part) for part in parts):
        return None
    return parts


def split_joined_titles(people: list[Person]) -> None:
    """Each person's positions with those printed joined split into single titles (see the module)."""
    for person in people:
        out: list[str] = []
        for value in person.positions:
            parts = single_titles(value) or [value]
            if len(parts) > 1:
                _trace_parts(person, value, parts)
            out += [part for part in parts if part not in out]
        person.positions = out


def _trace_parts(person: Person, whole: str, parts: list[str]) -> None:
    key = f"positions:{whole}"
    printed, span = person.printed.pop(key, None), person.spans.pop(key, None)
    at = 0
    for part in parts:
        person.printed.setdefault(f"positions:{part}", printed or whole)
        found = (printed or whole).find(part, at)
        if span is not None and found >= 0 and (printed is None or printed == whole):
            person.spans.setdefault(f"positions:{part}", (span[0] + found, span[0] + found + len(part)))
            at = found + len(part)
        elif span is not None:
            person.spans.setdefault(f"positions:{part}", span)
