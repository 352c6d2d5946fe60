"""Roster tables in HTML (cells joined by ' | ' by kg.read.html); fixed-width text tables are
read by kg.forms.roster_grid.

Each table becomes `Entry` records: the first column holds the name (and, when its header
says so, the title and citizenship stacked under it); the other columns take the roles
their headers name. Section rows ("Directors", "Executive Officers") set the body. A text row
printed between bars ('| Name | Position |', no Markdown alignment row under its header) is
read as the same row, its two bars its border.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

from kg.forms import roster_types as rt
from kg.forms.roster_caption_languages import english_caption
from kg.forms.roster_cell_types import addressed
from kg.forms.roster_entry import Entry
from kg.forms.roster_fields import is_citizenships
from kg.forms.roster_flag_header import flag_role, with_upper_words
from kg.forms.roster_gridcols import FilledColumns, halve_spaced, joined_caption, spread
from kg.forms.roster_namecol import name_columns, names_elsewhere
from kg.forms.roster_nameless_row import nameless_row
from kg.forms.roster_org_columns import second_org_column, second_org_entry
from kg.forms.roster_place import place
from kg.forms.roster_row_fill import add_value, fill_row
from kg.forms.roster_rules import rules
from kg.forms.roster_spans import RowSpans, grouped_roles
from kg.read.sections import lines_with_offsets

DELIMITER = " | "
_RULE = re.compile(r"^[\s\-=_]+$")
_CLOSING_BAR = re.compile(r"(?<=\S)[ \t]+\|[ \t]*$")
_OPENING_BAR = re.compile(r"^\|[ \t]+(?=\S)")
_NAME_CELL = re.compile(r"^[A-Z][\w.'’“”\"()-]*(?:,?\s+[\w.'’“”\"()-]+){1,6},?$")


def header_roles(cell: str, first: bool) -> list[str]:
    return list(_header_roles(cell, first))  # (a list of its own for each caller)


@lru_cache(maxsize=16384)  # (the same captions are asked about again and again: each row is tried as a header)
def _header_roles(cell: str, first: bool) -> tuple[str, ...]:
    cell, found = english_caption(cell), []  # ('NOMBRE / NAME': its English half; 'NACIONALIDAD': 'Citizenship')
    for role, pattern in rules().column_roles.items():
        if role in ("name", "residence") and not first:
            continue  # (a residence: under the names only)
        match = pattern.search(cell)
        if match:
            found.append((match.start(), match.end(), role))
    roles, reach = [], 0
    for start, end, role in sorted(found):
        if start < reach:
            continue  # (within another role's words: the employer's 'Address of any Corporation' of an occupation's caption)
        roles.append(role)
        reach = max(reach, end)
    if first and "name" not in roles:
        roles.insert(0, "name")
    return tuple(roles or ["unknown"])  # a column kg has no role for ('Beneficial Ownership'): read, never a value


def names_column(cell: str) -> bool:
    """A caption that says its column holds the names ('Name', 'Name and Business Address'; not
    'Name of Employer')."""
    cell = english_caption(cell)
    return bool(rules().column_roles["name"].search(cell)) and not rules().column_roles["employer"].search(cell)


def name_at(heads: list[str]) -> int | None:
    """The column whose caption names the names, wherever it stands; None when no caption does,
    and the first column then holds them. A caption says what its column holds: a column
    captioned 'Business Address' before 'Name' holds addresses, never the names."""
    return next((i for i, head in enumerate(heads) if head and names_column(head)), None)


# ---- HTML tables ----------------------------------------------------------------
def cell_lines(text: str, line_start: int, line: str, breaks: Sequence[int]) -> list[list[str]]:
    """The cells of a row, each as its printed lines (split where a `<br>` or a paragraph broke
    the cell: kg.read.html keeps the row on one line and notes those places in `breaks`, a
    sorted list: the row's cuts are found by bisection, never by a pass over every break)."""
    cells, position = [], line_start
    for part in line.split(DELIMITER):
        first, stop = bisect.bisect_left(breaks, position), bisect.bisect_left(breaks, position + len(part))
        cuts = [b - position for b in breaks[first:stop]]
        pieces, last = [], 0
        for cut in cuts:
            pieces.append(part[last:cut])
            last = cut + 1
        pieces.append(part[last:])
        cells.append([piece.strip() for piece in pieces if piece.strip()] or [""])
        position += len(part) + len(DELIMITER)
    return cells


def read_pipe_table(text: str, start: int, end: int, breaks: Sequence[int] = (),
                    columns: Sequence[tuple[int, int, int, int]] = (),
                    filled: Sequence[tuple[int, int]] = ()) -> tuple[list[Entry], list[str]] | None:
    """Entries of a ' | '-joined HTML table; `breaks` (sorted) are the `<br>` places in its cells, `columns`
    the grid columns of the cells of irregular rows (kg.forms.roster_spans), `filled` those of the printed
    cells of rows with empty cells (kg.forms.roster_gridcols: spacer columns)."""
    lines = list(lines_with_offsets(text, start, end))
    if sum(DELIMITER in line for _, _, line in lines) < 2:
        return None
    grid = RowSpans(columns)
    roles: list[list[str]] | None = None
    entries: list[Entry] = []
    skipped: list[tuple[int, int]] = []  # first cells of rows that are not entries
    body, header, above = None, None, None  # above: the name row over the details row (no name column)
    groups: set[int] = set()  # grid columns under a header cell's colspan, while its sub-headers may follow
    placed = FilledColumns(filled)
    halve_spaced(placed, text, lines)  # (rows with a spacer cell between every two values under a caption table)
    heads: list[int] | None = None  # the grid columns of the header's cells (a table with spacer columns)
    printed: list[int] | None = None  # those of a header every cell of which is printed, none spanning columns
    captions: list[str] | None = None  # their captions, while a second header row may follow
    numbered = False  # the first column only numbers the rows ('No.' over '(1)'): each row is read past it
    moved = None  # where the names stand, when not first (kg.forms.roster_namecol)
    second = None  # (the first's organisation, the second's index and organisation: kg.forms.roster_org_columns)
    previous: list[str] | None = None  # the cells of the line above (a header's upper row: 'Executive' over 'Officer')
    for line_start, line_end, line in lines:
        line = _CLOSING_BAR.sub("", line)  # 'Name | Occupation |': a row closed by a bar
        if (bar := _OPENING_BAR.match(line)) and DELIMITER in line:  # '| Name | Occupation': opened by one
            line_start, line = line_start + bar.end(), line[bar.end():]
        cells = [c.strip() for c in line.split(DELIMITER)]
        upper, previous = previous, cells
        if roles is None and len(cells) > 2 and rules().row_number_caption.match(cells[0]) \
                and names_column(cells[1]):
            numbered = True
        if numbered and len(cells) > 1 and (rules().row_number_caption.match(cells[0])
                                            or rules().row_number_cell.match(cells[0])):
            past = line.index(DELIMITER) + len(DELIMITER)
            line_start, line = line_start + past, line[past:]
            cells = cells[1:]
        on_grid = grid.row(line_start, line, cell_lines(text, line_start, line, breaks)) if columns else None
        if groups and (sub := grid.widths(line_start, line)) and {c for c, _w in sub} <= groups \
                and all(header_roles(cell, False) != ["unknown"] for cell in cells):
            for cell, (column, _width) in zip(cells, sub):  # (the sub-headers under a header cell's colspan)
                roles[column] = header_roles(cell, False)
            groups = set()
            continue
        groups = set()
        row_columns = placed.of_row(line_start, line) if filled else None
        if roles is not None and (heads[0] > 0 if heads else not moved) and rules().row_number_cell.match(cells[0]) and (
                row_columns[:2] == [0, heads[0]] if heads and row_columns else len(cells) == len(roles) + 1):  # (a row with
            past = line.index(DELIMITER) + len(DELIMITER)  # empty cells: its grid columns) ('(a) | Name | ...' under
            line_start, line, cells = line_start + past, line[past:], cells[1:]  # a header whose first column is
            # blank: the row's mark)
            row_columns = row_columns[1:] if row_columns else None
        if captions is not None and row_columns and (more := spread(cells, row_columns, heads, "")) is not None \
                and not any(rt.is_person_name(cell) for cell in cells) and not _names_a_line(text, line_start, line, breaks):
            captions = [joined_caption([a, b]) for a, b in zip(captions, more)]
            roles = [header_roles(caption, i == 0) for i, caption in enumerate(captions)]
            captions = None  # ('pation', 'Address': the second row of a header printed over two)
            continue
        captions = None
        first = 0 if rules().column_roles["name"].match(english_caption(cells[0])) else names_elsewhere(
            cells, header_roles, names_column)  # ('NOMBRE / NAME': its English half)
        if first is not None and len(cells) > 1:
            heads = row_columns if row_columns and len(cells) > 2 else None
            printed = None if row_columns or (columns and grid.widths(line_start, line)) else list(range(len(cells)))
            if heads:
                cells = captions = [joined_caption([cell]) for cell in cells]
            roles, header, above = [i != first and flag_role(cell) or header_roles(cell, i == first)  # ('Director'
                                    for i, cell in enumerate(with_upper_words(cells, upper))], None, None  # over Yes/No)
            if second := second_org_column(cells, roles):
                roles[second[1]] = ["unknown"]  # (its titles are the other organisation's record)
            widths = grid.widths(line_start, line) if columns else None
            if widths and any(w > 1 for _c, w in widths):
                roles, groups = grouped_roles(roles, widths)
            moved = None if heads else name_columns(cells, roles, widths, names_column)
            if moved:  # (names in another column, or beside a numbering column: the names read first)
                roles, groups, printed = moved.roles(roles), set(), None
            elif first:
                roles = None  # (a header whose columns cannot be put in order: no entry under it)
            continue
        if line == header:
            continue  # the header again after a page break (the name row above still heads the next row)
        if len(cells) > 1 and roles is None and _nameless_header(cells):
            roles, header, above = [["name"]] + [header_roles(cell, False) for cell in cells], line, None
            continue  # 'Position | Principal Occupation | ...': each name stands alone on the row above
        if roles is None:
            continue
        if len(cells) == 1:
            if header is not None and rt.is_person_name(rt.strip_numbering(cells[0])[0]):
                if above is not None:
                    skipped.append(above[:2])  # a name row with no details row under it
                above = (line_start + line.index(cells[0]), line_start + line.index(cells[0]) + len(cells[0]), cells[0])
            else:
                body = rt.body_of(line) or body
            continue
        if not moved and header is None and nameless_row(row_columns, printed, entries):
            skipped.append((line_start, line_start + len(cells[0])))  # (its name cell empty: a value's next line)
            continue
        split = cell_lines(text, line_start, line, breaks)
        if on_grid is not None and len(on_grid[0]) == len(roles) and on_grid[0][0] == cells[0]:
            cells, split = on_grid  # (a cell printed once for several rows, with a rowspan, stands in each)
        elif heads and row_columns and row_columns[0] == heads[0] and (wide := spread(cells, row_columns, heads, "")):
            cells, split = wide, spread(split, row_columns, heads, [""])  # (empty cells back in their columns)
        elif printed and row_columns and row_columns[0] == 0 and (wide := spread(cells, row_columns, printed, "")):
            cells, split = wide, spread(split, row_columns, printed, [""])  # (a header printed whole: the columns
            # of the row's printed cells are its own)
        name_offset = 0
        if moved:
            if row_columns and len(cells) < moved.width and (wide := spread(cells, row_columns, moved.grid, "")):
                cells, split = wide, spread(split, row_columns, moved.grid, [""])  # (empty cells dropped: the
                # converter's grid columns put the printed ones back in theirs)
            if (ordered := moved.row(line, cells, split)) is None:
                skipped.append((line_start, line_end))
                continue
            cells, split, name_offset = ordered
        if header is not None:  # the details row takes the name row just above it, or is nobody's
            if above is None or len(cells) + 1 > len(roles):  # (fewer cells: empty ones dropped, typed in _fill)
                skipped.append((line_start, line_end))
                above = None
                continue
            cells, split = [above[2]] + cells, [[above[2]]] + split
            line_start, above = above[0], None
        name, stacked = cells[0], []
        if len(split[0]) > 1 and rt.is_person_name(split[0][0]) and (not rt.is_person_name(name) or _citizen_under(split[0])
                                                                     or _runs_on(split[0], roles[0])) \
                and (addressed(split[0][1:])
                     or not any(len(line.split()) >= 2 and rt.is_person_name(line) for line in split[0][1:])):
            name, stacked = split[0][0], split[0][1:]  # '<b>Name</b><br>Title': the name's own line (not where
            # another line is a person's name too: a cell listing several persons is no one person's; a bare
            # country or nationality line under the name is a citizenship, never part of the name)
        if not rt.is_person_name(name):
            skipped.append((line_start, line_start + len(cells[0])))
            continue
        entry = Entry(name=name, name_span=(line_start + name_offset, line_start + name_offset + len(name)),
                      evidence=(line_start, line_end), body=body,
                      title_column=any("position" in r for r in roles[0][1:] + [x for r in roles[1:] for x in r]))
        if stacked:
            place(entry, stacked, [r for r in roles[0] if r != "name"], stacked_under_name=True)
        if any(len(c) > 1 for c in split[1:]) and len(split) == len(roles):
            entry.lines_are_items = True
            for column_lines, role in zip(split[1:], roles[1:]):
                if role[0].startswith("flag:"):
                    add_value(entry, role[0], " ".join(column_lines))  # (a 'Yes' under 'Director')
                elif role not in (["unknown"],) and column_lines != [""]:
                    place(entry, column_lines, role)
        else:
            fill_row(entry, cells[1:], roles[1:], split[1:] if len(split) == len(cells) else None)
        entries.append(entry)
        if second and len(split) == len(roles) and (other := second_org_entry(entry, split[second[1]], second)):
            entries.append(other)
    return entries, unassigned_names(text, skipped)


def _names_a_line(text: str, line_start: int, line: str, breaks: Sequence[int]) -> bool:
    """A row whose first cell's first printed line is a person's name ('Pei-yuan Chia' over 'United States'): the
    first row of entries, never the second row of the header above it."""
    return bool(breaks) and rt.is_person_name(cell_lines(text, line_start, line, breaks)[0][0])


def _citizen_under(lines: list[str]) -> bool:
    """A name cell whose lines under the name include a bare citizenship ('Canadian', 'France', 'U.S.')."""
    return any(is_citizenships(line) for line in lines[1:])


def _runs_on(lines: list[str], roles: list[str]) -> bool:
    """A cell captioned for more than the name, a whole name over two words or more: a wrapped name goes on by a word
    at most (kg.forms.roster_name_guard), so those are its other values ('Skadden' / 'Arps' / 'Slate')."""
    return bool(set(roles) - {"name"}) and len(lines[0].split()) >= 2 and len(" ".join(lines[1:]).split()) >= 2


def _nameless_header(cells: list[str]) -> bool:
    """A header row of detail columns only ('Position | Principal Occupation | Citizenship'): every
    cell a column kg knows, none a person's name."""
    roles = [header_roles(cell, False) for cell in cells]
    return all(r != ["unknown"] for r in roles) and not any(rt.is_person_name(cell) for cell in cells) \
        and {"position", "occupation", "citizenship", "address"} & {x for r in roles for x in r} != set()


def unassigned_names(text: str, cells: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Person names standing in table cells that became no entry (reported, never dropped)."""
    from kg.forms.nlp import person_names
    found = []
    for start, end in cells:
        found += [(start + s, start + e) for s, e in person_names(text[start:end])]
    return found
