"""A plain-text roster whose columns are aligned with tabs, read as it is displayed.

Text normalisation keeps offsets by turning each tab into one space (kg.read.documents), which is
right for a tab between two cells but moves every column that a typist aligned with tabs: a name
column then runs into the citizenship ('Howard P. Berkowitz United States'), and a value wrapped
under one column lands under another, on another person. Where the source of a plain-text document
has a tab inside a line, the rosters are read from the text as displayed (each tab expanded to the
next multiple of 8 columns) and every span read is mapped back to the document's offsets. The characters
a conversion leaves inside words and no one sees (a zero-width space, a soft hyphen, a zero-width
(non-)joiner, a byte-order mark: 'Gr\u200been') are not displayed either: kept, they split a name into
pieces no reader takes for a name, and an entry runs on into the next one. A table a word processor saved as
text (one tab between two cells, nothing aligned: kg.forms.roster_tabcells) is displayed cell by cell instead.
"""
from __future__ import annotations

import re
from array import array
from dataclasses import replace

from kg.context import Context
from kg.forms.roster_spacecells import space_columns, space_layout
from kg.forms.roster_tabcells import cell_columns
from kg.read.documents import normalise_text
from kg.records import Filing, Person

MAX_CHARS = 5_000_000  # (two offset arrays of this many entries: larger documents are read as they are)
INVISIBLE = frozenset("\u200b\u200c\u200d\u00ad\ufeff\u2060")
_INVISIBLE = re.compile("[" + "".join(sorted(INVISIBLE)) + "]")


class MappedView:
    """A text made from the source (`raw`) with, per character, its source offset (`back`) and, per source
    offset, its place in the view (`ahead`): spans read in the view map back to the file."""

    raw: str
    back: array
    ahead: array

    def to_source(self, span: tuple[int, int]) -> tuple[int, int]:
        start, end = span
        if not self.back:
            return 0, 0
        begin = self.back[min(start, len(self.back) - 1)]
        return begin, (self.back[min(end, len(self.back)) - 1] + 1) if end > start else begin

    def from_source(self, offset: int) -> int:
        last = len(self.ahead) - 1
        if offset > last:  # (past the end, as far past the view's end: an HTML reader notes such a cell index)
            return self.ahead[last] + offset - last
        return self.ahead[max(offset, 0)]


class TabView(MappedView):
    """The displayed text of `raw` and the maps between its offsets and the source's."""

    def __init__(self, raw: str) -> None:
        pieces, back, ahead = [], array("q"), array("q")
        lines = raw.split("\n")
        cells = cell_columns([_INVISIBLE.sub("", line) for line in lines])  # (a word processor's table saved as
        # text: tabs between cells)
        layout = space_layout(lines)  # (a collapsed table: a run of spaces between cells, nothing aligned)
        spaced, self.folded = layout.columns, []  # (folded: the source spans of the lines not displayed)
        offset = 0
        for number, line in enumerate(lines):
            starts, column, cell = cells.get(number), 0, 0
            if number in spaced and not spaced[number] and number < len(lines) - 1:
                ahead.extend([len(back)] * (len(line) + 1))  # (a row left out: not displayed, nor its line end)
                self.folded.append((offset, offset + len(line) + 1))
                offset += len(line) + 1
                continue
            if number in spaced:
                _lay_out(line, offset, spaced[number], pieces, back, ahead)
            for index, char in enumerate(line if number not in spaced else "", offset):
                ahead.append(len(back))
                if char in INVISIBLE:
                    continue  # (not displayed: it takes no column)
                if char == "\t":
                    cell += 1
                    width = 8 - column % 8 if not starts else 1 if starts[cell] is None else max(starts[cell] - column, 1)
                    pieces.append(" " * width)
                    back.extend([index] * width)
                    column += width
                    continue
                pieces.append(char)
                back.append(index)
                column += 1
            offset += len(line)
            if number < len(lines) - 1:
                ahead.append(len(back))
                pieces.append("\n")
                back.append(offset)
                offset += 1
        ahead.append(len(back))
        self.raw, self.back, self.ahead = "".join(pieces), back, ahead
        starts = [0]
        for line in lines:
            starts.append(starts[-1] + len(line) + 1)
        self.findings = [(code, message, (starts[n] + s, starts[n] + e), values)
                         for n, s, e, code, message, values in layout.findings]


def _lay_out(line: str, offset: int, cells: list[tuple[int, int, int]], pieces: list[str], back: array,
             ahead: array) -> None:
    """A collapsed table's line, each cell at its column (kg.forms.roster_spacecells)."""
    column, at = 0, 0
    for start, end, target in cells:
        ahead.extend([len(back)] * (start - at))  # (the gap's spaces: to where the cell is laid out)
        if (pad := target - column) > 0:
            pieces.append(" " * pad)
            back.extend([offset + max(start - 1, 0)] * pad)
            column += pad
        shown = [index for index in range(start, end) if line[index] not in INVISIBLE]
        for index in range(start, end):
            ahead.append(len(back))
            if line[index] not in INVISIBLE:  # (an invisible character is not displayed)
                back.append(offset + index)
        pieces.append("".join(line[index] for index in shown))
        column, at = column + len(shown), end
    ahead.extend([len(back)] * (len(line) - at))


def tab_view(ctx: Context) -> TabView | None:
    """The displayed view of a plain-text document with a tab inside a line or an invisible character, else
    None."""
    raw = ctx.raw
    if len(raw) != len(ctx.text) or len(raw) > MAX_CHARS:
        return None
    if (raw is ctx.text or "\t" not in raw) and not _INVISIBLE.search(raw) and (
            ctx.cell_breaks or ctx.cell_columns or ctx.filled_columns  # (a collapsed table, in plain text only:
            or not space_columns(raw.split("\n"))):  # kg.forms.roster_spacecells)
        return None  # (an HTML document's text is its raw: its tabs were read as white space already)
    return TabView(raw)


def read_displayed(ctx: Context, filing: Filing, view: TabView, read) -> None:
    """`read(ctx, filing)` on the displayed text; the people and findings it adds, with source spans."""
    shown = replace(ctx, text=normalise_text(view.raw), raw=view.raw, memo={},
                    cell_breaks=tuple(view.from_source(at) for at in ctx.cell_breaks),
                    cell_columns=tuple((view.from_source(at), *rest) for at, *rest in ctx.cell_columns))
    sections = []
    for section in filing.sections:  # (one whose heading is not displayed, a page's running header inside a
        shown_section = replace(section, start=view.from_source(section.start), end=view.from_source(section.end))
        if sections and any(s <= section.start < e for s, e in getattr(view, "folded", ())):  # collapsed table,
            sections[-1] = replace(sections[-1], end=shown_section.end)  # is the rest of the section above)
        else:
            sections.append(shown_section)
    copy = replace(filing, people=[], sections=sections)
    before = len(ctx.warnings)
    read(shown, copy)
    for person in copy.people:
        _to_source(person, view)
    for warning in ctx.warnings[before:]:
        if warning.span is not None:  # (its line number is the same in both texts)
            warning.span = view.to_source(warning.span)
    filing.people.extend(copy.people)
    for code, message, span, values in getattr(view, "findings", ()):  # (cells of a collapsed table left out)
        ctx.warn(code, message, span=span, **values)


def _to_source(person: Person, view: TabView) -> None:
    if person.evidence is not None:
        person.evidence = view.to_source(person.evidence)
    person.spans = {key: view.to_source(span) for key, span in person.spans.items()}
