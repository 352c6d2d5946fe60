"""The printed lines of one page of absolutely positioned fragments (kg.read.html_positioned), or why they are
not certain.

- Page furniture: the page's first or last fragment in the source, when it is only a page number ('1', '- 2 -',
  'Page 3 of 5', 'A-1') or the same text first (or last) on every page (a running header or footer), and no
  other fragment stands within TOP_TOLERANCE of its top, is page furniture: not written (a converter writes it
  first or last wherever it is printed, even a few px from a row of a table that runs past the page's foot).
- A fragment of several lines (`<br>` inside one element) is split into its lines, each one line height below
  the one before: the height its style gives (`line-height`), else the page's pitch when the tops of the page's
  other lines all stand on that one grid; else the page is not certain.
- A line is a band of tops: tops within TOP_TOLERANCE of the line's first are one line; two such groups at most
  2 * TOP_TOLERANCE apart (a raised footnote mark, two font sizes on one line) are one line when the lines
  before and after stand at least twice as far off; closer, the tops chain and the page is not certain.
  A footnote mark of the raised group ('1', '(2)', '*', a letter) right of another fragment is no part of the
  value it follows: it is not written (the footnote itself is).
"""
from __future__ import annotations

import re

from kg.read.html_places import Fragment

TOP_TOLERANCE = 3.0  # px: tops this close are one line
GRID_SLACK = 1.0  # px: a top this close to a multiple of the pitch stands on the grid
BLANK_GAP = 1.6  # a gap this many times the page's usual line pitch leaves a blank line
_PAGE_NUMBER = re.compile(r"(?:page\s+)?(?:\d{1,3}|[A-Z]-\d{1,2}|[ivxl]{1,6})(?:\s+of\s+\d{1,3})?|-\s?\d{1,3}\s?-",
                          re.I)
_MARK = re.compile(r"\(?(?:\d{1,2}|[a-z]|\*{1,3}|[\u2020\u2021\u00a7])\)?")
_CHAINS = "positioned fragments whose tops do not group into lines (one chains into the next): the page is not " \
          "laid out as printed"


def furniture(text: str, members: list[Fragment], running: set[str] = frozenset()) -> tuple[list, list, list]:
    """(set apart before the page's lines, the rest, set apart after): a lone page number, or a lone running
    header or footer (`running`: the text of one that is first or last on several pages), first or last."""
    ordered = sorted(members, key=lambda f: f.start)
    head, tail = [], []
    for at, kept in ((0, head), (-1, tail)):
        if len(ordered) < 2:
            break
        edge = ordered[at]
        if (_PAGE_NUMBER.fullmatch(text, edge.start, edge.end) or text[edge.start:edge.end] in running) and not any(
                abs(f.top - edge.top) <= TOP_TOLERANCE for f in ordered if f is not edge):
            kept.append(ordered.pop(at))
    return head, ordered, tail


def running_lines(text: str, pages: list[list[Fragment]]) -> set[str]:
    """The texts that are the first (or the last) fragment of every page, two pages or more: a running header or
    footer (a table's caption repeated from the second page on is not first on the first)."""
    if len(pages) < 2:
        return set()
    edges = [{(at == 0, text[f.start:f.end]) for at, f in ((at, ordered[at]) for at in (0, -1))}
             for ordered in (sorted(members, key=lambda f: f.start) for members in pages)]
    return {line for _first, line in set.intersection(*edges)}


def split_lines(text: str, members: list[Fragment]):
    """The fragments of a page with each fragment of several lines split into its lines; or (why, span)."""
    single = [f for f in members if "\n" not in text[f.start:f.end]]
    if len(single) == len(members):
        return members
    grid = _grid([f.top for f in single])
    out = list(single)
    for f in members:
        if f in single:
            continue
        pitch = f.pitch or grid
        if pitch is None or f.by_bottom:
            return "a positioned fragment of several lines whose line height is not certain: the page is not laid " \
                   "out as printed", (f.start, f.end)
        at = f.start
        for index, piece in enumerate(text[f.start:f.end].split("\n")):
            stripped = piece.strip()
            if stripped:
                begin = at + piece.index(stripped)
                out.append(Fragment(begin, begin + len(stripped), f.left, f.top + index * pitch, f.page))
            at += len(piece) + 1
    return out


