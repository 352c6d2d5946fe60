"""Indented name-and-address blocks: the name, then the person's address lines, stacked in a
left column; the offices held wrapping in a right column; a blank line between people.

      Bruce C. Rohde                   Chairman of the Board and
      One ConAgra Drive                Chief Executive Officer of ConAgra Foods
      Omaha, NE 68102

The right column starts where a gutter of three or more spaces opens on the block's first
line, at the same place in every block. A block is an entry only when its first left cell is
a person's name; every other left cell of the block is an address line (never a person), every
right cell is office text. Blocks that do not fit the column are left to the other readers.
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.name_suffixes import suffix_alternation
from kg.forms.roster_address_stack import address_stack
from kg.forms.roster_cell_items import cell_items, closing_citizenship
from kg.forms.roster_entry import Entry
from kg.forms.roster_name_wrap import continues_name, given_names_wrapped
from kg.forms.roster_rowcells import section_row
from kg.forms.roster_rule_lines import rule_line
from kg.forms.roster_rules import rules
from kg.forms.roster_stacked_caption import rejoin_captioned
from kg.forms.roster_stacked_hang import hanging_items, roster_hangs
from kg.forms.roster_stacked_labelled import labelled_tail
from kg.forms.roster_stacked_pages import paged_blocks
from kg.forms.roster_table import names_column

_BLOCK = re.compile(r"^[ \t]*\S[^\n]*(?:\n[ \t]*\S[^\n]*)*", re.M)  # lines with text, up to a blank line
_LINE_GUTTER = re.compile(r"\S {3,}\S")
_GUTTER = re.compile(r"\S( {3,})(?=\S)")
_RULE_LINE = re.compile(rule_line("solid_no_star"), re.M)  # a row of hyphens between persons


def _opens_with_text(line: str) -> bool:
    body = line.lstrip(" \t")
    return bool(body) and not body[0].isspace()


def gutter_then_line_count(text: str, start: int, end: int) -> int:
    """Lines with text, then a gutter of three spaces after their second character or later, followed
    by a line with text (pairs not overlapping), read line by line: a long line with many gutters
    costs its length once (as one pattern over the region, every gutter rescanned the line)."""
    lines = text[start:end].split("\n")
    index = 0 if start == 0 or text[start - 1] == "\n" else 1  # the region starts mid-line
    count = 0
    while index < len(lines) - 1:
        body = lines[index].lstrip(" \t")
        if _opens_with_text(body) and _LINE_GUTTER.search(body, 1) and _opens_with_text(lines[index + 1]):
            count, index = count + 1, index + 2
        else:
            index += 1
    return count


def read_stacked(text: str, start: int, end: int, region: tuple[int, int], raw: str | None = None) -> list[Entry] | None:
    """Entries, or None unless at least two blocks (and most blocks after the first entry) fit.
    A region with table markup or a column header row is a table's (the grid reader's)."""
    if gutter_then_line_count(text, start, end) < 2:
        return None  # (a cheap test first: a line with a gutter, and a line under it)
    if re.search(r"<(?:table|s|c)>", text[region[0]:region[1]], re.I) or any(
            rt.is_header(line.strip()) or all(rt.is_header(cell) for cell in re.split(r"\s{3,}", line.strip()))
            or rt.wrapped_captions(re.split(r"\s{3,}", line.strip())) or _names_caption(line) or _section_caption(line)
            for line in text[region[0]:region[1]].splitlines() if re.search(r"\S {3,}\S", line)):
        return None
    body = _RULE_LINE.sub(lambda m: " " * len(m.group(0)), text[start:end])  # (a rule parts blocks as a blank line)
    blocks = [(start + m.start(), m.group(0)) for m in _BLOCK.finditer(body)]
    if any(_sub_heading(block) for _, block in blocks):
        return None  # ('DIRECTORS OF X' over a group of blocks: the grid reader gives each group its body)
    paged = paged_blocks(text, raw, blocks)  # (after a page break whose marks are blanked: kg.forms.roster_stacked_pages)
    entries, misfits, enough = _entries(blocks, False, paged)
    if misfits and len(entries) >= 2:  # (two persons' blocks or more hold an address: the others' left cells are
        entries, misfits, enough = _entries(blocks, True, paged)  # their address too, where none is a title, a name or a
        # nationality)
    if not (enough and not misfits and len(entries) >= 2):
        return None
    column = _block(entries[0].evidence[0], text[entries[0].evidence[0]:entries[0].evidence[1]], None)
    rejoin_captioned(text, start, entries, column and column[1])  # (kg.forms.roster_stacked_caption)
    width = max(len(line) for entry in entries for line in entry.fields["title"].split("\n"))
    run_on = any(";" in entry.fields["title"] for entry in entries)  # (items apart by ';': the lines are a wrap,
    # in the entries that print one; an entry without one parts its items by the column's width)
    cells = [_right_cells(text[entry.evidence[0]:entry.evidence[1]], column and column[1]) for entry in entries]
    hangs = not run_on and all(cells) and roster_hangs(cells)  # (kg.forms.roster_stacked_hang)
    for entry, cell in zip(entries, cells):
        _offices(entry, None if ";" in entry.fields["title"] else width, hanging_items(cell) if hangs else None)
    return entries


def _names_caption(line: str) -> bool:
    """A line whose first cell is the names' caption naming no address ('Name and Citizenship   International Group,
    Inc.' under 'Position(s) with American'): a table's header, the lines under each name no address lines."""
    first = re.split(r"\s{3,}", line.strip())[0]
    return rt.is_header(first) and names_column(first) and not rules().column_roles["address"].search(first)


def _section_caption(line: str) -> bool:
    """A section's caption row: a body in capitals, then column captions only ('OFFICERS    TITLE AND OCCUPATION'):
    the list is a table in sections (the grid reader's), the caption no line of the entry above."""
    cells = re.split(r"\s{3,}", line.strip())
    return len(cells) > 1 and cells[0].upper() == cells[0] and section_row(cells[0], [(0, c) for c in cells], []) is not None


def _sub_heading(block: str) -> bool:
    """A block of one line, no gutter in it, that names the body the entries under it belong to ('DIRECTORS OF X',
    'EXECUTIVE OFFICERS OF X'): the list is in parts, one per body."""
    line = block.strip()
    return "\n" not in line and not _LINE_GUTTER.search(line) and bool(rt.body_of(line)) \
        and (line.upper() == line or not line.endswith("."))  # (in capitals: 'DIRECTORS OF X, INC.')


def _offices(entry: Entry, width: int | None, items: list[str] | None = None) -> None:
    """The right cell's lines as items (kg.forms.roster_cell_items; run-on text, `width` None, where the roster's
    cells part their items by ';'; `items` where a hanging indent parts them), a closing 'Citizen of X' the
    citizenship."""
    citizenship, lines = closing_citizenship(items or entry.fields["title"].split("\n"))
    if citizenship:
        entry.fields["citizenship"] = citizenship
    entry.fields["title"] = "; ".join(lines) if items else " ".join(lines) if width is None else "; ".join(
        cell_items(lines, width))
    if ";" in entry.fields["title"]:  # 'Director of X; Chairman, Y': offices in X, then occupations elsewhere
        entry.fields["position"], entry.mixed_titles = entry.fields.pop("title"), True  # (kg.forms.roster_mixed)


def _entries(blocks: list[tuple[int, str]], loose: bool, paged_at: set[int]) -> tuple[list[Entry], int, bool]:
    """The entries of the blocks that fit, how many persons' blocks do not, and whether most blocks after the first
    entry fit."""
    entries, column, after_first, misfits, paged = [], None, 0, 0, False
    for offset, block in blocks:
        if all(_PAGE_LINE.match(line) for line in block.split("\n")):
            paged = True  # ('<PAGE>', '-3-': a page break)
            continue
        paged |= offset in paged_at
        if entries:
            after_first += 1
        found = _block(offset, block, column, loose)
        if found is not None:
            entry, column = found
            entries.append(entry)
        elif _named(block):
            misfits += 1  # a person's block that does not fit: the layout is another (never a person dropped)
        elif entries and column is not None and (paged or _two_columns(block, column) or _unfinished(entries[-1], block,
                                                                                                       column)):  # (the rest of the entry
            misfits += not _carry_on(entries[-1], offset, block, column)  # above, after a page break)
        paged = False
    return entries, misfits, len(entries) - 1 >= 0.6 * after_first


_PAGE_LINE = re.compile(r"[ \t]*(?:<PAGE>|-?[ \t]*\d{1,3}[ \t]*-?|Page[ \t]+\d{1,3}|[^\n]{1,80}\(continued\))[ \t]*$", re.I)
# ('SCHEDULE I (CONTINUED)': the heading repeated after a page break is the page's, not the entry's)


def _unfinished(entry: Entry, block: str, column: int) -> bool:
    """A block in the right column only, under an entry whose text stops mid-sentence ('... Netscalibur. His'): the
    rest of that entry (a page broke it, its marks blanked before the roster is read)."""
    first = block.split("\n")[0]
    said = (entry.fields.get("position") or entry.fields.get("title") or "").rstrip()
    return abs(len(first) - len(first.lstrip()) - column) <= 2 and bool(said) and said[-1] not in ".;:)"


def _two_columns(block: str, column: int) -> bool:
    """A block whose first line has text on both sides of a gutter that opens at the column."""
    gutter = _GUTTER.search(block.split("\n")[0])
    return gutter is not None and abs(gutter.end(1) - column) <= 2


def _carry_on(entry: Entry, offset: int, block: str, column: int) -> bool:
    """A block that holds no name, after a page break or in the two columns, goes on with the entry above (the
    page broke it: the page's marks are blanked before the roster is read), its left cells the address's, its
    right cells the offices'; False where a line crosses the column (not this layout: refused)."""
    left, right, tail = [], [], labelled_tail(block.split("\n"), column, 0)
    if tail is None:
        return False
    for line in tail[0]:
        cut = _cut(line, column)
        if cut is None:
            return False
        left += [line[:cut].strip()] if line[:cut].strip() else []
        right += [line[cut:].strip()] if line[cut:].strip() else []
    key = "position" if "position" in entry.fields else "title"
    if right and _unfinished(entry, block, column):  # (the sentence goes on: one line, not an item ending)
        entry.fields[key], right = f"{entry.fields[key].rstrip()} {right[0]}", right[1:]
    entry.fields["address"] = "\n".join(x for x in [entry.fields.get("address", ""), *left] if x)
    entry.fields[key] = "\n".join(x for x in [entry.fields.get(key, ""), *right] if x)
    if tail[1]:
        entry.fields["occupation"] = "; ".join(x for x in [entry.fields.get("occupation", ""), *tail[1]] if x)
    entry.evidence = (entry.evidence[0], offset + len(block))
    return True


def _named(block: str) -> bool:
    """A block whose first line starts with a person's name before a gap of two spaces or more."""
    first = block.split("\n")[0].strip()
    head = re.split(r" {2,}", first)[0]
    return head != first and rt.is_person_name(head)


def _block(offset: int, block: str, column: int | None, loose: bool = False) -> tuple[Entry, int] | None:
    lines = block.split("\n")
    gutter = _GUTTER.search(lines[0])
    at = gutter.end(1) if gutter else None
    if at is None or re.search(r"<[^>]+>", block):
        return None
    if column is not None and abs(at - column) > 2:
        if not (at > column and _pushed_over(lines, column)):
            return None  # (a block pushed over is read at its own column; the next blocks are held to the roster's)
    if (tail := labelled_tail(lines, at)) is None:
        return None
    lines, occupations = tail  # ('Principal Occupation: ...' under the columns: kg.forms.roster_stacked_labelled)
    left, right = [], []
    for line in lines:
        cut = _cut(line, at)
        if cut is None:
            return None  # a line whose text crosses the column: not this layout
        if line[:cut].strip():
            left.append(line[:cut].strip())
        if line[cut:].strip():
            right.append(line[cut:].strip())
    if any(_LINE_GUTTER.search(cell) for cell in right):
        return None  # a third column ('Executive Vice      307 North Michigan Avenue'): a table, not this layout
    left = _whole_name(left)
    if len(left) == 2 and given_names_wrapped(left[0], left[1], at - 2) or len(left) > 1 and continues_name(*left[:2]):
        left = [f"{left[0]} {left[1]}", *left[2:]]  # ('CUSS, Francis Michael' / 'Cyprian' alone under it, 'PALLADINO,
        # Louis A.,' / 'Jr.': no address line)
    name = left[0]
    if not rt.is_person_name(name) or not right or not address_stack(left[1:], loose):
        return None
    indent = len(lines[0]) - len(lines[0].lstrip())
    entry = Entry(name=name, name_span=(offset + indent, offset + indent + len(name)),
                  evidence=(offset, offset + len(block)),
                  fields={"title": "\n".join(right), "address": "\n".join(left[1:])})
    if occupations:
        entry.fields["occupation"] = "; ".join(occupations)
    return entry, at if column is None or abs(at - column) <= 2 else column


def _pushed_over(lines: list[str], column: int) -> bool:
    """A block whose right cells start further right than the roster's column because a left cell of its own runs
    up to or past that column ('National Bureau of Economic Research, Inc.  Group, Inc.'): the left column widened
    for this block only, the text shows why."""
    indents = [len(line) - len(line.lstrip()) for line in lines]
    return any(indent < column - 2 and indent + len(re.split(r" {2,}", line.strip())[0]) > column - 3
               for indent, line in zip(indents, lines))  # (a line of the right cell alone pushes nothing)


_NICKNAME = re.compile(r"[\"“'‘][A-Z][a-z]+\.?[\"”'’]")  # 'Sylvester “Chip”': a nickname in quotes
_SURNAME = re.compile(r"[A-Z][a-zA-Z'’-]+(?:,? " + suffix_alternation(dot=r"\.") + r")?")


def _whole_name(left: list[str]) -> list[str]:
    """The left cells with a name that wraps in its column put back together: a nickname in quotes alone on the line
    under the name ('JOHNSON, Sylvester' / '“Chip”'), or the surname under a name that ends in its nickname
    ('Sylvester “Chip”' / 'Johnson'). Neither is an address line."""
    if len(left) < 2:
        return left
    if _NICKNAME.fullmatch(left[1]) or _NICKNAME.search(left[0].split()[-1]) and _SURNAME.fullmatch(left[1]):
        return [f"{left[0]} {left[1]}", *left[2:]]
    return left


def _cut(line: str, at: int) -> int | None:
    """Where the right column starts on a line: at the column (give or take two characters)
    after two spaces; the line's end when it stops short of the column; None when a word runs
    across it."""
    if len(line.rstrip()) < at - 1:
        return len(line)
    for cut in sorted(range(max(2, at - 2), min(len(line), at + 3)), key=lambda c: abs(c - at)):
        if line[cut] != " " and line[cut - 2:cut] == "  ":
            return cut
    return None


def _right_cells(block: str, column: int | None) -> list[tuple[int, str]] | None:
    """The right cells of an entry's lines (indent from the first line's, text); None where a line crosses the column
    or the first line is not cut."""
    lines = block.split("\n")
    gutter = _GUTTER.search(lines[0])
    at = gutter.end(1) if gutter else None
    if at is None or (tail := labelled_tail(lines, at)) is None:
        return None
    cells = []
    for line in tail[0]:
        cut = _cut(line, at)
        if cut is None:
            return None
        if line[cut:].strip():
            cells.append((cut - at, line[cut:].strip()))
    return cells
