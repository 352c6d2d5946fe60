"""A table whose header row prints no words, its columns named by the sentence above it, shown with that header.

A financial printer may typeset a table's captions as images (no alt text) or leave its header cells empty and
ruled: kg.read.html then prints no header row at all, and the table's rows follow the sentence over it ('Set forth
below, in the columns from left to right, are the name, the citizenship, the business address, the present
position with X and the present principal occupation ... of each director and executive officer of X'). The
sentence's list is the only caption. Where the table's first row is a person's (no header printed), the list
has as many items as the rows have cells, the first item is the name, each other item names one column role kg
knows (kg/patterns/roster.yml `column_roles`, each once) and every cell of each column is of its item's kind (a
citizenship column holds countries or nationalities, an address column addresses, a title or occupation column
neither, the name column persons' names), the view shows a header row made of the items (each caption's
characters map back to the sentence) before the table, and the table readers read it by those captions. Else
nothing is shown: the table is left as it is (a list in another order than the columns, or a column of another
kind, is no caption).
"""
from __future__ import annotations

import bisect
import re
from array import array

from kg.context import Context
from kg.forms import roster_fields as rf
from kg.forms import roster_types as rt
from kg.forms.roster_cell_types import address_start, fits
from kg.forms.roster_rules import rules
from kg.forms.roster_table import cell_lines, header_roles
from kg.forms.roster_view import MappedView
from kg.read.html_stream import DELIMITER

