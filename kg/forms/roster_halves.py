"""A fixed-width list set in two halves side by side under a caption printed twice ('Name  Office/Position    Name
Office/Position'): the typist ran the persons down the left half, then down the right, so each line holds two
unrelated persons (and a title that wraps in the left half stands beside the right half's name). A reader of whole
lines pairs the halves' cells as one row and puts one person's values on another.

The sign is a caption line whose column captions, read left to right, are one group of captions printed twice
(two or more captions, one of them the names'). The list is then two tables, split at the column where the second
group starts: each half is read as a table of its own, as a copy of the text with the other half blanked (the same
length, so every span stays the document's), the left half's persons first. Where any line of the list has text
across that column (other than a rule), the halves cannot be told apart and the list is refused whole.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.forms.roster_sides import lines_between
from kg.forms.roster_table import names_column
from kg.forms.roster_window import Chars

_CELL = re.compile(r"\S+(?: \S+)*")  # (a caption: words one space apart; two spaces or more end it)
_RULE = re.compile(r"[-=_*\s]+")
_GAP = 3  # spaces at least before the second caption group


@dataclass
class Halves:
    texts: list[str] = field(default_factory=list)  # the text with the right half blanked, then with the left
    raws: list[str] = field(default_factory=list)  # the same for the source text (when of the same length)
    refusal: str | None = None
    span: tuple[int, int] = (0, 0)


def second_group(line: str) -> int | None:
    """The column where a caption line's second group of captions starts, when the line's captions are one group
    printed twice ('Name  Office/Position    Name  Office/Position'); else None."""
    cells = [(m.start(), m.group()) for m in _CELL.finditer(line)]
    half = len(cells) // 2
    if half < 2 or len(cells) != 2 * half:
        return None
    firsts, seconds = [c.lower() for _at, c in cells[:half]], [c.lower() for _at, c in cells[half:]]
    if firsts != seconds or not any(names_column(c) for c in firsts):
        return None
    column = cells[half][0]
    return column if line[column - _GAP:column] == " " * _GAP else None


def _names_twice(line: str) -> bool:
    """Whether a line holds the same caption of the names' column twice, as cells of its own ('Name  Name  Office/
    Position  Office/Position': two lists side by side whose captions were set out of their groups)."""
    cells = [c.lower() for c in (m.group() for m in _CELL.finditer(line)) if len(c.split()) <= 5]
    return any(cells.count(c) > 1 and names_column(c) for c in set(cells))


def two_halves(text: str, raw: str, start: int, end: int, table_end: int) -> Halves | None:
    """The two halves of a list set side by side under a caption printed twice (text[start:table_end] the list,
    table_end where prose after it starts), a refusal where they cannot be told apart, or None when no caption line
    repeats its group of captions."""
    lines = lines_between(text, start, table_end)
    found = [(i, column) for i, (_o, line) in enumerate(lines) if (column := second_group(line)) is not None]
    if not found:
        twice = next(((o, line) for o, line in lines if _names_twice(line)), None)
        return None if twice is None else Halves(
            refusal=f"a caption line names the names' column twice ({twice[1].strip()!r}) and is no group of "
            "captions printed twice: lists side by side whose halves cannot be told apart",
            span=(twice[0], table_end))
    first = found[0][0]
    span = (lines[first][0], table_end)
    columns = {column for _i, column in found}
    if len(columns) > 1:
        return Halves(refusal=f"a caption printed twice on a line starts its second group at columns "
                      f"{sorted(columns)}: halves side by side that do not keep to one column", span=span)
    column = columns.pop()
    left, right = Chars(text, start, table_end), Chars(text, start, table_end)  # (the list's characters only)
    for offset, line in lines[:first]:
        right[offset:offset + len(line)] = " " * len(line)  # (before the caption: the left reading's)
    for offset, line in lines[first:]:
        if line[max(column - 2, 0):column].strip() and line[column:].strip() and not _RULE.fullmatch(line):
            return Halves(refusal=f"text of the list crosses column {column}, where the caption printed twice "
                          "starts its second group: halves side by side whose rows cannot be told apart", span=span)
        right[offset:offset + min(column, len(line))] = " " * min(column, len(line))
        if len(line) > column:
            left[offset + column:offset + len(line)] = " " * (len(line) - column)
    texts = [left.text(), right.text()]
    held = (min(left.span[0], right.span[0]), max(left.span[1], right.span[1]))  # (where the halves can differ)
    return Halves(texts=texts, raws=_same_blanks(raw, text, texts, held), span=span)


def _same_blanks(raw: str, text: str, texts: list[str], held: tuple[int, int]) -> list[str]:
    """The source text blanked where each half's text was (the text itself when the source differs in length);
    `held`: the span outside which each half is the text itself."""
    if len(raw) != len(text):
        return texts
    out = []
    low, high = held
    for side in texts:
        chars = Chars(raw, low, high)
        for i in range(low, min(high, len(text), len(side))):
            if text[i] != side[i] and raw[i] != "\n":
                chars[i] = " "
        out.append(chars.text())
    return out
