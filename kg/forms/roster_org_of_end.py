"""The organisation an entry's title ends in ('... Chief Financial Officer of Canopy.'), for
kg.forms.roster_org.common_employer: the capitalised words after the title's 'of', and where those
follow another 'of' inside the organisation's own name ('Officer of Power Corporation of Canada'),
the name whole; None where the words before the last 'of' are neither a title nor such a name
(precision first: 'Canada' alone is no employer)."""
from __future__ import annotations

import re
from functools import cache

from kg.forms.roster_types import is_title
from kg.lookups.legal_forms import legal_forms
from kg.patterns import build

_OF_END = re.compile(r"\bof\s+(?:the\s+)?([A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,4}(?:,?\s+" + legal_forms("of_end")
                     + r"\.?)?)\.?\s*$")
_CAPITALISED = re.compile(r"[A-Z][\w&'-]*")


@cache
def _body_word() -> re.Pattern:
    return build("roster_org_of_end.yml", lambda data: re.compile(data["body_word"]))


def of_end_employer(title: str) -> str | None:
    """'Director of Canopy': Canopy; 'President and Co-Chief Executive Officer of Power Corporation of Canada':
    Power Corporation of Canada; 'Trustee, Bank of Canada' (no title before the name's words): None."""
    found = _OF_END.search(title)
    if not found:
        return None
    before = title[:found.start()].split()
    if not before or not _CAPITALISED.fullmatch(before[-1]) or is_title(before[-1]) or _body_word().fullmatch(before[-1]):
        return found.group(1)  # ('Director of X', 'director of X', 'Chairman of the Board of X': the title's 'of')
    words: list[str] = []
    while before and _CAPITALISED.fullmatch(before[-1]) and not is_title(before[-1]) and len(words) < 4:
        words.insert(0, before.pop())
    if len(before) >= 2 and before[-1] == "of" and is_title(before[-2]):  # '... Officer of Power Corporation of X'
        return " ".join(words) + " of " + found.group(1)
    return None
