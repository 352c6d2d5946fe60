"""A title cell before a citizenship column in the middle of the row (an HTML table saved as text one cell a line,
'Name' / 'Position with <Org>' / 'Citizenship' / 'Present Principal Occupation ...' / 'Business Address').

The citizenship cell splits the title cell from the occupation's: the lines between the name and the first line
that names only nationalities or countries are the titles, when each of them holds titles only
(kg.forms.roster_name_titles); a title cell that prints 'None' or a dash alone (kg/lookups/empty_cells.yml) is that
one line. Anything else under the name is not guessed at (None: the row is refused)."""
from __future__ import annotations

from kg.forms import roster_fields as rf
from kg.forms.roster_name_titles import titles_before_citizenship
from kg.lookups.empty_cells import is_empty_cell


def titles_before_mid_citizenship(rest: list[str], following: list[str]) -> list[str] | None:
    """The title cell's lines where the citizenship column comes next and other columns after it; None else."""
    if following[:1] != ["citizenship"] or len(following) < 2:
        return None
    if len(rest) > 1 and is_empty_cell(rest[0]) and rf.is_citizenships(rest[1].strip(" ,")):
        return rest[:1]
    return titles_before_citizenship(rest)
