"""A roster whose layout no reader knows: the persons whose names are certain; one entry, `read_unrecognised`.

Called only when the roster readers read no person from a roster region (a heading or title saying directors,
officers or partners) and made no finding but that its layout was not understood (a refusal stands). The entries
are found by their names alone: a line that opens (after a marker such as '>>', '*', '#1' or '1.') with a
person's name by the existing name tests (no footnote mark glued on), every such line
at the same margin behind the same marker, none with a second name on it (entries side by side), and, where the name
stands alone on its line, every entry a block of its own (a blank line above each, or the same number of lines
each). Only values certain by content and place are kept: a cell after the name on its own line (split from it by
a gap or a spaced separator such as ' / ', ' | ', ' :: ', ' - ') that is wholly a title or wholly a citizenship and
that no text above or below continues. The person has the roster's organisation (its title or preamble) and no
default of the preamble. A `roster-partial` finding says the layout was not recognised.
"""
from __future__ import annotations

import re
from dataclasses import replace

from kg.context import Context
from kg.forms import roster_types as rt
from kg.forms.roster_entry import Entry, Roster, to_person
from kg.forms.roster_junk import refuse_junk
from kg.forms.roster_letter_marks import lettered_anchors
from kg.forms.roster_name_guard import is_place, unlisted
from kg.forms.roster_org import is_org_title, part_title
from kg.forms.roster_preamble import read_preamble
from kg.forms.roster_rules import rules
from kg.forms.roster_run_in import read_run_in
from kg.forms.roster_title import roster_title
from kg.records import Filing, Person

_LEAD = re.compile(r"[ \t]*((?:[^\w\s(\[{]{1,3}|#\d{1,3}|\d{1,3}[.)]|\(\d{1,3}\))[ \t]+)?")
_GAP = r"(?:[ \t]+(?:/|\||::?|—|–|--?|;|•|·)(?:[ \t]+|$)|[ \t]*\t[ \t]*|[ ]{2,})"
_SEPARATORS = re.compile(_GAP)
_RULE = re.compile(r"[-+=_|:.*\s]*")  # a line of a box's rules, or of stars between entries: no cell's text
_TAGS = re.compile(r"(?:\s*</?[A-Z]{1,8}>)+\s*", re.I)  # ('<S>   <C>': an EDGAR table's column marks)
_NAME_CHARS = re.compile(r"[^\W\d_][^\W\d_.,'’ -]*(?:[.,'’ -]+[^\W\d_]+)*\.?")  # (no mark: 'Smith(a)', 'Smith*')
_CAPITALISED_WORDS = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}")
_OPEN_END = re.compile(r"(?:[,&/-]|\b(?:and|of|the|for|to|or))\s*$", re.I)
_HANG = 4  # (the most columns a name's second line is indented under its first: a hanging indent)
_REGION_CHARS = 250_000  # (the largest real rosters hold about 200,000 characters: kg.forms.name_budget)
_ENTRY_LINES = 40  # (more lines than any entry's without a break: no entry's lines, the value is not certain)
_NOT_UNDERSTOOD = "a roster was found but its layout was not understood"  # (kg.forms.annex: the only finding)


def read_unrecognised(ctx: Context, filing: Filing, regions: list[tuple[int, int]], exhibit: bool,
                      heard: int) -> None:
    """Add the persons of each roster region whose names are certain (with a `roster-partial` finding)."""
    if ctx.layout_refusals or any(w.code != "unparsed-section" or not w.message.startswith(_NOT_UNDERSTOOD)
                                  for w in ctx.warnings[heard:]):
        return  # (a reader or a view refused something here, with a finding: its refusal stands)
    if exhibit and not regions and rules().roster_heading.search(ctx.text[:3000]):
        regions = [(0, len(ctx.text))]
    for start, end in regions:
        if end - start > _REGION_CHARS or sum(1 for _s, _e, line in _lines(ctx.text, start, end)
                                              if is_org_title(line.strip())) > 1:
            continue  # (longer than any roster; or several organisations' rosters: whose each name is is not certain)
        people = _certain_people(ctx, filing, start, end)
        people = refuse_junk(ctx, unlisted(ctx, people) or []) if people else []
        if people:
            ctx.warn("roster-partial", f"the roster's layout was not recognised: {len(people)} persons whose names "
                     "are certain are recorded, each only with the title or citizenship printed beside the name on "
                     "its line; other values of the entries are not read", span=(start, end))
            filing.people.extend(people)


