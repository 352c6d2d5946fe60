"""Title cell lines broken inside a word: a typist (or a wrapping program) that cuts a word too long for the column
where the column ends ('Director/Chairman/C' / 'hief Executive O' / 'fficer/President', 'Executive Officer/V' /
'ice-President', 'Director/Executive' / 'Officer/Chairman' / '/Co-Chief', 'Member, Conseil d'Admi' / 'nistration').
The pieces are joined back without a space only where the text shows the cut: a line that opens with '/' or follows
one ending in '/' (title cells only), or a line that opens in lower case after one ending in a letter where the two
pieces together make a title word ('C' + 'hief') or, the piece above three letters at least, a word of
kg/patterns/roster_cut_words.yml ('Admi' + 'nistration', 'Biopharmaceu' + 'tical'), and neither piece alone is
one ('Board of' / 'directors' stays two words)."""
from __future__ import annotations

import re
from functools import cache

from kg.forms.roster_rules import rules
from kg.patterns import build

_LAST_PIECE = re.compile(r"[A-Za-z]+$")
_FIRST_PIECE = re.compile(r"^[a-z]+")


@cache
def _cut_words() -> frozenset[str]:
    def make(data) -> frozenset[str]:
        words = frozenset(str(word).casefold() for word in data["cut_words"])
        if not words or any(not re.fullmatch(r"[a-z]+", word) for word in words):
            raise ValueError("cut_words: expected words of letters")
        return words
    return build("roster_cut_words.yml", make)


def mend_broken_words(lines: list[str]) -> list[str]:
    """The lines of a title cell, stripped, with the pieces of each cut word joined (the '/' lists too)."""
    out: list[str] = []
    for line in lines:
        text = line.strip()
        if out and text and (text.startswith("/") or out[-1].endswith("/") or _cut_word(out[-1], text)):
            out[-1] = out[-1] + text
        else:
            out.append(text)
    return out


def mend_cut_words(lines: list[str]) -> list[str]:
    """The lines of an occupation cell with the pieces of each word cut at the column's edge joined; every other
    line as printed (its indent kept: the wraps are read from it)."""
    out: list[str] = []
    for line in lines:
        if out and line.strip() and _cut_word(out[-1].rstrip(), line.strip()):
            out[-1] = out[-1].rstrip() + line.strip()
        else:
            out.append(line)
    return out


def _known(word: str) -> bool:
    return bool(rules().title_words.fullmatch(word)) or word.casefold() in _cut_words()


def _cut_word(above: str, line: str) -> bool:
    tail, head = _LAST_PIECE.search(above), _FIRST_PIECE.match(line)
    if tail is None or head is None or _known(tail.group(0)) or _known(head.group(0)):
        return False
    joined = tail.group(0) + head.group(0)
    return bool(rules().title_words.fullmatch(joined)) or len(tail.group(0)) >= 3 and joined.casefold() in _cut_words()
    # (a vocabulary word after a short piece: 'in' / 'dependent' may be two words; 'C' / 'hief' is a title word cut)
