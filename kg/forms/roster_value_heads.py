"""Another entry's head run into a value (issue 13, precision first): the next entry's number and name ('5. Sandra L.
West 130 Liberty Street'), or the next entry's name line alone where blocks print no blank line between them
('H. Laurance Fuller' / 'Primary Business Center' / ..., read as the address of the person above). Such a value is
two entries run together: kg.forms.roster_junk refuses it (moved here from there)."""
from __future__ import annotations

import re

from kg.forms import roster_types as rt

_NUMBER = re.compile(r"(?:^|\s)(?:\d{1,2}\.|\(\d{1,2}\))\s+(?=[A-Z])")  # ('5. Sandra L. West', '(2) STEEN RIISGAARD')
# a person's name beyond doubt: with an initial ('Alice B. Hayes', 'H. Laurance Fuller'; never 'Morgan Stanley')
_INITIALLED = re.compile(r"(?:[A-Z][a-z]+(?:\s+[A-Z]\.)+|[A-Z]\.(?:\s*[A-Z]\.)*\s+[A-Z][a-z]+)\s+[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?")


def numbered_name(flat: str, anywhere: bool, junk: dict[str, re.Pattern]) -> str | None:
    """'5. Sandra L. West' opening a value (or `anywhere` in it): an entry's number and a person's name, the next
    entry's start (`junk`: kg.forms.roster_junk's rules)."""
    for match in _NUMBER.finditer(flat):
        if match.start() and not anywhere:
            break
        words = flat[match.end():].split()
        for size in (4, 3, 2):
            head = " ".join(words[:size]).rstrip(" ,;")
            if len(words) >= size and rt.is_person_name(head) and not junk["name_address_words"].search(head) \
                    and not junk["name_organization_words"].search(head):
                return f"{match.group(0).strip()} {head}"
    return None


def name_line_first(printed: str, junk: dict[str, re.Pattern]) -> str | None:
    """An address whose first printed line (or part, before a comma) is a person's name with an initial, alone ('H.
    Laurance Fuller' over 'Primary Business Center'): the next entry's name line."""
    first = printed.strip().split("\n")[0].split(",")[0].strip()  # (a value joined with commas: its first part)
    if _INITIALLED.fullmatch(first) and rt.is_person_name(first) and not junk["name_address_words"].search(first) \
            and not junk["name_organization_words"].search(first):
        return first
    return None
