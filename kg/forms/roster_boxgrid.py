"""A plain-text table drawn as a box grid, read as the fixed-width table it frames.

A typist who drew a filing's cover page as boxes drew its roster so too: '+------+------+' rules across the
table (its top, its bottom, under its caption, '+======+' there too, often between two entries) and on every
other line a '|' at every column boundary, continuation lines and empty cells too:

    +--------------------+----------------------+
    | Name               | Business Address     |
    +====================+======================+
    | Bruce C. Rohde     | One ConAgra Drive    |
    |                    | Omaha, NE 68102      |
    +--------------------+----------------------+

The columns are the bars' places, printed on every line. The view shows the grid as the fixed-width table it
is: without its frame (each bar at a column boundary left out, each rule an empty line), so two cells stand apart
by the blanks that padded them and a rule is a blank line between two rows; the plain-text table readers then read
its columns, a cell's lines under its column, a row's lines between two rules or framed empty lines. A grid is
shown so only when every line between its first and last rule is a rule with the same joints or a barred line with
a bar at each joint ('+') of the rule (a line whose bars stand elsewhere ends the grid, and a grid of one column is
left as it is: its columns are not certain). A '|' inside a cell, not at a joint, is kept. Every span read in the
view maps back to the file.

A grid drawn with the box-drawing characters (U+2500-U+257F: '┌─┬┐' above, '│' between cells,
'╞═╪╡' or '├─┼┤' between rows, '└─┴┘' below, as a word processor's bordered
table saved as text draws it) is found and framed on its typed borders (kg.forms.roster_box_chars: one character
for one, so its offsets are the text's); the view keeps the text's own characters.
"""
from __future__ import annotations

import re
from array import array

from kg.context import Context
from kg.forms.roster_box_chars import typed_frame
from kg.forms.roster_view import MappedView

_RULE = re.compile(r"[ \t]*\+(?:[-=]{2,}\+){2,}[ \t]*")  # (two columns or more)
_BARRED = re.compile(r"[ \t]*\|.*\|[ \t]*")


def _joints(line: str) -> tuple[int, ...]:
    return tuple(index for index, char in enumerate(line) if char == "+")


def _grids(lines: list[str]) -> list[tuple[int, int]]:
    """[first, last] line numbers of each box grid: from a rule to the last rule of its run of rules and barred
    lines whose bars stand at the rule's joints."""
    grids, number = [], 0
    while number < len(lines):
        if not _RULE.fullmatch(lines[number]):
            number += 1
            continue
        joints, last, at = _joints(lines[number]), number, number + 1
        while at < len(lines):
            line = lines[at]
            if _RULE.fullmatch(line) and _joints(line) == joints:
                last = at
            elif not (_BARRED.fullmatch(line) and all(j < len(line) and line[j] == "|" for j in joints)):
                break
            at += 1
        if last > number + 1:
            grids.append((number, last))
        number = max(last, number + 1)
    return grids


class BoxGridView(MappedView):
    """The text with the frame of each box grid left out (above): the bars at its joints and its rules (an empty
    line in their place), so two cells stand apart by the spaces that padded them."""

    def __init__(self, raw: str, grids: list[tuple[int, int]], typed: str) -> None:
        lines, frame = typed.split("\n"), {}
        for first, last in grids:
            joints = set(_joints(lines[first]))
            frame.update((number, joints) for number in range(first, last + 1))
        pieces, back, ahead, offset = [], array("q"), array("q"), 0
        for number, (line, shown) in enumerate(zip(lines, raw.split("\n"))):
            joints = frame.get(number, set())
            rule = number in frame and bool(_RULE.fullmatch(line))
            for at, char in enumerate(shown + ("\n" if number < len(lines) - 1 else "")):
                ahead.append(len(back))
                if rule and at < len(line) or at in joints:
                    continue
                pieces.append(char)
                back.append(offset + at)
            offset += len(line) + 1
        ahead.append(len(back))
        self.raw, self.back, self.ahead = "".join(pieces), back, ahead

    def notes(self, ctx: Context) -> dict:
        return {"cell_breaks": (), "cell_columns": (), "filled_columns": ()}


def box_grid_view(ctx: Context) -> BoxGridView | None:
    """The view of a plain-text document with a box grid (above, typed or box-drawn), else None."""
    raw = ctx.raw
    typed = typed_frame(raw)
    if ctx.cell_breaks or ctx.cell_columns or "+--" not in typed:
        return None
    grids = _grids(typed.split("\n"))
    return BoxGridView(raw, grids, typed) if grids else None
