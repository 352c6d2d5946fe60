"""A legend UNDER a table that spells out the acronyms of its title column ('D', 'EVP', 'CEO'):
either a list, one acronym a line, the title after a column gap ('     EVP     Executive Vice
President', under a line ending in ':'), or one paragraph of 'CODE = Title' items apart by ';'
('The abbreviations used ... are: D = Director; EVP = Executive Vice President.'). The legend
ends the table (its lines are no row's), and each acronym stands for its title; an acronym the
legend does not give leaves the capacity unread (roster_legend.expand refuses it).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_CODE = r"[A-Z]{1,6}[0-9]?"
# '     EVP     Executive Vice President' (or 'EVP - Executive Vice President', 'EVP: ...'): indented, an acronym, a
# gap (or a dash or colon), a title with no column gap in it ('Executive Vice President - Finance' is one title)
_LIST_LINE = re.compile(rf"[ \t]+({_CODE})(?:[ \t]{{2,}}|[ \t]*:[ \t]+|[ \t]+[-\u2013\u2014][ \t]+)"
                        rf"([A-Z][^\s=;]*(?: [^\s=;]+)*)[ \t]*")
# 'D = Director; EVP = Executive Vice President.' after an introduction ending in ':'
_RUN = re.compile(rf"(?:[^:=;]*:\s*)?{_CODE}\s*=\s*[^=;]+?(?:;\s*{_CODE}\s*=\s*[^=;]+?)*\.?")


@dataclass
class AcronymLegend:
    start: int  # where the legend (with its introduction) starts: the table above it ends there
    codes: dict[str, str] = field(default_factory=dict)


def acronym_legend(text: str, start: int, end: int) -> AcronymLegend | None:
    """The acronym legend printed under the table in text[start:end] whose codes stand in the
    table as cells, or None."""
    for found in (_listed(text, start, end), _run_on(text, start, end)):
        if found and len(found.codes) >= 1 and _used_above(text, start, found):
            return found
    return None


def _lines(text: str, start: int, end: int) -> list[tuple[int, str]]:
    out, at = [], start
    for line in text[start:end].split("\n"):
        out.append((at, line))
        at += len(line) + 1
    return out


def _listed(text: str, start: int, end: int) -> AcronymLegend | None:
    """The last run of list lines under a line ending in ':' (blank lines apart)."""
    lines, found = _lines(text, start, end), None
    index = 0
    while index < len(lines):
        run: dict[str, str] = {}
        first = index
        while index < len(lines) and (m := _LIST_LINE.fullmatch(lines[index][1])) and m.group(1) not in run:
            run[m.group(1)] = m.group(2)
            index += 1
        if run and (intro := _introduction(lines, first)) is not None:
            found = AcronymLegend(intro, run)
        index += 1 if index == first else 0
    return found


def _introduction(lines: list[tuple[int, str]], first: int) -> int | None:
    """Where the line ending in ':' that opens the list at lines[first] starts (a blank line may stand between)."""
    for at, line in reversed(lines[max(0, first - 2):first]):
        if line.strip():
            return at if line.rstrip().endswith(":") else None
    return None


def _run_on(text: str, start: int, end: int) -> AcronymLegend | None:
    """The last paragraph (blank lines around it) that is wholly 'CODE = Title' items apart by ';'."""
    found, lines = None, _lines(text, start, end) + [(end, "")]
    first = None
    for index, (at, line) in enumerate(lines):
        if line.strip():
            first = index if first is None else first
            continue
        if first is not None and (codes := _items(" ".join(" ".join(t for _a, t in lines[first:index]).split()))):
            found = AcronymLegend(lines[first][0], codes)
        first = None
    return found


def _items(flat: str) -> dict[str, str] | None:
    """'... are: D = Director; EVP = Executive Vice President.' -> {'D': 'Director', 'EVP': ...}, or None."""
    if not _RUN.fullmatch(flat):
        return None
    items = flat.split(":", 1)[1] if ":" in flat.split("=", 1)[0] else flat
    codes: dict[str, str] = {}
    for item in items.strip().rstrip(".").split(";"):
        code, title = (" ".join(part.split()) for part in item.split("=", 1))
        if code in codes or not title:
            return None
        codes[code] = title
    return codes


def _used_above(text: str, start: int, found: AcronymLegend) -> bool:
    """Some acronym of the legend stands above it as a cell of its own (after a column gap, then a comma, a gap or
    the line's end): the legend belongs to a table."""
    codes = "|".join(map(re.escape, sorted(found.codes, key=len, reverse=True)))
    return bool(re.search(rf"(?m)\S[ \t]{{2,}}(?:{codes})(?=,|[ \t]{{2,}}\S|[ \t]*$)", text[start:found.start]))
