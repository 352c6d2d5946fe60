"""A plain-text roster printed without blank lines, read with its paragraphs set apart as its layout shows them.

A conversion that drops every blank line leaves a roster whose paragraphs, blocks and clauses run together:
a biography runs into the next person's, the last entry into the paragraph after the list, and a roster that
reads nothing at all is refused. Where a document's rosters read no person, they are read once more from a
view of the text with a blank line put back where the layout alone shows a paragraph or block starts
(kg.forms.roster_tabs maps every span back to the file):
- a paragraph's first line, indented a little, between lines of prose at the margin (the least indent);
- a block's head at the margin after indented lines, its own lines indented under it (a hanging indent);
- a rule line alone (dashes) between lines of prose;
- the line under a title set in the middle of the page in capitals, and the title under 'SCHEDULE I';
- a run-in labelled entry's first line ('Name: Position with X: ...') and the line at the margin under its last
  (kg.forms.roster_runin_view).
Only a text that prints no blank line (one at most) is judged, and only lines without a table's gutter (three
spaces between words): a table's rows are left as they are. The view decides nothing about whose a value is; the readers and their checks do, as on any text.
"""
from __future__ import annotations

import re
from array import array

from kg.context import Context
from kg.forms.roster_runin_view import runin_opens
from kg.forms.roster_view import MappedView, read_displayed
from kg.records import Filing

_GUTTER = re.compile(r"\S {3,}\S")
_RULE = re.compile(r"[ \t]*[-=_]{10,}[ \t]*")
_ANNEX = re.compile(r"(?:ANNEX|SCHEDULE|EXHIBIT|APPENDIX)\s+[A-Z0-9-]{1,4}\.?")
PROSE = 45  # a line of prose this long at least (a paragraph's wrapped lines fill the measure)


class BlankView(MappedView):
    """`raw` with blank lines put back before the lines at `starts` (offsets of line starts), with the maps
    between the view's offsets and the source's (the interface of kg.forms.roster_tabs.TabView)."""

    def __init__(self, raw: str, starts: list[int]) -> None:
        pieces, back, ahead, at = [], array("q"), array("q"), 0
        for start in [*starts, len(raw)]:
            for index in range(at, start):
                ahead.append(len(back))
                back.append(index)
            pieces.append(raw[at:start])
            if start < len(raw):
                pieces.append("\n")
                back.append(start)  # (the blank line put back maps to the line under it)
            at = start
        ahead.append(len(back))
        self.raw, self.back, self.ahead = "".join(pieces), back, ahead


def read_paragraphs(ctx: Context, filing: Filing, start: int, heard: int, reader, signature_end: int | None) -> None:
    """Read the rosters again (`reader(end)(shown, copy)`, kg.forms.annex) from the view with blank lines put back
    from `start` on, where a plain-text or cell-less document's rosters read no person; the findings of the first
    reading (from `heard` on) stay only where this one reads no one either."""
    if ctx.cell_breaks or ctx.cell_columns or len(ctx.raw) != len(ctx.text):
        return
    if (view := paragraph_view(ctx.raw, start)) is None:
        return
    first, kept = len(filing.people), ctx.warnings[heard:]
    del ctx.warnings[heard:]
    read_displayed(ctx, filing, view, reader(None if signature_end is None else view.from_source(signature_end)))
    if len(filing.people) == first:
        ctx.warnings[heard:] = kept


def paragraph_view(raw: str, start: int = 0) -> BlankView | None:
    """The view of `raw` (from `start` on) with blank lines put back, or None when the layout shows no place
    for one."""
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]*", raw[start:])]
    lines = [(start + at, text) for at, text in lines if at == 0 or raw[start + at - 1] == "\n"]
    if sum(1 for _at, text in lines[:-1] if not text.strip()) > 1:
        return None  # (blank lines are printed: the layout needs none put back)
    margin = min((_indent(text) for _at, text in lines if _plain(text)), default=0)
    texts = [text for _at, text in lines]
    starts = [at for index, (at, text) in enumerate(lines) if 0 < index < len(lines) - 1
              and (_opens(lines[index - 1][1], text, lines[index + 1][1], margin) or runin_opens(texts, index, margin))]
    return BlankView(raw, starts) if starts else None


def _heading(line: str) -> bool:
    """A title line set in the middle of the page, in capitals ('SCHEDULE I', 'DIRECTORS AND OFFICERS OF X')."""
    return _indent(line) >= 4 and line.upper() == line and any(c.isalpha() for c in line) and _plain(line)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _plain(line: str) -> bool:
    return bool(line.strip()) and not _GUTTER.search(line.strip()) and not line.lstrip().startswith("<")


def _opens(above: str, line: str, below: str, margin: int) -> bool:
    if _heading(above) and line.strip() and (_indent(line) < _indent(above) and not _heading(line)
                                             or _ANNEX.fullmatch(above.strip())):
        return True
    if not (_plain(above) or _RULE.fullmatch(above)) or not (_plain(line) or _RULE.fullmatch(line)) or not _plain(below):
        return False
    if _RULE.fullmatch(line) or _RULE.fullmatch(above):
        return not _RULE.fullmatch(line) or not _RULE.fullmatch(above)  # (a rule alone: blank before and after)
    first = 2 <= _indent(line) - margin <= 10 and _indent(above) == _indent(below) == margin \
        and len(line.strip()) + _indent(line) >= PROSE and len(below.strip()) + _indent(below) >= PROSE
    hanging = _indent(line) == margin and _indent(above) >= margin + 2 and _indent(below) >= margin + 2 \
        and not _RULE.fullmatch(below)  # (a rule under a line is no wrapped line: the line ends the paragraph above)
    return first or hanging
