"""The offices of stacked name-and-address blocks (kg.forms.roster_stacked) typed with a hanging indent: each
item's first line at the right column's margin, the lines it wraps onto set in under it by a space or a few
('Member, Conseil' / ' d'Administration of LF' / 'Treasury Department, AXA'). Where a block shows it (a set-in line,
then a line at the margin again) and every set-in line of the roster stands in by one same indent under a line of
its block, a line at the margin opens an item whatever room the line above left, and a set-in line goes on with
the item above it. Without that, the column's width decides (kg.forms.roster_cell_items)."""
from __future__ import annotations

MAX_INDENT = 4  # spaces a wrapped line stands in from its item's first


def roster_hangs(cells: list[list[tuple[int, str]]]) -> bool:
    """Each block's right cells (indent from the column, text): one same indent of 1-4 spaces for every set-in
    line, none the block's first, and some block shows a line at the margin after a set-in line."""
    indents = {indent for block in cells for indent, _ in block} - {0}
    if len(indents) != 1 or not 1 <= min(indents) <= MAX_INDENT or any(block and block[0][0] for block in cells):
        return False
    return any(a > 0 and b == 0 for block in cells for (a, _x), (b, _y) in zip(block, block[1:]))


def hanging_items(block: list[tuple[int, str]]) -> list[str]:
    """A block's right cells as items: a line at the margin opens one, a set-in line goes on with it."""
    items: list[str] = []
    for indent, text in block:
        if indent == 0 or not items:
            items.append(text)
        else:
            items[-1] = f"{items[-1]}{'' if items[-1].endswith('-') and text[:1].isupper() else ' '}{text}"
    return items
