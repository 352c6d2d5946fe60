"""An HTML document made of absolutely positioned fragments, laid out as fixed-width text.

A PDF-to-HTML converter (pdftohtml -c, pdf2htmlEX with inline styles, many EDGAR conversions) prints no
table: every line of every cell is its own element placed by `left:` and `top:` in its style, inside one
element per page. Read one element a line, a row of five cells becomes five lines and each cell's second
line stands under the cells of the next column. A page whose text is mostly such fragments (MIN_SHARE of its
printed characters; the page is the element they stand in) is laid out as printed: its fragments grouped into
lines by their top (tops within TOP_TOLERANCE of the line's first), a line sorted by left, each fragment at
a column proportional to its left, by one scale for the document chosen so that no two fragments of a line
come closer than two spaces; a blank line where the gap between two lines is larger than usual, and between
pages. Every character keeps its source offset. When the layout is not certain (a fragment of several
lines, tops that chain into each other, fragments that overlap, text between fragments that has no place)
the text is kept as it was and the reason is noted (`offsets.layout_refusals`: the reader reports it).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from kg.read.html_stream import Offsets

MIN_SHARE = 0.8  # of the printed characters, in positioned fragments
MIN_FRAGMENTS = 8
TOP_TOLERANCE = 3.0  # px: tops this close are one line
MAX_PX_PER_CHAR = 8.0  # the coarsest scale (a line of one fragment only)
MIN_PX_PER_CHAR = 3.0  # finer than this, the fragments of a line overlap as printed
BLANK_GAP = 1.6  # a gap this many times the page's usual line pitch leaves a blank line
_ABSOLUTE = re.compile(r"position\s*:\s*absolute", re.I)
_PLACE = {side: re.compile(rf"(?:^|[;\s]){side}\s*:\s*(-?\d+(?:\.\d+)?)\s*(px|pt)?\s*(?:;|$)", re.I)
          for side in ("left", "top")}
_UNIT = {"px": 1.0, "pt": 4 / 3}
_SPACE = re.compile(r"\s")
# a fragment that is only an item's marker ('1.', '(a)', a bullet): printed one space before the item it marks
_MARKER = re.compile(r"(?:\d{1,3}|[A-Za-z])[.)]|\((?:\d{1,3}|[a-z]{1,4})\)|[\u2022\u00b7\u25aa\u2013*-]")


@dataclass
class Fragment:
    start: int  # text index
    end: int
    left: float  # px
    top: float
    page: int  # the element it is placed in


class Places:
    """The positioned elements met while the text is written (kg.read.html's walker calls open and end)."""

    def __init__(self) -> None:
        self.fragments: list[Fragment] = []
        self.serial = 0
        self.stack: list[tuple[int, tuple[float, float] | None, int, int]] = []  # (serial, place, start, count)

    def open(self, element, at: int) -> None:
        self.serial += 1
        style = element.get("style") or ""
        place = _place(style) if _ABSOLUTE.search(style) else None
        self.stack.append((self.serial, place, at, len(self.fragments)))

    def end(self, at: int) -> None:
        if not self.stack:
            return
        _serial, place, start, count = self.stack.pop()
        if place is not None and len(self.fragments) == count:  # (one holding positioned elements: a page)
            self.fragments.append(Fragment(start, at, place[0], place[1], self.stack[-1][0] if self.stack else 0))


def _place(style: str) -> tuple[float, float] | None:
    found = [_PLACE[side].search(style) for side in ("left", "top")]
    if not all(found):
        return None
    left, top = (float(m.group(1)) * _UNIT[(m.group(2) or "px").lower()] for m in found)
    return left, top


def lay_out(text: str, offsets: Offsets, places: Places) -> tuple[str, Offsets]:
    """The text with its pages of positioned fragments laid out as printed (the rest as it is); where such a page's
    layout is not certain, all of it as it is, with the reason in `offsets.layout_refusals`."""
    if len(places.fragments) < MIN_FRAGMENTS or offsets.cell_breaks or offsets.cell_columns or offsets.filled_columns:
        return text, offsets  # (a table's notes would no longer point at its cells)
    fragments = _printed_pages(text, [f for f in (_trimmed(text, f) for f in places.fragments) if f is not None])
    if len(fragments) < MIN_FRAGMENTS:
        return text, offsets
    plan = _plan(text, fragments)
    if isinstance(plan, tuple):
        offsets.layout_refusals.append(plan)
        return text, offsets
    return _write(text, offsets, plan)


def _printed_pages(text: str, fragments: list[Fragment]) -> list[Fragment]:
    """The fragments of the pages printed mostly in positioned fragments (MIN_SHARE of the page's printed
    characters): a page of flowing text with a positioned page number or logo is no such page."""
    pages: dict[int, list[Fragment]] = {}
    for f in fragments:
        pages.setdefault(f.page, []).append(f)
    kept = []
    for members in pages.values():
        start, end = min(f.start for f in members), max(f.end for f in members)
        printed = end - start - len(_SPACE.findall(text, start, end))
        if sum(_printed(text, f) for f in members) >= MIN_SHARE * printed:
            kept.extend(members)
    return kept


def _printed(text: str, fragment: Fragment) -> int:
    return fragment.end - fragment.start - len(_SPACE.findall(text, fragment.start, fragment.end))


def _trimmed(text: str, fragment: Fragment) -> Fragment | None:
    start, end = fragment.start, min(fragment.end, len(text))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Fragment(start, end, fragment.left, fragment.top, fragment.page) if end > start else None


@dataclass
class _Plan:
    units: list  # in text order: a page (list of lines, each a list of (column, fragment)), or a (start, end) line
    blanks: set  # id of the lines a blank line goes before


def _plan(text: str, fragments: list[Fragment]):
    """The lines of each page and the other text, in order; or (why, text span) when the layout is not certain."""
    for f in fragments:
        if "\n" in text[f.start:f.end]:
            return "a positioned fragment of several lines: the document is not laid out as printed", (f.start, f.end)
    pages: dict[int, list[Fragment]] = {}
    for f in fragments:
        pages.setdefault(f.page, []).append(f)
    lines_of = {}
    for page, members in pages.items():
        lines = _lines(members)
        if isinstance(lines, tuple):
            return lines
        lines_of[page] = lines
    scale = _scale(text, [line for lines in lines_of.values() for line in lines])
    if isinstance(scale, tuple):
        return scale
    margin = min(f.left for f in fragments)
    spans = sorted((min(f.start for f in m), max(f.end for f in m), page) for page, m in pages.items())
    covered = sorted((f.start, f.end) for f in fragments)
    units, blanks, at = [], set(), 0
    for start, end, page in spans:
        units.extend(_outside(text, at, start, covered))
        if (inside := _outside(text, start, end, covered)):
            return "text among the positioned fragments of a page has no place of its own: the document is not " \
                   "laid out as printed", inside[0]
        lines = [[(round((f.left - margin) / scale), f) for f in line] for line in lines_of[page]]
        blanks |= _blank_lines(lines)
        units.append(lines)
        at = end
    units.extend(_outside(text, at, len(text), covered))
    return _Plan(units, blanks)


def _lines(members: list[Fragment]):
    """A page's fragments grouped into lines by their tops, each sorted by left; or (why, span)."""
    lines: list[list[Fragment]] = []
    for f in sorted(members, key=lambda f: (f.top, f.left)):
        if lines and f.top - lines[-1][0].top <= TOP_TOLERANCE:
            lines[-1].append(f)
        elif lines and f.top - lines[-1][-1].top <= 2 * TOP_TOLERANCE:
            return "positioned fragments whose tops do not group into lines (one chains into the next): the " \
                   "document is not laid out as printed", (f.start, f.end)
        else:
            lines.append([f])
    return [sorted(line, key=lambda f: f.left) for line in lines]


def _scale(text: str, lines: list[list[Fragment]]):
    """Pixels per character: the largest at which every fragment of a line ends two spaces before the next."""
    scale = MAX_PX_PER_CHAR
    for line in lines:
        for first, second in zip(line, line[1:]):
            scale = min(scale, (second.left - first.left) / (first.end - first.start + 2))
            if scale < MIN_PX_PER_CHAR:
                return "positioned fragments overlap as printed (one runs into the next on its line): the " \
                       "document is not laid out as printed", (first.start, second.end)
    return scale


def _outside(text: str, start: int, end: int, covered: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The non-blank lines of text[start:end] outside every fragment (`covered`: sorted, apart), as (start, end)."""
    found, at = [], start
    for s, e in covered[max(bisect.bisect_right(covered, (start, len(text))) - 1, 0):]:
        if s >= end:
            break
        if e <= start:
            continue
        found.extend(_text_lines(text, at, max(s, at)))
        at = max(at, e)
    found.extend(_text_lines(text, at, end))
    return found


def _text_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    found = []
    for match in re.finditer(r"[^\n]+", text[start:end]):
        if match.group(0).strip():
            s = start + match.start() + len(match.group(0)) - len(match.group(0).lstrip())
            found.append((s, start + match.end() - (len(match.group(0)) - len(match.group(0).rstrip()))))
    return found


def _blank_lines(lines: list[list[tuple[int, Fragment]]]) -> set[int]:
    """The lines of a page that stand after a larger gap than the page's usual line pitch."""
    tops = [line[0][1].top for line in lines]
    gaps = [b - a for a, b in zip(tops, tops[1:])]
    if not gaps:
        return set()
    pitch = min(gaps)
    return {id(line) for line, gap in zip(lines[1:], gaps) if gap > BLANK_GAP * pitch}


def _write(text: str, offsets: Offsets, plan: _Plan) -> tuple[str, Offsets]:
    pieces: list[str] = []
    out = Offsets()

    def put(chunk: str, source: int) -> None:  # (characters kg inserts: at the source offset given)
        pieces.append(chunk)
        out.add(source, len(chunk), 0)

    def copy(start: int, end: int) -> None:
        pieces.append(text[start:end])
        for source, count, step in offsets.runs(start, end - start):
            out.add(source, count, step)

    for unit in plan.units:
        if isinstance(unit, tuple):  # (a line outside the pages)
            if pieces:
                put("\n", offsets[unit[0]])
            copy(*unit)
            continue
        for index, line in enumerate(unit):
            if pieces:
                put("\n\n" if index == 0 or id(line) in plan.blanks else "\n", offsets[line[0][1].start])
            for pad, f in _pads(text, line):
                if pad > 0:
                    put(" " * pad, offsets[f.start])
                copy(f.start, f.end)
    return "".join(pieces), out


def _pads(text: str, line: list[tuple[int, Fragment]]) -> list[tuple[int, Fragment]]:
    """The spaces before each fragment of a line: to its column, and at least two after another fragment; an
    item's marker ('1.', '(a)', a bullet) one space before the item, which keeps its column ('1. Name')."""
    pads, column, gap = [], 0, 2
    for at, (target, f) in enumerate(line):
        pad, gap = (target - column if column == 0 else max(target - column, gap)), 2
        if at + 1 < len(line) and _MARKER.fullmatch(text, f.start, f.end):
            pad, gap = max(line[at + 1][0] - (f.end - f.start) - 1 - column, 0 if column == 0 else 2), 1
        pads.append((pad, f))
        column += max(pad, 0) + f.end - f.start
    return pads
