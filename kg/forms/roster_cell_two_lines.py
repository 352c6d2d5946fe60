"""Where the title cell ends, in a row saved one cell a line (an HTML table saved as text) whose columns after the
name are the titles, the occupation and the address: 'Chair of the Board' / 'Professional Board Director' /
'Tuborg Havnevej 19'.

Each cell of such a row holds a line at least (an empty cell printed '--'), so the title cell is the row's first line
under the name where the text shows the occupation's cell opening on the next: a dash alone there (the occupation's
empty cell), a line closing on the employer it names under a line of titles only ('Director' / 'Executive Vice
President, Director of Managed Accounts, Smith Barney Consulting Group'), or the address's first line (a street or a
city: kg.forms.roster_cell_types.address_start; or a house number alone, '21' over 'avenue Matignon') right under the next (two lines above the address: a line each). A
first line that runs on ('Executive Vice President,') is no whole cell; three lines or more above the street with no
employer named ('Director' / 'Portfolio Manager' / 'Le Prince de Galles': the occupation may run over two lines or
the address open on its addressee) are not read here: the row is typed as before, and refused where it does not fit."""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_addressee import _HOUSE_NUMBER, _RUNS_ON, names_employer
from kg.forms.roster_dash_default import is_dash


def a_line_each(lines: list[str], following: list[str], address_start) -> list[str]:
    """The title cell's lines (the first line) where `lines` (the row's lines after the name) show the occupation's
    cell opening on the second (`address_start`, a predicate on a line: the address's first line); [] else."""
    if following[:2] != ["occupation", "address"] or len(lines) < 3:
        return []
    first, second = lines[0].strip(), lines[1].strip()
    if _RUNS_ON.search(first) or not re.search(r"\w", first) or is_dash(first) or address_start(first):
        return []
    if is_dash(second) or _titles_only(first) and names_employer(second):
        return lines[:1]
    opens = address_start(lines[2]) or _HOUSE_NUMBER.fullmatch(lines[2].strip(" ,"))  # ('21' / 'avenue Matignon')
    return lines[:1] if opens and not address_start(second) else []


def _titles_only(line: str) -> bool:
    """A line of titles alone ('Director', 'Director; President'): no employer, no comma."""
    return "," not in line and all(rt.is_title(part) for part in line.split(";") if part.strip())
