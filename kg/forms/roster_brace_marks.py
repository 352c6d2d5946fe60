"""Where a brace is drawn in a roster's fixed-width lines: its styles are data (kg/patterns/roster_braces.yml,
validated on load): a typed '}' or '{' or ')' between side marks, a column of ')', the Unicode pieces '⎫⎪⎬⎪⎭' and
'⎧⎪⎨⎪⎩'. A brace's middle mark alone on its line (no mark above or below it) draws no span: it is reported apart,
so that the values beside it are refused, never given to one row."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.patterns import build

_KEYS = ("tops", "sides", "tips", "bottoms")


@dataclass(frozen=True)
class BraceStyle:
    tops: str
    sides: str
    tips: str
    tip_count: int
    bottoms: str


@dataclass(frozen=True)
class BraceMarks:
    styles: tuple[BraceStyle, ...]
    lone_tips: str
    every_mark: frozenset[str]
    sides: str  # every style's side marks
    tops: str
    bottoms: str
    alone: re.Pattern  # any of them standing alone: a space before it, a space or the line's end after it


def _make(data) -> BraceMarks:
    styles = []
    for style in data["styles"]:
        marks = [style[key] for key in _KEYS]
        if not all(isinstance(m, str) and not any(c.isalnum() or c.isspace() for c in m) for m in marks) \
                or not style["tops"] or not style["bottoms"] or style["tip_count"] not in (0, 1) \
                or bool(style["tips"]) != bool(style["tip_count"]):
            raise ValueError(f"bad brace style {style.get('name')!r}")
        styles.append(BraceStyle(style["tops"], style["sides"], style["tips"], style["tip_count"], style["bottoms"]))
    lone = data["lone_tips"]
    if not isinstance(lone, str) or not lone or any(c.isalnum() or c.isspace() for c in lone):
        raise ValueError("lone_tips: expected brace marks")
    every = frozenset("".join(m for s in styles for m in (s.tops, s.sides, s.tips, s.bottoms)) + lone)
    alone = re.compile("(?<= )[" + "".join(re.escape(m) for m in sorted(every)) + "](?= |$)", re.M)
    sides, tops, bottoms = ("".join(getattr(s, key) for s in styles) for key in ("sides", "tops", "bottoms"))
    return BraceMarks(tuple(styles), lone, every, sides, tops, bottoms, alone)


@cache
def brace_marks() -> BraceMarks:
    return build("roster_braces.yml", _make)


def mark_at(text: str, line: tuple[int, int], column: int) -> str:
    """The character at `column` of the line, when it stands alone (a space before it, a space or the line's end
    after it); '' otherwise."""
    at = line[0] + column
    if column < 1 or at >= line[1] or text[at - 1] != " " or (at + 1 < line[1] and text[at + 1] != " "):
        return ""
    return text[at]


def _walk(text: str, lines: list[tuple[int, int]], index: int, column: int, style: BraceStyle) -> int | None:
    """The last line of a brace of `style` whose first line is `index`, or None."""
    tips, last = 0, index
    for below in range(index + 1, len(lines)):
        mark = mark_at(text, lines[below], column)
        if mark and mark in style.tips:
            tips += 1
        elif not mark or mark not in style.sides:
            if mark and mark in style.bottoms:
                last = below
            break
        last = below
    ends = mark_at(text, lines[last], column)
    if last < index + 2 or tips != style.tip_count or ends not in style.bottoms or ends in style.tips:
        return None
    return last


def brace_spans(text: str, lines: list[tuple[int, int]]) -> tuple[list[tuple[int, int, int]], list[tuple[int, int]]]:
    """(first line, last line, column) of each brace drawn over its lines; (line, column) of each lone middle mark."""
    marks, drawn, lone = brace_marks(), [], []
    index = 0
    while index < len(lines):
        found = None
        line_start, line_end = lines[index]
        for found_mark in marks.alone.finditer(text, line_start, line_end):
            column, mark = found_mark.start() - line_start, found_mark.group()
            above = mark_at(text, lines[index - 1], column) if index else ""
            below = mark_at(text, lines[index + 1], column) if index + 1 < len(lines) else ""
            if above and above in marks.sides:
                continue  # (inside a run of side marks: no brace's first line)
            if mark in marks.lone_tips:
                if not (above and above in marks.sides + marks.tops or below and below in marks.sides + marks.bottoms):
                    lone.append((index, column))  # (nothing drawn above or below it)
                continue
            found = next(((index, last, column) for style in marks.styles if mark in style.tops
                          if (last := _walk(text, lines, index, column, style)) is not None), None)
            if found:
                break
        if found:
            drawn.append(found)
            index = found[1] + 1
        else:
            index += 1
    return drawn, lone
