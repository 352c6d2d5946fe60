"""A text made from a document's source to read its rosters as displayed, with the maps between the view's
offsets and the source's: every person and finding read in the view points into the file as it is.

The views: kg.forms.roster_tabs (tabs expanded, invisible characters hidden, a collapsed table laid out),
kg.forms.roster_paragraphs (blank lines put back), kg.forms.roster_markdown (a Markdown document as shown).
"""
from __future__ import annotations

from array import array
from bisect import bisect_right
from dataclasses import replace
from itertools import accumulate

from kg.context import Context
from kg.read.documents import normalise_text
from kg.records import Filing, Person, Span

MAX_CHARS = 5_000_000  # (two offset arrays of this many entries: larger documents are read as they are)


class MappedView:
    """A text made from the source (`raw`) with, per character, its source offset (`back`) and, per source
    offset, its place in the view (`ahead`): spans read in the view map back to the file."""

    raw: str
    back: array
    ahead: array
    refusals: tuple[tuple[str, Span], ...] = ()  # (what is not read and why, its source span)

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

    def notes(self, ctx: Context) -> dict:
        """The table notes of the view's text (kg.context.Context): the document's, at their places in the view."""
        return {"cell_breaks": tuple(self.from_source(at) for at in ctx.cell_breaks),
                "cell_columns": tuple((self.from_source(at), *rest) for at, *rest in ctx.cell_columns)}

    def notes_outside(self, ctx: Context, rows: list[Span], breaks: list[int] = (),
                      filled: list[tuple[int, int]] = ()) -> dict:
        """The table notes of a view that shows the source's `rows` (spans) laid out anew: the document's
        notes outside those rows at their places in the view, with the view's own `breaks` and `filled`
        columns; no line grids."""
        spans = sorted(rows)
        starts, reach = [s for s, _e in spans], list(accumulate((e for _s, e in spans), max))

        def outside(at: int) -> bool:  # (in no row: every row opening at or before it ends at or before it)
            index = bisect_right(starts, at) - 1
            return index < 0 or reach[index] <= at
        return {"cell_breaks": tuple(sorted([self.from_source(a) for a in ctx.cell_breaks if outside(a)] + list(breaks))),
                "cell_columns": tuple((self.from_source(a), *rest) for a, *rest in ctx.cell_columns if outside(a)),
                "filled_columns": tuple(sorted([(self.from_source(a), c) for a, c in ctx.filled_columns if outside(a)]
                                               + list(filled))),
                "line_grids": ()}


class RefusedLayout(MappedView):
    """A document with pages of positioned fragments whose layout is not certain (kg.read.html_positioned): those
    pages are not displayed (blanked, offsets unchanged), so no roster is read from them; its findings say why.
    Read one fragment a line instead, the cells of a row stand one under the other and a value lands on another
    person."""

    def __init__(self, ctx: Context) -> None:
        chars = list(ctx.text)
        for _why, (start, end) in ctx.layout_refusals:
            chars[start:end] = [c if c == "\n" else " " for c in chars[start:end]]
        self.raw = "".join(chars)
        self.back, self.ahead = array("q", range(len(chars))), array("q", range(len(chars) + 1))
        self.refusals = tuple((f"{why}; no roster is read from it", span) for why, span in ctx.layout_refusals)


def read_displayed(ctx: Context, filing: Filing, view: MappedView, read) -> None:
    """`read(ctx, filing)` on the displayed text; the people and findings it adds, with source spans."""
    shown = replace(ctx, text=normalise_text(view.raw), raw=view.raw, memo={}, **view.notes(ctx))
    copy = replace(filing, people=[], sections=_shown_sections(filing, view))
    before = len(ctx.warnings)
    read(shown, copy)
    for person in copy.people:
        _to_source(person, view)
    for warning in ctx.warnings[before:]:
        if warning.span is not None:  # (its line number is the same in both texts)
            warning.span = view.to_source(warning.span)
    for why, span in view.refusals:
        ctx.warn("unparsed-section", why, span=span)
    filing.people.extend(copy.people)
    for code, message, span, values in getattr(view, "findings", ()):  # (cells of a collapsed table left out)
        ctx.warn(code, message, span=span, **values)


def _shown_sections(filing: Filing, view: MappedView) -> list:
    """The filing's sections at their places in the view; one whose heading the view folded away (a page's
    running header inside a collapsed table) is the rest of the section above."""
    sections = []
    for section in filing.sections:
        shown = replace(section, start=view.from_source(section.start), end=view.from_source(section.end))
        if sections and any(s <= section.start < e for s, e in getattr(view, "folded", ())):
            sections[-1] = replace(sections[-1], end=shown.end)
        else:
            sections.append(shown)
    return sections


def _to_source(person: Person, view: MappedView) -> None:
    if person.evidence is not None:
        person.evidence = view.to_source(person.evidence)
    person.spans = {key: view.to_source(span) for key, span in person.spans.items()}
