"""The persons who have ceased to be directors or officers: an amendment restates its roster and then, under a heading
of its own ('PERSONS WHO HAVE CEASED TO BE DIRECTORS OR EXECUTIVE OFFICERS'), lists the persons named before who hold
no office now ('Formerly Treasurer of X (until June 30, 2005)'). None of them is a present member of the roster, so
that part is not read at all: it runs from its heading (kg/patterns/roster_ceased.yml, on a line of its own that holds
a roster heading's words) to the next heading of a roster or an annex, or to the end of the region."""
from __future__ import annotations

import re
from functools import cache

from kg.forms.roster_rules import rules
from kg.patterns import build
from kg.read.sections import lines_with_offsets

_ANNEX_HEADING = re.compile(r"\s*(?:ANNEX|SCHEDULE|EXHIBIT|APPENDIX)\b")


@cache
def _heading() -> re.Pattern:
    return build("roster_ceased.yml", lambda data: re.compile(data["heading"], re.I))


def _is_heading_line(text: str, lines: list[tuple[int, int, str]], index: int) -> bool:
    """A line of its own: printed in capitals, or short, without a full stop and set apart by blank lines."""
    line_start, line_end, line = lines[index]
    if not line or len(line) > 100:
        return False
    if line.upper() == line:
        return True
    before = text[lines[index - 1][1]:line_start] if index else "\n\n"
    after = text[line_end:lines[index + 1][0]] if index + 1 < len(lines) else "\n\n"
    return before.count("\n") >= 2 and after.count("\n") >= 2 and not line.endswith((".", ",", ";", ":"))


def _is_ceased(text: str, lines: list[tuple[int, int, str]], index: int) -> bool:
    line = lines[index][2]
    return bool(_heading().search(line)) and bool(rules().roster_heading.search(line)) \
        and _is_heading_line(text, lines, index)


def _is_other_heading(line: str) -> bool:
    capitals = line.upper() == line and any(ch.isalpha() for ch in line)
    return capitals and (bool(rules().roster_heading.search(line)) or bool(_ANNEX_HEADING.match(line)))


def ceased_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each part of text[start:end] that lists persons who have ceased to hold office."""
    lines = list(lines_with_offsets(text, start, end))
    parts: list[tuple[int, int]] = []
    opened: int | None = None
    for index, (line_start, _line_end, line) in enumerate(lines):
        if _is_ceased(text, lines, index):
            opened = line_start if opened is None else opened
        elif opened is not None and _is_other_heading(line):
            parts.append((opened, line_start))
            opened = None
    if opened is not None:
        parts.append((opened, end))
    return parts
