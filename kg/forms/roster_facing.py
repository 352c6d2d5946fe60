"""A fixed-width table set over two facing pages, read with each line of the right-hand page put after the same
line of the left-hand page.

A financial printer sets a table too wide for one page across a spread: the left-hand page carries the first
columns (Name | Position), the right-hand page the rest of the SAME rows (occupation, address, citizenship) with no
name, each row starting on the same line of both pages. Only the line position ties the details to a name, so they
are read together only where that tie is certain:
- the left page's header names a name column and the right page's names none, both headers are ruled, and the two
  rules stand on the same line of their pages; the right page holds nothing above its header but blank lines and
  table markup, nothing below its rows but a page number;
- every row of the right page is aligned to its header's columns, and every block of its rows (lines between blank
  lines or rules) starts on a line where the left page starts an entry (a name cell after a blank line, a rule or
  the header) and runs across no other entry's start; where the left page rules its rows apart the right page rules
  them on the same lines;
- the page after the right-hand page does not go on with rows in its columns before a header of its own.
Otherwise the view is not made (kg.forms.roster_grid refuses the right page's rows). The view joins the two pages
line by line (the left page's lines padded to one width), drops the page break between them and the right page's
blank lines and page number, and maps every span read to the file.
"""
from __future__ import annotations

import re
from array import array

from kg.forms import roster_types as rt
from kg.forms.roster_table import names_column
from kg.forms.roster_view import MappedView

_CHUNK = re.compile(r"\S+(?:[ \xa0]\S+)*")
_RULE = re.compile(r"^[ \t]*[-=_]{2,}(?:[ \t]+[-=_]{2,})*[ \t]*$")
_MARKUP = re.compile(r"^[ \t]*(?:</?(?:table|caption)\b[^>]*>|<[sc]>(?:[ \t]*<[sc]>)*)[ \t]*$", re.I)
_PAGE_NUMBER = re.compile(r"^[ \t]*(?:-[ \t]*\d{1,4}[ \t]*-|\d{1,4}|page[ \t]+\d{1,4}(?:[ \t]+of[ \t]+\d{1,4})?)[ \t]*$",
                          re.I)
GAP = 4  # spaces between the left page's widest line and the right page's text


def _is_break(line: str) -> bool:
    return ("\f" in line and not line.replace("\f", "").strip()) or line.strip().casefold() == "<page>"


def _chunks(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in _CHUNK.finditer(line)]


class _Page:
    """One page's lines (without their line ends) and its ruled header: the rule's line and column starts."""

    def __init__(self, first: int, lines: list[str]) -> None:
        self.first, self.lines = first, [line.rstrip("\r") for line in lines]
        self.rule = next((i for i, line in enumerate(self.lines) if _RULE.match(line) and len(_chunks(line)) > 1), None)
        self.starts = [s for s, _ in _chunks(self.lines[self.rule])] if self.rule is not None else []
        self.captions = []  # the header's lines above its rule (up to a blank line)
        at = (self.rule or 0) - 1
        while self.rule is not None and at >= 0 and self.lines[at].strip() and not _MARKUP.match(self.lines[at]):
            self.captions.insert(0, at)
            at -= 1

    def kind(self, index: int) -> str:
        """'blank', 'rule', 'markup', 'row' (every cell at a column start) or 'other'."""
        line = self.lines[index] if index < len(self.lines) else ""
        if not line.strip():
            return "blank"
        if _RULE.match(line):
            return "rule"
        if _MARKUP.match(line):
            return "markup"
        return "row" if all(start in self.starts for start, _ in _chunks(line)) else "other"

    def names_here(self) -> bool:
        return any(names_column(c) for i in self.captions for _, c in _chunks(self.lines[i]))

    def details_here(self) -> bool:
        cells = [c for i in self.captions for _, c in _chunks(self.lines[i])]
        return bool(cells) and all(rt.is_header(c) for c in cells) and not any(names_column(c) for c in cells)


def _body_end(page: _Page) -> int | None:
    """The line after the page's last row; None where a line that is no row stands among the rows."""
    kinds = [page.kind(i) for i in range(page.rule + 1, len(page.lines))]
    rows = [i for i, kind in enumerate(kinds) if kind == "row"]
    if not rows or any(kind == "other" for kind in kinds[:rows[-1]]):
        return None
    tail = [page.lines[page.rule + 1 + i] for i, kind in enumerate(kinds) if i > rows[-1] and kind == "other"]
    return page.rule + 2 + rows[-1] if all(_PAGE_NUMBER.match(line) for line in tail) else None


def _entry_start(left: _Page, index: int) -> bool:
    return left.kind(index) == "row" and _chunks(left.lines[index])[0][0] < left.starts[1] \
        and (index - 1 == left.rule or left.kind(index - 1) in ("blank", "rule", "markup"))


def _paired(left: _Page, right: _Page, end: int) -> bool:
    """Every block of the right page's rows starts where the left page starts an entry and crosses no other."""
    blocks, block = [], []
    for index in range(right.rule + 1, end):
        kind = right.kind(index)
        if kind == "rule" and left.kind(index) != "rule" or kind != "rule" and left.kind(index) == "rule" \
                and kind != "blank":
            return False  # (rows ruled apart on one page and not on the same line of the other)
        if kind == "row":
            block.append(index)
        elif block:
            blocks, block = blocks + [block], []
    blocks += [block] if block else []
    return bool(blocks) and all(_entry_start(left, b[0]) and not any(_entry_start(left, i) for i in b[1:])
                                and b[-1] < len(left.lines) and not _named(right, b[0]) for b in blocks)


