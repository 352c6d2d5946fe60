"""An HTML table saved as text one cell fragment a line, each cell between two lines that hold
only '|' (the cell's lines between them):

    |
    Name
    |
    |
    Position
    |

The cells are read in order; the header row (its first cell names the name column) gives the
number of columns and their roles; every following run of that many cells is one row. A row
whose first cell is not a person's name is reported, never read; a cell's lines are one value
(the rendering broke it at the column's width), without a comma or 'and' left dangling at its
end, except in a column captioned for the occupation alone, whose lines may also start items
of their own (kg/forms/roster_pipe_items.py). An organisation's name alone on the line above the table names the table's organisation.

A name caption that names an address too ('Name and Business Address') stacks the name over the
address in its cell: the cell's first line is the name, its later lines the address (the name is
never joined to them). Under a caption that names no address, a name cell of several lines whose
first line is already a whole name is refused (the rest could be an address or an employer). A
cell standing alone where a row would start and naming one body ('Directors', 'Executive
Officers') opens a section: its rows are that body's. A page's mark between two cells ('B-2',
'- 3 -') and the caption cells printed again after it are skipped.
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_employer_under import employer_under
from kg.forms.roster_entry import Entry
from kg.forms.roster_pages import page_debris
from kg.forms.roster_pipe_closed import closed_cells
from kg.forms.roster_pipe_columns import address_value, is_border, title_items, without_numbers
from kg.forms.roster_pipe_items import cell_items
from kg.forms.roster_rules import rules
from kg.forms.roster_table import header_roles
from kg.read.sections import lines_with_offsets
from kg.records import Span

FIELDS = ("position", "occupation", "address", "citizenship", "other_positions", "title")
_PAGE_NUMBER = re.compile(r"(?:[A-Z]{1,2}-)?\d{1,3}|[A-Z]{1,2}-[ivxlIVXL]{1,5}")  # 'B-2', '12' alone between cells
_NAME_WORD = re.compile(r"[A-Z][A-Za-z'’.-]*")  # (one word that could end a name: no digit, no '/')
_DANGLING = re.compile(r"(?:,|\s+(?:and|&|of|the))+$")

Cell = tuple[str, Span, list[tuple[str, Span]]]  # (the lines joined, the span, each line and its span)


def read_pipe_cells(text: str, start: int, end: int) -> tuple[list[Entry], list[Span]] | None:
    """(entries, spans of unread first cells) of a table of pipe-delimited cell lines, or None."""
    lines = list(lines_with_offsets(text, start, end))
    first = next((i for i, (_s, _e, line) in enumerate(lines) if line == "|"), None)
    if first is None or sum(line == "|" for _s, _e, line in lines) < 8:
        return None
    last = max(i for i, (_s, _e, line) in enumerate(lines) if line == "|")
    opening = None  # (the body of the first rows, where a heading over the caption names one)
    if (closed := closed_cells(text, lines, first)) is not None:  # (each cell closed by a pair of '|' lines)
        groups, first, opening = closed
        cells = [_cell(group) for group in groups]
    else:
        cells = _cells(lines[first:last + 1])  # (prose after the table's last cell, a postamble, is none of its cells)
    cells = without_numbers(cells) if cells else cells
    if cells is None or not cells or not rules().column_roles["name"].match(cells[0][0]):
        return None
    stacked = "address" in header_roles(cells[0][0], True)  # 'Name and Business Address': the name over it
    width = _width(cells, stacked)
    if width < 2:
        return None
    roles = [header_roles(value, i == 0)[0] for i, (value, _span, _lines) in enumerate(cells[:width])]
    heading = lines[first - 1][2] if first and rt.is_organization(lines[first - 1][2]) else None
    rows, skipped = _rows(cells, width, opening)
    itemised = {i for i, (value, _span, _lines) in enumerate(cells[:width])  # (an occupation's column alone: no
                if header_roles(value, i == 0) in (["occupation"], ["other_positions"])}  # address in its cells)
    semicolons = {i for i in itemised if any(";" in row[i][0] for row, _body in rows)}  # (items apart by ';')
    name_width = max((len(line) for row, _body in rows for line, _s in row[0][2]), default=0)  # (its longest line)
    widths = [max((len(line) for row, _b in rows for line, _s in row[i][2]), default=0) for i in range(width)]
    entries = []
    for row, body in rows:
        name, span, address = _name_cell(row[0], stacked, name_width, [value for value, _s, _l in row[1:]])
        if name is None:
            skipped.append(span)
            continue
        fields = {role: value for role, (value, _span, _lines) in zip(roles[1:], row[1:]) if role in FIELDS and value}
        fields.update({"address": address} if address else {})
        fields.update({"organization": heading} if heading else {})
        entry = Entry(name=name, name_span=span, evidence=(row[0][1][0], row[-1][1][1]), body=body, fields=fields,
                      title_column="position" in roles)
        entries.append(_with_lines(_with_items(entry, row, roles, itemised, semicolons), row, roles, widths))
    return (entries, skipped) if entries else None


def _with_items(entry: Entry, row: list[Cell], roles: list[str], itemised: set[int], semicolons: set[int]) -> Entry:
    """The entry with the items of its cells in `itemised` columns (an occupation's alone) apart where the lines
    show them (kg.forms.roster_pipe_items); a cell whose items cannot be told apart is left out, in its doubts."""
    for index, (role, (value, _span, lines)) in enumerate(zip(roles, row)):
        if index in itemised and value and len(lines) > 1:
            items = cell_items([line for line, _s in lines], index in semicolons)
            if items is None:
                entry.fields.pop(role, None)
                entry.refused.add(role)
                entry.doubts.append(" / ".join(line for line, _s in lines))
            else:
                entry.fields[role] = _DANGLING.sub("", items).strip()
    return entry


def _with_lines(entry: Entry, row: list[Cell], roles: list[str], widths: list[int]) -> Entry:
    """The entry with its address cell's lines kept apart and its titles cell's titles told apart at the column's
    width (kg.forms.roster_pipe_columns); a titles cell whose breaks cannot be told is left out, in its doubts."""
    for index, (role, (value, _span, lines)) in enumerate(zip(roles, row)):
        texts = [line for line, _s in lines]
        if index and role == "address" and len(texts) > 1:
            entry.fields["address"] = address_value(texts, widths[index])
        elif index and role == "position" and len(texts) > 1:
            items = title_items(texts, widths[index])
            if items is None:
                entry.fields.pop(role, None)
                entry.refused.add(role)
                entry.doubts.append(" / ".join(texts))
            else:
                entry.fields[role] = _DANGLING.sub("", items).strip()
    return entry


def _rows(cells: list[Cell], width: int, body: str | None = None) -> tuple[list[tuple[list[Cell], str | None]],
                                                                          list[Span]]:
    """The rows after the captions, each with the body its section names (`body` before any section: None outside
    one); the spans of the first cells of rows cut short."""
    captions = [value for value, _span, _lines in cells[:width]]
    rows, at = [], width
    while at < len(cells):
        if (section := _section(cells, at)) is not None:
            body, at = section or None, at + 1
            while at < len(cells) and not cells[at][0]:
                at += 1  # (the section row's empty cells, where the saved row kept them: a row opens with a name)
            continue
        if [value for value, _span, _lines in cells[at:at + width]] == captions:
            at += width  # (the captions again after a page break)
            continue
        if len(cells) - at < width:
            break  # (a row cut short at the table's end: not read)
        rows.append((cells[at:at + width], body))
        at += width
    return rows, []


def _width(cells: list[Cell], stacked: bool) -> int:
    """The number of columns: the cells before the first that opens a row (its first line a person's name, or
    all of it where the name column stacks nothing; a body's section cell before it is no column)."""
    for i in range(1, len(cells)):
        lines = cells[i][2]
        if lines and (rt.is_person_name(_without_number(lines[0][0])) or not stacked and rt.is_person_name(cells[i][0])):
            return i - 1 if i > 1 and _names_body(cells[i - 1]) else i
    return 0


def _section(cells: list[Cell], at: int) -> str | None:
    """The body a section cell at `at` opens ('' where it names none of them, None where the cell is no
    section: it is followed by a row's name, not itself one)."""
    if not _names_body(cells[at]) or at + 1 >= len(cells):
        return None
    return rt.body_of(cells[at][0]) or ""


def _names_body(cell: Cell) -> bool:
    """A cell of one line that names a body ('Directors') and no person."""
    value, _span, lines = cell
    return len(lines) == 1 and rt.body_of(value) is not None and len(value.split()) <= 4 \
        and not rt.is_person_name(value)


def _name_cell(cell: Cell, stacked: bool, width: int, others: list[str]) -> tuple[str | None, Span, str]:
    """(the name, its span, the address under it) of a row's first cell; no name where the cell is no
    person's, where a whole name stands over lines a caption does not explain, or where the name could go on
    under it (a single word the column's width, its longest line, would not have held after it, unless the row's
    `others` cells name it as an employer: kg.forms.roster_employer_under)."""
    value, span, lines = cell
    if not lines:
        return None, span, ""
    if stacked or len(lines) > 1 and rt.is_person_name(_without_number(lines[0][0])):
        if not stacked:
            return _wrapped_name(lines, span, width, others)
        name, name_span = lines[0]
        if len(lines) > 1 and _goes_on(name, lines[1][0], width) and not employer_under(name, lines[1][0], others):
            return None, span, ""  # ('Francis Michael Cyprian' / 'Cuss'? refused)
        address = "\n".join(line for line, _span in lines[1:])
        return (name, name_span, address) if rt.is_person_name(_without_number(name)) else (None, span, "")
    return (value, span, "") if rt.is_person_name(value) else (None, span, "")


def _wrapped_name(lines: list[tuple[str, Span]], span: Span, width: int, others: list[str]) -> tuple[
        str | None, Span, str]:
    """(the name, its span, '') of a cell under a caption that names no address whose whole name goes on, wrapped,
    on its second and last line ('Francis Michael Cyprian' / 'Cuss': one word of a name's letters that would not
    have fitted after it in the column, `width` wide, and that no other cell of the row names); else no name (a name
    over lines no caption names: an address, an employer? refused)."""
    (first, first_span), below = lines[0], lines[-1][0].strip()
    if len(lines) != 2 or not _goes_on(first, below, width) \
            or any(re.search(rf"\b{re.escape(below)}\b", other) for other in others):
        return None, span, ""
    name = f"{first} {below}"
    return (name, (first_span[0], lines[-1][1][1]), "") if rt.is_person_name(_without_number(name)) else (None, span, "")


def _goes_on(name: str, below: str, width: int) -> bool:
    """The line under a name could be the rest of it: one word in capitals, of a name's letters ('HPB/Blackrock' is
    none), that would not have fitted after the name in the column."""
    return bool(_NAME_WORD.fullmatch(below.strip())) and len(name) + 1 + len(below) > width


def _without_number(name: str) -> str:
    """A name without the row's number before it ('(1) Pei-yuan Chia')."""
    return rt.strip_numbering(name)[0].strip()


def _cells(lines: list[tuple[int, int, str]]) -> list[Cell] | None:
    """Each cell's text (its lines joined), span and lines; None unless the lines alternate strictly
    between an opening '|', the cell's lines, and a closing '|' (a page's mark between two cells apart)."""
    cells: list[Cell] = []
    index = 0
    while index < len(lines):
        if lines[index][2] != "|":
            if cells and (page_debris(lines[index][2]) or _PAGE_NUMBER.fullmatch(lines[index][2])
                          or is_border(lines[index][2])):
                index += 1
                continue
            return None
        body_start = index + 1
        close = next((j for j in range(body_start, len(lines)) if lines[j][2] == "|"), None)
        if close is None:
            break  # (the table's last cell, cut short)
        cells.append(_cell(lines[body_start:close] or [(lines[index][1], lines[index][1], "")]))
        index = close + 1
    return cells


def _cell(body: list[tuple[int, int, str]]) -> Cell:
    """A cell of its lines (an empty cell: one empty line at its place)."""
    body = [(s, e, line) for s, e, line in body if line] or [(body[0][0], body[0][0], "")]
    value = _DANGLING.sub("", " ".join(line for _s, _e, line in body)).strip()
    return value, (body[0][0], body[-1][1]), [(line, (s, e)) for s, e, line in body if line]
