"""What a roster states for its persons after its table, joined to them by the name alone.

- A second table for the same persons, announced by a lead-in ('The business address and citizenship of each of
  the persons named above are set forth in the following table.'), printed in another order: a row gives its
  address and citizenship to the one person of the first table whose printed name is the same (case and spaces
  aside). A row whose name matches nobody, or two persons, gives nothing but a finding. Rows are never paired
  by their order.
- One sentence giving everyone's citizenship, with named exceptions ('Each of the persons listed above is a citizen
  of the United States, except Marshall A. Cohen, who is a citizen of Canada.'): the default goes to every person
  without a citizenship, each exception to the one person of that name. When an exception names nobody of the
  table, or two of them, or the sentence cannot be read clause by clause, it gives nothing and is reported.
A person keeps a citizenship or an address their own entry printed.
"""
from __future__ import annotations

import re

from kg.context import Context
from kg.forms import roster_fields as rf
from kg.forms.name_suffixes import suffix_alternation
from kg.forms.roster_after import MAX_PARAGRAPH, name_key
from kg.forms.roster_entry import Roster, to_person
from kg.forms.roster_excepted import exception_clauses
from kg.forms.roster_grid import read_grid
from kg.forms.roster_opposite import read_opposite
from kg.forms.roster_rules import rules
from kg.read import clean
from kg.records import Person

_PARAGRAPH = re.compile(r"\S(?:.|\n(?![ \t]*\n))*", re.M)  # text between blank lines
_NAMES = re.compile(r",?\s+and\s+|,\s+(?!" + suffix_alternation(numerals=False) + r"\b\.?|" + suffix_alternation(words=False, longest_first=True) + r"\b)")
_GROUPS = (("address", "address_city", "address_country"), ("citizenship", "country"))  # (the first decides)


def fold(name: str | None) -> str:
    return " ".join((name or "").casefold().split())


def read_postscript(ctx: Context, start: int, end: int, people: list[Person]) -> None:
    """Apply to `people` (read from the table ending at `start`) what text[start:end] states for them."""
    for paragraph in _PARAGRAPH.finditer(ctx.text, start, end):
        squashed = clean.squash(paragraph.group())
        if len(squashed) > MAX_PARAGRAPH:
            continue
        if found := rules().collective_citizenship.match(squashed):
            _collective(ctx, found, (paragraph.start(), paragraph.end()), people)
        elif (opposite := read_opposite(ctx.text, squashed, paragraph.end(), end)) is not None:
            span = (paragraph.start(), opposite.end)  # (the exceptions listed under it, name opposite value)
            if opposite.rows is None:
                return _refuse(ctx, span, "its list of exceptions cannot be read line by line")
            return _apply(ctx, span, opposite.value, opposite.rows, people)
        elif rules().second_table_lead.search(squashed):
            _second_table(ctx, paragraph.end(), end, people)
            return


def _one(people: list[Person], name: str, key) -> list[Person]:
    return [person for person in people if fold(key(person)) == fold(name)]


def _collective(ctx: Context, found: re.Match, span: tuple[int, int], people: list[Person]) -> None:
    rest = found.group("rest") or ""
    exceptions = _clause_by_clause(rest)
    if rest and (exceptions is None or not all(rf.is_citizenships(value) for _name, value in exceptions)):
        exceptions = cut_clauses(" ".join(rest.split())) or exceptions  # ('A, who is a citizen of USA, Denmark, B,
        # who is ...': no ', and ' between the clauses)
    if exceptions is None:
        return _refuse(ctx, span, f"its exceptions ({rest[:120]!r}) cannot be read clause by clause")
    _apply(ctx, span, found.group("value") or found.group("nationality"), exceptions, people)