_SEPARATOR = re.compile(r",\s+(?:and\s+)?|\s+and\s+|[()]")
_LEADING = re.compile(r"(?:the|his|her|his\s+or\s+her|its|their)\s+", re.I)
_TYPED = ("name", "citizenship", "address")
_DETAIL_ROLES = ("citizenship", "address", "position", "occupation", "other_positions")


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the list's items (commas and 'and' inside parentheses are the item's own; a parenthesis is
    left out of the caption). A legal form alone ('Inc.') ends the item before it, as does a part after a bare
    'and' that names no column ('position with MLINC and MetLife')."""
    items, depth, begin, cut, joined = [], 0, start, None, False
    for match in _SEPARATOR.finditer(text, start, end):
        token = match.group(0)
        if token == "(":
            depth += 1
            cut = match.start() if depth == 1 and cut is None else cut
        elif token == ")":
            depth = max(depth - 1, 0)
        elif depth == 0:
            items.append((begin, cut if cut is not None else match.start(), joined))
            begin, cut, joined = match.end(), None, "," not in token
    items.append((begin, cut if cut is not None else end, joined))
    spans: list[tuple[int, int]] = []
    for s, e, by_and in items:
        while e > s and text[e - 1] in " ,":
            e -= 1
        lead = _LEADING.match(text, s, e)
        if spans and (rules().organization_words.fullmatch(text, s, e)
                      or by_and and header_roles(text[s:e], False) == ["unknown"]):
            spans[-1] = (spans[-1][0], e)  # ('position with Ariel Capital Management, Inc.': the name's own comma)
            continue
        spans.append((lead.end() if lead else s, e))
    return spans


def _roles(text: str, items: list[tuple[int, int]]) -> list[str] | None:
    """The column role each item names (the first the name), each once; None when an item names none or two."""
    if not items or not rules().column_roles["name"].match(text[items[0][0]:items[0][1]]):
        return None
    roles = ["name"]
    for s, e in items[1:]:
        named = header_roles(text[s:e], False)
        if len(set(named)) != 1 or named[0] not in _DETAIL_ROLES or named[0] in roles:
            return None
        roles.append(named[0])
    return roles


def _rows(ctx: Context, after: int) -> tuple[int, list[tuple[int, str]]]:
    """Where the table under the sentence ending at `after` starts, and its rows (text index, line)."""
    rows, at, first = [], ctx.text.find("\n", after), None
    while at >= 0:
        start, end = at + 1, ctx.text.find("\n", at + 1)
        line = ctx.text[start:len(ctx.text) if end < 0 else end]
        if DELIMITER in line:
            first = start if first is None else first
            rows.append((start, line))
        elif line.strip():
            break
        at = end
    return (first if first is not None else -1), rows


def _columns(ctx: Context, start: int, line: str, count: int) -> list[int] | None:
    cells = line.split(DELIMITER)
    if len(cells) == count:
        return list(range(count))
    at = bisect.bisect_left(ctx.filled_columns, (start, -1))
    placed = [c for a, c in ctx.filled_columns[at:] if a < start + len(line)][:len(cells)]
    return placed if len(placed) == len(cells) and placed[0] == 0 else None


def _fits(role: str, lines: list[str]) -> bool:
    """A cell can stand in a column of `role`: a person's name in the name column; countries or nationalities in
    a citizenship column; in an address column what an address cell may hold (kg.forms.roster_cell_types: an
    employer's name alone too, never a title, a nationality or a person's name); in a title or occupation column
    neither countries nor a street address."""
    cell = " ".join(lines).strip()
    if role == "name":
        return rt.is_person_name(rt.strip_numbering(lines[0].strip())[0])
    if not cell or role in ("citizenship", "address"):
        return fits(cell, role)
    return not rf.is_citizenships(cell.strip(" ,")) and not _addressed(lines)


def _addressed(lines: list[str]) -> bool:
    """A street address: a line that starts one, with a number in the cell."""
    return any(address_start(line.strip()) for line in lines) and any(re.search(r"\d", line) for line in lines)


def _agree(ctx: Context, rows: list[tuple[int, str]], roles: list[str]) -> bool:
    """Every cell of each column is of its role's kind, and each column whose kind is told by its cells (a name,
    a country, an address) holds something (nobody's occupation elsewhere may be printed)."""
    held, addressed, named = set(), set(), []
    for start, line in rows:
        columns = _columns(ctx, start, line, len(roles))
        if columns is None:
            return False
        for column, lines in zip(columns, cell_lines(ctx.text, start, line, ctx.cell_breaks)):
            if roles[column] == "address" and _employer_named(lines):
                named.append(column)  # ('Globaltech Financial', 'Skadden' / 'Arps' / 'Slate': an employer's name
            elif not _fits(roles[column], lines):  # only, read as a person's: a few, in a column of addresses)
                return False
            if any(line.strip() for line in lines):
                held.add(column)
            if roles[column] == "address" and _addressed(lines):
                addressed.add(column)
    return all(column in held for column, role in enumerate(roles) if role in _TYPED) \
        and all(column in addressed for column, role in enumerate(roles) if role == "address") \
        and all(2 * named.count(column) < len(rows) for column in set(named))


def _employer_named(lines: list[str]) -> bool:
    """An address cell that reads as a person's name and nothing else a column could hold (no title, no nationality,
    no number): an employer's name, the address of a person at work there, may read so ('Globaltech Financial').
    Taken only where fewer than half of the column's cells read so, and the column prints a street address too."""
    cell = " ".join(line.strip() for line in lines if line.strip())
    return bool(cell) and rt.is_person_name(cell) and not rt.is_title(cell) and not rt.is_nationality(cell) \
        and not re.search(r"\d", cell)


class CaptionView(MappedView):
    """The text with a header row made of the sentence's items put before the table at `at`."""

    def __init__(self, ctx: Context, at: int, items: list[tuple[int, int]]) -> None:
        pieces, back = [], array("q", range(at))
        for number, (s, e) in enumerate(items):
            if number:
                pieces.append(DELIMITER)
                back.extend([items[number - 1][1]] * len(DELIMITER))
            pieces.append(ctx.text[s:e])
            back.extend(range(s, e))
        pieces.append("\n")
        back.append(items[-1][1])
        header = "".join(pieces)
        self.raw = ctx.text[:at] + header + ctx.text[at:]
        back.extend(range(at, len(ctx.text)))
        self.back = back
        self.ahead = array("q", list(range(at)) + [i + len(header) for i in range(at, len(ctx.text) + 1)])

    def notes(self, ctx: Context) -> dict:
        return {**super().notes(ctx), "filled_columns": tuple((self.from_source(a), c) for a, c in ctx.filled_columns),
                "line_grids": ()}


def caption_view(ctx: Context) -> CaptionView | None:
    """The view with the header a sentence gives a table that prints none (above), else None."""
    if DELIMITER not in ctx.text:
        return None
    for match in rules().column_list.finditer(ctx.text):
        items = _items(ctx.text, *match.span("list"))
        if (roles := _roles(ctx.text, items)) is None:
            continue
        at, rows = _rows(ctx, match.end())
        if rows and all(len(line.split(DELIMITER)) <= len(roles) for _s, line in rows) and _agree(ctx, rows, roles):
            return CaptionView(ctx, at, items)
    return None
