"""A plain-text table wider than the page, hard-wrapped at the page's width, read with its lines put back.

A table 130 characters wide printed on an 80-column terminal (or saved by a mailer that wraps lines) has each of
its lines broken at the last space at or before the page's width, the rest carried to column 0 of the next line
(its leading spaces dropped); a line whose left columns are empty leaves an empty line before its rest. Read as
it is, a name continued on the second line of its cell ('Nirmal Prabhakar' / 'Narvekar') is cut off by the rest
of the first line ('Company   Tuborg Havnevej 19   USA') and an address line is read as a name.

The wrap shows in the header rule: a rule of dash runs as long as the page, its rest (dash runs again) at column 0
of the next line. The rule put back gives the table's columns; then every line of the table is either a new
line (its cells starting at column starts from column 0) or the rest of the line above, placed where its cells
start at column starts past the page's width (or where its first word continues the cell cut at the break). Where
both readings fit, the cells above decide (a cell's second line in the name column is there only if its first
word did not fit on the first line; a rest is there only if the line above had cells past the page's width);
where they do not, the table is not put back and a finding says so. The view maps every span to the file. A table
with no rule under its header: kg.forms.roster_unwrap_head; a text with tabs or invisible characters is put back
in its tab view (kg.forms.roster_tabs, StackedView).
"""
from __future__ import annotations

import re
from array import array

from kg.forms.roster_unwrap_head import unruled_tables
from kg.forms.roster_unwrap_rows import WrappedTable, runs
from kg.forms.roster_view import MappedView

_RULE = re.compile(r"^[-=_]+(?: +[-=_]+)*$")
MIN_PAGE, MAX_PAGE = 60, 100  # (the page widths a hard wrap is looked for at)


class UnwrapView(MappedView):
    """`raw` with the wrapped lines of a table put back: `rest_at` maps a rest's line to the column it starts at
    (past the margin of its row's first line); `margins` holds each line's margin (a rest's is not displayed)."""

    def __init__(self, raw: str, rest_at: dict[int, int], hidden: set[int], refusals: tuple = (),
                 margins: list[int] | None = None) -> None:
        lines, pieces, back, ahead = raw.split("\n"), [], array("q"), array("q")
        margins = margins or [0] * len(lines)
        offset, column, margin = 0, 0, 0
        for number, line in enumerate(lines):
            shown = 0 if number in hidden else len(line.rstrip()) if number + 1 in rest_at else len(line)
            first = margins[number] if number in rest_at else 0  # (a rest's margin: its place is the line above's)
            margin = margin if number in rest_at else margins[number]  # (the row's first line's margin)
            for index, char in enumerate(line, offset):  # (not displayed: a table not put back for certain,
                ahead.append(len(back))  # the spaces or carriage return that end a line with a rest)
                if first <= index - offset < shown:
                    pieces.append(char)
                    back.append(index)
            offset, column = offset + len(line), column + max(shown - first, 0)
            if number == len(lines) - 1:
                break
            ahead.append(len(back))
            if (shift := rest_at.get(number + 1)) is not None:  # (the next line is this one's rest: no line end)
                pieces.append(" " * (shift + margin - column))
                back.extend([offset] * (shift + margin - column))
                column = shift + margin
            else:
                pieces.append("\n")
                back.append(offset)
                column = 0
            offset += 1
        ahead.append(len(back))
        self.raw, self.back, self.ahead = "".join(pieces), back, ahead
        self.refusals = refusals


def unwrap_plan(lines: list[str]) -> tuple[dict[int, int], list[tuple[int, int]]]:
    """({rest line: column it starts at}, [(first line, line after) of each wrapped table whose lines cannot be put
    back for certain])."""
    page = max((len(line.rstrip()) for line in lines), default=0)
    rest_at: dict[int, int] = {}
    refused: list[tuple[int, int]] = []
    index = 0
    while MIN_PAGE <= page <= MAX_PAGE and index < len(lines):
        if (rule := _wrapped_rule(lines, index, page)) is None:
            index += 1
            continue
        columns, width, parts, after = rule
        if (table := _header(lines, index, WrappedTable(lines, page, columns, width))) is None:
            index = after  # (no header above the rule wrapped the same way: no wrapped table)
            continue
        head = table.row_start
        heard = len(table.rest_at)
        table.rest_at.update(parts)
        stop = table.read(after, len(lines))
        last = table.goes_on(stop + 1) if stop < len(lines) else None  # (a line of the table that fits no
        if last is None and stop < len(lines) and len(runs(lines[stop].rstrip())) >= 2:  # reading: its row on
            last = stop  # is not read; a line of cells that ends the table, its paragraph: 'Ellen V. Futter¹')
        cut = last is not None
        end = _rests_after(table, _paragraph_end(lines, last)) if cut else stop
        if table.uncertain is not None:
            refused.append((head, end))
        elif cut:
            refused.append((table.row_start, end))
            rest_at.update((n, at) for n, at in table.rest_at.items() if n < table.row_start)
        elif len(table.rest_at) > heard + len(parts):  # (rows wrapped too)
            rest_at.update(table.rest_at)
        index = max(end, after)
    if not rest_at and not refused and MIN_PAGE <= page <= MAX_PAGE:  # (no rule under the header: its columns
        for _first, _stop, plan in unruled_tables(lines, page):  # from the header, kg.forms.roster_unwrap_head)
            rest_at.update(plan)
    return rest_at, refused


