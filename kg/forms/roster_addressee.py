"""Where an occupation cell ends over an address cell that opens with its addressee (an HTML table saved as text one
cell a line): 'President and CEO, Power Financial Corporation' / 'Power Financial Corporation' / '751 Victoria
Square' / 'Montreal QC H2Y 2J3'.

A line under the occupation's first line that only repeats an employer that line already names (its legal form
may be added: 'National Bureau of Economic Research' / 'National Bureau of Economic Research, Inc.') is the
address's addressee, not more of the occupation: the occupation ends above it."""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_wrap import LEGAL_FORM

_LEGAL_FORM = re.compile(r"[\s,]+(?:" + LEGAL_FORM.pattern + r")$", re.I)  # (the legal forms kg.forms.roster_wrap knows)
_EMPTY_CELL = {"-", "—", "–", "n/a", "none"}
_HOUSE_NUMBER = re.compile(r"\d{1,5}[A-Za-z]?")  # (a street's number saved in a cell line of its own: '21' / 'avenue Matignon')
_PUNCTUATION = re.compile(r"[^\w&]+")


def occupation_lines(taken: list[str]) -> int | None:
    """How many of an occupation cell's lines (those before the address's first street line) are the occupation's:
    up to the first line that repeats an employer the lines above it name, or a house number alone right under the
    occupation's first line; all of them where no line does. None where a house number stands lower (the line
    between, 'Bombardier Aerospace', may be the occupation's or the address's addressee: not guessed at)."""
    if taken and taken[0].strip().casefold() in _EMPTY_CELL:
        return 1  # ('-' / 'Power Corporation of Canada': the occupation's cell is empty, the address opens under it)
    for index in range(1, len(taken)):
        if _repeats_employer(taken[index], " ".join(taken[:index])):
            return index
        if _HOUSE_NUMBER.fullmatch(taken[index].strip(" ,")):
            return index if index == 1 else None  # (a line between: the occupation's or an addressee, unseen)
    return len(taken)


def _repeats_employer(line: str, above: str) -> bool:
    bare = line.strip(" ,")
    if not bare or rt.is_title(bare):  # (a name's shape, 'Wittington Investments', may be the employer's)
        return False
    above_words = f" {_words(above)} "
    return any(f" {words} " in above_words for words in (_words(bare), _words(_LEGAL_FORM.sub("", bare))) if words)


def _words(text: str) -> str:
    return _PUNCTUATION.sub(" ", text).casefold().strip()
