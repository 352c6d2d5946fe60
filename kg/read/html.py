"""HTML to text with an offset map back to the source.

lxml's HTML parser (libxml2; no network, comments and processing instructions ignored,
plain elements: lxml.html's element classes cost a lookup per element) gives the
structure; a small tokenizer over the same source gives every decoded character's
source offset, and the two are aligned text node by text node. The result:

- block elements (p, div, h1-h6, li, blockquote, center, ...) start and end a line;
  p, headings, tables and blockquotes are set off by one blank line;
- `<br>` is a newline; runs of white space (and `&nbsp;`) fold to one space, except
  inside `<pre>`, which is kept as printed;
- each table row `<tr>` is one line. Its non-empty cells are joined by the delimiter
  " | " (space, vertical bar, space; no tab). Empty cells (spacers, `&nbsp;` only)
  add no delimiter, so `1 | NAME OF REPORTING PERSON | Jane Doe` is what a cover row
  looks like. Inside an ordinary cell, `<br>` and block boundaries become a space so
  the row stays on one line (its text index is kept in `offsets.cell_breaks`, for a
  reader that needs the lines of a cell; where a cell spans rows or columns, the grid column
  of each cell of the rows concerned is kept in `offsets.cell_columns`, kg.read.html_grid); a cell that is alone in its row (a signature block set
  in a table), holds a nested table or a long text (a layout table around the whole
  filing) keeps its lines;
- check boxes drawn with a symbol font (`<font face="Wingdings">o</font>`) become the
  Unicode box they show (`☐`, `☒`, `☑`), one character for one; the table of fonts and
  characters is kg/lookups/glyph_fonts.yml;
- hidden content is dropped: head, script, style, template, noscript, inline XBRL
  headers, and elements styled `display:none` / `visibility:hidden` or marked `hidden`.

`offsets[i]` is the source index of text character i (for characters kg inserts,
such as newlines and delimiters, the index just after the last source character).
"""
from __future__ import annotations

import re
from functools import cache

from kg.errors import DataError
from kg.read.html_grid import TableGrids
from kg.read.html_linegrid import RowSizes, row_lines
from kg.read.html_nested import CellTables, layout_table
from kg.read.html_notes import glued_note_mark
from kg.read.html_places import Places
from kg.read.html_positioned import lay_out
from kg.read.html_pull import walk_stream
from kg.read.html_stream import DELIMITER, Offsets, TextWriter, source_stream  # noqa: F401 (DELIMITER is public)

LAYOUT_CELL_CHARS = 400
_BLOCK = frozenset("""address article aside blockquote body caption center dd dir div dl dt
    fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html li main menu
    nav ol p pre section table tbody thead tfoot title ul""".split())
_PARAGRAPH = frozenset("p h1 h2 h3 h4 h5 h6 table blockquote".split())
_HIDDEN_TAGS = frozenset("head script style template noscript ix:header".split())
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
@cache
def glyph_fonts() -> dict[str, dict[int, str]]:
    """Symbol font (lower case) -> str.translate table, from lookups/glyph_fonts.yml."""
    from kg.lookups import load_yaml
    data = load_yaml("glyph_fonts.yml")
    tables: dict[str, dict[int, str]] = {}
    for font, glyphs in (data or {}).items():
        if not isinstance(glyphs, dict) or not all(
                isinstance(k, str) and isinstance(v, str) and len(k) == len(v) == 1
                for k, v in glyphs.items()):
            raise DataError("kg/lookups/glyph_fonts.yml", f"{font}: expected one character for one")
        tables[str(font).casefold()] = {ord(k): v for k, v in glyphs.items()}
    return tables


_FONT_FAMILY = re.compile(r"font-family\s*:\s*['\"]?([^;'\",]+)", re.I)


def _font_family(element) -> str | None:
    """The font family an element sets (`face` or `font-family`), lower case; else None."""
    family = element.get("face")
    if family is None:
        match = _FONT_FAMILY.search(element.get("style") or "")
        family = match.group(1) if match else None
    return family.split(",")[0].strip().casefold() if family else None


