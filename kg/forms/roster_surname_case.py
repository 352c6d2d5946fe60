"""Surname prefixes with a capital after them ('MACDONALD' -> 'MacDonald', 'MCCARTHY' -> 'McCarthy'),
from the lookup kg/lookups/surname_prefixes.yml (validated on load)."""
from __future__ import annotations

import re
from functools import cache

from kg.errors import DataError
from kg.lookups import load_yaml

_FILE = "kg/lookups/surname_prefixes.yml"


@cache
def _prefixes() -> tuple[tuple[str, ...], dict[str, frozenset[str]]]:
    data = load_yaml("surname_prefixes.yml")
    if not isinstance(data, dict) or set(data) != {"always", "listed"}:
        raise DataError(_FILE, "expected the keys 'always' and 'listed'")
    always, listed = data["always"], data["listed"]
    if not isinstance(always, list) or not all(isinstance(p, str) and re.fullmatch(r"[A-Z][a-z]*'?", p) for p in always):
        raise DataError(_FILE, "'always': expected prefixes such as 'Mc'")
    if not isinstance(listed, dict) or not all(
            isinstance(p, str) and re.fullmatch(r"[A-Z][a-z]+", p) and isinstance(rests, list)
            and all(isinstance(r, str) and re.fullmatch(r"[A-Z][a-z]+", r) for r in rests)
            for p, rests in listed.items()):
        raise DataError(_FILE, "'listed': expected a prefix with the rests of its surnames ('Mac': [Donald])")
    return tuple(always), {p: frozenset(rests) for p, rests in listed.items()}


def prefix_cased(word: str) -> str:
    """'Mcdonald' -> 'McDonald', "O'neill" -> "O'Neill", 'Macdonald' -> 'MacDonald' (listed), 'Macias' ->
    'Macias' (not listed): a surname in the usual case (first letter a capital) with its prefix's capital."""
    always, listed = _prefixes()
    for prefix in always:
        if word.startswith(prefix) and len(word) > len(prefix) and word[len(prefix)].isalpha():
            return prefix + word[len(prefix)].upper() + word[len(prefix) + 1:]
    for prefix, rests in listed.items():
        rest = re.fullmatch(r"([a-z]+)(\W*)", word[len(prefix):]) if word.startswith(prefix) else None
        if rest and rest.group(1).capitalize() in rests:
            return prefix + rest.group(1).capitalize() + rest.group(2)
    return word


def has_prefix_capital(word: str) -> bool:
    """'MacDonald', 'McCarthy': a surname whose capital after its prefix comes from the lookup."""
    always, listed = _prefixes()
    return any(word.startswith(p) and word[len(p):len(p) + 1].isupper() for p in (*always, *listed))
