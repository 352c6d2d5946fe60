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
_COLUMN_GAP = re.compile(r"(?<=\S)[ \t]{3,}(?=\S)")
_SPACES = re.compile(r"[ \t]{2}")
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
    if line is None or _has_gap(text, raw, line) or len(_WORD.findall(line.group(1))) < _MIN_WORDS:
        return end
    return closes[-1].start()


def _has_gap(text: str, raw: str, line: re.Match) -> bool:
    """A column gap in the line, the source's spaces too: a note mark blanked in the text between words printed one
    space apart ('subsection 2(1) of the') leaves no gap; one before a row's padding ('Doe(1)  Director') does."""
    return any(_SPACES.search(raw, gap.start(), gap.end())
               for gap in _COLUMN_GAP.finditer(text, line.start(1), line.end(1)))