def _wrapped_rule(lines, index, page):
    """A header rule as long as the page whose rest is on the next lines: (column spans, table width,
    [(rest line, shift)], the line after it), else None."""
    line = lines[index].rstrip()
    if not _RULE.match(line) or line.startswith(" "):
        return None
    cells = [(m.start(), m.end()) for m in re.finditer(r"[-=_]+", line)]
    gaps = {b - a for (_, a), (b, _) in zip(cells, cells[1:])}
    if len(cells) < 2 or len(gaps) != 1:
        return None
    gap = gaps.pop()
    parts, number, end = [], index + 1, len(line)
    while number < len(lines) and _RULE.match(lines[number].rstrip()) and not lines[number].startswith(" "):
        piece = lines[number].rstrip()
        first = re.match(r"[-=_]+", piece).end()
        if end + gap + first <= page:
            break
        parts.append((number, end + gap))
        cells += [(s + end + gap, e + end + gap) for s, e in (m.span() for m in re.finditer(r"[-=_]+", piece))]
        end, number = end + gap + len(piece), number + 1
    if not parts or end <= page + 8:
        return None
    return cells, end, dict(parts), number


def _paragraph_end(lines: list[str], index: int) -> int:
    while index < len(lines) and lines[index].strip():
        index += 1
    return index


def _rests_after(table: WrappedTable, end: int) -> int:
    """`end`, past the lines after it that are each the rest of an empty line (a blank line, a line at column 0
    that fits a column past the page's width only): the rests of a row not read are not read either."""
    lines = table.lines
    while end + 1 < len(lines) and not lines[end].strip() and lines[end + 1].strip() and (
            end + 2 == len(lines) or not lines[end + 2].strip()) and table.rest_of_empty(lines[end + 1].rstrip()):
        end += 2
    return end


def _header(lines: list[str], rule: int, table: WrappedTable) -> WrappedTable | None:
    """The table with its header put back (the lines above the rule, from the paragraph's first that is one of the
    table's on), else None where no header line has a rest."""
    start = rule
    while start > 0 and lines[start - 1].strip():
        start -= 1
    for head in range(start, rule):
        table.rest_at, table.uncertain = {}, None
        if table.read(head, rule) == rule and table.rest_at:
            table.row_start = head
            return table
    return None


def unwrap_view(ctx) -> UnwrapView | None:
    """The view of a plain-text document with a table hard-wrapped at the page's width put back (one whose wrap
    is seen but whose lines cannot be put back for certain: not displayed, with a finding), else None."""
    raw = ctx.raw  # (a document's text as displayed: its own, or its tab view's, kg.forms.roster_tabs)
    if ctx.cell_breaks or ctx.cell_columns:  # (bounded by kg.forms.roster_tabs)
        return None
    lines = raw.split("\n")
    margin = min((len(line) - len(line.lstrip(" ")) for line in lines if line.strip()), default=0)
    lines = [line[margin:] for line in lines]  # (a document indented whole: its margin)
    margins = [margin] * len(lines)
    rest_at, refused = unwrap_plan(lines)
    if (shifted := _page_shift(lines)) is not None:  # (a page printed with a wider margin from a line on)
        first, pad = shifted
        moved = unwrap_plan(lines[:first] + [line[pad:] for line in lines[first:]])
        if any(number >= first for number in moved[0]):  # (the table's rests put back across the page's edge)
            rest_at, refused = moved
            margins[first:] = [margin + pad] * (len(lines) - first)
    if not rest_at and not refused:
        return None
    starts = [0]
    for line in raw.split("\n"):
        starts.append(starts[-1] + len(line) + 1)
    why = "a table wider than the page, hard-wrapped at the page's width, whose lines cannot be put back for certain"
    refusals = tuple((why, (starts[first], starts[stop] - 1)) for first, stop in refused)
    hidden = {number for first, stop in refused for number in range(first, stop)}
    return UnwrapView(raw, rest_at, hidden, refusals, margins)


def _page_shift(lines: list[str]) -> tuple[int, int] | None:
    """(the first line of the document's last page printed with a wider margin, how much wider), else None."""
    last = max((n for n, line in enumerate(lines) if line.strip() and not line[:1].isspace()), default=None)
    if last is None or last == len(lines) - 1:
        return None
    pad = min((len(line) - len(line.lstrip(" ")) for line in lines[last + 1:] if line.strip()), default=0)
    return (last + 1, pad) if pad else None


class StackedView(MappedView):
    """A view (`outer`) of a view's text (`inner`'s): its maps go through both to the source."""

    def __init__(self, inner: MappedView, outer: MappedView) -> None:
        self.raw = outer.raw
        self.back = array("q", (inner.back[at] for at in outer.back))
        self.ahead = array("q", (outer.ahead[at] for at in inner.ahead))
        self.refusals = tuple(inner.refusals) + tuple((why, inner.to_source(span)) for why, span in outer.refusals)
        self.findings = list(getattr(inner, "findings", ()))
        self.folded = list(getattr(inner, "folded", ()))
