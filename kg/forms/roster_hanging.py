"""Cells typed with a hanging indent: each item's first line at the column's margin, the lines it wraps onto set
in under it by the same few spaces. Shown by the cell itself (an indented line, then a line at the margin again),
or by the table: a column whose every cell opens at one margin and whose lines stand only there or set in by one
same indent, each set-in line under a line of the same cell, twice or more (then a cell whose lines all stand at
the margin holds one item a line: a wrapped line would be set in)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from kg.forms import roster_fields as rf
from kg.forms import roster_types as rt
from kg.forms.roster_rules import rules

if TYPE_CHECKING:
    from kg.forms.roster_grid import _Row as Row

MAX_HANGING_INDENT = 4  # spaces a typed item's wrapped lines stand in from its first
MIN_SET_IN = 2  # set-in lines a column shows before its margin lines are each an item
GLUED = -1  # (the offset of a cell glued to the column before: at the margin)


def hanging_columns(body: list, cells_of: Callable, columns: list[int], caption: set[str] | frozenset = frozenset()
                    ) -> frozenset[int]:
    """The `columns` the table types with a hanging indent throughout (see above): `body` its lines,
    `cells_of(line)` a line's {column: [(offset, text)]}; `caption`: the lines of the table's own header, no cell's
    when printed again (after a page break, over a section's table: 'Present Principal' centred)."""
    found = set()
    for column in columns:
        offsets: list[int | None] = []  # (None: a line with no text in the column, or blank)
        for line in body:
            cells = cells_of(line).get(column) if line.text.strip() and line.text.strip() not in caption else None
            offsets.append((GLUED if glued(line, cells[0][0]) else cells[0][0] - line.start) if cells else None)
        placed = [offset for offset in offsets if offset is not None and offset != GLUED]
        if not placed:
            continue
        margin = min(placed)
        set_in = [index for index, offset in enumerate(offsets) if offset not in (None, GLUED, margin)]
        indents = {offsets[index] - margin for index in set_in}
        if len(indents) == 1 and 1 <= min(indents) <= MAX_HANGING_INDENT and len(set_in) >= MIN_SET_IN and all(
                index and offsets[index - 1] is not None for index in set_in):
            found.add(column)
    return frozenset(found)


def table_hangs(body: list, cells_of: Callable, roles: list[list[str]], caption: set[str], headers, leads: set[int]
                ) -> frozenset[int]:
    """`hanging_columns` of a table whose body may hold headers of its own (kg.forms.roster_body_headers: the
    officers' 'Name  Title  Address' grid under the directors' 'Name  Principal Occupation  Address'): their
    caption lines and the headings over them (`leads`: 'NOVO HOLDINGS A/S EXECUTIVE OFFICERS') are no cell's, and a
    column one of them gives a title's or an address's role is looked at too."""
    roles_each = [roles] + [header.roles for header in headers if header.roles]
    columns = sorted({i for each in roles_each for i, r in enumerate(each) if "occupation" in r or r in (
        ["address"], ["position"])})
    texts = set(caption).union(*(header.texts for header in headers))
    return hanging_columns([line for line in body if line.start not in leads], cells_of, columns, texts)


def hanging_items(rows: list[Row], column: int, table_hangs: bool = False, with_address: bool = False
                  ) -> list[str] | None:
    """The items of a column cell typed with a hanging indent: each item's first line at the column's margin, the
    lines it wraps onto indented under it by the same few spaces ('Director, American International' / '  Group,
    Inc.' / 'Retired Vice Chairman, Citicorp and' / '  Citibank, N.A.'); None unless the cell shows two items or
    more that way (the first line at the margin, an indented line, then a line at the margin again), or the
    table's column is typed so throughout (`table_hangs`: `hanging_columns`) and the cell's lines are at its margin
    or indented under it, and each item opens with a title (or, in a column that holds the address too,
    `with_address`, titled items and then the address's: `address_start`)."""
    lines = []  # (indent within the cell, text)
    for row in rows:
        cells = row.cells.get(column)
        if cells:
            lines.append((GLUED if glued(row.line, cells[0][0]) else cells[0][0] - row.line.start,
                          " ".join(text for _, text in cells)))
    if len(lines) < (2 if table_hangs else 3) or all(indent == GLUED for indent, _ in lines):
        return None
    margin = min(indent for indent, _ in lines if indent != GLUED)  # (a first line pushed right by the column before,
    lines = [(margin if indent == GLUED else indent, text) for indent, text in lines]  # glued to it: at the margin)
    indents = {indent - margin for indent, _ in lines} - {0}
    if lines[0][0] != margin or len(indents) > 1 or not indents <= set(range(1, MAX_HANGING_INDENT + 1)) or not (
            indents or table_hangs):
        return None
    items: list[str] = []
    for indent, text in lines:
        if indent == margin:
            items.append(text)
        else:  # ('Deutsche Bank Group-' / 'Americas': a hyphenated name goes on with no space, as in `unwrap`)
            joint = "" if re.search(r"\S-$", items[-1]) and text[:1].isupper() else " "
            items[-1] = f"{items[-1]}{joint}{text}"
    titled = _without_stated_citizenship(items)  # ('Citizenship: Denmark' closing the cell: the citizenship it says)
    if not all(_opens_title(item) for item in titled) and not (table_hangs and with_address and address_start(items)):
        return None  # (an employer or an address line at the margin: 'Smith Barney Consulting Group' / '388 ...')
    if len(items) == 1 and (not _opens_title(lines[0][1]) or rt.is_person_name(lines[0][1])):
        return None  # (one item wrapped: its first line a title's, never a name set beside: 'Peter J. Vang')
    return items if (len(items) >= 2 or table_hangs and indents) and (table_hangs or any(
        a > margin and b == margin for (a, _x), (b, _y) in zip(lines, lines[1:]))) else None


def _without_stated_citizenship(items: list[str]) -> list[str]:
    """The items before the lines closing the cell that only state a citizenship ('Citizenship: USA, Denmark',
    'Citizen of France': kg.forms.roster_fields.stated_citizenship)."""
    kept = list(items)
    while kept and rf.stated_citizenship(kept[-1]):
        kept.pop()
    return kept


def address_start(items: list[str]) -> int | None:
    """Items of a column typed with a hanging indent throughout: occupations that each open with a title, then the
    address's lines (an employer's lines, then a street line) none of which opens with a title ('Head of Corporate and Regulatory' /
    '  Affairs, Deutsche Bank' / '31 West 52nd Street' / 'New York, New York 10019'): the index of the address's
    first line; None otherwise."""
    titled = next((i for i, item in enumerate(items) if not _opens_title(item)), len(items))
    if 0 < titled < len(items) and any(rt.is_address_line(item) for item in items[titled:]) and not any(
            _opens_title(item) for item in items[titled:]):
        return titled
    return None


def glued(line, offset: int) -> bool:
    """A cell that opens right after the text of the column before, no space between ('United States of
    AmericaDirector of X', cut by kg.forms.roster_rowcells): pushed right of its column's margin."""
    at = offset - line.start
    return 0 < at <= len(line.text) and not line.text[at - 1].isspace()


def _opens_title(item: str) -> bool:
    """An item that opens with a title, or with a status and then a title ('Retired, former Senior Vice President
    of X': 'Retired' alone is no title)."""
    head, _, rest = item.partition(",")
    return rt.is_title(head.strip()) or bool(rules().no_occupation.match(head.strip()) and rt.is_title(rest.split(",")[0].strip()))


def set_in_wraps(rows: list[Row], column: int) -> bool:
    """A column cell whose first line stands at its margin and which sets a line in under a line of its own by a
    hanging indent ('Executive Vice' / '  President<F1>': a title wrapped where its footnote tag would not fit):
    a line there goes on where the words say so (kg.forms.roster_wrap.unwrap_after, `by_words`)."""
    indents = [None if not (cells := row.cells.get(column)) or glued(row.line, cells[0][0])
               else cells[0][0] - row.line.start for row in rows]
    placed = [indent for indent in indents if indent is not None]
    if len(placed) < 2 or indents[0] is None or indents[0] != min(placed):
        return False
    return any(indent is not None and 1 <= indent - indents[0] <= MAX_HANGING_INDENT and indents[index - 1] is not None
               for index, indent in enumerate(indents) if index)
