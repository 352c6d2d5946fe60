"""A section's own citizenship sentence under the list's first entries (Micron's Exhibit 1 with a 'DIRECTORS' and an
'EXECUTIVE OFFICERS' section, each opening with its own preamble):

    All directors are citizens of Denmark, except Torsten Sløk, who is a citizen of the USA, ...
    Name:            Lars Green
    ...
                          EXECUTIVE OFFICERS
    ... All executive officers are citizens of Denmark, except Kasim Kutay, who is a citizen of the United Kingdom
    and Nigel Kevin Govett, who is a citizen of the United Kingdom.
    Name:            Kasim Kutay

The preamble above the list speaks only for the entries before the next sentence stating a default citizenship
('each ...' or 'all ... are citizens of X'): an entry after that sentence takes neither the first preamble's default
nor its exceptions, but that sentence's own: its default, or the citizenship its exceptions give the person by name
(a citizenship the entry prints is kept; where the sentence does not read whole, or names the person's surname under
another name, the field is refused).
"""
from __future__ import annotations

import re

from kg.forms.roster_entry import Entry, Roster
from kg.forms.roster_excepted import citizenship_of, excepted
from kg.forms.roster_rules import rules
from kg.forms.roster_types import is_nationality


def withhold_after_restated(text: str, entries: list[Entry], roster: Roster) -> None:
    """Refuse the preamble's default citizenship to the entries printed after a later sentence stating one; give
    them that sentence's where it reads whole (a printed one kept)."""
    if not roster.default_citizenship or len(entries) < 2:
        return
    first = min(entry.evidence[0] for entry in entries)
    last = max(entry.evidence[0] for entry in entries)
    restated = rules().default_citizenship.search(text, first, last)
    if restated is None:
        return
    default, exceptions = _stated(text, restated)
    for entry in entries:
        if entry.evidence[0] < restated.end():
            continue
        if default and "citizenship" not in entry.fields and (own := citizenship_of(entry.name, default, exceptions)):
            entry.fields["citizenship"] = own
        else:
            entry.refused.add("citizenship")


def _stated(text: str, restated: re.Match) -> tuple[str | None, dict[str, str | None]]:
    """The default and the exceptions of the later sentence (its paragraph read as a preamble is): (None, {}) where
    it does not read whole."""
    ends = re.compile(r"\n[ \t]*\n").search(text, restated.start())
    paragraph = text[restated.start():ends.start() if ends else len(text)]
    if (named := excepted(paragraph)) is not None:
        return named or (None, {})
    stated = next((g for g in restated.groups() if g), "").strip()
    said = restated.group(0) + ("" if restated.group(0).endswith(".") else text[restated.end():].split(".")[0])
    if re.search(r"\bexcept\b|\bunless\b", said, re.I) or not (  # ('..., except as ...': not read whole)
            restated.lastindex == 1 or is_nationality(stated)):
        return None, {}
    return stated, {}
