"""Defaults stated over a roster's title rather than under it:

    Unless otherwise noted, each person listed below is a citizen of the United States and has his or her
    business address at 307 North Michigan Avenue, Suite 500, Chicago, Illinois 60601.

    Directors of Ariel Capital Management, Inc.
    |Executive
    ...

The paragraph just above the title speaks of the list below it when it says so ('below', 'following'): its
default address and citizenship (kg/patterns/roster.yml `default_address`, `default_citizenship`) are the
roster's where the preamble under the title states none, and the exceptions it names (kg.forms.roster_excepted) are
never given the default. A table's caption lines in capitals between that paragraph and the title ('SMITH BARNEY
CORPORATE TRUST COMPANY' over 'DIRECTORS AND OFFICERS INFORMATION') are passed over. Nothing else above the title is
read.
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_entry import Roster
from kg.forms.roster_excepted import excepted
from kg.forms.roster_rules import rules

_FORWARD = re.compile(r"\b(?:listed|named|set\s+forth)\s+below\b|\bthe\s+following\s+(?:table|list|persons)\b", re.I)
_CAPTION_LINE = re.compile(r"[A-Z][A-Z0-9&.,'()/ -]{2,100}")  # a line of capitals, no sentence ('SMITH BARNEY CORPORATE TRUST COMPANY')
_OTHERWISE = re.compile(r"(?:unless|except\s+as)\s+otherwise\s+\w+(?:\s+below)?,?\s+(?!in\b|above\b)", re.I)


def defaults_above(roster: Roster, above: str) -> None:
    """Give `roster` the defaults of the paragraph over its title (`above`: the text from the roster's start to
    its title) where that paragraph speaks of the list below and the roster has no default of its own."""
    if roster.default_address or roster.default_citizenship:
        return
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n[ \t]*\n", above) if p.strip()]
    while len(paragraphs) > 1 and _CAPTION_LINE.fullmatch(paragraphs[-1]):
        paragraphs.pop()  # (the table's caption over its title, the organisation's name in capitals: not the list)
    last = paragraphs[-1] if paragraphs else ""
    if not _FORWARD.search(last):
        return
    if address := rules().default_address.search(last):
        roster.default_address = address.group(1)
        roster.default_unless_shown = bool(_OTHERWISE.match(address.group(0)))
    if (citizens := rules().default_citizenship.search(last)) and (stated := next((g for g in citizens.groups() if g), "")):
        if citizens.lastindex == 1 or rt.is_nationality(stated.strip()):  # '<word> citizens': a nationality word only
            roster.default_citizenship = stated.strip()
    if (named := excepted(last)) is not None:  # ('..., except Marshall A. Cohen, who is a citizen of Canada.': never
        roster.default_citizenship, roster.citizenship_exceptions = named or (None, {})  # the default to those named)
