"""A role in a firm the item describes after its name ('Senior Member of Caplin & Drysdale, a law firm in
Washington, D.C., for over five years'): the name is an organisation's though it carries no legal form, so the role,
read under a preamble that says occupations refer to the listed organisation 'unless otherwise indicated', is held
elsewhere (kg.forms.roster_classify: an other position). The pattern is data: kg/patterns/roster_firm_appositive.yml."""
from __future__ import annotations

import re
from functools import cache

from kg.patterns import build


@cache
def _firm_appositive() -> re.Pattern:
    def make(data) -> re.Pattern:
        pattern = re.compile(data["firm_appositive"])
        if "firm" not in pattern.groupindex:
            raise ValueError("firm_appositive: expected a group 'firm'")
        return pattern
    return build("roster_firm_appositive.yml", make)


def described_firm(flat: str) -> str | None:
    """The name of the firm the item (on one line) holds a role in and describes ('a law firm'), or None."""
    found = _firm_appositive().search(flat)
    return found.group("firm").strip() if found else None
