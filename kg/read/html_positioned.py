"""An HTML document made of absolutely positioned fragments, laid out as fixed-width text.

A PDF-to-HTML converter (pdftohtml -c, pdf2htmlEX) prints no table: every line of every cell is its own
element placed by `left:` and `top:` (kg.read.html_places: in its style or a class of the style sheet), inside
one element per page. Read one element a line, a row of five cells becomes five lines and each cell's second
line stands under the cells of the next column. A page whose text is mostly such fragments (MIN_SHARE of its
printed characters; the page is the element they stand in) is laid out as printed: its lines as
kg.read.html_lines finds them (page furniture apart, a line a band of tops), a line sorted by left, each
fragment at a column proportional to its left, by one scale for the document chosen so that no two fragments
of a line come closer than two spaces; a blank line where the gap between two lines is larger than usual, and
between pages. Every character keeps its source offset. A page whose layout is not certain (tops that chain
into each other, fragments that overlap, a fragment of several lines of no certain line height, text between
fragments that has no place) is kept as it was and the reason is noted with its span
(`offsets.layout_refusals`: the roster reader leaves the page out and reports it); the other pages are laid out.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from kg.read import html_lines
from kg.read.html_places import Fragment
from kg.read.html_stream import Offsets

MIN_SHARE = 0.8  # of the printed characters, in positioned fragments
MIN_FRAGMENTS = 8
MAX_PX_PER_CHAR = 8.0  # the coarsest scale (a line of one fragment only)
MIN_PX_PER_CHAR = 3.0  # finer than this, the fragments of a line overlap as printed
_SPACE = re.compile(r"\s")
# a fragment that is only an item's marker ('1.', '(a)', a bullet): printed one space before the item it marks
_MARKER = re.compile(r"(?:\d{1,3}|[A-Za-z])[.)]|\((?:\d{1,3}|[a-z]{1,4})\)|[\u2022\u00b7\u25aa\u2013*-]")


def lay_out(text: str, offsets: Offsets, places) -> tuple[str, Offsets]:
    """The text with its pages of positioned fragments laid out as printed (the rest as it is); a page whose
    layout is not certain is kept as it is, with the reason and its span in `offsets.layout_refusals`."""
    if len(places.fragments) < MIN_FRAGMENTS or offsets.cell_breaks or offsets.cell_columns or offsets.filled_columns:
        return text, offsets  # (a table's notes would no longer point at its cells)
    fragments = _printed_pages(text, [f for f in (_trimmed(text, f) for f in places.fragments) if f is not None])
    if len(fragments) < MIN_FRAGMENTS:
        return text, offsets
    units = _plan(text, fragments)
    pages = [unit for unit in units if isinstance(unit, _Page)]
    if all(page.refused is not None for page in pages):  # (nothing laid out: the text as it is)
        offsets.layout_refusals.extend((page.refused[0], page.span) for page in pages)
        return text, offsets
    return _write(text, offsets, units)


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
    return replace(fragment, start=start, end=end) if end > start else None


@dataclass
class _Page:
    span: tuple[int, int]  # its text
    lines: list = field(default_factory=list)  # each a list of (column, fragment)
    blanks: set = field(default_factory=set)  # index of the lines a blank line goes before
    marks: set = field(default_factory=set)  # id of the raised footnote marks (not written)
    refused: tuple | None = None  # (why, span) when its layout is not certain: its text is kept as it is


def _plan(text: str, fragments: list[Fragment]) -> list:
    """The pages (_Page) and the other text's lines ((start, end)), in text order."""
    pages: dict[int, list[Fragment]] = {}
    for f in fragments:
        pages.setdefault(f.page, []).append(f)
    spans = sorted((min(f.start for f in m), max(f.end for f in m), page) for page, m in pages.items())
    covered = sorted((f.start, f.end) for f in fragments)
    units, planned, at = [], {}, 0
    running = html_lines.running_lines(text, list(pages.values()))
    for start, end, page in spans:
        units.extend(_outside(text, at, start, covered))
        planned[page] = _Page((start, end))
        if (inside := _outside(text, start, end, covered)):
            planned[page].refused = ("text among the positioned fragments of a page has no place of its own: the "
                                     "page is not laid out as printed", inside[0])
        else:
            _page_lines(text, pages[page], planned[page], running)
        units.append(planned[page])
        at = end
    units.extend(_outside(text, at, len(text), covered))
    _place_columns(text, list(planned.values()), min(f.left for f in fragments))
    return units


