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
from kg.forms.roster_brace_marks import brace_spans
from kg.forms.roster_window import line_spans
from kg.forms.roster_wrap import unwrap_after
from kg.read import clean
from kg.records import Person

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
    found, lone = brace_spans(text, lines)
    if not found and not lone:
        return Braces(text)
    chars, braces = list(text), []
    for first, last, column in found:
        braces.append(_read_brace(text, lines, first, last, column))
        _blank(chars, lines[first:last + 1], column)
    for tip, column in lone:
        if (span := _beside(text, lines, tip, column)) is None:
            chars[lines[tip][0] + column] = " "  # (nothing printed beside it: nothing to refuse, the mark no value)
            continue
        first, last = span
        braces.append(Brace(lines[first][0], lines[last][1], {}, refusal="a brace whose span is not drawn"))
        _blank(chars, lines[first:last + 1], column)
    return Braces("".join(chars), braces)


def _blank(chars: list[str], lines: list[tuple[int, int]], column: int) -> None:
    for line_start, line_end in lines:
        for at in range(line_start + column, line_end):
            chars[at] = " "


def _beside(text: str, lines: list[tuple[int, int]], tip: int, column: int) -> tuple[int, int] | None:
    """(first line, last line) of the lines around a lone middle mark with text to the right of its column (None:
    no such line next to it or on its own)."""
    def beside(index: int) -> bool:
        return bool(text[lines[index][0] + column + 1:lines[index][1]].strip())
    if not any(beside(i) for i in range(max(0, tip - 1), min(len(lines), tip + 2))):
        return None
    first = last = tip
    while first > 0 and beside(first - 1):
        first -= 1
    while last + 1 < len(lines) and beside(last + 1):
        last += 1
    return first, last


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
            ctx.warn("roster-ambiguous", f"values printed beside a brace are left out: {brace.refusal}",
                     span=(brace.start, brace.end), readings=[p.name for p in spanned] + [None])
            for person in spanned:  # (no value to any row the brace may cover)
                person.address = person.address_city = person.address_country = None
                person.citizenship = person.country = None
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
