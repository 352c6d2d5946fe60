"""The stop a dot leader swallows: a leader run straight on from a name ('ROHDE, Bruce C................  Chairman')
begins with the stop of the name's last initial ('Bruce C.'); the leader's other dots are never part of the name. The
pattern is data: kg/patterns/roster_leader_stop.yml."""
from __future__ import annotations

import re
from functools import cache

from kg.lookups.legal_forms import legal_forms
from kg.patterns import build


@cache
def _patterns() -> dict[str, re.Pattern]:
    def make(data) -> dict[str, re.Pattern]:
        out = {}
        for key in ("stop_before_leader", "address_tail_end", "address_tail_postcode", "address_tail_country"):
            if not isinstance(data[key], str) or not data[key]:
                raise ValueError(f"{key}: expected a regular expression")
            out[key] = re.compile(data[key])
        out["legal_form_stop"] = re.compile(r"\b" + legal_forms("leader_stop") + "$")
        out["legal_form_word"] = re.compile(legal_forms("leader_goes_on") + r"\b")
        return out
    return build("roster_leader_stop.yml", make)


def keeps_stop(before: str) -> bool:
    """True where the first dot of a leader right after `before` is the stop of its last initial or abbreviation
    ('Bruce C', 'Chain, Jr'): the text before the dots ends with a capital standing alone or such an abbreviation."""
    return _patterns()["stop_before_leader"].search(before) is not None and not before[-1:].isspace()


def legal_form_stop(before: str, after: str) -> bool:
    """True where a full stop between `before` and `after` is a legal form's ('..., Inc'), which may close a sentence
    too, and `after` does not go on with the name ('Incorporated')."""
    return _patterns()["legal_form_stop"].search(before) is not None and not _patterns()["legal_form_word"].match(after)


def ends_as_address(tail: str) -> bool:
    """True where `tail` closes with a state's code or a capitalised word and a ZIP code ('..., Decatur, IL 62521'),
    a postal code of letters and digits ('Toronto, Ontario M5H 3C2'), or, where it prints a number (a street's, a
    postal code), a country's name after a comma ('..., 75008 Paris, France', '..., MC-98000 Monte-Carlo, MONACO');
    the last two only in a tail whose lines are parted by commas."""
    from kg.read.clean import country_of
    patterns = _patterns()
    if patterns["address_tail_end"].search(tail):
        return True
    if "," not in tail:  # (address lines stacked one a line, read flat: where the city stands is not certain)
        return False
    country = patterns["address_tail_country"].search(tail)
    return bool(patterns["address_tail_postcode"].search(tail) or country and re.search(r"\b\d+\b", tail[:country.start()])
                and country_of(country.group("country"))[0])
