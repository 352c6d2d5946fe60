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
end. An organisation's name alone on the line above the table names the table's organisation.
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_entry import Entry
from kg.forms.roster_rules import rules
from kg.forms.roster_table import header_roles
from kg.read.sections import lines_with_offsets
from kg.records import Span

FIELDS = ("position", "occupation", "address", "citizenship", "other_positions", "title")


def read_pipe_cells(text: str, start: int, end: int) -> tuple[list[Entry], list[Span]] | None:
    """(entries, spans of unread first cells) of a table of pipe-delimited cell lines, or None."""
    lines = list(lines_with_offsets(text, start, end))
    first = next((i for i, (_s, _e, line) in enumerate(lines) if line == "|"), None)
    if first is None or sum(line == "|" for _s, _e, line in lines) < 8:
        return None
    cells = _cells(lines[first:])
    if cells is None:
        return None
    width = next((i for i, (value, _span) in enumerate(cells[1:], 1) if rt.is_person_name(value)), 0)
    if width < 2 or not rules().column_roles["name"].match(cells[0][0]):
        return None
    roles = [header_roles(value, i == 0)[0] for i, (value, _span) in enumerate(cells[:width])]
    heading = lines[first - 1][2] if first and rt.is_organization(lines[first - 1][2]) else None
    entries, skipped = [], []
    for at in range(width, len(cells) - width + 1, width):
        row = cells[at:at + width]
        name, span = row[0]
        if not rt.is_person_name(name):
            skipped.append(span)
            continue
        fields = {role: value for role, (value, _span) in zip(roles[1:], row[1:]) if role in FIELDS and value}
        fields.update({"organization": heading} if heading else {})
        entries.append(Entry(name=name, name_span=span, evidence=(span[0], row[-1][1][1]), fields=fields,
                             title_column="position" in roles))
    return (entries, skipped) if entries else None


def _cells(lines: list[tuple[int, int, str]]) -> list[tuple[str, Span]] | None:
    """Each cell's text (its lines joined) and span; None unless the lines alternate strictly
    between an opening '|', the cell's lines, and a closing '|'."""
    cells: list[tuple[str, Span]] = []
    index = 0
    while index < len(lines):
        if lines[index][2] != "|":
            return None
        body_start = index + 1
        close = next((j for j in range(body_start, len(lines)) if lines[j][2] == "|"), None)
        if close is None:
            break  # (the table's last cell, cut short)
        body = lines[body_start:close]
        value = re.sub(r"(?:,|\s+(?:and|&|of|the))+$", "", " ".join(line for _s, _e, line in body)).strip()
        span = (body[0][0], body[-1][1]) if body else (lines[index][1], lines[index][1])
        cells.append((value, span))
        index = close + 1
    return cells
