"""Marks a reader left on a name, which no person's name holds (issue 13): one entry, `kept_mark`, used by
kg.forms.roster_name_guard.unlisted.

- a note letter or number in parentheses ('Laurent (a) Dassault', 'Kenneth J. Bialkin (a)', '(1) Jay Fishman'):
  the note's mark read into the name;
- an entry letter ('A. Howard P. Berkowitz'), where the text itself enumerates its entries so: a line opening with
  the letter before it (above it) or the letter after it (below it) and a full stop ('B. Kenneth J. Bialkin', 'H. Lawrence G. Graev'). A name of its
  own with an initial first ('J. Paul Smith') has no such neighbour line; where one stands, whether the letter is
  an initial or a mark is not certain, and the reader that kept it read the entries' lines wrongly (the entries in
  between were taken as another's values).

The name is left out (a refusal, never a guess at the name without its mark)."""
from __future__ import annotations

import re

from kg.forms import roster_types as rt

_NOTE = re.compile(r"(?:^|\s)\((?:[a-z]{1,2}|\d{1,2}|[ivx]{1,4})\)(?=\s|$)")
_ENTRY_LETTER = re.compile(r"([A-Z])\.\s+(\S.*)$")


def kept_mark(before: str, after: str, name: str, opens_line: bool) -> str | None:
    """Why `name` holds a mark and not a person's name only, or None when it holds none (`opens_line`: the name
    opens its printed line; a name printed after an entry's letter, 'B. G. Andrea Botta', has its own initial;
    `before`, `after`: the roster's text before and after the name, where the last and the next letter would stand)."""
    if _NOTE.search(name):
        return "it holds a note's mark in parentheses"
    letter = _ENTRY_LETTER.match(name)
    if not opens_line or letter is None or not rt.is_person_name(letter.group(2)):
        return None
    for step, text in ((-1, before), (1, after)):
        neighbour = chr(ord(letter.group(1)) + step)
        if neighbour.isalpha() and re.search(rf"(?m)^[ \t]*{neighbour}\.[ \t]+[A-Z][a-z]", text):
            return f"the text enumerates its entries by letter ('{neighbour}.' opens another entry's line)"
    return None
