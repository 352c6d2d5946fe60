"""A title or occupation cell whose titles' sentence is followed by one more sentence, closed by its own full stop,
that reads as no title ('Director of CF. 3108 West 117th Street, Leawood, KS 66211.', 'Partner, Skadden. Skadden,
Arps, Slate.', 'Chief Executive. Tennant Company.'), the person's own sentences set apart first ('... 20153 Milano,
Italy. Francesco Caio is a citizen of Italy.': kg.forms.roster_phrases.own_values). Such a sentence is what the entry
prints besides its titles (its own address, in a roster whose preamble gives the address 'unless otherwise
indicated'), read as the tail no full stop closes is (kg.forms.roster_leader_tail): never a title, and never under
the preamble's default address. A last sentence that reads as a title ('... since 1998. Previously President of X.')
is no tail: the cell is unchanged. Such a sentence is the address where it closes as one abroad too: a Canadian
postal code, or a country after a number (kg/patterns/roster_stopped_tail.yml)."""
from __future__ import annotations

import re
from functools import cache

from kg.forms.roster_phrases import own_values
from kg.patterns import build
from kg.read import clean


@cache
def _patterns() -> dict[str, re.Pattern]:
    def make(data) -> dict[str, re.Pattern]:
        return {key: re.compile(data[key]) for key in ("postal_code_end", "number_before_country")}
    return build("roster_stopped_tail.yml", make)


def stopped_tail_cell(cell: str, name: str) -> str | None:
    """The cell, its own sentences about `name` out and its closing sentence's full stop dropped, where that closing
    sentence follows a sentence break and reads as no title; None otherwise (the cell is read as printed)."""
    from kg.forms import roster_types as rt  # (the type words import the readers' rules)
    from kg.forms.roster_leader_tail import unstopped_tail
    text = " ".join(own_values(cell, name)[0].split())
    if not text.endswith("."):
        text += "."  # (own_values drops the closing stop of some sentences: put back, read alike)
    opened = unstopped_tail(text[:-1], loose=True)
    if opened is None or unstopped_tail(text, loose=True) is not None:
        return None  # (no break before the last sentence; or a stop that closes no sentence: 'Inc.', 'N.W.')
    return None if rt.is_title(opened[1]) else text[:-1]


def ends_abroad(tail: str) -> bool:
    """True where `tail` closes with a Canadian postal code, or with a country (no US state) after a comma and a
    number before it ('..., 75008 Paris, France')."""
    if _patterns()["postal_code_end"].search(tail):
        return True
    before, _, last = tail.rpartition(",")
    country, region = clean.country_of(last)
    return bool(before and country and region is None and country != "US"
                and _patterns()["number_before_country"].search(before))
