"""Pipe cells each CLOSED by two '|' lines, with no '|' line before the first (an HTML table saved as text another
way than kg/forms/roster_pipecells.py reads first):

    Name
    |
    |
    Position
    |
    |

Each cell is the lines after the pair that closes the cell before it, up to its own pair. A blank line never falls
inside a cell: what stands between two cells after a blank line is no cell's but the tables' own. There a line
naming one body ('Executive Officers', its own table after a heading) opens a section, and a page's mark ('2', a
form feed) or a border is skipped; any other line there refuses the whole (prose between cells: not read). A border
line right after a pair (a ruled row's line) is no cell's either. The cells come back as line groups, one a cell,
in the form kg/forms/roster_pipecells.py reads (a section a group of its one line), with the body of the rows
before any section line (a 'Directors' heading over the first caption).
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_pages import page_debris
from kg.forms.roster_pipe_columns import is_border
from kg.forms.roster_rules import rules

Line = tuple[int, int, str]
_PAGE_NUMBER = re.compile(r"(?:[A-Z]{1,2}-)?\d{1,3}|[A-Z]{1,2}-[ivxlIVXL]{1,5}")  # ('2', 'B-2' alone)


def closed_cells(text: str, lines: list[Line], first: int) -> tuple[list[list[Line]], int, str | None] | None:
    """(each cell's lines, the index of its caption's line, the body its first rows are of) where the '|' line at
    `first` closes a caption cell naming the name column and the next line is '|' too; else None."""
    if first == 0 or first + 1 >= len(lines) or lines[first + 1][2] != "|" \
            or not rules().column_roles["name"].match(lines[first - 1][2]):
        return None
    last = max(i for i, (_s, _e, line) in enumerate(lines) if line == "|")
    groups: list[list[Line]] = []
    body: list[Line] = []
    index = first - 1
    while index <= last:
        line = lines[index]
        if line[2] == "|":
            if index + 1 > last or lines[index + 1][2] != "|":
                return None  # (a cell not closed by a pair: another saving)
            groups.append(body or [(line[1], line[1], "")])
            body, index = [], index + 2
            continue
        if body and _blank_before(text, body[-1], line):
            if (outside := _outside(body)) is None:
                return None
            groups += outside
            body = []
        if body or not is_border(line[2]):
            body.append(line)
        index += 1
    return groups, first - 1, _body_above(lines, first - 1)


def _blank_before(text: str, above: Line, line: Line) -> bool:
    """A blank line (or a form feed) between two lines."""
    return text.count("\n", above[1], line[0]) > 1 or "\f" in text[above[1]:line[0]]


def _outside(lines: list[Line]) -> list[list[Line]] | None:
    """The section lines among lines between two cells (a page's mark, a border skipped); None where any other
    line stands there."""
    groups = []
    for line in lines:
        if _names_body(line[2]):
            groups.append([line])
        elif not (page_debris(line[2]) or _PAGE_NUMBER.fullmatch(line[2]) or is_border(line[2])):
            return None
    return groups


def _body_above(lines: list[Line], caption: int) -> str | None:
    """The body a line naming one just above the caption's opens for the first rows ('Directors'), else None."""
    if caption == 0 or not _names_body(lines[caption - 1][2]):
        return None
    return rt.body_of(lines[caption - 1][2])


def _names_body(line: str) -> bool:
    """A line that names a body ('Directors') and no person."""
    return rt.body_of(line) is not None and len(line.split()) <= 4 and not rt.is_person_name(line)