def _grid(tops: list[float]) -> float | None:
    """The pitch every line top of the page stands on (a multiple of it from the first), or None."""
    tops = sorted(set(tops))
    gaps = [b - a for a, b in zip(tops, tops[1:]) if b - a > TOP_TOLERANCE]
    if not gaps:
        return None
    pitch = min(gaps)
    for top in tops:
        steps = (top - tops[0]) / pitch
        if abs(steps - round(steps)) * pitch > GRID_SLACK:
            return None
    return pitch


def lines(members: list[Fragment]):
    """A page's fragments grouped into lines by their tops, each sorted by left; each line's top (of a band, its
    group of more fragments: the row's, not a raised mark's or a larger name's); and the ids of the raised
    fragments right of another on their line. Or (why, span)."""
    groups: list[list[Fragment]] = []
    for f in sorted(members, key=lambda f: (f.top, f.left)):
        if groups and f.top - groups[-1][0].top <= TOP_TOLERANCE:
            groups[-1].append(f)
        else:
            groups.append([f])
    gaps = [b[0].top - a[0].top for a, b in zip(groups, groups[1:])]
    found, tops, raised, index = [], [], set(), 0
    while index < len(groups):
        gap = gaps[index] if index < len(gaps) else None
        if gap is None or gap > 2 * TOP_TOLERANCE:
            found.append(sorted(groups[index], key=lambda f: f.left))
            tops.append(groups[index][0].top)
            index += 1
            continue
        before = gaps[index - 1] if index > 0 else None
        after = gaps[index + 1] if index + 1 < len(gaps) else None
        if any(g is not None and g < max(2 * gap, 2 * TOP_TOLERANCE + 1) for g in (before, after)):
            first = groups[index + 1][0]
            return _CHAINS, (first.start, first.end)
        upper, lower = groups[index], groups[index + 1]
        line = sorted(upper + lower, key=lambda f: f.left)
        found.append(line)
        tops.append((upper if len(upper) > len(lower) else lower)[0].top)
        raised |= {id(f) for at, f in enumerate(line) if at > 0 and f in upper}
        index += 2
    return found, tops, raised


def pitch_gaps(found: list[list[Fragment]], tops: list[float]):
    """The gap before each line in lines of the page's pitch (its narrowest gap): 1 for the next line, 2 past a
    blank line (more than 1.6 pitches); or (why, index of the line) where a gap inside a table (between two lines
    of its rows: a line of several fragments, or one between such lines) is neither (between 1.25 and 1.75
    pitches: whether a blank line, which ends a row, stands there is not certain)."""
    gaps = [b - a for a, b in zip(tops, tops[1:])]
    if not gaps:
        return []
    pitch = min(gaps)
    several = [at for at, line in enumerate(found) if len(line) > 1]
    inside = [bool(several) and several[0] <= at <= several[-1] for at in range(len(found))]
    counted = []
    for at, gap in enumerate(gaps, 1):
        if inside[at - 1] and inside[at] and 1.25 * pitch < gap < 1.75 * pitch:
            return "positioned lines of a table whose gap is neither one line nor a blank line: the page is not " \
                   "laid out as printed", at
        counted.append(2 if gap > BLANK_GAP * pitch else 1)
    return counted


def footnote_marks(text: str, line: list[Fragment], raised: set) -> set:
    """The ids of the raised fragments of a line that are only a footnote mark."""
    return {id(f) for f in line if id(f) in raised and _MARK.fullmatch(text, f.start, f.end)}
