"""The citizenship exceptions a roster lists after its table in a paragraph labelled 'Citizenship:' (one entry,
`labelled_exceptions`; kg/forms/roster_postamble.py calls it):

    Unless otherwise indicated below, all of the persons listed below are citizens of the United States.
    Name | Present Principal Occupation and Business Address ...
    Citizenship: Marshall A. Cohen, who is a citizen of Canada, and Jun Sung Kim, who is a citizen of Singapore.

Each clause gives its citizenship to the one person of the table whose name is the clause's (case, spaces and word
order aside), never by position; that person loses the preamble's default. When a clause cannot be cut for certain
(kg/forms/roster_excepted.py), names nobody of the table or two persons, or gives no citizenship, nothing of the
paragraph is applied and the default is taken from every person who holds it (any of them could be an exception
not read), with a `roster-ambiguous` finding.
"""
from __future__ import annotations

import re

from kg.context import Context
from kg.forms import roster_fields as rf
from kg.forms.roster_after import MAX_PARAGRAPH, name_key
from kg.forms.roster_postscript import cut_clauses, fold
from kg.forms.roster_rules import rules
from kg.read import clean
from kg.records import Person

_PARAGRAPH = re.compile(r"\S(?:.|\n(?![ \t]*\n))*", re.M)  # text between blank lines
_ABBREVIATED = re.compile(r"(?<=[A-Z]\.[A-Z])$")  # 'U.S' whose last full stop closed the paragraph: 'U.S.'


def labelled_exceptions(ctx: Context, start: int, end: int, people: list[Person], default: str | None) -> None:
    """Apply to `people` (read from the table ending at `start`) the 'Citizenship:' paragraph of text[start:end];
    `default`: the citizenship the preamble gave everyone not excepted."""
    for paragraph in _PARAGRAPH.finditer(ctx.text, start, end):
        squashed = clean.squash(paragraph.group()) or ""
        found = rules().citizenship_label_exceptions.match(squashed) if len(squashed) <= MAX_PARAGRAPH else None
        if found is None:
            continue
        span = (paragraph.start(), paragraph.end())
        holders = _holders(cut_clauses(found.group("rest")), people)
        if holders is None:
            return _refuse(ctx, span, people, default)
        for person, value in holders:
            _give(ctx, person, value, default, squashed, span)
        return


def _holders(clauses: list[tuple[str, str]] | None, people: list[Person]) -> list[tuple[Person, str]] | None:
    """(person, citizenship) of each clause, the person the one of the clause's name; None where a clause is not
    read for certain or names no one person, or one person twice."""
    if not clauses:
        return None
    out: list[tuple[Person, str]] = []
    for name, printed in clauses:
        value = _ABBREVIATED.sub(".", printed)
        matches = [p for p in people if p.name and fold(p.name) == fold(name)] or [
            p for p in people if p.name and name_key(p.name) == name_key(name)]
        if len(matches) != 1 or not rf.is_citizenships(value) or any(p is matches[0] for p, _ in out):
            return None
        out.append((matches[0], value))
    return out


def _give(ctx: Context, person: Person, value: str, default: str | None, printed: str, span: tuple[int, int]) -> None:
    if person.citizenship is None or person.citizenship == default:
        person.citizenship, person.country = value, clean.country_of(value)[0]
        person.trace("citizenship", printed, span)
    elif person.citizenship != value:
        ctx.warn("roster-ambiguous", f"{person.name!r}: the roster gives the citizenship {person.citizenship!r}, "
                 f"the 'Citizenship:' paragraph after it {value!r}; it is left out", span=span,
                 readings=[person.citizenship, value], field="citizenship")
        person.citizenship = person.country = None


def _refuse(ctx: Context, span: tuple[int, int], people: list[Person], default: str | None) -> None:
    ctx.warn("roster-ambiguous", "the 'Citizenship:' paragraph after the roster is not read clause by clause to one "
             "person each; the default citizenship is given to no one", span=span,
             readings=["citizenship exceptions", None], field="citizenship")
    for person in people:
        if default is not None and person.citizenship == default:
            person.citizenship = person.country = None
