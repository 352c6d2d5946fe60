"""Roster tables: HTML tables (cells joined by ' | ' by kg.read.html) and fixed-width text
tables (columns from EDGAR's <S>/<C> markers, a dashed rule, or the header's words).

Each table becomes `Entry` records: the first column holds the name (and, when its header
says so, the title and citizenship stacked under it); the other columns take the roles
their headers name. Section rows ("Directors", "Executive Officers") set the body.
"""
from __future__ import annotations

import re

from kg.forms.roster_entry import Entry
from kg.forms.roster_fields import find_nationality
from kg.forms.roster_rules import rules
from kg.read.sections import lines_with_offsets

DELIMITER = " | "
_RULE = re.compile(r"^[\s\-=_]+$")
_NAME_CELL = re.compile(r"^[A-Z][\w.'’“”\"()-]*(?:,?\s+[\w.'’“”\"()-]+){1,6},?$")


def header_roles(cell: str, first: bool) -> list[str]:
    found = []
    for role, pattern in rules().column_roles.items():
        if role == "name" and not first:
            continue
        match = pattern.search(cell)
        if match:
            found.append((match.start(), role))
    roles = [role for _, role in sorted(found)]
    if first and "name" not in roles:
        roles.insert(0, "name")
    return roles or ["occupation"]


def _body_of(line: str) -> str | None:
    hits = sorted((m.start(), body) for pattern, body in rules().body_headings if (m := pattern.search(line)))
    return hits[0][1] if hits else None


def _looks_like_name(cell: str) -> bool:
    cell = cell.strip()
    if not cell or any(ch.isdigit() for ch in cell) or not _NAME_CELL.match(cell):
        return False
    nationality = find_nationality(cell)
    whole = nationality is not None and len(nationality.group(0)) >= len(cell.strip(" ,")) - 1
    return _body_of(cell) is None and not _is_title(cell) and not whole


# ---- HTML tables ----------------------------------------------------------------
def read_pipe_table(text: str, start: int, end: int) -> tuple[list[Entry], list[str]] | None:
    lines = list(lines_with_offsets(text, start, end))
    if sum(DELIMITER in line for _, _, line in lines) < 2:
        return None
    roles: list[list[str]] | None = None
    entries: list[Entry] = []
    skipped: list[tuple[int, int]] = []  # first cells of rows that are not entries
    body = None
    for line_start, line_end, line in lines:
        cells = [c.strip() for c in line.split(DELIMITER)]
        if rules().column_roles["name"].match(cells[0]) and len(cells) > 1:
            roles = [header_roles(cell, i == 0) for i, cell in enumerate(cells)]
            continue
        if roles is None:
            continue
        if len(cells) == 1:
            body = _body_of(line) or body
            continue
        if not _looks_like_name(cells[0]):
            skipped.append((line_start, line_start + len(cells[0])))
            continue
        entry = Entry(name=cells[0], name_span=(line_start, line_start + len(cells[0])),
                      evidence=(line_start, line_end), body=body,
                      title_column=any("position" in r for r in roles[1:]))
        _fill(entry, cells[1:], roles[1:])
        entries.append(entry)
    return entries, unassigned_names(text, skipped)


