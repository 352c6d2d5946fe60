"""A Markdown document (a PDF-to-Markdown converter's output), read as it is shown.

Its pipe tables (kg.read.markdown) are shown as kg.read.html shows an HTML table, so that the table readers
read their columns by their captions: each row one line, its cells joined by ' | ' (an empty cell between
two printed ones kept empty, in its column; empty cells at the row's end left out), a '<br>' inside a cell a
space noted in `cell_breaks` (the cell's lines: a title, an address line each). The alignment row is not
shown. Markup is not shown either, in a table or out of it: a backslash escape shows its character ('\\|',
'\\*', '\\_', '1\\.'), a character reference its character, a pair of emphasis marks ('**TITLE**') nothing,
nor a heading's '#' marks or an HTML comment ('<!-- page 2 -->'); a '<br>' outside a table ends the line.
Every span read in the view maps back to the file.

A converter starts a new table after a page break; without the header repeated, its header row is empty.
Such a table continues the columns of the table above only when it has as many columns; otherwise its
columns are unknown, and its rows are not read (a finding says so), as is a row with more or fewer cells
than its table's header.
"""
from __future__ import annotations

import html
import re
from array import array

from kg.context import Context
from kg.forms.roster_view import MappedView
from kg.read import markdown
from kg.records import Span

DELIMITER = " | "
_ALIGNMENT = re.compile(r"(?m)^[ \t]*\|[ \t]*:?-+:?[ \t]*\|")
_TOKEN = re.compile(r"\\[!-/:-@\[-`{-~]|<br\s*/?>|<!--.*?-->|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
                    r"|\*+|_+", re.I)
_LOOSE_PIPE = re.compile(r"(?:^|(?<=[\s|]))\\\||\\\|(?=\s|$)")  # an escaped '|' at a cell's edge or beside a space
_HEADING = re.compile(r"[ \t]{0,3}#{1,6}(?:[ \t]+|$)")
_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$")


class MarkdownView(MappedView):
    """The shown text of a Markdown document `raw`, the maps between its offsets and the source's, the cell
    breaks of its tables and the tables or rows it does not read (`refusals`)."""

    def __init__(self, raw: str, tables: list[markdown.Table]) -> None:
        self.pieces: list[str] = []
        self.back, self.breaks = array("q"), []
        lines = raw.split("\n")
        rows, hidden, refusals = _plan(lines, tables)
        offset = 0
        for number, line in enumerate(lines):
            if number in rows:
                if (why := self._row(line, offset, rows[number])) is not None:
                    refusals.append((why, (offset, offset + len(line))))
            elif number not in hidden:
                self._line(line, offset)
            offset += len(line)
            if number < len(lines) - 1:
                self._put("\n", offset)
                offset += 1
        self.raw, self.refusals = "".join(self.pieces), tuple(refusals)
        self.ahead = _ahead(self.back, len(raw))

    def notes(self, ctx: Context) -> dict:
        return {"cell_breaks": tuple(self.breaks), "cell_columns": (), "filled_columns": ()}

    def _put(self, text: str, source: int) -> None:
        self.pieces.append(text)
        self.back.extend([source] * len(text))

    def _row(self, line: str, offset: int, table: markdown.Table) -> str | None:
        """Show a table row; why it is not read, if it is not."""
        cells = markdown.split_row(line)
        if len(cells) != table.columns:
            return f"a Markdown table row with {len(cells)} cells under a header of {table.columns}: it is not read"
        if any(_LOOSE_PIPE.search(line, s, e) for s, e in cells):
            return "a Markdown table row with a '|' inside a cell beside a space (shown, it would read as two cells): " \
                   "it is not read"
        last = max((at for at, (s, e) in enumerate(cells) if e > s), default=-1)
        for at, (start, end) in enumerate(cells[:last + 1]):
            if at:
                self._put(DELIMITER, offset + start - 1)
            self._show(line, start, end, offset, cell=True)
        return None

    def _line(self, line: str, offset: int) -> None:
        start, end = 0, len(line)
        if heading := _HEADING.match(line):
            start = heading.end()
            end = closing.start() if (closing := _CLOSING_HASHES.search(line, start)) else end
        self._show(line, start, end, offset, cell=False)

    def _show(self, line: str, start: int, end: int, offset: int, cell: bool) -> None:
        """line[start:end] as shown: escapes, references, '<br>', comments and emphasis marks undone."""
        marks = _emphasis(line, start, end)
        at = start
        for token in _TOKEN.finditer(line, start, end):
            self._text(line, at, token.start(), offset)
            text = token.group(0)
            if text.startswith("\\"):
                self._put(text[1], offset + token.start() + 1)
            elif text[:3].lower() == "<br":
                if cell:
                    self.breaks.append(len(self.back))
                self._put(" " if cell else "\n", offset + token.start())
            elif text.startswith("&"):
                self._put(html.unescape(text), offset + token.start())
            elif text[0] in "*_" and token.start() not in marks:
                self._text(line, token.start(), token.end(), offset)
            at = token.end()
        self._text(line, at, end, offset)

    def _text(self, line: str, start: int, end: int, offset: int) -> None:
        self.pieces.append(line[start:end])
        self.back.extend(range(offset + start, offset + end))


