"""Labelled lines closing a stacked name-and-address block (kg.forms.roster_stacked): under the two columns, lines
that open at the left with an occupation label (kg/patterns/roster.yml labels: 'Principal Occupation: ...'), each
wrapping onto lines set in further than its label, the entry's occupations elsewhere.

      Jun Sung Kim                       Board Director of Novo Holdings
      Tuborg Havnevej 19                 A/S
      Principal Occupation: Head of the endowment fund for the National
        University of Singapore

Such a line runs across the right column: without this, the block is not read as the layout's. They are the block's
last lines: a line after them that is neither another labelled line at the same indent nor set in under one leaves
the block unread (not this layout); a labelled line with a cell beside it (a gap of three spaces) leaves the block as
it is."""
from __future__ import annotations

import re

from kg.forms.roster_rules import rules
from kg.read import clean

_GAP = re.compile(r"\S {3,}\S")


def labelled_tail(lines: list[str], column: int, first: int = 1) -> tuple[list[str], list[str]] | None:
    """The block's lines above its labelled lines, and the occupations those print (one item a label, its wrapped
    lines joined); the lines as they are and no item where none opens at `first` or later; None where a line
    after the first labelled one is neither labelled at its indent nor set in under it."""
    start = next((i for i in range(first, len(lines)) if _label_at_left(lines[i], column)), None)
    if start is None:
        return lines, []
    if any(_GAP.search(line.strip()) for line in lines[start:]):
        return lines, []  # (a labelled line with a cell beside it: two columns still, read as they are)
    indent = _indent(lines[start])
    items: list[str] = []
    for line in lines[start:]:
        if _indent(line) == indent and (found := _label(line)):
            items.append(line.strip()[found:].strip())
        elif _indent(line) > indent and items and line.strip():
            items[-1] = f"{items[-1]} {line.strip()}"
        else:
            return None
    items = [clean.squash(item) for item in items]
    return (lines[:start], items) if all(items) else None


def _label_at_left(line: str, column: int) -> bool:
    return _indent(line) < column - 2 and _label(line) is not None


def _label(line: str) -> int | None:
    """Where the occupation label opening the (stripped) line ends; None where none opens it."""
    found = rules().labels["occupation"].match(line.strip())
    return found.end() if found else None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())
