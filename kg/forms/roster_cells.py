"""Roster tables saved as text with one cell per line (an HTML table copied without its borders).

The header is a run of short lines that each name a column ('Name', 'Position', 'Citizenship',
'Business Address'); its length is the table's period. A roster over several entities prints
each entity's name over its own header. The body is read in rows: blocks between blank lines,
and within a block of another length, rows that start at each name. A row of the period's length
is read cell by cell when every cell can stand in its column; a longer row is typed into the
columns (kg.forms.roster_cell_types). A row that fits neither way is not guessed at: its names
are reported.
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_cell_last_address import last_line_address
from kg.forms.roster_cell_lead import captions_in_block, lead_captions, peel_leads
from kg.forms.roster_cell_page_row import cut_name, joined_cut_name
from kg.forms.roster_cell_partial import read_before_tail
from kg.forms.roster_cell_types import _employer_words, fits, split_row
from kg.forms.roster_cell_wraps import joined_wraps
from kg.forms.roster_dash_default import is_dash, without_dashes
from kg.forms.roster_entry import Entry
from kg.forms.roster_grid_result import Ambiguity, GridResult
from kg.forms.roster_rules import rules
from kg.forms.roster_table import header_roles
from kg.lookups.empty_cells import is_empty_cell
from kg.read.sections import lines_with_offsets

_GAP = re.compile(r"\S\s{2,}\S")  # two cells on one line: a fixed-width table, not this layout
_HOUSE_NUMBER = re.compile(r"(?:\d+|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\s+[A-Z]")  # ('One ConAgra
# Drive': a street, never a name that opens a row)
_ROW_NUMBER = re.compile(r"\(?(?:\d{1,3}|[ivxlc]{1,7})[.)]")  # a row's number alone on its line: '2.', 'iv.', '(3)'


def read_cell_lines(text: str, start: int, end: int) -> GridResult | None:
    lines = _bar_cells(list(lines_with_offsets(text, start, end)))
    result = GridResult(entries=[])
    position, cut = 0, None  # (a name cut off from its row by a page break: kg.forms.roster_cell_page_row)
    while (header := _header_run(lines, position, text)) is not None:
        first, period = header
        if kinds := lead_captions(text, lines, first):  # ('Citizenship' / 'Name' / ...: cells before the name)
            period = captions_in_block(text, lines, first, period)
        following = _header_run(lines, first + period, text)
        stop = following[0] - len(lead_captions(text, lines, following[0])) if following else len(lines)
        organization = _entity_line(lines, stop) if following else None
        if organization is not None:
            stop -= 1  # the next entity's name, printed over its header
        own = _entity_line(lines, first, position)
        roles = [header_roles(line, index == 0) for index, (_s, _e, line) in enumerate(lines[first:first + period])]
        body, leads = lines[first + period:stop], {}
        if kinds:
            body, leads = peel_leads(text, body, kinds)
        elif first > 0 and rules().row_number_caption.match(lines[first - 1][2].strip()):  # 'No.' over 'i.'
            body = _numbered(body)
            if body is None:
                position = stop
                continue
        again = bool(following) and organization is None and _captions(lines, header) == _captions(lines, following)
        cut = _read_rows(text, body, roles, result, own, leads, cut, again)
        position = stop
    return result if result.entries else None


def _bar_cells(lines: list) -> list:
    """The lines of a table saved as text with a '|' before each cell, one cell a line ('|Name', '|Director'), as
    cells without the bar; a bar alone before a line with none holds that line's cell (a long cell printed under
    its bar). Other lines as they are; a line with a second bar is a row of cells, no cell: then all as they are."""
    barred = [line for line in lines if line[2].startswith("|")]
    if len(barred) < 8 or any("|" in line[2][1:] for line in barred):
        return lines
    out = []
    for index, (line_start, line_end, line) in enumerate(lines):
        following = lines[index + 1][2] if index + 1 < len(lines) else ""
        if line.strip() == "|" and (following.strip() and not following.startswith("|") or _closes_row(lines, index)):
            continue  # (the cell's text is the next line; or the bar closes the table's last row, or a ruled one)
        out.append((line_start + 1, line_end, line[1:]) if line.startswith("|") else (line_start, line_end, line))
    return out


def _closes_row(lines: list, index: int) -> bool:
    """A bar alone after a cell of its own ('|United States') with no cell after it: the table's end (a blank line
    or the text's end next) or a ruled bar ('|-----') under it. It closes the row above (Trilogy's 2008 annex);
    a bar alone before another barred cell is an empty cell."""
    following = lines[index + 1][2].strip() if index + 1 < len(lines) else ""
    above = lines[index - 1][2].strip() if index else ""
    return above.startswith("|") and above != "|" and (not following or bool(_BAR_RULE.fullmatch(following)))


_BAR_RULE = re.compile(r"\|[ \t]*[-=_]{3,}[ \t]*")


def _captions(lines, header: tuple[int, int]) -> list[str]:
    return [line.strip().casefold() for _s, _e, line in lines[header[0]:header[0] + header[1]]]


def _numbered(body) -> list | None:
    """The body of a table whose first header cell is 'No.': each row opens with its number alone on a line ('i.',
    '2.', '(3)'), dropped here, and the row's name line after it; another 'No.' (the header repeated on a new page)
    is dropped too. None when a number line is not followed by a line that can open a row."""
    kept = [line for line in body if not rules().row_number_caption.match(line[2].strip())]
    numbers = [i for i, line in enumerate(kept) if _ROW_NUMBER.fullmatch(line[2].strip())]
    if not numbers or any(i + 1 >= len(kept) or _ROW_NUMBER.fullmatch(kept[i + 1][2].strip()) for i in numbers):
        return None
    return [line for i, line in enumerate(kept) if i not in numbers]


def _entity_line(lines, index: int, floor: int = 0) -> str | None:
    """The entity named on the line just above a header (a roster over several entities); not the roster's title
    ('Executive Officers and Directors of CONAGRA, INC.' ends in a legal form too)."""
    if index - 1 < floor:
        return None
    line = lines[index - 1][2].strip()
    return line if rt.is_organization(line) and not rt.is_person_name(line) and not rt.is_header(line) \
        and not rules().roster_heading.search(line) and len(_RUNNING_WORDS.findall(line)) < 3 else None


_RUNNING_WORDS = re.compile(r"\b[a-z]{3,}\b")  # (three words in small letters or more: a sentence, 'As used in this
# Schedule A, the "Company" means X, Inc.', no entity's name)


def _read_rows(text: str, body, roles: list[list[str]], result: GridResult, organization: str | None,
               leads: dict[int, tuple[str, int]], cut: tuple | None = None, again: bool = False) -> tuple | None:
    """Reads the rows into `result`; returns the line of a name cut off from its row by a page break (`again`:
    the captions are printed again after this body), which opens the next body's first row (`cut`)."""
    period = len(roles)
    rows = [row for block in (joined_wraps(text, block) for block in _rows(text, body))  # (a line set in: a wrap)
            for row in ([block] if len(block) == period else _anchored(block, period))]  # (another length: rows
    # start at the names)
    rows, cut_off = cut_name(joined_cut_name(rows, cut), again)
    for row in rows:
        name_start, _e, name = row[0]
        (fields, dashed), left_out = _fields(row, roles), None
        if fields is None and (partial := read_before_tail([line for _s, _e, line in row], roles)):
            fields, left_out = {k: "\n".join(v) for k, v in partial[0].items() if k != "name"}, partial[1:]
        if fields is None or _GAP.search(name.strip()) or not rt.is_person_name(name.rstrip(" ,")):  # (a line of
            _refuse(result, text, row, period)  # cells apart, '(3)   DWIGHT J. GOSLEE     U.S.     One ConAgra Drive':
            continue  # a fixed-width row, no name standing alone in its cell)
        entry = Entry(name=name.rstrip(" ,"), name_span=(name_start, name_start + len(name.rstrip(" ,"))),
                      evidence=(name_start, row[-1][1]), title_column="position" in {r for rs in roles for r in rs},
                      lines_are_items=len(row) != period)
        entry.fields.update(fields)
        entry.dashed = dashed
        if left_out:  # (an occupation and the address whose lines cannot be told apart: both left out, reported)
            entry.refused |= {left_out[1], "address"}
            tail = row[len(row) - len(left_out[0]):]
            result.ambiguous.append(Ambiguity((tail[0][0], tail[-1][1]), " / ".join(left_out[0]),
                                              "the occupation's cell", "the business address's cell"))
        if organization:
            entry.fields["organization"] = organization
        if name_start in leads:  # (the citizenship cell printed before the name: kg.forms.roster_cell_lead)
            entry.evidence = (leads[name_start][1], entry.evidence[1])
            if leads[name_start][0]:
                entry.fields["citizenship"] = leads[name_start][0]
        result.entries.append(entry)
    return cut_off


