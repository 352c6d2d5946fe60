"""A cell's address lines read flat: a city's line ('Lafayette, IN 47905') under a line that ends with no comma
('Wabash National Corp. 1000 Sagamore Parkway South'). Read flat, the text does not say where the city begins (a
street's last word or the city's first: 'South Lafayette'?): a city read from the flat text that reaches back over
the line break is refused, never guessed, unless a comma before it says where it begins ('... Drive, Fort' / 'Worth,
TX 76107': a wrapped paragraph's city). The line's pattern is data: kg/patterns/roster_city_break.yml."""
from __future__ import annotations

import re
from functools import cache

from kg.patterns import build


@cache
def _city_line() -> re.Pattern:
    def make(data) -> re.Pattern:
        if not isinstance(data["city_line"], str) or "(?P<city>" not in data["city_line"]:
            raise ValueError("city_line: expected a regular expression with a 'city' group")
        return re.compile(data["city_line"])
    return build("roster_city_break.yml", make)


def cities_after_break(rows: list[str]) -> list[str]:
    """The cities of the rows that are a city's line alone under a row that ends with no comma."""
    cities = []
    for above, row in zip(rows, rows[1:]):
        if above.strip() and not above.rstrip().endswith(",") and (line := _city_line().fullmatch(row.strip())):
            cities.append(" ".join(line.group("city").split()))
    return cities


def city_across_break(city: str | None, cities: list[str], address: str | None) -> bool:
    """True where `city`, read from the flat `address`, holds the words of a line above the city's own line and no
    comma before it says where it begins ('Parkway South Lafayette, IN'; 'Drive, Fort' / 'Worth, TX' stands)."""
    folded = " ".join((city or "").split())
    opened = re.search(r"(?:^|,)\s*" + re.escape(folded) + r"\b", " ".join((address or "").split())) if folded else None
    return opened is None and any(folded != own and folded.endswith(" " + own) for own in cities)
