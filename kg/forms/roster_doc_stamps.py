"""A law firm's document management stamp at a page's foot ('NY2:\\1534127\\03\\V$J903!.DOC\\70021.0004',
'NYDOCS01/1012345.2', '#4821-3396-7125 v2', kg/patterns/roster_doc_stamps.yml): a line of codes that belongs to no
entry. A line that is only a stamp, with a page break after it (no printed line between) or as the roster's last text,
is blanked (spaces; the offsets stay), so the page number above it reads as page debris too."""
from __future__ import annotations

import re
from functools import cache

from kg.forms.roster_window import blanked
from kg.patterns import build

_BREAK = re.compile(r"<PAGE>|\f", re.I)


@cache
def _stamp() -> re.Pattern:
    return build("roster_doc_stamps.yml", lambda data: re.compile(
        r"(?m)^[ \t]*(?:" + "|".join(f"(?:{p})" for p in data["stamps"]) + r")[ \t]*$"))


def _at_page_end(text: str, raw: str, stop: int, end: int) -> bool:
    """Only blank lines (in `text`) up to a page break in `raw`, or up to the end of the roster."""
    following = re.search(r"\S", text[stop:end])
    if following is None:
        return True
    at = stop + following.start()
    return bool(_BREAK.search(raw, stop, at + 6)) if len(raw) == len(text) else False


def without_doc_stamps(text: str, raw: str, start: int, end: int) -> str:
    """`text` with each document management stamp at a page's foot between `start` and `end` blanked."""
    spans = [m.span() for m in _stamp().finditer(text, start, end) if _at_page_end(text, raw, m.end(), end)]
    if not spans:
        return text
    return blanked(text, start, end, spans)
