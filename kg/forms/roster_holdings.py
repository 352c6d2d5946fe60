"""A beneficial ownership table's note for a holding under one per cent ('*    Less than 1% of the outstanding Shares.',
kg/patterns/roster_holdings.yml `less_than_note`), printed under a roster that gives each person's holding: a line of no
entry. It is blanked in the roster's text (spaces; the offsets stay), so it runs on as no entry's last address line.
So is the key of an ownership code column ('Ownership codes:   NA - less than 5%    B - 10% but less than 25%',
`code_key_item`, `code_key_label`): read as the last entry's cells, its words became titles and an address. And so
is a total row, 'All directors and executive officers as a group (11 persons)' (kg.forms.roster_group_total)."""
from __future__ import annotations

import re
from functools import cache

from kg.forms.roster_group_total import group_total_rows
from kg.forms.roster_window import blanked
from kg.patterns import regexes


@cache
def _note() -> re.Pattern:
    """The note line's pattern, line-anchored (compiled once)."""
    return re.compile(regexes("roster_holdings.yml")["less_than_note"].pattern, re.I | re.M)


@cache
def _key_lines() -> tuple[re.Pattern, re.Pattern]:
    """A key line (a labelled line of items, or two or more items) and a line of key items (one or more)."""
    found = regexes("roster_holdings.yml")
    item, label = found["code_key_item"].pattern, found["code_key_label"].pattern
    items = rf"{item}(?:[ \t]{{2,}}{item})*"
    key = rf"^[ \t]*(?:{label}[ \t]*(?:{items})?|{item}(?:[ \t]{{2,}}{item})+)[ \t]*$"
    return re.compile(key, re.M), re.compile(rf"[ \t]*{items}[ \t]*")


def _code_keys(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the code key lines between `start` and `end`, with the item lines right under each."""
    key, items = _key_lines()
    spans = []
    for match in key.finditer(text, start, end):
        under, at = [], match.end() + 1
        while at < end and items.fullmatch(text, at, stop := _line_end(text, at, end)):
            under.append((at, stop))
            at = stop + 1
        if under or items.search(match.group()):  # (a label alone on its line: a key only with items under it)
            spans += [match.span(), *under]
    return spans


def _line_end(text: str, at: int, end: int) -> int:
    stop = text.find("\n", at, end)
    return end if stop < 0 else stop


def without_less_than_notes(text: str, start: int, end: int) -> str:
    """`text` with each less-than-one-per-cent note line, each code key line and each group total row's lines between
    `start` and `end` blanked (the same length)."""
    spans = [m.span() for m in _note().finditer(text, start, end)] + _code_keys(text, start, end)
    spans += group_total_rows(text, start, end)
    return blanked(text, start, end, spans) if spans else text
