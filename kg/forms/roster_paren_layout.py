"""Occupations elsewhere in parentheses after the titles, told by the layout (issue 13): a table whose occupation
cells print the titles held in the listed organisation, then in parentheses what the person does elsewhere
('Board Director (Chief Economist of Apollo Global Management)', 'General Partner (General partner of partnerships
affiliated with Forstmann Little & Co.)', 'Secretary (Office of the Secretary, Deutsche Bank Group-Americas)'),
reads as a preamble's 'unless otherwise indicated in parentheses' says (Roster.elsewhere_in_parentheses), where
every parenthesis of the column has that shape: titles before it, an occupation inside (no country, no date, no
lower-case qualifier such as '(retired)'), and two cells at least print one."""
from __future__ import annotations

from kg.forms import roster_fields as rf
from kg.forms import roster_types as rt
from kg.forms.roster_inline import nationalities, titles_then_elsewhere
from kg.read import clean

FEWEST = 2


def parentheses_hold_elsewhere(entries: list) -> bool:
    """Whether every occupation cell of `entries` that prints a parenthesis is titles, then an occupation
    elsewhere in parentheses, and two cells at least are so."""
    key = "occupation" if any("occupation" in entry.fields for entry in entries) else "position"  # (no column of
    cells = [clean.squash(entry.fields.get(key, "").replace("\n", " ")) or "" for entry in entries]  # occupations:
    # the titles' cells, 'Director (Counsel, Cassels, Brock & Blackwell)' under 'Position (Principal Occupation)')
    bracketed = [cell for cell in cells if "(" in cell or ")" in cell]
    return len(bracketed) >= FEWEST and all(_titles_then_occupation(cell) for cell in bracketed)


def _titles_then_occupation(cell: str) -> bool:
    split = titles_then_elsewhere(cell, told=False, headed=True)  # (no department, nothing a title says of itself)
    if split is None or not split[0] or not split[1]:
        return False
    titles = [t for t in (clean.squash(p) for p in split[0].split(";")) if t]
    return bool(titles) and all(rt.is_title(t) for t in titles) and not any(
        nationalities(item) or rf.is_citizenships(item) or any(ch.isdigit() for ch in item) for item in split[1])
