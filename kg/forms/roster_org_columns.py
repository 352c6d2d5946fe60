"""A table giving each person's offices in two organisations side by side, each column's caption naming the
organisation whose offices it holds:

    Name | Position(s) with Acme Corp. | Position(s) with Acme Investment Holdings, Inc. | ...
    Jane Doe | Executive Vice President | Director<br>President | ...

The first titles column is the organisation's its caption names (the roster's); the second column's titles are a record of their own, of the organisation
its caption names (the row's other values the same), after the first. An em dash (no title) gives no record; a cell
whose lines are not all titles is no record either (left out, in the entry's doubts). A table whose two titles
columns do not name two apart, the second an organisation, is read as before; where the first names no
organisation by its name ('the Company'), its record's organisation is the roster's, as before.
"""
from __future__ import annotations

import copy

from kg.forms import roster_types as rt
from kg.forms.roster_entry import Entry
from kg.forms.roster_place import place
from kg.forms.roster_rules import rules


def second_org_column(captions: list[str], roles: list[list[str]]) -> tuple[str | None, int, str] | None:
    """(the first column's organisation where its caption names one, the index of the second, its organisation) of
    two titles columns whose captions name what their titles are held with, the second an organisation, two apart
    ('Position(s) with Canopy' | 'Position(s) with Canopy Investment Holdings, Inc.')."""
    named = []
    for index, (caption, role) in enumerate(zip(captions, roles)):
        if role == ["position"]:
            match = rules().org_position_caption.fullmatch(caption.strip())
            named.append((index, match.group("org") if match else None))
    if len(named) != 2 or None in (named[0][1], named[1][1]) or named[0][1].casefold() == named[1][1].casefold() \
            or not rt.is_organization(named[1][1]):
        return None
    first = named[0][1] if rt.is_organization(named[0][1]) else None  # ('the Company': the roster's, as before)
    return first, named[1][0], named[1][1]


def second_org_entry(entry: Entry, lines: list[str], columns: tuple[str, int, str]) -> Entry | None:
    """The record of the row's titles in the second organisation (`lines`: its cell's), or None where it has none;
    the row's own record is the first column's organisation's (its caption names it)."""
    if columns[0]:
        entry.fields["organization"] = columns[0]
    organization = columns[2]
    titles = [line.strip() for line in lines if line.strip()]
    if not titles or not any(rt.is_title(title) for title in titles):
        return None  # (an em dash: no office there)
    if not all(rt.is_title(title) for title in titles):
        entry.doubts.append(" / ".join(titles))
        return None
    other = copy.deepcopy(entry)
    other.fields.pop("position", None)
    other.refused.discard("position")
    other.fields["organization"] = organization
    other.body = None
    other.lines_are_items = True
    place(other, titles, ["position"])
    return other