def _hidden(element) -> bool:
    if element.tag in _HIDDEN_TAGS or element.get("hidden") is not None:
        return True
    style = element.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


# A cell is looked into over at most this many elements: past that it is a layout cell, and
# one that holds text (cells nested in cells would cost the square of their number).
CELL_ELEMENTS = 256


def _pieces_of(cell, tables: bool = False):
    """The text pieces of a cell's subtree ("" for each element without text), at most
    CELL_ELEMENTS elements; None when there are more (and, with `tables`, at a table inside that is a
    layout: kg.read.html_nested)."""
    seen = 0
    for element in cell.iter():
        seen += 1
        if seen > CELL_ELEMENTS or (tables and element is not cell and element.tag == "table"
                                    and layout_table(element, cell)):
            yield None
            return
        if isinstance(element.tag, str):
            yield element.text or ""
        if element is not cell:
            yield element.tail or ""


def _filled_cells(row) -> list[bool]:
    """Whether each cell of a table row holds text."""
    return [any(piece is None or piece.strip(" \t\n\xa0") for piece in _pieces_of(cell))
            for cell in row if isinstance(cell.tag, str) and cell.tag.lower() in ("td", "th")]


def _layout_cell(cell) -> bool:
    size = 0
    for piece in _pieces_of(cell, tables=True):
        if piece is None:  # a table inside, or more elements than a cell of text holds
            return True
        size += len(piece)
        if size > LAYOUT_CELL_CHARS:
            return True
    return False


