"""Split a normalised text document into sections with character spans.

Sections: `front` (the form's first page), `cover` (one per reporting person's cover
page), `item1`..`item10`, `signature`, `annex` (each annex/schedule/exhibit heading).
Heading patterns are data: kg/patterns/sections.yml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from kg.patterns import build
from kg.records import Section

MAX_HEADING = 160
KEPT, KEPT_SPAN = 32, 1 << 16  # (a roster region's lines, read by several readers: lines_with_offsets)


@dataclass(frozen=True)
class Patterns:
    items: dict[str, dict[int, re.Pattern]]
    item_number: re.Pattern
    signature: re.Pattern
    annex: re.Pattern
    cover_start: re.Pattern


@cache
def patterns() -> Patterns:
    def make(data) -> Patterns:
        flags = re.IGNORECASE
        items = {form: {int(k): re.compile(v, flags) for k, v in data[f"items_{form}"].items()}
                 for form in ("13d", "13g")}
        return Patterns(items=items, item_number=re.compile(data["item_number"], flags),
                        signature=re.compile(data["signature"], flags), annex=re.compile(data["annex"], flags),
                        cover_start=re.compile(data["cover_start"], flags))
    return build("sections.yml", make)


def lines_with_offsets(text: str, start: int = 0, end: int | None = None):
    """An iterator of (line_start, line_end, stripped line) for each line of text[start:end] that prints something.
    A region's lines are read by several readers in turn: a span up to KEPT_SPAN characters is read once (the
    last KEPT spans kept)."""
    end = len(text) if end is None else end
    if end - start <= KEPT_SPAN:
        return iter(_kept_lines(text, start, end))
    return _lines(text, start, end)


@lru_cache(maxsize=KEPT)
def _kept_lines(text: str, start: int, end: int) -> tuple[tuple[int, int, str], ...]:
    return tuple(_lines(text, start, end))


def _lines(text: str, start: int, end: int):
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        line = text[pos:stop]
        if line.strip():
            lead = len(line) - len(line.lstrip())
            yield pos + lead, pos + len(line.rstrip()), line.strip()
        pos = stop + 1


def _heading(line: str, form: str, pats: Patterns) -> tuple[str, str] | None:
    """(section name, title) when the stripped line is a section heading."""
    if len(line) > MAX_HEADING:
        return None
    match = pats.item_number.match(line)
    if match:
        number = int(match.group(1))
        if 1 <= number <= (7 if form == "13d" else 10):
            return f"item{number}", line
    bare = line.rstrip(".:").strip()
    if len(bare) < 80 and form == "13d" and not bare.startswith("("):
        for number, pattern in pats.items[form].items():
            if pattern.search(bare) and len(bare.split()) <= 14 and _title_like(bare, pattern):
                return f"item{number}", line
    if pats.signature.match(line):
        return "signature", line
    if pats.annex.match(line) and line.upper() == line or pats.annex.match(line) and len(line) < 30:
        return "annex", line
    return None


def _title_like(line: str, pattern: re.Pattern) -> bool:
    """A bare item title is the whole line, not a phrase inside a sentence."""
    match = pattern.search(line)
    return match is not None and match.start() <= 3 and len(line) - match.end() <= 40


def find_sections(text: str, form: str = "13d") -> list[Section]:
    """Sections of a 13D (`form='13d'`) or 13G (`'13g'`) text, in document order."""
    pats = patterns()
    heads: list[tuple[int, str, str]] = []
    seen_items: set[str] = set()
    for start, _end, line in lines_with_offsets(text):
        found = _heading(line, form, pats)
        if found is None:
            continue
        name, title = found
        if name.startswith("item") and name in seen_items and not pats.item_number.match(line):
            continue  # a bare title repeated in prose is not a new section
        seen_items.add(name)
        heads.append((start, name, title))
    first_item = next((s for s, n, _ in heads if n.startswith("item")), len(text))
    covers = [m.start() for m in pats.cover_start.finditer(text, 0, first_item)]
    covers = [c for i, c in enumerate(covers) if i == 0 or c - covers[i - 1] > 200]
    heads += [(start, "cover", None) for start in covers]
    heads.sort()
    sections = []
    if heads and heads[0][0] > 0:
        sections.append(Section(name="front", start=0, end=heads[0][0]))
    elif not heads:
        sections.append(Section(name="front", start=0, end=len(text)))
    for index, (start, name, title) in enumerate(heads):
        end = heads[index + 1][0] if index + 1 < len(heads) else len(text)
        sections.append(Section(name=name, start=start, end=end, title=title))
    return sections


def first(sections: list[Section], name: str) -> Section | None:
    return next((s for s in sections if s.name == name), None)