def _fields(row, roles: list[list[str]]) -> tuple[dict[str, str] | None, set[str]]:
    """The row's fields by column (None when the row is not what the header says) and the fields of its cells that
    show a dash alone (kg.forms.roster_dash_default)."""
    if len(row) == len(roles):
        fields: dict[str, str] = {}
        for (_s, _e, value), role in zip(row[1:], roles[1:]):
            if not fits(value, role[0] if role else "occupation"):
                return None, set()  # 'Board Director' where the address stands: the row is not what the header says
            if not is_empty_cell(value, star=True):
                field = role[0] if role else "occupation"
                fields[field] = f"{fields[field]}\n{value}" if fields.get(field) else value
        return fields, {role[0] for (_s, _e, value), role in zip(row[1:], roles[1:]) if role and is_dash(value)}
    lines, dashed = [line for _s, _e, line in row], set()
    if (split := split_row(lines, roles)) is None and (without := without_dashes(lines, roles)):
        lines, roles, dashed = without  # (a dash alone as the row's last line or the line under its name)
        split = split_row(lines, roles)
    split = split or last_line_address(lines, roles, split_row)  # ('..., 75008 Paris, France' closing the row)
    return (None, set()) if split is None else ({k: "\n".join(v) for k, v in split.items() if k != "name"}, dashed)


