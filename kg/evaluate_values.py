"""Comparing one value of an extraction with the gold's (kg.evaluate's conventions).

Text compares with case, accents, punctuation and spacing folded; codes exactly; CIKs as
numbers; numbers as numbers (a string is not one); dates exactly; positions and other
positions pair one to one, each with the same words or one a run inside the other making up
two thirds of it, a position that only restates one of the person's bodies left out.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Any


def words(value: str) -> list[str]:
    """Lower-case words without accents or punctuation: `8x8, Ínc.` -> ['8x8', 'inc']."""
    text = unicodedata.normalize("NFKD", str(value))
    text = "".join(ch if ch.isalnum() else " " for ch in text if not unicodedata.combining(ch))
    return text.casefold().split()


def name_key(name: str | None) -> str | None:
    """A name's words in a fixed order: `WHITE ROBERT M`, `Robert M. White` -> 'm robert white'."""
    if not isinstance(name, str):
        return None
    return " ".join(sorted(words(name))) or None


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _same(kind: str, gold: Any, predicted: Any) -> bool:
    if kind == "number":
        return is_number(gold) and is_number(predicted) and abs(gold - predicted) <= 1e-9 * max(1, abs(gold))
    if kind == "cik":
        return str(gold).strip().lstrip("0") == str(predicted).strip().lstrip("0")
    if kind == "name":
        return name_key(gold) == name_key(predicted)
    if kind == "text":
        return isinstance(predicted, str) and words(gold) == words(predicted)
    if kind == "texts":
        return isinstance(predicted, list) and _texts_pair_up({tuple(words(str(v))) for v in gold},
                                                              {tuple(words(str(v))) for v in predicted})
    if kind == "labels":
        return isinstance(predicted, list) and {tuple(words(str(v))) for v in gold} == {
            tuple(words(str(v))) for v in predicted}
    if kind == "codes":
        return isinstance(predicted, list) and set(map(str, gold)) == set(map(str, predicted))
    if kind in ("code", "date"):
        return gold == predicted
    raise ValueError(f"unknown kind of value {kind!r}")


def run_inside(shorter: list[str] | tuple, longer: list[str] | tuple) -> bool:
    return bool(shorter) and any(list(longer[i:i + len(shorter)]) == list(shorter)
                                 for i in range(len(longer) - len(shorter) + 1))


def _same_role(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Equal words, or one a run inside the other making up two thirds of it (an employer appended)."""
    shorter, longer = sorted((a, b), key=len)
    return shorter == longer or (run_inside(shorter, longer) and 3 * len(shorter) >= 2 * len(longer))


def _texts_pair_up(gold: set | None, predicted: set | None) -> bool:
    """Every text of each side pairs with one of the other's (`_same_role`), one to one."""
    if gold is None or predicted is None or len(gold) != len(predicted):
        return False
    free = list(predicted)
    for text in sorted(gold, key=len, reverse=True):
        match = next((other for other in free if _same_role(text, other)), None)
        if match is None:
            return False
        free.remove(match)
    return True


def _singular(words: list[str]) -> tuple[str, ...]:
    return tuple(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words)


def _restates_a_body(position: list[str], bodies: list[str]) -> bool:
    """`Director` for the board of directors, `Executive Officer` for the executive officers."""
    for body in map(words, bodies):
        member = body[2:] if body[:2] == ["board", "of"] else body
        if _singular(position) == _singular(member):
            return True
    return False


_TITLE_JOINS = re.compile(r",\s+|\s+&\s+|\s+and\s+|;\s*", re.I)


def _positions(record: dict) -> set[tuple[str, ...]] | None:
    """A record's positions as single titles ('President and Chief Executive Officer' is two,
    whether a filing's gold lists it as one or as two), less those that only restate a body."""
    positions, bodies = record.get("positions"), record.get("bodies") or []
    if not isinstance(positions, list):
        return None
    titles = [piece for position in map(str, positions) for piece in _TITLE_JOINS.split(position) if piece.strip()]
    return {tuple(words) for words in map(words, titles) if words and not _restates_a_body(words, bodies)}


def agrees(name: str, kind: str, gold: dict | None, predicted: dict | None) -> bool:
    """Both records give the field, and the same value."""
    g, p = get(gold, name), get(predicted, name)
    if not (present(g) and present(p)):
        return False
    if kind == "positions":
        return _texts_pair_up(_positions(gold), _positions(predicted))
    return _same(kind, g, p)


def present(value: Any) -> bool:
    return value is not None and value != []


def get(record: dict | None, path: str) -> Any:
    value: Any = record or {}
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value