def unassigned_names(text: str, cells: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Person names standing in table cells that became no entry (reported, never dropped)."""
    from kg.forms.nlp import person_names
    found = []
    for start, end in cells:
        found += [(start + s, start + e) for s, e in person_names(text[start:end])]
    return found


def _fill(entry: Entry, cells: list[str], roles: list[list[str]]) -> None:
    """Cells to roles; a row with fewer cells than columns (empty cells dropped) is matched
    by type: a nationality to the citizenship column, an address to the address column."""
    if len(cells) >= len(roles):
        for cell, role in zip(cells, roles):
            _add(entry, role[0], cell)
        return
    remaining = list(roles)
    for cell in cells:
        typed = "citizenship" if find_nationality(cell) and len(cell.split()) <= 4 else (
            "address" if re.match(r"(?:c/o\b|\d)", cell, re.I) else None)
        index = next((i for i, r in enumerate(remaining) if typed and typed in r), None)
        if index is None:
            index = next((i for i, r in enumerate(remaining) if not {"citizenship", "address"} & set(r)), 0)
        _add(entry, remaining[index][0], cell)
        remaining = remaining[index + 1:] or [remaining[-1]]


def _add(entry: Entry, role: str, value: str) -> None:
    field = "other_positions" if role == "occupation" and entry.fields.get("occupation") else role
    joined = "\n".join(v for v in (entry.fields.get(field, ""), value) if v)
    entry.fields[field] = joined


# ---- fixed-width text tables ---------------------------------------------------------
_MARKERS = re.compile(r"<[SC]>", re.I)


def _column_starts(text: str, raw: str, lines, start: int, end: int) -> tuple[list[int], int] | None:
    """Column start offsets within a line, and the index of the last line above the body."""
    for line_start, _end, line in lines_with_offsets(raw, start, end):
        if len(_MARKERS.findall(line)) >= 2:
            row = raw[line_start - _indent(raw, line_start):_line_end(raw, line_start)]
            below = next((i for i, ln in enumerate(lines) if ln[0] > line_start), len(lines))
            return [m.start() for m in _MARKERS.finditer(row)], below - 1
    for index, (line_start, _end, line) in enumerate(lines):
        if _RULE.match(line) and len(re.findall(r"-{2,}", line)) >= 2:
            base = _indent(text, line_start)
            return [base + m.start() for m in re.finditer(r"-{2,}", line)], index
    return None


def _indent(text: str, offset: int) -> int:
    return offset - (text.rfind("\n", 0, offset) + 1)


def _line_end(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end < 0 else end


def _cells(text: str, line_start: int, starts: list[int]) -> list[tuple[str, int]]:
    row_start = line_start - _indent(text, line_start)
    row = text[row_start:_line_end(text, line_start)]
    cells = []
    for i, col in enumerate(starts):
        stop = starts[i + 1] if i + 1 < len(starts) else len(row)
        begin = col
        while 0 < begin < len(row) and row[begin - 1] != " ":  # a cell that starts early
            begin -= 1
        cells.append((row[begin:stop].strip(), row_start + begin))
    return cells


def read_fixed_table(text: str, raw: str, start: int, end: int) -> tuple[list[Entry], list[str]] | None:
    lines = list(lines_with_offsets(text, start, end))
    found = _column_starts(text, raw, lines, start, end)
    if not found:
        return None
    starts, at = found
    header_lines = _header_lines(text, lines[:at + 1])
    heads = [" ".join(c for c, _ in cells if c) for cells in
             zip(*[_cells(text, ln[0], starts) for ln in header_lines])] if header_lines else []
    groups = _groups(text, lines[at + 1:], starts)
    if heads and rules().column_roles["name"].match(heads[0]):
        roles = [header_roles(h, i == 0) for i, h in enumerate(heads)]
    else:
        roles = _infer_roles(text, groups, starts)
    skipped: list[tuple[int, int]] = []
    entries = [e for group in groups for e in _group_entries(text, group, starts, roles, skipped)]
    return entries, unassigned_names(text, skipped)


def _header_lines(text: str, above) -> list:
    """The header: the adjacent non-rule lines just above the table body."""
    found, previous_start = [], None
    for line in reversed(above):
        if previous_start is not None and text.count("\n", line[1], previous_start) > 1:
            break
        previous_start = line[0]
        if not _RULE.match(line[2]):
            found.insert(0, line)
    return found[-4:]


def _infer_roles(text: str, groups, starts) -> list[list[str]]:
    """Roles of a table without a header, from what its cells hold."""
    columns: list[list[str]] = [[] for _ in starts]
    for group in groups:
        rows = [_cells(text, line[0], starts) for line in group]
        for index in range(len(starts)):
            columns[index].append(" ".join(row[index][0] for row in rows if row[index][0]))
    roles = [["name"]]
    for cells in columns[1:]:
        filled = [c for c in cells if c] or [""]
        if all(find_nationality(c) and len(c.split()) <= 3 for c in filled):
            roles.append(["citizenship"])
        elif sum(bool(_POSTAL.search(c)) for c in filled) > len(filled) / 2:
            roles.append(["address"])
        elif all(len(c.split()) <= 5 and _is_title(c) for c in filled):
            roles.append(["position"])
        else:
            roles.append(["occupation"])
    return roles


_POSTAL = re.compile(r"\b\d{5}(?:-\d{4})?\b|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b|^c/o\b|\b\d+\s+\w+\s+(?:street|avenue|road|square|drive|boulevard)\b", re.I)


def _is_title(cell: str) -> bool:
    return bool(rules().officer_titles.search(cell) or any(p.search(cell) for p, _ in rules().position_bodies))


def _groups(text: str, lines, starts) -> list[list[tuple[int, int, str]]]:
    """Rows separated by blank lines or rules; a new name in the first column of a row
    whose previous row is complete starts a group too."""
    groups: list[list] = [[]]
    previous_end = None
    for line in lines:
        line_start, line_end, content = line
        blank_before = previous_end is not None and text.count("\n", previous_end, line_start) > 1
        if _RULE.match(content) or blank_before:
            if groups[-1]:
                groups.append([])
        if not _RULE.match(content):
            groups[-1].append(line)
        previous_end = line_end
    return [g for g in groups if g]


def _group_entries(text, group, starts, roles, skipped) -> list[Entry]:
    rows = [(_cells(text, ln[0], starts), ln) for ln in group]
    first_cells = [cells[0][0] for cells, _ in rows]
    named = sum(_looks_like_name(c) for c in first_cells)
    one_per_line = len(rows) > 1 and all(first_cells) and named > len(rows) / 2 and named > 1
    chunks = [[row] for row in rows] if one_per_line else [rows]
    entries = []
    for chunk in chunks:
        first, first_line = chunk[0]
        if not _looks_like_name(first[0][0].rstrip(",")) and not _looks_like_name(first[0][0]):
            skipped.append((first[0][1], first[0][1] + len(first[0][0])))
            continue
        entry = Entry(name="", name_span=(first[0][1], first[0][1] + len(first[0][0])),
                      evidence=(first_line[0], chunk[-1][1][1]),
                      title_column=any("position" in r for r in roles))
        columns = list(zip(*[cells for cells, _ in chunk]))
        _stacked(entry, [c for c, _ in columns[0] if c], roles[0])
        for column, role in zip(columns[1:], roles[1:]):
            value = "\n".join(c for c, _ in column if c)
            for part_role in role[:1]:
                _add(entry, part_role, value)
        entries.append(entry)
    return entries


def _stacked(entry: Entry, lines: list[str], roles: list[str]) -> None:
    """The first column: the name, then (when the header says so) title and citizenship."""
    if roles == ["name"] or len(lines) <= 1:
        entry.name = " ".join(lines)
        return
    entry.name = lines[0]
    rest = lines[1:]
    if "citizenship" in roles and rest and find_nationality(rest[-1]):
        entry.fields["citizenship"] = rest.pop()
    if "position" in roles:
        entry.fields["position"] = " ".join(rest)
