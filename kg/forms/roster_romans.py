"""Entries numbered in roman numerals 'I.', 'II.', 'III.' in order: the numerals number the rows, they are no
part of the name.

'II. Peter K. Barnes' read whole is the name 'Ii. Peter K. Barnes', a person nobody listed, and 'I. Clara J.
Abbott' keeps an 'I.' that reads as an initial. 'I.', 'V.' and 'X.' are initials too ('I. M. Pei'), so a numeral
counts as a row's number only where the roster shows the sequence: two entries or more in reading order, each
with a numeral ('II.', 'ii.', 'ii)') just before or at the start of its printed name, whose numerals run on by one (up
to two entries not read between two of them), one of them a numeral no initial can be ('II.', 'IV.'): 'I. LAURENT
Dassault' above 'ii. Andre Desmarais' (a heading's case changed on the first row) is such a run. A new run
may start at 'I.' again under the next heading ('DIRECTORS' I, II; 'EXECUTIVE OFFICERS' I, II). The numeral is
cut from the names that hold it, as kg.forms.roster_letters cuts a row's letter.
"""
from __future__ import annotations

import re

_NUMERAL = r"(?P<numeral>[IVXL]{1,7}|[ivxl]{1,7})[.)][ \t]+"  # ('II.', 'ii.', 'ii)')
_OPENING = re.compile(_NUMERAL + r"(?=\S)")  # at the start of the printed name
_BEFORE = re.compile(r"(?:^|(?<=[\s|]))" + _NUMERAL + r"$")  # just before it, on its line
_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}
SKIPPED = 2  # (entries not read between two numbered ones: a numeral may be missing so many times)


def roman_value(numeral: str) -> int | None:
    """'IV' -> 4; None where the letters are no numeral written the usual way ('IIII', 'VX')."""
    total = 0
    for index, letter in enumerate(numeral):
        value = _VALUES[letter]
        following = _VALUES[numeral[index + 1]] if index + 1 < len(numeral) else 0
        total += -value if value < following else value
    return total if total and _written(total) == numeral else None


def _written(value: int) -> str:
    out = ""
    for number, letters in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while value >= number:
            out, value = out + letters, value - number
    return out


def numbered_rows(numerals: list[tuple[int, str] | None]) -> set[int]:
    """The entries whose numerals (value, as printed) run on by one in reading order (see the module)."""
    rows: set[int] = set()
    run: list[int] = []
    for index in [i for i, found in enumerate(numerals) if found] + [len(numerals)]:
        found = numerals[index] if index < len(numerals) else None
        if found and run and 1 <= found[0] - numerals[run[-1]][0] <= 1 + SKIPPED \
                and index - run[-1] <= found[0] - numerals[run[-1]][0]:
            run.append(index)
            continue
        if len(run) >= 2 and any(len(numerals[at][1]) > 1 for at in run):
            rows.update(run)
        run = [index] if found else []
    return rows


def numeral_of(span: tuple[int, int] | None, text: str) -> tuple[int, str, int | None] | None:
    """(value, numeral, where the name goes on after it - None when the numeral stands before the name)."""
    if not span:
        return None
    start, end = span
    line_start = text.rfind("\n", 0, start) + 1
    if before := _BEFORE.search(text, max(line_start, start - 14), start):
        value = roman_value(before.group("numeral").upper())
        return (value, before.group("numeral"), None) if value else None
    if opening := _OPENING.match(text, start, end):
        value = roman_value(opening.group("numeral").upper())
        return (value, opening.group("numeral"), opening.end()) if value else None
    return None
