"""Letter codes for titles: a legend ('Legend:  A = Director' / 'B = President') above a table
whose capacity column holds the letters ('A, B'). Each code stands for its title; a code the
legend does not give leaves the capacity unread (a `roster-ambiguous` finding), never guessed.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.context import Context
    from kg.forms.roster_entry import Entry

_LEGEND_LINE = re.compile(r"^[ \t]*(?:(?:legend|key)[ \t]*:[ \t]*)?([A-Z]{1,2})[ \t]*=[ \t]*(\S[^\n=]*?)[ \t]*$",
                          re.M | re.I)


def legend(text: str, start: int, end: int, body_start: int | None = None) -> dict[str, str]:
    """The letter -> title map of the first run of legend lines (two or more, or one after
    'Legend:'), else of a legend in a sentence of the preamble before `body_start` whose codes stand in the
    table (kg/forms/roster_prose_legend.py), or {}."""
    codes = _lines_legend(text, start, end)
    if codes or body_start is None:
        return codes
    from kg.forms.roster_prose_legend import prose_legend, used_below
    codes = prose_legend(text, start, body_start)
    return codes if codes and used_below(text, body_start, end, codes) else {}


def _lines_legend(text: str, start: int, end: int) -> dict[str, str]:
    codes: dict[str, str] = {}
    last, labelled = None, False
    for match in _LEGEND_LINE.finditer(text, start, end):
        apart = last is not None and _apart(text[last:match.start()])
        if apart and len(codes) >= 2:
            break  # (the first run only)
        if apart:
            codes = {}
        letter = match.group(1)
        if letter != letter.upper() or letter in codes:
            return {}
        codes[letter] = match.group(2)
        labelled = labelled or len(codes) == 1 and ":" in match.group(0).split("=")[0]
        last = match.end()
    return codes if len(codes) >= 2 or labelled else {}


def _apart(gap: str) -> bool:
    """Legend lines are apart when a line other than a rule ('------') stands between them."""
    return any(not re.fullmatch(r"[ \t]*[-=_]{3,}[ \t]*", line) for line in gap.split("\n")[1:-1])


def expand(value: str, codes: dict[str, str]) -> str | None:
    """'A, B' -> 'Director; President' ('D, EVP' the same through an acronym legend); the value itself
    if it is no run of codes as long as the legend's; None if a code is not in the legend."""
    squashed = " ".join(value.split())
    code = rf"[A-Z]{{1,{max(map(len, codes), default=2)}}}[0-9]?"  # ('D2': the second title whose initial is D)
    if not codes or not re.fullmatch(rf"{code}(?:\s*[,;/&]\s*{code})*", squashed):
        return value
    letters = re.split(r"\s*[,;/&]\s*", squashed)
    if any(letter not in codes for letter in letters):
        return None
    return "; ".join(codes[letter] for letter in letters)


def decode_capacities(ctx: Context, entries: list[Entry], codes: dict[str, str]) -> None:
    """Letter codes in the position column ('A, B') read through the roster's legend."""
    for entry in entries if codes else []:
        value = entry.fields.get("position")
        if not value:
            continue
        decoded = expand(value, codes)
        if decoded is None:
            ctx.warn("roster-ambiguous", f"{entry.name!r}: the capacity {value!r} has a code the legend does not "
                     "give; it is left out", span=entry.evidence, readings=[entry.name, None], field="position")
            entry.fields["position"] = ""
        else:
            entry.fields["position"] = decoded
