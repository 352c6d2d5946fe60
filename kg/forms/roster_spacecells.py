"""A fixed-width table a converter collapsed: each row printed on one line, its cells apart by a run of spaces
(the same run all along the row, two to four spaces, varying by row), nothing aligned between rows, the header
printed the same way. Read by the header's columns such lines run across the columns and two names run together
(kg.forms.roster_geometry refuses such a table). A block of them is laid out cell by cell instead, as a table saved
with tabs is (kg.forms.roster_tabcells): the n-th cell of every line starts in the n-th column, as wide as its
widest cell, and the fixed-width readers read it as printed; only where the block is certain: a header line of
three or more captions, the first a name's, then rows up to a blank line, every one with as many cells as the
header and one gap all along the row.

A row with fewer cells (an empty cell is a wider gap, and a wider gap is no proof of which) is placed by what its
cells hold (kg.forms.roster_spacerows): a cell only where its content says its column for certain, a cell that
could stand under two columns left out, a row no column takes left out whole; each with a finding (a row joined
by two spaces is placed by its doubled gap only where another row of the table, joined by three or more, was). A row left out
is not displayed at all (a blank line there would end the table), and no other row's value moves: each row is one
line. Such rows are read only where some row runs across the header's columns (so that no fixed-width reading of
the table is possible: an aligned table with empty cells is read as printed), every column has one role, and
every such row opens with a person's name; else nothing of the block is laid out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.forms import roster_types as rt
from kg.forms.roster_marks import without_glued_signs
from kg.forms.roster_pages import page_debris
from kg.forms.roster_rules import rules
from kg.forms.roster_spacerows import MIN_SEPARATOR, column_roles, place_row, title_parts
from kg.read.clean import INVISIBLE

GAP = 3  # spaces between the widest cell of a column and the next column
_CELL = re.compile(r"[^ \t\r\n]+(?: [^ \t\r\n]+)*")  # (a no-break space joins the words of a cell)
_RULE = re.compile(r"^[\s\-=_]+$")
_HIDDEN = re.compile("[" + "".join(sorted(INVISIBLE)) + "]")  # (not displayed)
_PAGE_MARK = re.compile(r"^[ \t]*(?:<PAGE>|\d{1,3})[ \t]*$", re.I)


@dataclass
class SpaceLayout:
    columns: dict[int, list[tuple[int, int, int]]] = field(default_factory=dict)  # line: (start, end, column)
    # (line, start, end, code, message, values) of each cell or row left out
    findings: list[tuple[int, int, int, str, str, dict]] = field(default_factory=list)


def space_columns(lines: list[str]) -> dict[int, list[tuple[int, int, int]]]:
    """{line index: (start, end, column) of each cell} for the lines of every collapsed table block (no cell: the
    line is not displayed)."""
    return space_layout(lines).columns


def space_layout(lines: list[str]) -> SpaceLayout:
    """The cells of every collapsed table block laid out, and the findings on what is left out (each line read as
    displayed, its tabs expanded; the spans are the line's own)."""
    out, after = SpaceLayout(), 0
    displayed = [_expanded(line) for line in lines]
    lines = [line for line, _ in displayed]
    for index, line in enumerate(lines):
        if index >= after and "  " in line and "name" in _shown(line).casefold() and (head := _cells(line)) \
                is not None and _is_header(line, head):
            block = _block(lines, index, head)
            out.columns.update(block.columns)
            out.findings += block.findings
            after = max(block.columns, default=index) + 1  # (a header repeated inside the block is no new one)
    for index, cells in out.columns.items():
        if (back := displayed[index][1]) is not None:
            out.columns[index] = [(back[s], back[e - 1] + 1, column) for s, e, column in cells]
    out.findings = [(n, *((s, e) if (back := displayed[n][1]) is None else (back[s], back[e - 1] + 1)), *rest)
                    for n, s, e, *rest in out.findings]
    return out


def _expanded(line: str) -> tuple[str, list[int] | None]:
    """A line as displayed, each tab to the next multiple of 8 columns, and the index in the line of each character
    displayed (None: no tab, the line as it is)."""
    if "\t" not in line:
        return line, None
    shown, back = [], []
    for index, char in enumerate(line):
        width = 8 - len(shown) % 8 if char == "\t" else 1
        shown += [" " if char == "\t" else char] * width
        back += [index] * width
    return "".join(shown), back


def _shown(text: str) -> str:
    """A cell's text as displayed: no invisible character, a no-break space a space."""
    return _HIDDEN.sub("", text).replace("\xa0", " ")


def _typed(text: str) -> str:
    """A cell's text as its content is typed: as displayed, without the footnote signs glued to it ('Anne Roux†')."""
    shown = _shown(text)
    return without_glued_signs(shown, 0, len(shown)).strip()


def _split(line: str) -> list[tuple[int, int]]:
    """The cells of a line (displayed: no tab), apart by two spaces or more."""
    return [(m.start(), m.end()) for m in _CELL.finditer(line)]


def _cells(line: str) -> list[tuple[int, int]] | None:
    """The cells of a line with one gap all along it (None where the gaps differ)."""
    cells = _split(line)
    gaps = {start - end for (_, end), (start, _) in zip(cells, cells[1:])}
    return cells if len(gaps) == 1 and min(gaps) >= 2 else None


def _is_header(line: str, cells: list[tuple[int, int]]) -> bool:
    captions = [_shown(line[start:end]) for start, end in cells]
    return len(captions) >= 3 and bool(rules().column_roles["name"].match(captions[0])) and all(
        rt.is_header(caption) for caption in captions)


def _block(lines: list[str], at: int, head: list[tuple[int, int]]) -> SpaceLayout:
    count = len(head)
    members, furniture = _members(lines, at)
    cells = {m: _cells(lines[m]) for m in members}
    short = [m for m, c in cells.items() if c is None or len(c) != count]
    if len(members) < 3:
        return SpaceLayout()
    if short:
        found = _with_short_rows(lines, at, head, members, short)
    elif len({tuple(start for start, _ in c) for c in cells.values()}) == 1:
        return SpaceLayout()  # (aligned already: read as printed)
    else:
        found = SpaceLayout(_laid_out({m: [(s, e, n) for n, (s, e) in enumerate(c)] for m, c in cells.items()}, count))
    if found.columns:
        found.columns.update({m: [] for m in furniture})
    return found


def _members(lines: list[str], at: int) -> tuple[list[int], list[int]]:
    """The header's line and its rows' (up to a blank line that ends the table), and the lines of page furniture
    between rows, not displayed: blank lines after the header, and where a page broke inside the table (the
    break's marks, the page's number or running header, the header repeated, blank lines), rows following."""
    header = _shown(lines[at]).split()
    members, furniture, index = [at], [], at + 1
    while index < len(lines) and _RULE.match(lines[index]) and lines[index].strip():
        index += 1  # (a rule under the header: displayed as printed)
    while index < len(lines):
        run, marked = index, False
        while run < len(lines) and (not lines[run].strip() or _furniture(lines[run], header)):
            marked = marked or bool(lines[run].strip()) or "\f" in lines[run]
            run += 1
        if run > index and not ((marked or len(members) == 1) and run < len(lines) and _opens_row(lines[run])):
            if len(members) > 1:  # (a blank line ends the table; a page that breaks after its last row leaves its
                furniture += [i for i in range(index, run) if lines[i].strip() or "\f" in lines[i]]  # marks)
            break
        furniture += range(index, run)
        if run < len(lines):
            members.append(run)
        index = run + 1
    return members, furniture


def _furniture(line: str, header: list[str]) -> bool:
    """A line a page break leaves: its mark, the page's number or running header, the table's header again."""
    shown = _shown(line)
    return bool(_PAGE_MARK.match(shown) or page_debris(shown)) or "\f" in line or shown.split() == header or bool(
        _RULE.match(shown))


def _opens_row(line: str) -> bool:
    cells = _split(line)
    return bool(cells) and len(cells) >= 2 and rt.is_person_name(_typed(line[cells[0][0]:cells[0][1]]))


def _with_short_rows(lines: list[str], at: int, head: list[tuple[int, int]], members: list[int],
                     short: list[int]) -> SpaceLayout:
    """The block's rows, those with fewer cells than the header placed by their content (see above); a title
    left in doubt is placed where the table's other rows put that same title for certain."""
    roles = column_roles([_shown(lines[at][s:e]) for s, e in head])
    starts = [start for start, _ in head]
    if roles is None or not any(_crosses(lines[m], starts) for m in members[1:]):
        return SpaceLayout()
    rows, known = {}, {}
    for m in members:
        cells = _split(lines[m])
        texts = [_typed(lines[m][s:e]) for s, e in cells]
        if m not in short:
            rows[m] = (cells, texts, None)
            for n, text in enumerate(texts):
                for key in title_parts(text):
                    known.setdefault(key, set()).add(n)
            continue
        gaps = [start - end for (_, end), (start, _) in zip(cells, cells[1:])]
        row = place_row(texts, roles, gaps) if len(cells) < len(head) else None
        if row is None and len(cells) < len(head):
            return SpaceLayout()  # (a line that opens with no name: maybe no row of its own)
        rows[m] = (cells, texts, row)
        for index, column in row.cells if row is not None and not row.refusal else ():
            for key in title_parts(texts[index]):
                known.setdefault(key, set()).add(column)
    placed, findings = {}, []
    shown = any(row is not None and row.by_gaps for _, _, row in rows.values())  # (an empty cell's two separators)
    for m, (cells, texts, row) in rows.items():
        if m not in short:
            placed[m] = [(s, e, n) for n, (s, e) in enumerate(cells)]
            continue
        if row is not None and row.doubts:
            gaps = [start - end for (_, end), (start, _) in zip(cells, cells[1:])]
            row = place_row(texts, roles, gaps, known, separator=2 if shown else MIN_SEPARATOR)
        placed[m] = _placed_or_noted(lines[at], head, m, cells, texts, row, findings)
    return SpaceLayout(_laid_out(placed, len(head)), findings)


def _placed_or_noted(header: str, head: list[tuple[int, int]], m: int, cells: list[tuple[int, int]],
                     texts: list[str], row, findings: list) -> list[tuple[int, int, int]]:
    """(start, end, column) of a short row's cells placed; the row refused or a cell in doubt noted in `findings`."""
    if row is None or row.refusal:
        why = row.refusal if row is not None else "more cells than the header has columns" if len(cells) > len(
            head) else "its gaps differ though it has a cell for every column"
        findings.append((m, cells[0][0], cells[-1][1], "unassigned-name", f"{texts[0]!r} stands in a collapsed "
                         f"table but its row's cells cannot be placed under the columns for certain ({why}); "
                         "it is left out", {"name": texts[0]}))
        return []
    for index, columns in row.doubts:
        captions = [_shown(header[head[c][0]:head[c][1]]) for c in columns]
        findings.append((m, *cells[index], "roster-ambiguous", f"{texts[index]!r} in the row of {texts[0]!r} "
                         f"could stand under {' or '.join(map(repr, captions))}; it is left out",
                         {"readings": captions}))
    return [(*cells[index], column) for index, column in row.cells]


def _crosses(line: str, starts: list[int]) -> bool:
    """A cell after the line's first runs across the start of a header's column."""
    return any(start + 2 < column < end - 1 for start, end in _split(line)[1:] for column in starts[1:])


def _laid_out(placed: dict[int, list[tuple[int, int, int]]], count: int) -> dict[int, list[tuple[int, int, int]]]:
    """(start, end, display column) of each placed cell: every column as wide as its widest cell."""
    widths = [max((e - s for cells in placed.values() for s, e, n in cells if n == column), default=0)
              for column in range(count)]
    starts = [sum(widths[:n]) + GAP * n for n in range(count)]
    return {m: [(s, e, starts[n]) for s, e, n in cells] for m, cells in placed.items()}
