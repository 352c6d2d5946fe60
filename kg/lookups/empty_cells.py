"""A table cell that states no value: '-', '--', '—', 'n/a', 'none' (kg/lookups/empty_cells.yml), validated on load.

`is_empty_cell(text)` for every roster reader that tells an empty cell from a value; `star=True` also takes a
lone '*' for none, as the cell readers of saved tables do."""
from __future__ import annotations

from functools import cache

from kg.errors import DataError
from kg.lookups import load_yaml

_FILE = "kg/lookups/empty_cells.yml"


@cache
def _marks() -> tuple[frozenset[str], str]:
    data = load_yaml("empty_cells.yml")
    if not isinstance(data, dict) or set(data) != {"marks", "star"}:
        raise DataError(_FILE, "expected `marks` and `star`")
    marks, star = data["marks"], data["star"]
    if not isinstance(marks, list) or not marks or not all(isinstance(m, str) and m and m == m.casefold().strip()
                                                           for m in marks):
        raise DataError(_FILE, "`marks`: expected a list of non-empty lower-case marks")
    if not isinstance(star, str) or not star:
        raise DataError(_FILE, "`star`: expected the mark a star cell prints")
    return frozenset(marks), star


def is_empty_cell(text: str, *, star: bool = False) -> bool:
    """The cell (stripped, casefolded) is one of the marks that state no value (a lone '*' too where `star`)."""
    marks, star_mark = _marks()
    value = text.strip().casefold()
    return value in marks or star and value == star_mark
