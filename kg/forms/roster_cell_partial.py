"""A row saved one cell a line whose last two cells, an occupation then the business address, cannot be told apart
('President and Chief Operating Officer' / 'Bombardier Aerospace' / '400' / 'chemin de la Cote-Vertu ouest' /
'Dorval H4S 1Y9': the second line may close the occupation or open the address as its addressee).

The cells before them are read as the row prints them (the name, the titles under it, the citizenship), and so are
the occupation's first lines that are each a title closing on its employer ('Director of Power Corporation of
Canada': no addressee, and no part of the line under it); the rest of the two
cells is left out together (the caller reports them, `roster-ambiguous`, and no default fills them), never split
at a guess."""
from __future__ import annotations

from kg.forms.roster_addressee import titled_employer
from kg.forms.roster_cell_types import address_start, split_row

_TEXT_CELLS = ("occupation", "other_positions", "employer")


def read_before_tail(lines: list[str], roles: list[list[str]]) -> tuple[dict[str, list[str]], list[str], str] | None:
    """(the row's cells before the last two, the lines of those two, the occupation's field), where the row's last
    columns are a text column then the address and the lines after the cells before them hold an address (a street
    or a city with its postal code); else None."""
    kinds = [role[0] if role else "occupation" for role in roles]
    if len(kinds) < 3 or kinds[-1] != "address" or kinds[-2] not in _TEXT_CELLS or "name" not in roles[0]:
        return None
    head = split_row(lines, roles[:-1])  # (the text column last: it takes every line left)
    if head is None or len(tail := head.pop(kinds[-2], [])) < 2 or not any(address_start(line) for line in tail[1:]):
        return None
    whole = next((i for i, line in enumerate(tail) if not titled_employer(line)), len(tail))
    if whole and len(tail) - whole >= 2 and any(address_start(line) for line in tail[whole + 1:]):
        head[kinds[-2]], tail = tail[:whole], tail[whole:]  # (the titles naming their employer: the occupation's)
    return head, tail, kinds[-2]