def _page_lines(text: str, members: list[Fragment], page: _Page, running: set[str]) -> None:
    """The page's lines (furniture apart, fragments of several lines split, grouped by their tops)."""
    if len({f.by_bottom for f in members}) > 1:
        page.refused = ("positioned fragments placed from the page's head and from its foot: the page is not laid "
                        "out as printed", page.span)
        return
    _head, rest, _tail = html_lines.furniture(text, members, running)
    rest = html_lines.split_lines(text, rest)
    if isinstance(rest, tuple):
        page.refused = rest
        return
    grouped = html_lines.lines(rest) if rest else ([], [], set())
    if isinstance(grouped[0], str):
        page.refused = grouped
        return
    found, tops, raised = grouped
    counted = html_lines.pitch_gaps(found, tops)
    if isinstance(counted, tuple):
        line = found[counted[1]]
        page.refused = (counted[0], (line[0].start, line[-1].end))
        return
    page.marks = set().union(*(html_lines.footnote_marks(text, line, raised) for line in found)) if found else set()
    page.lines = found  # (the furniture, head and tail, is not written)
    page.blanks = {at for at, lines in enumerate(counted, 1) if lines > 1}


def _place_columns(text: str, pages: list[_Page], margin: float) -> None:
    """Each line's fragments at their columns, by one scale for the pages laid out; a page with a line whose
    fragments overlap as printed is refused, and the scale is taken again without it."""
    while True:
        scale, overlap = MAX_PX_PER_CHAR, None
        for page in pages:
            if page.refused is None and (found := _scale(text, page, scale)) is not None:
                if isinstance(found, tuple):
                    page.refused, overlap = found, page
                    break
                scale = found
        if overlap is None:
            break
    for page in pages:
        if page.refused is None:
            page.lines = [[(round((f.left - margin) / scale), f) for f in line] for line in page.lines]


def _scale(text: str, page: _Page, scale: float):
    """The largest scale (px a character, at most `scale`) at which every fragment of the page's lines ends two
    spaces before the next (a raised footnote mark, not written, takes no place); or (why, span)."""
    for line in page.lines:
        shown = [f for f in line if id(f) not in page.marks]
        for first, second in zip(shown, shown[1:]):
            scale = min(scale, (second.left - first.left) / (first.end - first.start + 2))
            if scale < MIN_PX_PER_CHAR:
                return "positioned fragments overlap as printed (one runs into the next on its line): the page " \
                       "is not laid out as printed", (first.start, second.end)
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


def _write(text: str, offsets: Offsets, units: list) -> tuple[str, Offsets]:
    pieces: list[str] = []
    out = Offsets()
    at = [0]  # (the length written)

    def put(chunk: str, source: int) -> None:  # (characters kg inserts: at the source offset given)
        pieces.append(chunk)
        out.add(source, len(chunk), 0)
        at[0] += len(chunk)

    def copy(start: int, end: int) -> None:
        pieces.append(text[start:end])
        for source, count, step in offsets.runs(start, end - start):
            out.add(source, count, step)
        at[0] += end - start

    for unit in units:
        if isinstance(unit, tuple):  # (a line outside the pages)
            if pieces:
                put("\n", offsets[unit[0]])
            copy(*unit)
            continue
        if unit.refused is not None:  # (kept as it is: one fragment a line)
            if pieces:
                put("\n\n", offsets[unit.span[0]])
            begin = at[0]
            copy(*unit.span)
            out.layout_refusals.append((unit.refused[0], (begin, at[0])))
            continue
        for index, line in enumerate(unit.lines):
            if pieces:
                put("\n\n" if index == 0 or index in unit.blanks else "\n", offsets[line[0][1].start])
            for pad, f in _pads(text, line, unit.marks):
                if id(f) in unit.marks:  # (a raised footnote mark: no part of the value it follows)
                    continue
                if pad > 0:
                    put(" " * pad, offsets[f.start])
                copy(f.start, f.end)
    return "".join(pieces), out


def _pads(text: str, line: list[tuple[int, Fragment]], marks: set) -> list[tuple[int, Fragment]]:
    """The spaces before each fragment of a line: to its column, and at least two after another fragment; an
    item's marker ('1.', '(a)', a bullet) one space before the item, which keeps its column ('1. Name'); a
    raised footnote mark takes no place (it is not written)."""
    pads, column, gap = [], 0, 2
    for at, (target, f) in enumerate(line):
        pad, gap = (target - column if column == 0 else max(target - column, gap)), 2
        if id(f) in marks:
            pads.append((0, f))
            continue
        if at + 1 < len(line) and _MARKER.fullmatch(text, f.start, f.end):
            pad, gap = max(line[at + 1][0] - (f.end - f.start) - 1 - column, 0 if column == 0 else 2), 1
        pads.append((pad, f))
        column += max(pad, 0) + f.end - f.start
    return pads
