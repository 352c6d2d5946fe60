"""The organisation a preamble's list of the table's columns names as the one the titles are held with ('... are the
name, CRD number, title with American International Group, Inc., present principal occupation, business address and
citizenship of each executive officer and director'): the roster's organisation where no heading names one. The
pattern is data: kg/patterns/roster_held_with.yml."""
from __future__ import annotations

from functools import cache

from kg.forms import roster_types as rt
from kg.forms.roster_rules import rules
from kg.patterns import required_regexes


@cache
def _held_with():
    return required_regexes("roster_held_with.yml", ("held_with",))["held_with"]


def held_with_organization(preamble: str) -> str | None:
    """The organisation the preamble's column list holds the titles with; None where it names none, or names it by
    a word such as 'the Company', or by words that are no organisation's name."""
    found = _held_with().search(" ".join(preamble.split()))
    if not found:
        return None
    org = found.group("org").strip(" ,")
    if rules().generic_referent.match(org) or not rt.is_organization(org):
        return None
    return org
