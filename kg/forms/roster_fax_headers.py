"""A fax machine's transmission header across the top of a faxed page ('MAY-17-2006 13:16 FROM:HARGROVE BECK & STOLL
2125550699 TO:912025550199 P.03/06', '06/26/2006 17:05 FAX 212 555 0199 WHITMORE & LANE LLP @003/006',
kg/patterns/roster_fax_headers.yml): a line of a date, a time and a page counter that belongs to no entry, even where
the page turns inside one. It is blanked in the roster's text (spaces; the offsets stay) and marks where a page broke."""
from __future__ import annotations

import re
from functools import cache

from kg.patterns import build


def _any(pieces: list[str]) -> str:
    if not pieces or not all(isinstance(p, str) and p for p in pieces):
        raise ValueError("a list of patterns is empty or holds a non-pattern")
    return "(?:" + "|".join(f"(?:{p})" for p in pieces) + ")"


@cache
def _header() -> re.Pattern:
    return build("roster_fax_headers.yml", _compiled)


def _compiled(data: dict) -> re.Pattern:
    """The three orders (kg/patterns/roster_fax_headers.yml): date and time first, the page counter ending the line;
    the sender first (a lead), then a date and a time or a fax number, the page counter ending the line; a receiving
    machine's stamp, then a date and a time."""
    date, time, counter = _any(data["dates"]), _any(data["times"]), _any(data["page_counters"])
    when = date + r"(?:[ \t]+[A-Z]{3})?[ \t,;]+" + time + r"\b"  # (a weekday may stand between: '06/26/2006 MON 17:05')
    first = when + r"[^\n]{0,100}?[ \t]" + counter
    sender = _any(data["leads"]) + r"[^\n]{0,120}?(?:" + when + r"|" + _any(data["numbers"]) + r")[^\n]{0,100}?[ \t;,]" \
        + counter
    received = _any(data["received"]) + r"[ \t]+" + when + r"[^\n]{0,120}?"
    return re.compile(r"(?im)^[ \t]*(?:" + first + "|" + sender + "|" + received + r")[ \t]*$")


def fax_headers(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the fax transmission header lines between `start` and `end`."""
    return [m.span() for m in _header().finditer(text, start, end)]


def fax_header(line: str) -> bool:
    """`line` is only a fax transmission header."""
    return bool(_header().fullmatch(line.strip()))
