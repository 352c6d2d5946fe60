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
        for key in ("stop_before_leader", "address_tail_end"):
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
    """True where `tail` closes with a state's code or a capitalised word and a ZIP code ('..., Decatur, IL 62521')."""
    return _patterns()["address_tail_end"].search(tail) is not None