def _plan(lines: list[str], tables: list[markdown.Table]) -> tuple[dict[int, markdown.Table], set[int], list]:
    """The rows shown (line number -> its table), the lines not shown (alignment rows, empty header rows, the
    rows of a table whose columns are unknown) and the tables not read, with why."""
    rows: dict[int, markdown.Table] = {}
    hidden: set[int] = set()
    refusals: list[tuple[str, Span]] = []
    previous = None
    for table in tables:
        hidden.add(table.header + 1)  # (the alignment row)
        if any(e > s for s, e in markdown.split_row(lines[table.header])):
            rows[table.header] = table
        elif previous is not None and previous.columns == table.columns:
            hidden.add(table.header)  # (an empty header row: the table above continues, in the same columns)
        else:
            hidden |= {table.header, *table.rows}
            if table.rows:
                refusals.append((f"a Markdown table with an empty header row and {table.columns} columns (the table "
                                 f"above has {previous.columns if previous else 'none'}): its columns are unknown; "
                                 "its rows are not read", _rows_span(lines, table)))
            continue
        previous = table
        rows.update((number, table) for number in table.rows)
    return rows, hidden, refusals


def _emphasis(line: str, start: int, end: int) -> set[int]:
    """Starts of the runs of '*' or '_' in line[start:end] that mark emphasis: an opening run (text after it)
    paired with the next closing run of the same marks (text before it); a '_' inside a word marks nothing."""
    runs = [m for m in _TOKEN.finditer(line, start, end) if m.group(0)[0] in "*_"]
    marks, open_runs = set(), []
    for run in runs:
        before = line[run.start() - 1] if run.start() > start else " "
        after = line[run.end()] if run.end() < end else " "
        if run.group(0)[0] == "_" and before.isalnum() and after.isalnum():
            continue
        match = next((o for o in reversed(open_runs) if o.group(0) == run.group(0)), None)
        if match is not None and not before.isspace():
            marks |= {match.start(), run.start()}
            open_runs = open_runs[:open_runs.index(match)]
        elif not after.isspace():
            open_runs.append(run)
    return marks


def _rows_span(lines: list[str], table: markdown.Table) -> Span:
    start = sum(len(line) + 1 for line in lines[:table.rows[0]])
    return start, start + sum(len(line) + 1 for line in lines[table.rows[0]:table.rows[-1] + 1]) - 1


def _ahead(back: array, size: int) -> array:
    """Per source offset (and one past the end), the first view offset at or after it."""
    ahead, at = array("q"), 0
    for source in range(size + 1):
        while at < len(back) and back[at] < source:
            at += 1
        ahead.append(at)
    return ahead


def markdown_view(ctx: Context) -> MarkdownView | None:
    """The shown view of a plain-text document with a Markdown pipe table, else None."""
    raw = ctx.raw
    if ctx.cell_breaks or ctx.cell_columns or not _ALIGNMENT.search(raw):  # (bounded by kg.forms.roster_tabs)
        return None
    tables = markdown.find_tables(raw.split("\n"))
    return MarkdownView(raw, tables) if tables else None