class _Walker:
    def __init__(self, writer: TextWriter):
        self.out = writer
        self.hidden = 0
        self.pre = 0
        self.cells: list[bool] = []  # per open cell: True when it is an inline cell
        self.rows: list[bool] = []  # per open row: a non-empty cell was written
        self.lone: list[bool] = []  # per open row: at most one cell holds text
        self.level: list[bool] = []  # per open row: its cells are kept level line by line (kg.read.html_linegrid)
        self.fonts: list[tuple[object, dict | None]] = []  # elements that set a symbol font
        self.grids = TableGrids()  # the grid column of each cell of an irregular row (rowspan, colspan)
        self.places = Places()  # absolutely positioned elements (a PDF converted to HTML)
        self.nested = CellTables()  # tables inside an inline cell: the cell's lines (kg.read.html_nested)
        self.row_sizes = RowSizes()  # each row's element count in the subtree being walked (kg.read.html_linegrid)

    def run(self, root, *, tail: bool = True) -> None:
        """Walk a whole subtree (its tail too, unless `tail` is False)."""
        stack: list[tuple[object, bool]] = [(root, False)]
        while stack:
            element, done = stack.pop()
            if done:
                self.end(element)
                if tail or element is not root:
                    self.tail(element.tail)
                continue
            if not isinstance(element.tag, str):  # comment, processing instruction
                self.tail(element.tail)
                continue
            self.start(element)
            stack.append((element, True))
            stack.extend((child, False) for child in reversed(element))
        self.row_sizes.clear()

    def inline(self) -> bool:
        return bool(self.cells) and self.cells[-1]

    def write(self, text: str | None) -> None:
        if not text:
            return
        if self.hidden:
            self.out.skip(text)
            return
        wrote = self.out.text(text, pre=bool(self.pre))
        if wrote and self.rows:
            self.rows[-1] = True

    def tail(self, text: str | None) -> None:
        self.write(text)

    def start(self, element) -> None:
        self.open(element)
        self.write(element.text)  # skipped when hidden

    def open(self, element) -> None:
        """An element starts (its text is written apart: a parser may not have read it yet)."""
        tag = element.tag.lower()
        attributes = element.attrib
        if self.hidden or (attributes and _hidden(element)) or tag in _HIDDEN_TAGS or self.nested.marker(element, tag) \
                or (tag == "sup" and self.rows and glued_note_mark(element, self.out)):  # ('Feldstein<sup>1</sup>')
            self.hidden += 1
            return
        if tag == "pre":
            self.pre += 1
        family = _font_family(element) if attributes else None
        if family is not None:
            self.fonts.append((element, self.out.glyphs))
            self.out.glyphs = glyph_fonts().get(family)
        if self.nested.open(tag, self.inline(), self.out):
            pass
        elif tag == "tr":
            self.out.newline(1)
            self.rows.append(False)
            filled = _filled_cells(element)
            self.lone.append(sum(filled) <= 1)
            self.grids.row(element, filled)
            lines = None if self.lone[-1] or self.hidden else row_lines(element, _BLOCK, self.row_sizes)
            self.level.append(lines is not None)  # (its cells are inline however long: one line each)
            if lines is not None:
                self.out.offsets.line_grids.append((len(self.out.offsets), lines))
        elif tag in ("td", "th"):
            self.grids.cell(element, len(self.out.offsets), self.out.offsets)
            lone = bool(self.lone) and self.lone[-1]
            self.cells.append(not lone and ((bool(self.level) and self.level[-1]) or not _layout_cell(element)))
            if self.rows and self.rows[-1]:
                self.out.delimit = True
            if not self.cells[-1]:
                self.out.newline(1)
        elif tag == "br":
            if self.inline():
                self.out.space = self.out.cell_break = True
            else:
                self.out.newline(1, force=True)
        elif tag == "dt" and not self.inline():  # (a definition list's term opens a group: a paragraph)
            self.out.newline(2)
        elif tag in _BLOCK:
            if tag == "table":
                self.grids.table()
            self._block_edge(tag)
        self.places.open(element, len(self.out.offsets))

    def end(self, element) -> None:
        tag = element.tag.lower()
        if tag == "style":  # (a converter's positions may be classes of the style sheet)
            self.places.sheet(element.text)
        if self.hidden:
            self.hidden -= 1
            return
        self.places.end(len(self.out.offsets))
        if tag == "pre":
            self.pre -= 1
        if self.fonts and self.fonts[-1][0] is element:
            self.out.glyphs = self.fonts.pop()[1]
        if self.nested.end(tag, self.out):
            pass
        elif tag == "tr":
            self.rows.pop()
            self.lone.pop()
            self.level.pop()
            self.out.newline(1)
        elif tag in ("td", "th"):
            if not self.cells.pop():
                self.out.newline(1)
        elif tag in _BLOCK:
            if tag == "table":
                self.grids.end_table()
            self._block_edge(tag)

    def _block_edge(self, tag: str) -> None:
        if self.inline():
            self.out.space = self.out.cell_break = True
        else:
            self.out.newline(2 if tag in _PARAGRAPH and not self.rows else 1)


def html_to_text(source: str, start: int = 0, end: int | None = None,
                 name: str = "<html>") -> tuple[str, Offsets]:
    """Text of the HTML in source[start:end] and, per character, its index in `source`.

    The tree may be read from a cleaned copy of the source (text nodes are aligned with
    the untouched source, so offsets do not move): `</html>` end tags are dropped, as
    libxml2 2.14 stops reading there. When libxml2 gives up on the structure (thousands of
    unclosed `<font>` tags), the source is read again without inline formatting tags; the
    text is the same, and the offsets still come from the untouched source. StructureError
    when that fails too. Parsing streams: memory holds the open part of the tree only."""
    end = len(source) if end is None else end
    if not source[start:end].strip():
        return "", Offsets()
    stream, where = source_stream(source, start, end)
    for strip_inline in (False, True):
        writer = TextWriter(stream, where, end)
        if walk_stream(walker := _Walker(writer), source, start, end, strip_inline):
            break
    else:
        from kg.errors import StructureError
        raise StructureError(name, "HTML that cannot be parsed (nested too deeply?)")
    del stream, where
    writer.stream = writer.where = None
    text, offsets = writer.result()
    kept = len(text.rstrip("\n"))
    if kept < len(text):
        text = text[:kept]
        offsets.truncate(kept)
    return lay_out(text, offsets, walker.places)  # (a PDF converted to HTML: as printed)
