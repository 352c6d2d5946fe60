"""Contact lines in a roster entry: a labelled telephone, fax or e-mail printed under the name and address
('Tel.: +33 1 55 55 01 43', 'Facsimile: (212) 555-0144'). They are no part of the address nor of any other field
kg reads; read as text of the entry they run on the address ('..., Omaha, NE 68102 Tel.: (200) 555-0143'). Each such
cell is blanked in the roster's text (spaces: the offsets stay); a line left with nothing else on it is joined to
the line above (its newline blanked too), so that the entry's lines still run on without a blank line between them.
The labels are data: kg/patterns/roster_contacts.yml (`caption`: the words of a column caption that name them)."""
from __future__ import annotations

import re
from functools import cache

from kg.forms.roster_window import blanked
from kg.patterns import regexes

_CELL = re.compile(r"\S+(?:[ \t]\S+)*")  # a run of text without a double space (a column's cell on its line)
_MIN_DIGITS = 7  # a telephone number has at least this many digits (no year, no street number)


@cache
def _contact() -> re.Pattern:
    found = regexes("roster_contacts.yml")
    one = f"(?:{found['number'].pattern}|{found['email'].pattern})"
    return re.compile(rf"{one}(?:[ \t]*[,;/|]?[ \t]*{one})*", re.I)


def contact_caption() -> re.Pattern:
    """The words of a column caption that name contact lines ('TELEPHONE', 'Fax No.')."""
    return regexes("roster_contacts.yml")["caption"]


def contact_cell(cell: str) -> bool:
    """A cell that is only labelled contact numbers or e-mail addresses ('Tel.: (200) 555-0143')."""
    cell = cell.strip()
    if not _contact().fullmatch(cell):
        return False
    numbers = re.sub(r"e-?mail\S*[ \t]*:[ \t]*\S+", " ", cell, flags=re.I)
    return "@" in cell or sum(ch.isdigit() for ch in numbers) >= _MIN_DIGITS


def without_contact_lines(text: str, start: int, end: int) -> str:
    """`text` with each contact cell between `start` and `end` blanked (the same length)."""
    if not _contact().search(text, start, end):
        return text
    spans: list[tuple[int, int]] = []
    position = start
    while position < end:
        stop = text.find("\n", position, end)
        stop = end if stop < 0 else stop
        if _contact().search(text, position, stop):
            cells = [m.span() for m in _CELL.finditer(text, position, stop)]
            contacts = [span for span in cells if contact_cell(text[span[0]:span[1]])]
            if contacts and len(contacts) == len(cells):  # the line holds nothing else: joined to the line above
                spans.append((position - 1 if position > start and text[position - 1] == "\n" else position, stop))
            else:
                spans += contacts
        position = stop + 1
    if not spans:
        return text
    return blanked(text, start, end, spans)


def raw_without_contacts(raw: str, text: str, start: int, end: int) -> str:
    """The source (`raw`, the same offsets as `text` for a text document) with the same contact cells blanked, so that
    its lines stay the text's lines (a reader pairs them: page marks, <S>/<C> rows); an HTML source is kept as is."""
    return without_contact_lines(raw, start, end) if raw and len(raw) == len(text) else raw
