"""Where a roster table's rows end: a legacy EDGAR text table closes with '</TABLE>' (text normalisation blanks
the tag; the source, `raw`, with the same offsets as the text of a text document, shows it), and a note printed
under it in running prose ('Signing authority as registered with the commercial register: 'Sole' means the person
may bind the company alone; ...') leaves the columns: its words are no row's value. The rows end at the last
'</TABLE>' of the body when no table opens after it and the first line printed after it is such a sentence (no
column gap in it, several words); the text after it is still read by the readers of what follows a table (a
default address, notes, sentences about one person), which read up to the region's end."""
from __future__ import annotations

import re

_CLOSE = re.compile(r"^[ \t]*</TABLE>[ \t]*$", re.I | re.M)
_OPEN = re.compile(r"<TABLE\b", re.I)
_PRINTED_LINE = re.compile(r"^[ \t]*(\S[^\n]*?)[ \t]*$", re.M)
_COLUMN_GAP = re.compile(r"\S[ \t]{3,}\S")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_MIN_WORDS = 8


def rows_end(text: str, raw: str, start: int, end: int, *stops: int | None) -> int:
    """The end of the rows in text[start:end]: the first of the given `stops` (legends, lists under the table),
    or the last '</TABLE>' before a note in running prose."""
    return min([end, *(stop for stop in stops if stop is not None), _prose_after_close(text, raw, start, end)])


def _prose_after_close(text: str, raw: str, start: int, end: int) -> int:
    if len(raw) != len(text):
        return end
    closes = list(_CLOSE.finditer(raw, start, end))
    if not closes or _OPEN.search(raw, closes[-1].end(), end):
        return end
    line = _PRINTED_LINE.search(text, closes[-1].end(), end)
    printed = None if line is None else raw[line.start(1):line.end(1)]  # (as printed: a mark blanked in the text,
    if printed is None or _COLUMN_GAP.search(printed) or len(_WORD.findall(printed)) < _MIN_WORDS:  # '2(1) of',
        return end  # leaves no column gap)
    return closes[-1].start()
