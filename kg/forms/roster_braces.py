"""Values shared by neighbouring rows, printed once beside a brace typed in a column of its own.

In a fixed-width table the typist may print the business address (and citizenship) that consecutive persons
share ONCE, to the right of a brace typed down a column of its own over all their rows: '\\' on the first line,
'|' down the side, '}' on one middle line, '/' on the last. The shared lines stand level with no one person's
name, so read as rows they would fall to whichever person's lines they happen to sit beside (the first lines to
one, the rest to the next: a value on the wrong person). So each brace is found before the entries are read, the
brace and everything to its right on its lines are blanked (offsets kept), and each person whose entry starts on
one of the brace's lines takes the shared values; no person outside the brace takes any of them. A value to the
right of the brace that stands under no 'address' or 'citizenship' caption of the table leaves the brace's values
unread (refused with a finding), never guessed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.context import Context
from kg.forms import roster_fields as rf
from kg.forms.roster_window import line_spans
from kg.forms.roster_wrap import unwrap_after
from kg.read import clean
from kg.records import Person

_TOPS, _BOTTOMS, _SIDE, _TIP = "\\/", "/\\", "|", "}"
_CELL = re.compile(r"\S+(?: \S+)*")  # a cell of a fixed-width row: words one space apart
_HEADS = {"address": re.compile(r"\b(?:(?:principal\s+)?business\s+|residence\s+)?address\b", re.I),
          "citizenship": re.compile(r"\b(?:citizenship|nationality)\b", re.I)}
MAX_CAPTION_DISTANCE = 400  # lines: how far above a brace its table's caption may stand


@dataclass
class Brace:
    start: int  # offset of the brace's first line
    end: int  # offset of the end of its last line
    values: dict[str, list[str]]  # 'address'/'citizenship' -> the lines printed beside the brace
    width: int = 0  # how wide the address column is (its wrapped lines are put back together)
    refusal: str | None = None  # why the values beside it are not read


@dataclass
class Braces:
    text: str  # the text with each brace and what stands beside it blanked (offsets kept)
    braces: list[Brace] = field(default_factory=list)


def brace_groups(text: str, start: int, end: int) -> Braces:
    """The braces of text[start:end] (none: the same text)."""
    lines = line_spans(text, start, end)
    found: list[tuple[int, int, int]] = []  # (first line, last line, column)
    index = 0
    while index < len(lines):
        run = _brace_at(text, lines, index)
        if run is None:
            index += 1
            continue
        found.append(run)
        index = run[1] + 1
    if not found:
        return Braces(text)
    chars, braces = list(text), []
    for first, last, column in found:
        braces.append(_read_brace(text, lines, first, last, column))
        for line_start, line_end in lines[first:last + 1]:
            for at in range(line_start + column, line_end):
                chars[at] = " "
    return Braces("".join(chars), braces)


def _mark(text: str, line: tuple[int, int], column: int) -> str:
    """The character at `column` of the line, when it stands alone (a space before it, a space or the line's end
    after it); '' otherwise."""
    at = line[0] + column
    if column < 1 or at >= line[1] or text[at - 1] != " " or (at + 1 < line[1] and text[at + 1] != " "):
        return ""
    return text[at]


def _brace_at(text: str, lines: list[tuple[int, int]], index: int) -> tuple[int, int, int] | None:
    """(first line, last line, column) of a brace whose top is on line `index`: a top mark, side marks, one tip
    and a bottom mark, each alone at the same column of consecutive lines."""
    line_start, line_end = lines[index]
    for column in (m.start() for m in re.finditer(r"(?<= )[\\/](?= |$)", text[line_start:line_end])):
        if _mark(text, lines[index], column) not in _TOPS:
            continue
        tips = 0
        for last in range(index + 1, len(lines)):
            mark = _mark(text, lines[last], column)
            if mark == _TIP:
                tips += 1
            elif mark in _BOTTOMS and mark and tips == 1 and last > index + 1:
                return index, last, column
            elif mark != _SIDE:
                break
    return None


def _read_brace(text: str, lines: list[tuple[int, int]], first: int, last: int, column: int) -> Brace:
    heads = _caption(text, lines, first, column)
    values: dict[str, list[str]] = {}
    for line_start, line_end in lines[first:last + 1]:
        for cell in _CELL.finditer(text, line_start + column + 1, line_end):
            at = cell.start() - line_start
            kinds = [kind for head, kind in heads if head <= at + 2]
            if not kinds:
                return Brace(lines[first][0], lines[last][1], {}, f"{cell.group()!r} stands under no caption")
            values.setdefault(kinds[-1], []).append(cell.group())
    if not heads:
        return Brace(lines[first][0], lines[last][1], {}, "the table's caption names no address column")
    starts = [head for head, _kind in heads]
    address_at = next((head for head, kind in heads if kind == "address"), None)
    later = [head for head in starts if address_at is not None and head > address_at]
    width = min(later) - address_at if later else max((len(v) for v in values.get("address", [])), default=0)
    return Brace(lines[first][0], lines[last][1], values, width)


def _caption(text: str, lines: list[tuple[int, int]], first: int, column: int) -> list[tuple[int, str]]:
    """(column, 'address'/'citizenship') of the nearest caption line above the brace that names them to the
    right of the brace, left to right."""
    for line_start, line_end in reversed(lines[max(0, first - MAX_CAPTION_DISTANCE):first]):
        line = text[line_start:line_end]
        heads = sorted((m.start(), kind) for kind, head in _HEADS.items() for m in head.finditer(line)
                       if m.start() > column)
        if heads and rf.COLUMN_GAP.search(line):  # (a row of captions, not a sentence of the preamble)
            return heads
    return []


def apply_braces(ctx: Context, people: list[Person], braces: Braces) -> None:
    """Each person whose entry starts on a brace's lines takes the values printed beside it."""
    for brace in braces.braces:
        spanned = [p for p in people if p.evidence is not None and brace.start <= p.evidence[0] <= brace.end]
        if brace.refusal is not None:
            if spanned:
                ctx.warn("roster-ambiguous", f"values printed beside a brace are left out: {brace.refusal}",
                         span=(brace.start, brace.end), readings=[p.name for p in spanned] + [None])
            continue
        address_lines, citizenship = brace.values.get("address"), brace.values.get("citizenship")
        for person in spanned:
            if address_lines:
                printed = "\n".join((item for item, _above in unwrap_after(address_lines, brace.width, False, False)))
                address, city, country = rf.parse_address(printed)
                rf.settle(person, {"address": address, "address_city": city, "address_country": country}, printed,
                          (brace.start, brace.end), refused=False)
            if citizenship:
                value = clean.squash(" ".join(citizenship)) or None
                rf.settle(person, {"citizenship": value, "country": clean.country_of(value)[0] if value else None},
                          " ".join(citizenship), (brace.start, brace.end), refused=False)


def beside_brace(person: Person, field: str, at: int) -> bool:
    """Whether offset `at` lies in the lines the person's `field` was read from, lines that hold the start of the
    person's own entry too (a value printed once beside a brace over several entries, this one's among them)."""
    span = person.spans.get(field)
    return bool(span) and person.evidence is not None and span[0] <= at < span[1] \
        and span[0] <= person.evidence[0] <= span[1]