def _named(right: _Page, index: int) -> bool:
    """A row of the right page that opens with a person's name: the page goes on with names of its own."""
    chunks = _chunks(right.lines[index])
    return bool(chunks) and chunks[0][0] == right.starts[0] and rt.is_person_name(chunks[0][1])


def _goes_on(right: _Page, after: _Page | None) -> bool:
    """The page after the right-hand page opens with rows in the right page's columns (before any header)."""
    for line in (after.lines[:after.rule] if after.rule is not None else after.lines) if after else []:
        chunks = _chunks(line)
        if not _MARKUP.match(line) and (len(chunks) > 1 and all(s in right.starts for s, _ in chunks)
                                        or len(chunks) == 1 and chunks[0][0] in right.starts[1:]):
            return True
    return False


def _spread(left: _Page, right: _Page, after: _Page | None) -> dict[int, int] | None:
    """{left page line: right page line} joined, or None where the pages are no spread for certain."""
    if left.rule is None or right.rule is None or left.rule != right.rule or len(left.starts) < 2 \
            or not left.names_here() or not right.details_here():
        return None
    if any(right.kind(i) not in ("blank", "markup") for i in range(right.rule) if i not in right.captions) \
            or any(left.lines[i].strip() and i not in left.captions for i in right.captions):
        return None  # (text above the right page's header; its captions beside the left page's text)
    end = _body_end(right)
    if end is None or _body_end(left) is None or not _paired(left, right, end) or _goes_on(right, after):
        return None
    return {i: i for i in [*right.captions, *range(right.rule, end)] if right.lines[i].strip()}


class FacingView(MappedView):
    """`raw` with each spread's right-hand page joined to its left-hand page line by line."""

    def __init__(self, raw: str, spreads: list[tuple[_Page, _Page, dict[int, int], int]]) -> None:
        lines = raw.split("\n")
        starts = [0]
        for line in lines:
            starts.append(starts[-1] + len(line) + 1)
        joined = {left.first + a: (right, right.first + b, width) for left, right, pairs, width in spreads
                  for a, b in pairs.items()}
        hidden = {n for left, right, _p, _w in spreads for n in range(left.first + len(left.lines),
                                                                       right.first + len(right.lines))}
        pieces, back = [], array("q")
        ahead = array("q", [-1] * (len(raw) + 1))

        def put(text: str, source: list[int]) -> None:
            for char, at in zip(text, source):
                if ahead[at] < 0:
                    ahead[at] = len(back)
                pieces.append(char)
                back.append(at)

        for number, line in enumerate(lines):
            if number in hidden:
                continue
            end = len(line.rstrip("\r"))
            if number in joined:
                right, other, width = joined[number]
                shown = line[:end].rstrip()
                put(shown, list(range(starts[number], starts[number] + len(shown))))
                pad = width - len(shown)
                put(" " * pad, [starts[number] + len(shown)] * pad)
                text = right.lines[other - right.first].rstrip()
                if _MARKUP.match(text) and not re.search(r"<[sc]>", text, re.I):
                    text = ""  # ('<TABLE>', '</TABLE>' on both pages: the left page's stands)
                text = re.sub(r"<s>", "<C>", text, flags=re.I)
                put(text, list(range(starts[other], starts[other] + len(text))))
                put(line[len(shown):], list(range(starts[number] + len(shown), starts[number] + len(line))))
            else:
                put(line, list(range(starts[number], starts[number] + len(line))))
            if number < len(lines) - 1:
                put("\n", [starts[number] + len(line)])
        last = 0
        for at in range(len(raw)):  # (a character not displayed: at the place of the one before it)
            last = ahead[at] = ahead[at] if ahead[at] >= 0 else last
        ahead[len(raw)] = len(back)
        self.raw, self.back, self.ahead = "".join(pieces), back, ahead


def facing_view(ctx) -> FacingView | None:
    """The view of a plain-text document whose table is set over facing pages, else None."""
    raw = ctx.raw
    if ctx.cell_breaks or ctx.cell_columns or "\f" not in raw and not re.search(r"(?im)^[ \t]*<page>[ \t]*\r?$", raw):
        return None
    lines = raw.split("\n")
    pages, first = [], 0
    for number, line in enumerate(lines + ["\f"]):
        if _is_break(line):
            pages.append(_Page(first, lines[first:number]))
            first = number + 1
    spreads, index = [], 0
    while index + 1 < len(pages):
        left, right = pages[index], pages[index + 1]
        pairs = _spread(left, right, pages[index + 2] if index + 2 < len(pages) else None)
        if pairs is None:
            index += 1
            continue
        top = min(min(left.captions or [left.rule]), min(pairs))
        width = max(len(left.lines[i].rstrip()) for i in range(top, max(pairs) + 1) if i < len(left.lines)) + GAP
        spreads.append((left, right, pairs, width))
        index += 2
    return FacingView(raw, spreads) if spreads else None
