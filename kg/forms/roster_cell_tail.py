"""The last two cells of a row saved one cell a line (an HTML table saved as text), an occupation then the business
address, where no line of the row is a street or a postal code: 'Chief Executive' / 'HPB/Blackrock', 'Partner,
Skadden' / 'Skadden' / 'Arps' / 'Slate'.

The occupation ends where the text shows it: above a line that repeats an employer the occupation names, or under
a line that closes on its employer (the address's addressee follows: kg.forms.roster_addressee), under an empty
cell ('-'), or, with two lines left for the two cells, after the first (each cell holds a line at least), unless
the first runs on ('Chief Executive Officer,' / 'Ambu A/S'), or above the last line where every line above it is
a title that runs on into no next line ('Director of The St. Paul Travelers Companies, Inc.' / 'Chief Executive' /
'HPB/Blackrock': no title is an address's, and the address holds a line at least). Otherwise (three lines or more,
no employer named: 'Chairman' / 'Globe Tech' / 'Capital') the end is not guessed at: None, the row is refused."""
from __future__ import annotations

import re

from kg.forms import roster_fields as rf
from kg.forms import roster_types as rt
from kg.forms.roster_addressee import occupation_lines

_RUNS_ON = re.compile(r"(?:[,;&/-]|\b(?:and|of|for|the|to|at|in|with|or))$", re.I)


def occupation_then_address(rest: list[str]) -> tuple[list[str], list[str]] | None:
    """(the occupation's lines, the address's lines) of the row's last lines, or None where the end cannot be seen
    (the caller checks the address's lines can stand in an address: no title, no person's name)."""
    if len(rest) < 2 or re.search(r"\w", rest[0]) and _RUNS_ON.search(rest[0].strip()):
        return None  # ('Chief Executive Officer,' / 'Ambu A/S': the occupation runs on; '-' is an empty cell)
    ends = 1 if len(rest) == 2 else occupation_lines(rest)
    if ends == len(rest) and all(_whole_title(line) for line in rest[:-1]) and not _whole_title(rest[-1]) \
            and re.search(r"\w", rest[-1]):  # ('--' last: an empty cell, read elsewhere)
        ends = len(rest) - 1  # (titles one a line over the address's one line)
    if ends is None or not 0 < ends < len(rest):
        return None
    occupation, address = rest[:ends], rest[ends:]
    if any(rf.is_citizenships(line.strip(" ,")) for line in occupation):
        return None
    return occupation, address


def _whole_title(line: str) -> bool:
    """A title on a line of its own that runs on into no next line ('Chief Executive', 'Director of X')."""
    bare = line.strip()
    return rt.is_title(bare) and not _RUNS_ON.search(bare)
