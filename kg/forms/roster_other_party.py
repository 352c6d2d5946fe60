"""A row of another party in a fixed-width table of persons (kg.forms.roster_grid):

    Name                          Title                         Citizenship
    Alice M. Fenwick              Chairman of the Board         United States
    Harrowgate Holdings LLC       Managing Member               Delaware
    The Fenwick Family Trust      Shareholder

Under a column headed by the name alone ('Name': no address, employer or occupation shares it), a line whose name
cell is an organisation's name, right under a person's row, is no line of hers: nothing in the header lets the
names' column print an employer, and the line prints values of its own in the columns beside it, each opening at
the column's margin as a row's first line does, none of them the rest of the cell above it ('Chairman of the Board
and' / 'Chief Executive Officer'). Such a row is an entry of its own whose name is no person's: left out (with a
finding), never read into the person above it. An employer stacked under a name in a 'Name and Business Address'
column, or under a name of a table with no such header, is not concerned."""
from __future__ import annotations

import re
from functools import cache

from kg.forms import roster_types as rt
from kg.forms.roster_stacked_titles import whole_title
from kg.patterns import required_regexes

_KEYS = ("name_caption", "article", "goes_on")


@cache
def _rules() -> dict[str, re.Pattern]:
    return required_regexes("roster_other_party.yml", _KEYS)


def other_party_row(builder, row) -> bool:
    """Whether a `row` right under the open entry's first row is another party's: its name cell an organisation's in
    a column headed by the name alone, it and each other cell it fills opening a value at the margin of the entry's
    cell above it (`builder`: kg.forms.roster_grid._Builder)."""
    column, cells = builder.name_column, row.cells
    names = cells.get(column)
    if len(builder.rows) != 1 or builder.broke or builder.paged or builder.roles[column] != ["name"] or not names \
            or not _name_headed(builder.caption) or builder.steady and not builder.unbroken and not builder.steady <= set(cells):
        return False  # (entries set apart by breaks, a column every entry's first row fills left empty: the entry's line)
    name = _rules()["article"].sub("", " ".join(text for _, text in names).strip(), count=1)  # ('The Fenwick Family Trust')
    if rt.is_person_name(names[0][1]) or rt.is_person_name(name) or rt.is_title(name) or not rt.is_organization(name):
        return False
    others = [c for c in cells if c != column]  # (its name cell at the names' margin: none set in under hers)
    if any(builder.roles[c] == ["position"] and (_organization_only(cells[c]) or _full_above(builder, row, c)) for c in others):
        return False  # (a title cell that prints an organisation's name is the rest of the title above it, 'President,
        # American' / 'Museum of Natural History': a party's capacity names none; round 51e)
    if any(names_again(name, cells[c]) for c in others):
        return False  # ('Cassels, Brock & Blackwell  Counsel, Cassels, Brock & Blackwell': the employer of her
        # occupation beside it, the first line of her own business address; a party's capacity names no one)
    return bool(others) and all(_opens_value(builder.rows, row, c) for c in [column, *others])


def names_again(name: str, cells: list[tuple[int, str]]) -> bool:
    """The cell names, after a title and its comma, the organisation of the name cell beside it, or its first words
    where the cell's line breaks ('President, American Museum of Natural' beside 'American Museum of Natural
    History'; 'Managing Director, Dassault' beside 'Dassault Investissements')."""
    text = " ".join(t for _, t in cells).strip()
    title, comma, tail = text.partition(", ")
    if not comma or not rt.is_title(title):
        return False
    said, printed = _words(tail), _words(name)
    shared = next((i for i, (a, b) in enumerate(zip(said, printed)) if a != b), min(len(said), len(printed)))
    return shared > 0 and (shared == len(said) or shared == len(printed) or shared >= 2)


def _words(text: str) -> list[str]:
    return [w.strip(",.").casefold() for w in text.split() if w.strip(",.")]


def _full_above(builder, row, column: int) -> bool:
    """The title cell above ran to the column's longest line: the row's first word would not have fitted after it,
    though it is shorter than that line and no whole title ('Director of Purchaser; Chairman, Hang Lung' /
    'Development Group'): a wrap, shown by the width the column's lines reach."""
    above = next((r.cells[column] for r in reversed(builder.rows) if r.cells.get(column)), None)
    if above is None or not builder.longest:
        return False
    text, first = above[-1][1].rstrip(), row.cells[column][0][1].split()[0]
    longest = builder.longest[column][0]
    return len(text) < longest < len(text) + 1 + len(first) and not whole_title(text)


def _organization_only(cells: list[tuple[int, str]]) -> bool:
    text = " ".join(t for _, t in cells).strip()
    return rt.is_organization(text) and not rt.is_title(text)


def _opens_value(rows: list, row, column: int) -> bool:
    """The row's cell in `column` opens with a capital at the margin of the entry's last cell above it in that
    column, and that cell does not go on ('Chairman of the Board and')."""
    offset, text = row.cells[column][0]
    above = next(((r, r.cells[column]) for r in reversed(rows) if r.cells.get(column)), None)
    if above is None or not text[:1].isupper():  # (the name column: the margin of the name above)
        return False
    (above_row, above_cells) = above
    return offset - row.line.start == above_cells[0][0] - above_row.line.start and not _rules()["goes_on"].search(above_cells[-1][1])


def _name_headed(caption: set[str]) -> bool:
    """The table's header (its lines, stripped) captions a column 'Name' alone."""
    return any(_rules()["name_caption"].fullmatch(cell) for line in caption for cell in re.split(r"\s{2,}", line))
