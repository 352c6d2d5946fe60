"""A table whose name column stacks each person's address under the name ('Name' / 'Title', the name column 26 wide):

    Howard P. Berkowitz       Director of Purchaser; Chief Executive
    HPB/Blackrock

    Kenneth J. Bialkin        Director of Purchaser; Partner, Skadden
    Skadden
    Arps

A word under a name that would not have fitted beside it may end the name or open the address ('Skadden'). Where the
name is whole by its shape ('Kenneth J. Bialkin', kg.forms.roster_name_wrap.whole_by_initial) and other entries of
the table show their address's first line right under a name whole by its shape, at the name's margin and of a kind
no name is (a digit, an address line, an organisation: 'ASTAR Air Cargo, Inc.', '2715 Farmington Heights'), the word
under it is the address's, never the name's last: 'Kenneth J. Bialkin Skadden' would be a person who is none.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from kg.forms import roster_types as rt
from kg.forms.roster_name_wrap import whole_by_initial

_SHOWN = 2  # entries that show the address right under a whole name, the table's own evidence
_DIGIT = re.compile(r"\d")
_CARE_OF = re.compile(r"(?i)c/o\b")


def addresses_under_names(body: list, cells_of: Callable, name_column: int) -> bool:
    """Whether at least `_SHOWN` lines right under a name cell whole by its shape, at its margin, print a line of
    another kind (`_other_kind`) in the name column: the table stacks the address under the name."""
    shown, above = 0, None
    for line in body:
        cells = cells_of(line).get(name_column) if line.text.strip() else None
        margin = cells[0][0] - line.start if cells else None
        cell = rt.strip_numbering(cells[0][1])[0].strip() if cells else ""
        if above is not None and cell and margin == above and _other_kind(cell):
            shown += 1
        above = margin if cell and whole_by_initial(cell) and rt.is_person_name(cell) else None
    return shown >= _SHOWN


def _other_kind(cell: str) -> bool:
    """'2715 Farmington Heights', 'ASTAR Air Cargo, Inc.', 'c/o MetLife, Inc.': a line no name's wrap can be."""
    return bool(_DIGIT.search(cell) or _CARE_OF.match(cell) or rt.is_address_line(cell) or rt.is_organization(cell))
