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
from kg.forms.roster_boxgrid import box_grid_view
from kg.forms.roster_captions import caption_view
from kg.forms.roster_cards import card_view
from kg.forms.roster_facing import facing_view
from kg.forms.roster_linegrid import line_grid_view
from kg.forms.roster_linerows import line_rows_view
from kg.forms.roster_markdown import markdown_view
from kg.forms.roster_spacecells import space_columns, space_layout
from kg.forms.roster_tabcells import cell_columns
from kg.forms.roster_unwrap import StackedView, unwrap_view
from kg.forms.roster_view import MAX_CHARS, MappedView, RefusedLayout, read_displayed  # noqa: F401 (annex's)
from kg.read.clean import INVISIBLE
from kg.read.glyphs import DISPLAYED

_INVISIBLE = re.compile("[" + "".join(sorted(INVISIBLE)) + "]")
_DISPLAYED = re.compile("[" + "".join(sorted(DISPLAYED)) + "]")


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
                shown = DISPLAYED.get(char, char)  # (a full-width space: two columns; a ligature: its letters)
                pieces.append(shown)
                back.extend([index] * len(shown))
                column += len(shown)
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


def tab_view(ctx: Context) -> MappedView | None:
    """The displayed view of a plain-text document with a tab inside a line or an invisible character (of a table
    drawn as a box grid: kg.forms.roster_boxgrid; of a Markdown document: kg.forms.roster_markdown; of a table
    hard-wrapped: kg.forms.roster_unwrap; of positioned fragments not laid out: those pages blanked), else None."""
    if ctx.layout_refusals:
        return RefusedLayout(ctx)
    if ctx.line_grids and (grid := line_grid_view(ctx)) is not None:  # (one row of cells kept level line by line:
        return grid  # a row per person, kg.forms.roster_linegrid)
    if ctx.filled_columns and (printed := line_rows_view(ctx)) is not None:  # (a table written a row per printed
        return printed  # line: laid out as printed, kg.forms.roster_linerows)
    if ctx.cell_breaks and (cards := card_view(ctx)) is not None:  # (a grid of cards, each cell one person's
        return cards  # entry: shown card by card, kg.forms.roster_cards)
    if (ctx.cell_breaks or ctx.filled_columns) and (captioned := caption_view(ctx)) is not None:  # (a header
        return captioned  # printed as nothing: the captions the sentence above gives, kg.forms.roster_captions)
    raw = ctx.raw
    if len(raw) != len(ctx.text) or len(raw) > MAX_CHARS:  # (every view: the text as the file prints it, bounded)
        return None
    typed = (raw is not ctx.text and "\t" in raw) or _INVISIBLE.search(raw) or _DISPLAYED.search(raw)  # (tabs,
    # invisible characters, wide spaces or ligatures: kg.read.glyphs)
    if not typed and (boxed := box_grid_view(ctx)) is not None:  # (a table drawn as a box grid: its frame
        return boxed  # blanked, kg.forms.roster_boxgrid)
    if (shown := markdown_view(ctx) or (None if typed else unwrap_view(ctx) or facing_view(ctx))) is not None:
        return shown  # (a table hard-wrapped at the page's width put back as displayed, below: kg.forms.roster_unwrap;
        # one set over facing pages, its pages joined line by line: kg.forms.roster_facing)
    if not typed and (ctx.cell_breaks or ctx.cell_columns or ctx.filled_columns  # (a collapsed table, in plain
                      or not space_columns(raw.split("\n"))):  # text only: kg.forms.roster_spacecells)
        return None  # (an HTML document's text is its raw: its tabs were read as white space already)
    view = TabView(raw)
    shown_ctx = replace(ctx, raw=view.raw)  # (a box grid typed with tabs or invisible characters: its frame as
    if typed and (wrapped := box_grid_view(shown_ctx) or unwrap_view(shown_ctx) or facing_view(shown_ctx)):  # displayed)
        return StackedView(view, wrapped)
    return view
