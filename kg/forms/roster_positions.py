"""Titles in the listed organisation, one by one: how a printed position cell splits
(`split_positions`: ';', a slash between whole titles, a comma between whole titles, and a
board seat ('Director') as a position of its own)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.forms import roster_types as rt
from kg.forms.roster_own import is_department
from kg.forms.roster_rules import rules
from kg.read import clean

_DIRECTOR = re.compile(r"(?:^|,\s*|;\s*|(?<!\s)\s+and\s+|(?<!\s)\s*&\s*)((?:honorary\s+)?director)(?=\s*$|\s*,|\s*;|\s+and\s|\s*&)", re.I)


def _slashed(piece: str | None) -> list[str | None]:
    """'Director/Managing Director': two titles, when every side of the slash is one."""
    parts = [part.strip() for part in (piece or "").split("/")]
    return parts if len(parts) > 1 and all(part and rt.is_title(part) for part in parts) else [piece]


_AFTER_VICE = re.compile(r"\bvice[\s-]+president$", re.I)  # 'Corporate Vice President, Treasurer': one title


def _comma_titles(piece: str | None) -> list[str | None]:
    """'Chairman of the Board, Chief Executive Officer': two titles, when every side of the comma
    is a whole title (a title word, ending in a title's head: kg/patterns/roster.yml title_heads)
    and none before a comma is a vice president (whose function follows it); a board seat among them is
    split off by `split_positions` itself (what is left of 'Director, Executive Officer, and Senior Vice President':
    'Executive Officer, and Senior Vice President', two)."""
    parts = [part.strip() for part in (piece or "").split(", ")]
    serial = len(parts) > 1 and re.match(r"(?:and|&)\s", parts[-1]) is not None
    if len(parts) > 1:  # 'Chairman, Chief Executive Officer, and President': the serial comma's 'and' joins the list
        parts[-1] = re.sub(r"^(?:and|&)\s+", "", parts[-1])
    functions_after = parts[:-2] if serial else parts[:-1]  # ('Vice President, and Secretary': no function after it)
    if len(parts) < 2 or any(_AFTER_VICE.search(part) for part in functions_after) or _DIRECTOR.search(piece or ""):
        return [piece]
    whole = all(part[:1].isupper() and rt.is_title(part) and rules().title_heads.search(part) for part in parts)
    return parts if whole else [piece]


def split_positions(text: str) -> list[str]:
    """Titles in the listed organisation (`_split_positions`), a new list each call."""
    return list(_split_positions(text))


@lru_cache(maxsize=16384)  # (a roster's titles recur: read once)
def _split_positions(text: str) -> tuple[str, ...]:
    """Titles in the listed organisation: ';' separates them, and a board seat ('Director')
    is its own position ('Director and Executive Officer' -> two), but not the director of a
    department ('Director, Internal Audit': one staff title, no seat on the board)."""
    found: list[str] = []
    pieces = [clean.squash(p) for p in text.split(";")]
    pieces = [part for piece in pieces for part in _slashed(piece)]
    pieces = [part for piece in pieces for part in _comma_titles(piece)]
    for piece in pieces:
        if not piece:
            continue
        seats = list(_DIRECTOR.finditer(piece))
        staff = re.fullmatch(r"(?i:director)\s*,\s*(.+)", piece)  # 'Director, Internal Audit': a staff title
        if seats and clean.squash(piece).casefold() not in ("director", "honorary director") \
                and not (staff and is_department(staff.group(1))):
            for seat in seats:
                found.append(seat.group(1)[:1].upper() + seat.group(1)[1:])
            piece = _DIRECTOR.sub("", piece).strip(" ,;&")
            piece = re.sub(r"^(?:and|&)\s+|(?<!\s)\s+(?:and|&)$", "", piece).strip(" ,")
        if piece:
            found.extend(_comma_titles(piece) if seats else [piece])  # ('Director, Chairman, President': three)
    return tuple(found)
