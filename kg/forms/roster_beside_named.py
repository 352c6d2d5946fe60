"""A bare title beside an item naming an organisation the list is not known to be: 'Principal Occupation:  Director
of Power Corporation of Canada' / 'Chairman, President and CEO' where the listed organisation was not read.

The cell gives the person's occupations, one an item. Where one of them names an organisation after its title and
none is known to name the listed one, an item after it that names no organisation (and is no board seat) is held either
there, or at the listed organisation, or at a third the cell leaves unsaid (Paul Fribourg's 'Chairman, President
and CEO' of his own company, 'Chairman' being Paul Desmarais, Jr.'s title in the listed one): not certain, so it
is no title in the listed organisation; the caller leaves it out with a `roster-ambiguous` doubt.
"""
from __future__ import annotations

import re

from kg.forms.roster_joined_titles import names_company
from kg.forms.roster_mixed import SEATS
from kg.forms.roster_rules import rules
from kg.read import clean


def beside_named_elsewhere(item: str, occupation: list[str], own_named: list[bool]) -> bool:
    """Whether `item` (an item of the occupation cell `occupation`, `own_named` telling which name the listed
    organisation) is a bare title after another item naming an organisation not known as the listed one (a bare
    title before it, 'Deputy General Counsel' over 'General Counsel, Massachusetts Electric Company', is the
    listed organisation's: titles held there come first)."""
    from kg.forms.roster_junk import junk_rules  # (roster_junk imports the guard that imports the readers)
    flat = clean.squash(item.replace("\n", " ")) or ""
    if any(own_named) or len(occupation) < 2 or names_company(flat) or SEATS.fullmatch(flat.strip(" .")):
        return False
    if junk_rules()["occupation_nouns"].search(flat) or not any(
            rules().title_words.fullmatch(word) for word in re.findall(r"[A-Za-z]+", flat)):
        return False  # (a person's work, 'Self Employed Businessman', or no title at all: no office to place)
    before = occupation[:next(i for i, other in enumerate(occupation) if other is item)]  # (the titles held in the
    return any(names_company(clean.squash(other.replace("\n", " ")) or "") for other in before)  # organisation first)
