"""A row cut by a page break right after its name, in a table saved as text one cell a line: the name closes one
page ('Priya N. Okafor'), a form feed, the page's folio ('Page 2', blanked as page debris) and the captions printed
again open the next, and the row's other cells follow them ('Director' / 'Canada' / ...).

The repeated captions are no row, and neither is the name alone: where the body before a header printed again (the
same captions, no entity's name over them) closes on a row holding a person's name alone, and the body after it
opens on a row whose first line is no person's name, that row is the name's. Else the name stays a row of its own
(refused as before: never joined to another person's cells)."""
from __future__ import annotations

from kg.forms import roster_types as rt


def _name_only(row) -> bool:
    return len(row) == 1 and rt.is_person_name(row[0][2].strip().rstrip(" ,"))


def cut_name(rows: list[list], header_again: bool) -> tuple[list[list], tuple | None]:
    """(the rows without a last row holding a name alone before the captions printed again, that name's line)."""
    if header_again and rows and _name_only(rows[-1]):
        return rows[:-1], rows[-1][0]
    return rows, None


def joined_cut_name(rows: list[list], name_line: tuple | None) -> list[list]:
    """The rows of the page after the break, the first opened by the name cut off before it when it opens on no
    name of its own; else the name as a row of its own, first."""
    if name_line is None:
        return rows
    if rows and not rt.is_person_name(rows[0][0][2].strip().rstrip(" ,")):
        return [[name_line, *rows[0]], *rows[1:]]
    return [[name_line], *rows]