def _anchored(body, period: int) -> list[list]:
    """Rows that start at each line holding a person's name alone, once the row above holds a line for each column
    (a name-shaped line before that, 'Gerald Fischer' / 'Director' / 'Bankers Hall', is a cell of the row)."""
    rows: list[list] = []
    for line in body:
        if rt.is_person_name(line[2].strip().rstrip(" ,")) and not _HOUSE_NUMBER.match(line[2].strip()) \
                and not _employer_words(line[2]) and (not rows or len(rows[-1]) >= period) or not rows:
            # ('Wittington Investments' / 'Limited' under an occupation: an employer, the address's addressee)
            rows.append([line])
        else:
            rows[-1].append(line)
    return rows


def _header_run(lines, start: int = 0, text: str = "") -> tuple[int, int] | None:
    """Index of the header's first line (at `start` or later) and the number of columns."""
    for index, (_s, _e, line) in enumerate(lines[start:], start):
        if not rules().column_roles["name"].match(line) or len(line.split()) > 6 or _GAP.search(line):
            continue
        run = 1
        while index + run < len(lines) and rt.caption_line(lines[index + run][2]) \
                and not _GAP.search(lines[index + run][2]):
            run += 1
        if run >= 2 and not _over_gapped_captions(lines, index + run, _column(text, lines[index][0]), text):
            return index, run
    return None


def _column(text: str, at: int) -> int:
    return at - (text.rfind("\n", 0, at) + 1) if text else 0


def _over_gapped_captions(lines, below: int, column: int = 0, text: str = "") -> bool:
    """A line of captions set apart by gaps ('Name and Position     Nationality     is Conducted') closes the block
    of lines (no blank line between) under a run of caption lines: the run is the top of a fixed-width header, a
    column's caption wrapped a word or two a line ('Name, Principal' / 'Business and Address' / 'of any ...'). So
    does a gapped line with a cell set where the run's lines are set in ('Name of Executive        Employment is'
    under '      Name, Principal' set in as far): the run is that column's caption, wrapped over its lines."""
    for _start, _end, line in lines[below:below + 20]:
        if not line.strip():
            return False
        if _GAP.search(line):
            if column and any(_column(text, _start) + m.end() - 1 == column for m in _GAP.finditer(line)):
                return True
            return any(rt.is_header(cell) for cell in re.split(r"\s{2,}", line.strip()))  # ('which such
    return False  # Employment': the wrapped words of a caption, no caption alone)


def _rows(text: str, body) -> list[list]:
    """Blocks of lines between blank lines or rules ('-----' alone on a line between the entries)."""
    blocks: list[list] = []
    ruled = False
    for line in body:
        if _RULE.fullmatch(line[2]):
            ruled = True
            continue
        if blocks and not ruled and "\n\n" not in text[blocks[-1][-1][1]:line[0]].replace(" ", "").replace("\t", ""):
            blocks[-1].append(line)
        else:
            blocks.append([line])
        ruled = False
    return blocks


_RULE = re.compile(r"[ \t]*[-=_*]{3,}[ \t]*")


def _refuse(result: GridResult, text: str, row, period: int) -> None:
    from kg.forms.nlp import person_names
    start, end = row[0][0], row[-1][1]
    if len(row) != period and rt.is_person_name(row[0][2]):
        result.ambiguous.append(Ambiguity((start, end), " / ".join(line for _s, _e, line in row),
                                          f"{period} cells per row", f"{len(row)} cells in this row"))
        return
    for line_start, _e, line in row[:1]:
        result.orphans += [(line_start + s, line_start + e) for s, e in person_names(line)]