def _certain_people(ctx: Context, filing: Filing, start: int, end: int) -> list[Person]:
    scratch = replace(ctx, warnings=[], memo={})  # (the title and preamble are read again: no finding twice)
    _title_start, title_end, title = roster_title(ctx.text, start, end)
    read, body_start = read_preamble(scratch, filing, part_title(ctx.text, title, title_end, end), title_end, end)
    if not read.organization:
        return []
    roster = Roster(organization=read.organization, listed_bodies=set(), aliases=read.aliases)  # (no default)
    lines = _lines(ctx.text, body_start, end)
    anchors = lettered_anchors([(index, anchor) for index, (_s, _e, line) in enumerate(lines) if (anchor := _anchor(line))])
    if anchors is None:
        return []  # (letters before the names that may be markers or initials: no name is certain)
    if len(anchors) < 2 or len({(a[0], a[1]) for _i, a in anchors}) > 1 or any(_has_name(a[4]) for _i, a in anchors):
        return read_run_in(ctx, roster, title_end, end)  # (names at two margins, or two on a line: not certain here)
    if all(not a[4] for _i, a in anchors) and not _blocks(lines, [i for i, _a in anchors]):
        return []
    people = []
    for index, (_indent, _marker, column, name, cells) in anchors:
        if _wrapped(lines, index, column) is not None:
            s, e, _line = lines[index]
            ctx.warn("roster-ambiguous", f"{name!r} may be part of a name wrapped over two lines; it is left out",
                     span=(s, e), readings=[name, None])
            continue
        people.append(_person(ctx.text, lines, index, (name, cells), roster, {i for i, _a in anchors}))
    return people


def _lines(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, text with tabs expanded) of each line of text[start:end], blank lines included."""
    out, pos = [], start
    while pos < end:
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        out.append((pos, stop, text[pos:stop].expandtabs(8).rstrip()))
        pos = stop + 1
    return out


def _anchor(line: str) -> tuple[int, str, int, str, list[tuple[int, str]]] | None:
    """(margin, marker, name column, name, [(column, cell)] after it) of a line that opens with a person's name."""
    lead = _LEAD.match(line)
    if not line.strip() or lead is None:
        return None
    marker = re.sub(r"\d+", "9", (lead.group(1) or "").strip())
    column = lead.end()
    cells = _cells(line, column)
    if not cells or cells[0][0] != column:
        return None
    name = cells[0][1]
    if not _NAME_CHARS.fullmatch(name) or not rt.is_person_name(name) or is_place(name) or rt.is_organization(name) \
            or _OPEN_END.search(name):
        return None
    margin = len(line) - len(line.lstrip())
    return margin, marker, column, name, cells[1:]


def _cells(line: str, column: int) -> list[tuple[int, str]]:
    """(column, text) of each cell of `line` from `column` on, split at gaps and spaced separators; where a bar closes
    the first cell, at bars alone (a table's borders: 'Vice President - Marketing' is one cell between them)."""
    cells, pos, gaps = [], column, list(_SEPARATORS.finditer(line, column))
    if gaps and "|" in gaps[0].group(0):
        gaps = [gap for gap in gaps if "|" in gap.group(0)]
    for gap in [*gaps, None]:
        stop = len(line) if gap is None else gap.start()
        if re.search(r"\w", line[pos:stop]):  # (a box's closing ':' or '|' is no cell)
            cells.append((pos + len(line[pos:stop]) - len(line[pos:stop].lstrip()), line[pos:stop].strip()))
        pos = len(line) if gap is None else gap.end()
    return cells


def _has_name(cells: list[tuple[int, str]]) -> bool:
    return any(rt.is_person_name(cell) and not rt.is_title(cell) for _c, cell in cells)


def _blocks(lines: list[tuple[int, int, str]], anchors: list[int]) -> bool:
    """Each name alone on its line opens a block: a blank line (or the body's start) above each, or the same
    number of lines from each name to the next."""
    if all(index == 0 or not lines[index - 1][2].strip() for index in anchors):
        return True
    steps = {b - a for a, b in zip(anchors, anchors[1:])}
    return len(anchors) >= 3 and len(steps) == 1 and steps.pop() >= 2


