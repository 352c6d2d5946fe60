"""Roster tables saved as text with one cell per line (an HTML table copied without its borders).

The header is a run of short lines that each name a column ('Name', 'Position', 'Citizenship',
'Business Address'); its length is the table's period. The body is read in rows of that many
lines, separated by blank lines where the text has them. A row whose first line is no person's
name, or whose length is not the period, is not guessed at: its names are reported.
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_entry import Entry
from kg.forms.roster_grid import Ambiguity, GridResult
from kg.forms.roster_rules import rules
from kg.forms.roster_table import header_roles
from kg.read.sections import lines_with_offsets

_GAP = re.compile(r"\S\s{2,}\S")  # two cells on one line: a fixed-width table, not this layout
_EMPTY = {"-", "—", "–", "n/a", "none", "*"}


def read_cell_lines(text: str, start: int, end: int) -> GridResult | None:
    lines = list(lines_with_offsets(text, start, end))
    header = _header_run(lines)
    if header is None:
        return None
    first, period = header
    roles = [header_roles(line, index == 0) for index, (_s, _e, line) in enumerate(lines[first:first + period])]
    result = GridResult(entries=[])
    for row in _rows(text, lines[first + period:], period):
        name_start, name_end, name = row[0]
        if len(row) != period or not rt.is_person_name(name):
            _refuse(result, text, row, period)
            continue
        entry = Entry(name=name.rstrip(" ,"), name_span=(name_start, name_start + len(name.rstrip(" ,"))),
                      evidence=(name_start, row[-1][1]), title_column="position" in {r for rs in roles for r in rs})
        for (_s, _e, value), role in zip(row[1:], roles[1:]):
            if value.strip().casefold() not in _EMPTY:
                field = role[0] if role else "occupation"
                entry.fields[field] = f"{entry.fields[field]}\n{value}" if entry.fields.get(field) else value
        result.entries.append(entry)
    return result if result.entries else None


def _header_run(lines) -> tuple[int, int] | None:
    """Index of the header's first line and the number of columns."""
    for index, (_s, _e, line) in enumerate(lines):
        if not rules().column_roles["name"].match(line) or len(line.split()) > 6 or _GAP.search(line):
            continue
        run = 1
        while index + run < len(lines) and rt.is_header(lines[index + run][2]) and len(lines[index + run][2]) < 60 \
                and not _GAP.search(lines[index + run][2]):
            run += 1
        if run >= 2:
            return index, run
    return None


def _rows(text: str, body, period: int) -> list[list]:
    """Rows split at blank lines; a block without blank lines is cut every `period` lines."""
    blocks: list[list] = []
    for line in body:
        if blocks and "\n\n" not in text[blocks[-1][-1][1]:line[0]].replace(" ", "").replace("\t", ""):
            blocks[-1].append(line)
        else:
            blocks.append([line])
    rows = []
    for block in blocks:
        if len(block) > period and len(block) % period == 0:
            rows += [block[i:i + period] for i in range(0, len(block), period)]
        else:
            rows.append(block)
    return rows


def _refuse(result: GridResult, text: str, row, period: int) -> None:
    from kg.forms.nlp import person_names
    start, end = row[0][0], row[-1][1]
    if len(row) != period and rt.is_person_name(row[0][2]):
        result.ambiguous.append(Ambiguity((start, end), " / ".join(line for _s, _e, line in row),
                                          f"{period} cells per row", f"{len(row)} cells in this row"))
        return
    for line_start, _e, line in row[:1]:
        result.orphans += [(line_start + s, line_start + e) for s, e in person_names(line)]
