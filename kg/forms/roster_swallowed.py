"""An entry read on over a name that stands in the roster but belongs to no entry (a name line not
recognised, a running header read as a heading, the name of a numbered head line '(3) Member, Board:
Jean Roux' that no reader took): the entry may hold that person's values (moved as it was from
kg/forms/roster_guard.py)."""
from __future__ import annotations

import re

from kg.context import Context
from kg.forms import roster_types as rt


def check_swallowed(ctx: Context, entries: list, orphans: list[tuple[int, int]]) -> None:
    """An entry whose span runs over a name that stands in the roster, at the column of the entry's own
    name, but belongs to no entry (a page's running header read as a heading, a name line not recognised)
    may hold that person's values: its
    values are left out (`roster-ambiguous`), and no default of the preamble stands in for them. A name after the
    title of a numbered head line ('(3) Member, Board:  Jean Roux') that is no entry's name is such a name too,
    wherever it stands."""
    def column(offset: int) -> int:
        return offset - ctx.text.rfind("\n", 0, offset) - 1

    heads = _head_names(ctx.text, entries)
    for entry in entries:  # (a name where the entries' names stand: at the column of the entry's own name,
        # or after the title of an entry's head line, wherever it stands)
        inside = [(s, e) for s, e in orphans if entry.name_span[1] <= s < entry.evidence[1]
                  and column(s) == column(entry.name_span[0])]
        inside += [(s, e) for s, e in heads if entry.name_span[1] <= s < entry.evidence[1]]
        if inside and entry.fields:
            name = ctx.text[inside[0][0]:inside[0][1]]
            ctx.warn("roster-ambiguous", f"the entry of {entry.name!r} runs over {name!r}, a name that belongs to "
                     "no entry: its values could be either's and are left out", span=entry.evidence,
                     readings=[entry.name, name])
            entry.refused |= set(entry.fields) | {"address", "citizenship"}
            entry.fields = {}


# The head of an entry: '(3) Member, Conseil d'Administration:  Jean-Paul Saillard', a numbered line whose title,
# before a colon, is followed by the entry's name
_ENTRY_HEAD = re.compile(r"^[ \t]*\(?\d{1,3}[.)][ \t]+[^\n:]{2,120}:[ \t]+(?P<name>\S[^\n]{0,100})", re.M)


def _head_names(text: str, entries: list) -> list[tuple[int, int]]:
    """The names after the title of the numbered head lines among `entries` that are no entry's name."""
    if not entries:
        return []
    start, end = min(e.evidence[0] for e in entries), max(e.evidence[1] for e in entries)
    names = [e.name_span for e in entries]
    spans = []
    for match in _ENTRY_HEAD.finditer(text, start, end):
        name = match.group("name").rstrip(" \t.")
        at = match.start("name")
        if any(s < at + len(name) and at < e for s, e in names) or not rt.is_person_name(name):
            continue
        spans.append((at, at + len(name)))
    return spans
