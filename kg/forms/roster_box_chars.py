"""The box-drawing characters of kg/patterns/roster_box_drawing.yml, read as the borders a typist types.

`typed_frame(text)` is `text` with each border character of the block U+2500-U+257F replaced by its typed border
('-' a rule's run, '|' a wall between cells, '+' a corner, tee or cross), one character for one, so every offset in
it is the text's own. The file is validated on load: the three groups 'rule', 'wall' and 'joint', each a list of
code points or ranges ('2500-2501', '2550') inside the block, no point in two groups.
"""
from __future__ import annotations

import re
from functools import cache

from kg.errors import DataError
from kg.patterns import load_yaml

_FILE = "kg/patterns/roster_box_drawing.yml"
_BLOCK = range(0x2500, 0x2580)
_BLOCK_CHAR = re.compile("[\u2500-\u257f]")
_TYPED = {"rule": "-", "wall": "|", "joint": "+"}


def _points(group: str, items: object) -> list[int]:
    """The code points of one group's list of 'FIRST-LAST' ranges and single 'CODE' points."""
    if not isinstance(items, list) or not items or not all(isinstance(item, str) for item in items):
        raise DataError(_FILE, f"{group!r}: expected a list of code points or ranges")
    points = []
    for item in items:
        first, _, last = item.partition("-")
        try:
            low, high = int(first, 16), int(last or first, 16)
        except ValueError:
            raise DataError(_FILE, f"{group!r}: {item!r} is no hex code point or range") from None
        if low not in _BLOCK or high not in _BLOCK or high < low:
            raise DataError(_FILE, f"{group!r}: {item!r} is not a range inside U+2500-U+257F")
        points.extend(range(low, high + 1))
    return points


@cache
def _table() -> dict[int, str]:
    data = load_yaml("roster_box_drawing.yml")
    if not isinstance(data, dict) or set(data) != set(_TYPED):
        raise DataError(_FILE, f"expected the groups {sorted(_TYPED)}")
    table: dict[int, str] = {}
    for group, typed in _TYPED.items():
        for point in _points(group, data[group]):
            if point in table:
                raise DataError(_FILE, f"U+{point:04X} is in two groups")
            table[point] = typed
    return table


def typed_frame(text: str) -> str:
    """`text` with each border character typed as a typist types it (above); as long as `text` (`text` itself
    where it prints no character of the block)."""
    return text.translate(_table()) if _BLOCK_CHAR.search(text) else text
