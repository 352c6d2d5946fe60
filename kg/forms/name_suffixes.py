"""A name's generational suffixes ('Jr.', 'III') as one regex alternation for the patterns of kg/forms that match a
name with its suffix: the words come from kg/patterns/name_affixes.yml (`suffixes`), so no pattern keeps a list of its
own. The variants a pattern needs are parameters: the lettered words ('Jr', 'Sr') or the numerals ('II', 'III', 'IV')
alone, the words in capitals too ('JR', 'SR'), a dot after the words, the longest numeral first ('III' before 'II')."""
from __future__ import annotations

import re
from functools import cache

from kg.patterns import build

_NUMERAL = re.compile(r"[IVX]+")


@cache
def _suffix_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(lettered words, numerals) of the yml's suffixes, without their dots, in the file's order."""
    def make(data) -> tuple[tuple[str, ...], tuple[str, ...]]:
        words = tuple(dict.fromkeys(word.rstrip(".") for word in data["suffixes"]))
        if not words or not all(re.fullmatch(r"[A-Za-z]+", word) for word in words):
            raise ValueError(f"suffixes must be words of letters, an optional dot after: {data['suffixes']!r}")
        numerals = tuple(word for word in words if _NUMERAL.fullmatch(word))
        return tuple(word for word in words if word not in numerals), numerals
    return build("name_affixes.yml", make)


def suffix_alternation(*, words: bool = True, numerals: bool = True, capitals: bool = False, dot: str = "",
                       longest_first: bool = False) -> str:
    """'(?:Jr|Sr|II|III|IV)': the suffixes as a non-capturing group. `words` / `numerals` pick the lettered words and
    the numerals; `capitals` adds 'JR', 'SR' after the words; `dot` ('', r'\\.' or r'\\.?') follows each word (not the
    numerals); `longest_first` orders the numerals 'III|II|IV' (what 'I{2,3}|IV' tries, in that order)."""
    lettered, roman = _suffix_words()
    picked = [*lettered, *(word.upper() for word in lettered if capitals)] if words else []
    alternatives = [word + dot for word in picked]
    if numerals:
        alternatives += sorted(roman, key=len, reverse=True) if longest_first else roman
    return f"(?:{'|'.join(alternatives)})"
