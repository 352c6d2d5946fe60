"""An entry of a fixed-width roster table that a page break cut, continued on the next page under its name
printed again and marked '(continued)' ('Mellody L. Hobson (continued)', or the name, then '(continued)' in the
name column of the line under it): the rest of the entry above, never a second person of that name. The mark is
no value of any entry."""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_hanging import MAX_HANGING_INDENT
from kg.forms.roster_other_party import names_again

CONTINUED_MARK = re.compile(r"\((?:continued|cont['’]?d\.?|cont\.)\)", re.I)  # '(continued)', "(cont'd)"


def continued_rows(lines: list, name_end: int) -> set[int]:
    """The lines whose cell in the first column (ending before `name_end`) is a name marked '(continued)', or
    a name with the mark alone in the first column of the line right under it."""
    out = set()
    for line, below in zip(lines, lines[1:] + [None]):
        chunks = line.chunks()
        if not chunks or chunks[0][0] >= name_end or CONTINUED_MARK.fullmatch(chunks[0][1].strip()):
            continue
        under = below.chunks() if below is not None else []
        if re.search(r"\s" + CONTINUED_MARK.pattern + r"$", chunks[0][1].strip(), re.I) or under and \
                under[0][0] < name_end and CONTINUED_MARK.fullmatch(under[0][1].strip()):
            out.add(line.start)
    return out


def drop_marks(cells: dict[int, list[tuple[int, str]]], column: int) -> None:
    """The row's cells without a '(continued)' mark alone in the name column (in place)."""
    if column in cells and any(CONTINUED_MARK.fullmatch(chunk.strip()) for _o, chunk in cells[column]):
        cells[column] = [(o, chunk) for o, chunk in cells[column] if not CONTINUED_MARK.fullmatch(chunk.strip())]
        if not cells[column]:
            del cells[column]


def continues(cells: dict[int, list[tuple[int, str]]], column: int, open_cells: list[tuple[int, str]] | None) -> bool:
    """Whether a row marked as continued (`continued_rows`) prints the name of the open entry (its row number
    dropped or not): then its name cell goes (in place) and the row is the open entry's."""
    cell = cells.get(column)
    if not cell or not open_cells:
        return False
    if _key(CONTINUED_MARK.sub("", cell[0][1])) != _key(open_cells[0][1]):
        return False
    cells[column] = cell[1:]
    if not cells[column]:
        del cells[column]
    return True


def _key(cell: str) -> str:
    return " ".join(rt.strip_numbering(cell.strip())[0].split()).casefold()


_ENDS_OPEN = re.compile(r"(?:^|\s)(?:and|of|the|&|for|at|in|to|with|de|von|van|AND|OF|THE|FOR|WITH)$")  # a cell's
# line that cannot end it (in capitals, no state's code: 'Indianapolis, IN', 'Wilmington, DE' end an address)
_OPENS_ON = re.compile(r"^(?:of|and|&|for|at|in|to|with|the)\s")  # a cell's line that goes on from the line above


def carried_over(builder, row) -> bool:
    """Whether a row with a name cell goes on with the open entry (`builder.rows`, kg.forms.roster_grid's) in a
    column where it and the entry's last row have text: that row's line there ends on a word no cell ends on
    ('American Museum of' / 'Natural History'), or the row's line there opens on one, in lower case ('American
    Museum' / 'of Natural'); or, right after a page break, the row's line there stands set in by a hanging indent
    from the entry's line above ('Director of The St. Paul Travelers' / page break / '  Companies, Inc.': the wrap
    of that line, never an item's first) and its name cell holds no person's name ('Skadden'). Such a row, right
    under the entry or after a page break, is never a new entry's first, whatever its name column holds (after a
    blank line or a rule it may be: 'and 47 more of' / 'the same', rows of their own)."""
    cells = row.cells
    if builder.broke and not builder.paged or builder.floating or not cells.get(builder.name_column):
        return False  # (rows after a break not yet placed, rows that could open no entry: the grid places them)
    if len(builder.rows) == 1 and not builder.paged and any(names_again(" ".join(t for _, t in cells[builder.name_column]),
                                                                        chunks) for c, chunks in cells.items() if c != builder.name_column):
        return True  # ('Wittington Investments  President, Wittington Investments, Limited': her employer's line)
    for column, chunks in cells.items():
        above = builder.rows[-1].cells.get(column) if builder.rows else None  # (the line right above it)
        if above and (_ENDS_OPEN.search(above[-1][1].strip()) or _OPENS_ON.match(chunks[0][1].strip())):
            return True
        if above and builder.paged and column != builder.name_column and 1 <= (chunks[0][0] - row.line.start) - (
                above[0][0] - builder.rows[-1].line.start) <= MAX_HANGING_INDENT \
                and not rt.is_person_name(cells[builder.name_column][0][1].strip()):
            return True  # (not under a person's name: one printed again may be a second person of that name)
    return False