def _clause_by_clause(rest: str) -> list[tuple[str, str]] | None:
    """(name, citizenship) of each clause 'A and B, who are citizens of X' of the exceptions, the clauses joined
    by ', and '; None where one is not such a clause."""
    exceptions: list[tuple[str, str]] = []
    at = 0
    while at < len(rest):
        clause = rules().citizenship_exception.match(rest, at)
        if clause is None:
            return None
        exceptions += [(name, clause.group("value")) for name in _NAMES.split(clause.group("names"))]
        at = clause.end()
    return exceptions


def cut_clauses(rest: str) -> list[tuple[str, str]] | None:
    """(name, citizenship) of each person the exceptions name, where they are cut into clauses only one way
    (kg/forms/roster_excepted.py: the comma after a citizenship of several countries is told from the one before the
    next clause's names); None where they are not, or where a name is given no citizenship."""
    groups = exception_clauses(rest)
    if groups is None or any(value is None for _names, value in groups):
        return None
    return [(name, value) for names, value in groups for name in names if value is not None]


def _apply(ctx: Context, span: tuple[int, int], default: str, exceptions: list[tuple[str, str]],
           people: list[Person]) -> None:
    """The default citizenship to every person without one, each exception to the one person of its name."""
    values = [default] + [value for _, value in exceptions]
    if not all(rf.is_citizenships(value) for value in values):
        return _refuse(ctx, span, f"one of {values!r} is no citizenship")
    holders: dict[int, str] = {}
    for name, value in exceptions:
        matches = _one(people, name, lambda p: p.name) or [  # ('COHEN, Marshall A.': its words in another order)
            p for p in people if p.name and name_key(p.name) == name_key(name)]
        if len(matches) != 1 or id(matches[0]) in holders:
            return _refuse(ctx, span, f"the exception {name!r} names {len(matches)} persons of the roster, or "
                           "one named before")
        holders[id(matches[0])] = value
    printed = clean.squash(ctx.text[span[0]:span[1]])
    for person in people:
        value = holders.get(id(person), default)
        if person.citizenship is None:
            person.citizenship = value
            person.country = clean.country_of(person.citizenship)[0]
            person.trace("citizenship", printed, span)
        elif person.citizenship != value:
            _disagree(ctx, person, ("citizenship", "country"), value, span)


def _refuse(ctx: Context, span: tuple[int, int], why: str) -> None:
    ctx.warn("roster-ambiguous", f"a citizenship sentence after the roster is not applied: {why}", span=span,
             readings=["collective citizenship", None], field="citizenship")


def _second_table(ctx: Context, start: int, end: int, people: list[Person]) -> None:
    grid = read_grid(ctx.text, ctx.raw or ctx.text, start, end)
    for entry in grid.entries if grid else []:
        matches = _one(people, entry.name, lambda p: p.name_as_printed or p.name)  # the name as printed
        if len(matches) != 1:
            why = "no person" if not matches else f"{len(matches)} persons"
            ctx.warn("roster-ambiguous" if matches else "unassigned-name", f"{entry.name!r} of a second table "
                     f"names {why} of the roster above; its row is left out", span=entry.evidence, name=entry.name)
            continue
        read, person = to_person(entry, Roster(None, set())), matches[0]
        for group in _GROUPS:
            value = getattr(read, group[0])
            if value is None:
                continue
            if getattr(person, group[0]) is None:
                for field in group:
                    setattr(person, field, getattr(read, field))
                    person.trace(field, read.printed.get(field), read.spans.get(field))
            elif getattr(person, group[0]) != value:
                _disagree(ctx, person, group, value, read.spans.get(group[0]) or entry.evidence)


def _disagree(ctx: Context, person: Person, group: tuple[str, ...], value: str, span: tuple[int, int]) -> None:
    """What the text after the roster states for a person differs from what the person has (their entry, or a
    preamble default): both readings are reported and the field is left unknown."""
    had = getattr(person, group[0])
    ctx.warn("roster-ambiguous", f"{person.name!r}: the roster gives the {group[0]} {had!r}, the text after it "
             f"{value!r}; it is left out", span=span, readings=[had, value], field=group[0])
    for field in group:
        setattr(person, field, None)
