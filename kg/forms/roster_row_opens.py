"""What opens an entry in a row of a fixed-width roster table (kg.forms.roster_grid) besides a person's name: its
number in a column of its own, the letter after the one of the entry above, a name and its address joined by a
comma under a caption that names both."""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_name_address_cell import split_name_address
from kg.forms.roster_residence import APART, residence_line

_ROW_NUMBER = re.compile(r"\(?(?:\d{1,3}|[A-Z])[.)]?")  # ('9.', '(9)', 'A.' in a numbering column)
_ROW_LETTER = re.compile(r"\s*([A-Z])\.\s+(?=[A-Z])")  # ('E. WEST, Sandra L.': a row's letter, or an initial)


def number_cell(roles: list[list[str]], cells: dict[int, list[tuple[int, str]]]) -> bool:
    """The row's number in a column of its own ('(9)  Way, Bill'): the row opens an entry as a number before
    the name does."""
    return any(roles[column] == ["number"] and any(_ROW_NUMBER.fullmatch(chunk.strip()) for _o, chunk in chunks)
               for column, chunks in cells.items())


def next_letter(cell: str, rows: list, name_column: int) -> bool:
    """A name cell opening with the letter after the one of the entry above (its `rows`: 'D. BYRNE, James T.,
    Jr.', then 'E. WEST, Sandra L.'): rows lettered A, B, C, a number the name typing cannot tell from an initial."""
    letter = _ROW_LETTER.match(cell)
    above = _ROW_LETTER.match(rows[0].cells[name_column][0][1]) if rows and rows[0].cells.get(name_column) else None
    return bool(letter and above) and ord(letter.group(1)) == ord(above.group(1)) + 1


def name_and_address(cell: str, roles: list[str]) -> bool:
    """Under a caption of the name and the address (the name column's `roles`): a whole name, a comma and the
    address ('Robert A. Krane, 1512 Larimer'); the grid asks after a break only."""
    return {"name", "address"} <= set(roles) and split_name_address(rt.strip_numbering(cell)[0].rstrip()) is not None


def rows_run_together(rows: list, roles: list[list[str]], name_column: int) -> bool:
    """Under a caption of the name and the address, an entry with a later row that again opens with a whole name,
    a comma and an address beside cells of other columns ('Andre Desmarais, 751 Victoria   Director ...' under
    'Laurent Dassault, Dassault' with no blank line between): rows of two entries run together, cut nowhere for
    certain; the entry is left out (with a finding)."""
    if not {"name", "address"} <= set(roles[name_column]):
        return False
    return any(len(row.cells) > 1 and row.cells.get(name_column)
               and name_and_address(row.cells[name_column][0][1], roles[name_column]) for row in rows[1:])


_WORD = re.compile(r"[A-Za-z]{2,}")


def name_cell_split(rows: list, name_column: int) -> bool:
    """The opening row's name cell holds two runs of words set two spaces apart or more ('1. Marc Audrin(a)' then
    'Member, Conseil' where the column's start, taken from a rule centred under its caption, lies right of where
    the titles are printed): the second is another column's text, and the name is cut nowhere for certain; the
    entry is left out (with a finding)."""
    cell = rows[0].cells.get(name_column, []) if rows else []
    return len([chunk for _, chunk in cell if _WORD.search(chunk)]) > 1


def uncertain_rows(rows: list, roles: list[list[str]], name_column: int) -> bool:
    """Whether an entry's rows read no name for certain: rows of two entries run together, or a name cell that
    holds another column's words (see `rows_run_together`, `name_cell_split`)."""
    return rows_run_together(rows, roles, name_column) or name_cell_split(rows, name_column)


def town_under_name(grid, name_cells: list[tuple[int, str]]) -> bool:
    """Under a caption of the names and their residence ('NAME AND MUNICIPALITY OF RESIDENCE'), the line right under
    an entry's name line that reads as a town and its state, province or country ('Palo Alto, California', which
    the name typing takes for 'California Palo Alto'): the entry's residence (kg.forms.roster_residence), a line
    of that entry that opens none. A blank line between them (no page break) leaves it to the name typing."""
    if not name_cells or len(grid.rows) != 1 or APART not in grid.roles[grid.name_column] or grid.broke and not grid.paged:
        return False
    return residence_line(name_cells[0][1])
