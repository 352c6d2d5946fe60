"""The abbreviations of kg/lookups/abbreviations.yml, as the pattern pieces each roster reader needs.

`abbreviations("sentence_end")` is a non-capturing group of the words that selection names
(`(?:Inc|Corp|...|N\\.A)`, each dot a printed dot) and `abbreviation_alternatives(name)` the same
alternatives without the group. The file is validated on load: every word letters with inner dots,
given once; every selection a list of those words; a selection asked for and not in the file raises.
"""
from __future__ import annotations

import re
from functools import cache

from kg.errors import DataError
from kg.lookups import load_yaml

_FILE = "kg/lookups/abbreviations.yml"
_WORD = re.compile(r"[A-Za-z]+(?:\.[A-Za-z]+)*")


def _words(data: object) -> set[str]:
    if not isinstance(data, dict) or set(data) != {"words", "selections"} or not isinstance(data["selections"], dict):
        raise DataError(_FILE, "expected `words` and `selections`")
    words = data["words"]
    if not isinstance(words, list) or not all(isinstance(w, str) and _WORD.fullmatch(w) for w in words):
        raise DataError(_FILE, "`words`: expected a list of words (letters, inner dots)")
    if len(set(words)) != len(words):
        raise DataError(_FILE, "`words`: a word is given twice")
    return set(words)


def _selection(name: str, words: object, known: set[str]) -> tuple[str, ...]:
    if not isinstance(words, list) or not words or len(set(map(str, words))) != len(words):
        raise DataError(_FILE, f"selection {name!r}: expected a list of distinct words")
    if unknown := [word for word in words if word not in known]:
        raise DataError(_FILE, f"selection {name!r}: {unknown} not in `words`")
    return tuple(word.replace(".", r"\.") for word in words)


@cache
def _selections() -> dict[str, tuple[str, ...]]:
    data = load_yaml("abbreviations.yml")
    known = _words(data)
    return {name: _selection(name, words, known) for name, words in data["selections"].items()}


def abbreviation_alternatives(name: str) -> str:
    """'Inc|Corp|N\\.A': the selection `name` as a pattern's alternatives, in its order."""
    try:
        return "|".join(_selections()[name])
    except KeyError:
        raise DataError(_FILE, f"no selection {name!r}") from None


def abbreviations(name: str) -> str:
    """'(?:Inc|Corp|N\\.A)': the selection `name` as a non-capturing group."""
    return f"(?:{abbreviation_alternatives(name)})"
