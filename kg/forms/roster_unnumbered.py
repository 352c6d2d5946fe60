"""A row of no number in a table whose entries are numbered: no entry of its own (refused).

'(1) HOWARD P. BERKOWITZ' ... '(2) KENNETH J. BIALKIN' over 'Skadden', then a page break, then 'Arps' / 'Slate' in
the name column: where the table numbers its entries ('1.', '(1)', '(a)'), a row that starts with no number is
the rest of the entry above it carried over a page break or wrapped (a stacked address, a firm's name), not a
person; the text does not say whose lines they are, so no person is recorded from it and it is left out with a
finding. Only where at least three entries carry a number and they are most of the table's entries.
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt

MIN_NUMBERED = 3
_MARK_BEFORE = re.compile(r"(?:^|\s)(?:\((?:\d{1,3}|[a-z]{1,2})\)|\d{1,3}[.)])[ \t]*$")  # ('(1) ', '12. ')


def unnumbered_rows(text: str, entries: list) -> tuple[list, list]:
    """(the entries kept, the rows of no number refused) of a table read as `entries` (kg.forms.roster_entry.Entry)
    from `text`."""
    numbered = [_numbered(text, entry) for entry in entries]
    if sum(numbered) < MIN_NUMBERED or sum(numbered) * 3 < len(entries) * 2 or all(numbered):
        return entries, []
    return ([entry for entry, mark in zip(entries, numbered) if mark],
            [entry for entry, mark in zip(entries, numbered) if not mark])


def _numbered(text: str, entry) -> bool:
    """Whether the entry's name is printed after a row number (in the name read, or before it on its line)."""
    if rt.strip_numbering(entry.name.strip())[1]:
        return True
    start = entry.name_span[0]
    return bool(_MARK_BEFORE.search(text[text.rfind("\n", 0, start) + 1:start]))
