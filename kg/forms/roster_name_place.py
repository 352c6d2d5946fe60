"""A name read from a line of an address: the name's printed cell goes on, after the name, with a state's code and
a postal code ('San Francisco, CA 94104': a city, read 'San Francisco' with an address 'CA 94104') or with a word
of a street address alone ('One Thomas Circle NW, Suite', its number '1100' on the line under it). A person's name
never does (a 'Name and Address' cell goes on with a whole address: 'Bruce C. Rohde, One ConAgra Drive'). Part of
the last check of a roster's people (kg.forms.roster_name_guard): such a person is left out. The patterns are data:
kg/patterns/roster_name_place.yml."""
from __future__ import annotations

import re
from functools import cache

from kg.patterns import required_regexes
from kg.records import Person

_KEYS = ("state_postal_tail", "address_word_tail")
_CELL_END = re.compile(r"[ \t]{2,}|\n|$")


@cache
def _rules() -> dict[str, re.Pattern]:
    return required_regexes("roster_name_place.yml", _KEYS)


def address_line_name(text: str, person: Person) -> str | None:
    """Why `person`'s name is a line of an address (its printed cell's rest after the name), or None."""
    span = (person.spans or {}).get("name")
    if not span:
        return None
    tail = text[span[1]:_CELL_END.search(text, span[1]).start()]
    if not tail.strip():
        return None
    if _rules()["state_postal_tail"].fullmatch(tail):
        return f"its cell goes on with a state and a postal code ({tail.strip(' ,')!r}): a city, a line of an address"
    if _rules()["address_word_tail"].fullmatch(tail):
        return f"its cell goes on with a word of a street address ({tail.strip(' ,')!r}): a line of an address"
    return None
