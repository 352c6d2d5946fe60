"""Cells printed before the name in a table saved as text one cell a line: 'No.' / 'Citizenship' / 'Name' / ...

The header's caption lines above 'Name' (no blank line between) name the cells each row prints before its name:
the row's number ('1.') under 'No.' and its citizenship ('United States', '--' where empty) under 'Citizenship'.
Each row (a block between blank lines) must open with exactly those cells, the number a row number and the
citizenship a citizenship or an empty cell, and its name next; they are taken off the row here so the rest reads
as a name-first row, and the citizenship is kept for the row's name. A block that does not open so is left as it
is (kg.forms.roster_cells then reads or refuses it as it stands); a page's header repeated (its caption lines) and
a page's own number line ('Page 2') between rows are dropped.
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_cell_types import fits
from kg.forms.roster_rules import rules
from kg.forms.roster_table import header_roles
from kg.lookups.empty_cells import is_empty_cell

_ROW_NUMBER = re.compile(r"\(?(?:\d{1,3}|[ivxlc]{1,7})[.)]")  # '2.', 'iv.', '(3)'
_PAGE_LINE = re.compile(r"(?:page\s+)?\d{1,3}|-\s*\d{1,3}\s*-", re.I)  # ('Page 2', '- 2 -': the page's number)


def lead_captions(text: str, lines, name_index: int) -> list[str]:
    """The kinds ('number', 'citizenship') of the caption lines right above the header's 'Name' line, top first;
    [] unless a 'Citizenship' caption is among them (a 'No.' alone is read by kg.forms.roster_cells)."""
    kinds: list[str] = []
    index = name_index - 1
    while index >= 0 and len(kinds) < 2 and not _blank_between(text, lines[index], lines[index + 1]):
        caption = lines[index][2].strip()
        if rules().row_number_caption.match(caption) and "number" not in kinds:
            kinds.insert(0, "number")
        elif header_roles(caption, False) == ["citizenship"] and "citizenship" not in kinds:
            kinds.insert(0, "citizenship")
        else:
            return []
        index -= 1
    top = lines[index + 1]
    if index >= 0 and not _blank_between(text, lines[index], top) or "citizenship" not in kinds:
        return []
    return kinds


def captions_in_block(text: str, lines, first: int, period: int) -> int:
    """The header's length cut at its first blank line: under a header that opens with lead captions, the first
    row's first cell ('United States') reads as a caption too, but a blank line sets it apart."""
    return next((i for i in range(1, period) if _blank_between(text, lines[first + i - 1], lines[first + i])), period)


def peel_leads(text: str, body, kinds: list[str]) -> tuple[list, dict[int, tuple[str, int]]]:
    """The body without each row's lead cells, and name line's start -> (the citizenship printed, '' where the cell
    is empty; the row's first line's start)."""
    kept, leads = [], {}
    for block in _blocks(text, body):
        cells = [line[2].strip() for line in block]
        if all(_lead_caption(cell) or _PAGE_LINE.fullmatch(cell) or not cell for cell in cells):
            continue  # (the header repeated over a new page, the page's number)
        count = len(kinds)
        if len(block) > count and _opens_with(cells, kinds) and rt.is_person_name(cells[count].rstrip(" ,")):
            citizenship = cells[kinds.index("citizenship")]
            leads[block[count][0]] = ("" if is_empty_cell(citizenship) else citizenship, block[0][0])
            block = block[count:]
        kept += block
    return kept, leads


def _opens_with(cells: list[str], kinds: list[str]) -> bool:
    for cell, kind in zip(cells, kinds):
        if kind == "number" and not _ROW_NUMBER.fullmatch(cell):
            return False
        if kind == "citizenship" and not (is_empty_cell(cell) or fits(cell, "citizenship")):
            return False
    return True


def _lead_caption(cell: str) -> bool:
    return bool(rules().row_number_caption.match(cell)) or header_roles(cell, False) == ["citizenship"]


def _blocks(text: str, body) -> list[list]:
    blocks: list[list] = []
    for line in body:
        if blocks and not _blank_between(text, blocks[-1][-1], line):
            blocks[-1].append(line)
        else:
            blocks.append([line])
    return blocks


def _blank_between(text: str, upper, lower) -> bool:
    return "\n\n" in text[upper[1]:lower[0]].replace(" ", "").replace("\t", "").replace("\f", "")
