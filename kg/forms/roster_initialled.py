"""Rows set with no break between them (issue 13, precision first): under a one-line entry whose name is printed as
given name, initial and surname ('Bruce C. Rohde   Chairman of the Board'), a row printing another name so with a
cell of its own beside it ('Philip B. Fletcher   Director') is the next person's row, never a line of the entry
above: no address line, organisation or wrapped title is printed as a given name, an initial and a surname. The
lines under that row stay with it (kg.forms.roster_steady `line_of_entry`)."""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.name_suffixes import suffix_alternation

_INITIALLED = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)* (?:[A-Z]\. )+[A-Z][a-z'’-]*[A-Z]?[a-z'’-]+"
                         r"(?:,? " + suffix_alternation() + r"\.?)?")  # ('Burton A. Dole, Jr.', 'Paul J. MacDonald')


def initialled(cell: str) -> bool:
    """A person's name printed as given name(s), initial(s) and surname ('Philip B. Fletcher')."""
    text = cell.strip()
    return bool(_INITIALLED.fullmatch(text)) and rt.is_person_name(text) and not rt.is_organization(text)


def next_initialled(builder, cells: dict) -> bool:
    """The open entry is its name line only, its name initialled, and the row under it prints another initialled
    name with a cell of its own beside it: the next person's row (`builder`: kg.forms.roster_grid._Builder;
    `cells`: the row's, by column)."""
    column = builder.name_column
    if len(builder.rows) != 1 or len(cells) < 2:
        return False
    above, here = builder.rows[0].cells.get(column), cells.get(column)
    return bool(above and here) and len(above) == len(here) == 1 and initialled(above[0][1]) \
        and initialled(here[0][1]) and " ".join(above[0][1].split()) != " ".join(here[0][1].split())