def _text_at(line: str, column: int) -> str | None:
    """The cell that opens at `column` of `line` (None when none opens there)."""
    if len(line) <= column or line[column] == " " or column and line[column - 1] != " ":
        return None
    return _SEPARATORS.split(line[column:], maxsplit=1)[0].strip()


def _wrapped(lines: list[tuple[int, int, str]], index: int, column: int) -> str | None:
    """The line above or below the name's, where it holds at the name's column (below: or at a hanging indent, blank
    before it) what may be more of the name."""
    for near, hang in ((index - 1, 0), (index + 1, _HANG)):  # (below: at a hanging indent too, '  Narvekar')
        for at in range(column, column + hang + 1) if 0 <= near < len(lines) else ():
            if lines[near][2][column:at].strip():
                break
            if (cell := _text_at(lines[near][2], at)) is not None and _CAPITALISED_WORDS.fullmatch(cell) \
                    and not _typed(cell):
                return cell
    return None


def _typed(cell: str) -> bool:
    return (rt.is_title(cell) or rt.is_nationality(cell) or rt.is_address_line(cell) or rt.is_organization(cell)
            or is_place(cell) or rt.is_header(cell) or rt.is_person_name(cell))


def _person(text: str, lines: list[tuple[int, int, str]], index: int, read: tuple[str, list[tuple[int, str]]],
            roster: Roster, rows: set[int]) -> Person:
    """The person of the name on line `index`, with the cells after the name that are certain by content and place
    (no text above or below them in the entry's lines, but caption lines and SGML tags: no more of the cell, and
    no more values of its kind)."""
    (start, end, _line), (name, cells) = lines[index], read
    fields: dict[str, str] = {}
    for cell_column, cell in cells:
        key = _certain_kind(cell)  # (a title-like cell that is no certain title: 'Co Vice Chair of the', going on
        cut = key is None and rt.is_title(cell)  # below; 'Co Vice Chair of the Board', an organisation's words too)
        near = _entry_lines(lines, index, rows)
        alone = near is not None and not any(_overlaps(lines[other][2], cell_column, len(cell)) and not _TAGS.fullmatch(
            lines[other][2]) and not _header(lines[other][2]) for other in near)
        if cut:  # (the first title-like cell after the name is the title column's: no later cell is the title)
            fields.setdefault("title", "")
        elif key and alone and key not in fields:
            fields[key] = cell
        elif key:
            fields[key] = ""  # (two such cells, or a cell that wraps: neither is certain)
    at = text.find(name, start, end)  # (where the name is printed: a tab before it is one character)
    entry = Entry(name=name, name_span=(at, at + len(name)), evidence=(start, end),
                  fields={k: v for k, v in fields.items() if v})
    return to_person(entry, roster)


def _entry_lines(lines: list[tuple[int, int, str]], index: int, rows: set[int]) -> list[int] | None:
    """The lines around the name's that may hold more of its entry: up to a blank line, a rule or another entry's
    name line, each way; None where that runs on past any entry's length."""
    near = []
    for step in (-1, 1):
        other = index + step
        while 0 <= other < len(lines) and other not in rows and not _RULE.fullmatch(lines[other][2]):
            if abs(other - index) > _ENTRY_LINES:
                return None
            near.append(other)
            other += step
    return near


def _header(line: str) -> bool:
    """A caption line ('NAME   TITLE   CITIZENSHIP') above the first entry: no cell's continuation."""
    cells = _cells(line, 0)
    return bool(cells) and all(rt.is_header(cell) for _c, cell in cells)


def _certain_kind(cell: str) -> str | None:
    if rt.is_nationality(cell):
        return "citizenship"
    if rt.is_title(cell) and not _OPEN_END.search(cell) and not re.search(r"[\d\[\]{}<>]", cell) \
            and not rt.is_organization(cell) and not rt.is_person_name(cell):
        return "title"
    return None


def _overlaps(line: str, column: int, width: int) -> bool:
    """Text on `line` within the columns of a cell (the cell is continued above or below it)."""
    return not _RULE.fullmatch(line[max(0, column - 1):column + width + 1])
