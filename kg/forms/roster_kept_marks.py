"""Marks a reader left on a name, which no person's name holds (issue 13): one entry, `kept_mark`, used by
kg.forms.roster_name_guard.unlisted.

- a note letter or number in parentheses ('Laurent (a) Dassault', 'Kenneth J. Bialkin (a)', '(1) Jay Fishman'):
  the note's mark read into the name;
- an entry letter or numeral ('A. Howard P. Berkowitz', 'ii. Jay Fishman'), where the text shows a run of them: the
  name's mark opens its printed line, and lines opening with the marks before it ('A.', 'B.', ... or 'i.', 'ii.', ...)
  stand above it from the run's first mark on, or the next mark stands below it ('A. Tarek F. Abdel-Meguid' over
  'B. G. Andrea Botta', 'C. Keith B. Hennessey'). The reader that kept it read the entries' lines wrongly (the
  entries in between may be taken as another's values), so the name is refused, never guessed at without its mark.
  A name's own initial is kept: one not opening its printed line ('BOTTA, G. Andrea'; 'B. G. Andrea Botta', the
  letter taken off), or with no run through its line ('G. Andrea Botta' under a wrapped 'F.' alone, no 'A.' ..
  'E.' above it; a lone 'A. Miriam Cole' with no 'B.' below).
"""
from __future__ import annotations

import re
from collections.abc import Callable

from kg.forms import roster_types as rt
from kg.forms.roster_romans import roman_value

_NOTE = re.compile(r"(?:^|\s)\((?:[a-z]{1,2}|\d{1,2}|[ivx]{1,4})\)(?=\s|$)")
_MARK = r"[A-Z]|[a-z]|[IVXL]{1,7}|[ivxl]{1,7}"
_NAME_MARK = re.compile(rf"({_MARK})\.\s+(\S.*)$", re.I)
_LINE_MARK = re.compile(rf"(?m)^[ \t]*({_MARK})\.[ \t]+(?=[A-Z])")

# the ways a run counts its marks: the value of a mark in each (None: no mark of that run)
_COUNTS: tuple[Callable[[str], int | None], ...] = (
    lambda mark: ord(mark) - 64 if len(mark) == 1 and "A" <= mark <= "Z" else None,
    lambda mark: ord(mark) - 96 if len(mark) == 1 and "a" <= mark <= "z" else None,
    lambda mark: roman_value(mark) if mark.isupper() and set(mark) <= set("IVXL") else None,
    lambda mark: roman_value(mark.upper()) if mark.islower() and set(mark) <= set("ivxl") else None,
)


def kept_mark(text: str, at: int | None, name: str) -> str | None:
    """Why `name` holds a mark and not a person's name only, or None when it holds none (`text`: the document's
    text; `at`: where the printed name starts in it, None when not known)."""
    if _NOTE.search(name):
        return "it holds a note's mark in parentheses"
    kept = _NAME_MARK.match(name)
    if at is None or kept is None or not rt.is_person_name(kept.group(2)):
        return None
    line_start = text.rfind("\n", 0, at) + 1
    opener = _LINE_MARK.match(text, line_start)
    if opener is None or opener.start(1) != at or opener.group(1).casefold() != kept.group(1).casefold():
        return None  # (the name's own initial: its line opens with another word or another mark)
    if entry_mark(text, line_start) is not None:
        return f"its '{opener.group(1)}.' is one step of the run of marks that enumerates the entries"
    return None


def entry_mark(text: str, line_start: int) -> int | None:
    """Where the text goes on after the mark opening the line at `line_start` ('B.  '), when that mark is one step
    of a run of marks over the text's lines (see the module); else None."""
    opener = _LINE_MARK.match(text, line_start)
    if opener is None:
        return None
    marks = [(found.start(), found.group(1)) for found in _LINE_MARK.finditer(text)]
    own = next(index for index, (start, _mark) in enumerate(marks) if start == opener.start())
    for count in _COUNTS:
        values = [count(mark) for _start, mark in marks]
        if values[own] is not None and _in_run(values, own):
            return opener.end()
    return None


def _in_run(values: list[int | None], own: int) -> bool:
    """The mark at `own` is one of a run: the marks before it stand above it back to the first (1), each the
    nearest of its value, and at least one other mark of the run stands above or the next one below."""
    steps, wanted = 0, values[own] - 1
    for value in reversed(values[:own]):
        if wanted and value == wanted:
            steps, wanted = steps + 1, wanted - 1
    if wanted:
        return False  # (the run's first mark is not above it: an initial, or marks of no run)
    return steps > 0 or values[own] + 1 in values[own + 1:]
