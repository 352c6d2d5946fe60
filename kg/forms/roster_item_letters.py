"""A fixed-width roster table whose columns are captioned only by the Item 2 letters they answer.

A filer may caption the columns of its Schedule I with nothing but the letters of Schedule 13D's Item 2 ('(a)'
over the names, '(b)' over the business addresses, '(c)' over the present principal occupations, '(f)' over the
citizenships), the sentence over the table saying which Items it answers ('The following table sets forth the
information required by Items 2(a), (b), (c) and (f) of Schedule 13D with respect to each director ...'). The
letters are read as the fields Item 2 names (a lookup, kg/patterns/roster_item_letters.yml) only where that is
certain: every column is captioned by one letter alone, the first by '(a)', the letters in Item 2's order, each
one a value's ((d) and (e) ask about convictions and proceedings), and a sentence shortly before the table cites
Item 2 with each of those letters. Else the captions are left as they are (kg reads them as no role it knows).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.errors import DataError
from kg.forms.roster_rules import rules
from kg.patterns import build

_FILE = "roster_item_letters.yml"


@dataclass(frozen=True)
class LetterRules:
    caption: re.Pattern
    citation: re.Pattern
    cited_letter: re.Pattern
    reach: int
    roles: dict[str, str]


@cache
def letter_rules() -> LetterRules:
    def make(data) -> LetterRules:
        roles = {str(letter): str(role) for letter, role in data["roles"].items()}
        unknown = sorted(set(roles.values()) - set(rules().column_roles))
        if unknown or "a" not in roles or int(data["reach"]) <= 0:
            raise DataError(f"kg/patterns/{_FILE}", f"roles must map 'a' and name column roles (not {unknown})")
        return LetterRules(re.compile(data["caption"], re.I), re.compile(data["citation"], re.I),
                           re.compile(data["cited_letter"], re.I), int(data["reach"]), roles)
    return build(_FILE, make)


def letter_roles(heads: list[str], before: str) -> list[list[str]] | None:
    """The role of each column when the captions `heads` are Item 2 letters for certain (`before`: the text
    before the table, where the sentence citing the Items stands); None when they are not."""
    found = letter_rules()
    letters = []
    for head in heads:
        match = found.caption.match(head.strip())
        if match is None:
            return None
        letters.append(match.group(1).lower())
    if not letters or letters[0] != "a" or letters != sorted(set(letters)) or any(x not in found.roles for x in letters):
        return None
    if not set(letters) <= _cited(before[-found.reach:]):
        return None
    return [[found.roles[letter]] for letter in letters]


def _cited(text: str) -> set[str]:
    """The Item 2 letters the last citation in `text` names."""
    citations = list(letter_rules().citation.finditer(text))
    if not citations:
        return set()
    return {m.group(1).lower() for m in letter_rules().cited_letter.finditer(citations[-1].group(1))}
