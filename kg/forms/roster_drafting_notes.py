"""A law firm's bracketed drafting note left in a filed roster ('Director [NTD: Company to confirm.]', a note under
the title, kg/patterns/roster_drafting_notes.yml): no part of the value it follows nor of any entry. Read with it, a
title ends in 'Company to confirm.]' (and is refused) or the note's words run into the next field. Each closed note
between `start` and `end` is blanked (spaces; the offsets and the newlines stay), so the value reads as printed
before it."""
from __future__ import annotations

import re
from functools import cache

from kg.errors import DataError
from kg.forms.roster_window import blanked_keeping_lines
from kg.patterns import build


def _compiled(data: dict) -> tuple[re.Pattern, int]:
    leads, lines, chars = data.get("leads"), data.get("max_lines"), data.get("max_chars")
    if not leads or not all(isinstance(lead, str) for lead in leads) or not isinstance(lines, int) \
            or not isinstance(chars, int) or lines < 1 or chars < 10:
        raise DataError("kg/patterns/roster_drafting_notes.yml", "needs leads (strings), max_lines and max_chars")
    whole = data.get("whole") or []
    if not all(isinstance(pattern, str) for pattern in whole):
        raise DataError("kg/patterns/roster_drafting_notes.yml", "whole must be strings")
    lead = "|".join(f"(?:{lead})" for lead in leads)
    alone = "".join(f"|(?:{pattern})[ \t.]*" for pattern in whole)
    return re.compile(r"\[[ \t]*(?:(?:" + lead + r")[ \t]*[:\-\u2013\u2014][^\[\]]{0," + str(chars) + r"}?" + alone
                      + r")\]", re.I), lines


@cache
def _note() -> tuple[re.Pattern, int]:
    return build("roster_drafting_notes.yml", _compiled)


def without_drafting_notes(text: str, start: int, end: int) -> str:
    """`text` with each closed bracketed drafting note between `start` and `end` blanked (the same length)."""
    if "[" not in text[start:end]:
        return text
    pattern, most_lines = _note()
    spans = [m.span() for m in pattern.finditer(text, start, end) if m.group().count("\n") < most_lines]
    return blanked_keeping_lines(text, start, end, spans)
