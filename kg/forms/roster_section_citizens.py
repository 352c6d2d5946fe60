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
nor its exceptions (the field is refused; a citizenship the entry prints is kept).
"""
from __future__ import annotations

from kg.forms.roster_entry import Entry, Roster
from kg.forms.roster_rules import rules


def withhold_after_restated(text: str, entries: list[Entry], roster: Roster) -> None:
    """Refuse the preamble's default citizenship to the entries printed after a later sentence stating one."""
    if not roster.default_citizenship or len(entries) < 2:
        return
    first = min(entry.evidence[0] for entry in entries)
    last = max(entry.evidence[0] for entry in entries)
    restated = rules().default_citizenship.search(text, first, last)
    if restated is None:
        return
    for entry in entries:
        if entry.evidence[0] >= restated.end():
            entry.refused.add("citizenship")
