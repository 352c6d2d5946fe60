"""Columns of a fixed-width roster table and what each holds: its cells (line by line, or per block of lines) and
its roles, from the header's words, else from what the cells hold (kg.forms.roster_geometry finds the columns)."""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_geometry import MARKUP, RULE, Line, column_at
from kg.forms.roster_item_letters import letter_roles
from kg.forms.roster_rules import rules
from kg.forms.roster_table import header_roles, name_at


def columns_of(body: list[Line], starts: list[int]) -> list[list[str]]:
    columns: list[list[str]] = [[] for _ in starts]
    for line in body:
        if RULE.match(line.text) or MARKUP.match(line.text):
            continue
        for offset, chunk in line.chunks():
            columns[column_at(starts, offset, len(chunk))].append(chunk)
    return columns


def columns_by_block(body: list[Line], starts: list[int]) -> list[list[str]]:
    """Each column's text per block of lines (a blank line or a rule ends a block), its wrapped
    lines joined: the cells of a table whose rows are set apart, as a reader would see them. Empty
    when fewer than two blocks (rows that no blank line sets apart)."""
    blocks: list[list[list[str]]] = [[[] for _ in starts]]
    for line in body:
        if not line.text.strip() or RULE.match(line.text):
            if any(blocks[-1]):
                blocks.append([[] for _ in starts])
            continue
        if MARKUP.match(line.text):
            continue
        for offset, chunk in line.chunks():
            blocks[-1][column_at(starts, offset, len(chunk))].append(chunk)
    blocks = [block for block in blocks if any(block)]
    if len(blocks) < 2:
        return []
    return [[" ".join(block[index]) for block in blocks] for index in range(len(starts))]


def column_roles(heads: list[str], columns: list[list[str]], starts: list[int],
                 by_block: list[list[str]] | None = None, before: str = "") -> list[list[str]]:
    """`before`: the text before the table (a sentence there may say what captions of Item 2 letters name)."""
    lettered = letter_roles(heads, before) if before else None
    if lettered is not None:
        return lettered
    roles: list[list[str]] = []
    captioned = name_at(heads)
    for index, head in enumerate(heads):
        cells = [c for c in columns[index] if c.strip()]
        counts = head and captioned is not None and index > captioned and not rules().row_number_caption.match(head)
        if cells and not counts and all(re.fullmatch(r"\(?\d{1,3}[.)]?|[a-z][.)]", c) or not head and re.fullmatch(
                r"[A-Z]\.", c) for c in cells):  # ('A.', 'B.' in a column with no caption: the rows' marks; a count
            # right of the names under a caption of its own, 'Number of Portfolios ... Overseen', is no row's mark)
            roles.append(["number"])
        elif head:
            named_before = any("name" in r for r in roles)
            roles.append(header_roles(head, index == captioned if captioned is not None else not named_before))
        else:
            roles.append([])
    if all(not r or r == ["number"] for r in roles):
        inferred = _infer_roles([c for c, r in zip(columns, roles) if r != ["number"]],
                                [c for c, r in zip(by_block or [], roles) if r != ["number"]])
        if any(_opens_with_caption(c) for c in columns):  # (a caption kg did not place read as body: no guess)
            inferred = [["unknown"] for _ in inferred]
        iterator = iter(inferred)
        roles = [r if r == ["number"] else next(iterator) for r in roles]
    return [r or ["occupation"] for r in roles]


def name_column(roles: list[list[str]]) -> int:
    return next((i for i, r in enumerate(roles) if "name" in r), 0)


def _infer_roles(columns: list[list[str]], by_block: list[list[str]]) -> list[list[str]]:
    """Roles of a table without a header, from what its cells hold: the first column with
    person names holds the names; nationalities, addresses and titles type the others. Cells
    are typed whole (`by_block`: the wrapped lines of a row joined) where rows are set apart by
    blank lines and there are three columns or more, else line by line. Of two columns of titles, the first holds the titles in the
    listed organisation, a later one the occupation ('officer of Morgan Stanley & Co.')."""
    roles: list[list[str]] = []
    by_block = by_block if len(columns) > 2 else []  # (a name and one column: that column holds everything)
    for index, lines in enumerate(columns):
        cells = by_block[index] if by_block else lines
        filled = [c for c in cells if c.strip()] or [""]
        named = [c for c in lines if c.strip()] or [""]
        if not any("name" in r for r in roles) and sum(rt.is_person_name(c) for c in named) >= max(1, len(named) // 3):
            roles.append(["name"])
        elif all(rt.is_nationality(c) for c in filled):
            roles.append(["citizenship"])
        elif sum(_address_cell(c) for c in filled) > len(filled) / 2:
            roles.append(["address"])
        elif all(rt.is_title(c) for c in filled) and ["position"] not in roles:
            roles.append(["position"])
        else:  # (a second column of no known kind is read, never taken a value from: not merged)
            roles.append(["unknown"] if ["occupation"] in roles else ["occupation"])
    return roles


def _opens_with_caption(lines: list[str]) -> bool:
    """A column whose first line is a caption's words ('His Principal Occupation', 'NAME'): the table's caption was
    not found and is read as a row; roles guessed from cells that hold it are not certain (issue 13, round 49u)."""
    from kg.forms.roster_junk import junk_rules
    first = next((line.strip(" :") for line in lines if line.strip(" :")), "")
    return bool(first) and (rt.is_header(first) or bool(junk_rules()["caption"].search(first)) and len(
        first.split()) <= 5 and not re.search(r"[.,;:]", first))  # (never a sentence: 'Her business address is:')


def _address_cell(cell: str) -> bool:
    """A cell that is an address line, or a whole address of which one comma-separated piece is
    ('Tuborg Havnevej 19, 2900 Hellerup, Denmark')."""
    return rt.is_address_line(cell) or (len(cell) < 200 and not rt.is_title(cell)
                                        and any(rt.is_address_line(piece) for piece in cell.split(", ")))
