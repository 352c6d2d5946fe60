"""A legend of title codes given in a sentence of the preamble, before the table whose capacity column holds the
codes ('In the table, "D" means Director, "EO" means Executive Officer and "CB" means Chairman of the Board.';
'(positions are abbreviated as follows: D - Director; EO - Executive Officer)'). The legend is read only where it is
certain: two codes or more in one paragraph, each followed by its sign ('means', 'stands for', '=', a dash) and a
title, nothing but a separator (',', ';', 'and') between one title and the next code, each code its own, and a code
of the legend standing in the table below as a cell of its own. Else nothing is read (the codes are then refused
as every undecoded code is: kg/forms/roster_legend.py).
"""
from __future__ import annotations

import re

_CODE = r"[A-Z]{1,6}[0-9]?"
# '"D" means ', 'EO stands for ', 'D = ', 'D - ': a code and the sign that a title follows
_ITEM = re.compile(rf"(?<![\w\"“'‘-])[\"“'‘]?({_CODE})[\"”'’]?(?:\s+(?:means|stands\s+for|denotes|indicates|refers\s+to|"
                   rf"represents)\s+|\s*=\s*|\s+[-\u2013\u2014]\s+)(?=[\"“]?[A-Z])")
_BETWEEN = re.compile(r"\s*(?:[,;]\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)")  # what stands between two items
_LAST_END = re.compile(r"\.(?=\s|$)|[);:]")  # where the last title ends: its sentence's stop, a parenthesis closed
FEWEST = 2


def prose_legend(text: str, start: int, end: int) -> dict[str, str]:
    """The code -> title map of the first paragraph of text[start:end] that is such a legend, or {}."""
    for paragraph in re.split(r"\n[ \t]*\n", text[start:end]):
        codes = _legend(" ".join(paragraph.split()))
        if codes:
            return codes
    return {}


def _legend(flat: str) -> dict[str, str]:
    from kg.forms import roster_types as rt
    items = list(_ITEM.finditer(flat))
    if len(items) < FEWEST:
        return {}
    codes: dict[str, str] = {}
    for index, item in enumerate(items):
        if index + 1 < len(items):
            title, gap = _title_before(flat[item.end():items[index + 1].start()])
        else:
            stop = _LAST_END.search(flat, item.end())
            title, gap = flat[item.end():stop.start() if stop else len(flat)].strip(" \"“”"), ""
        if item.group(1) in codes or gap is None or not rt.is_title(title) or any(ch.isdigit() for ch in title):
            return {}  # (a code twice, words between two items, a title that is none: no certain legend)
        codes[item.group(1)] = title
    return codes


def _title_before(segment: str) -> tuple[str, str | None]:
    """The title of a segment between two items and the separator after it ('Executive Officer and ' -> 'Executive
    Officer', ' and '); None for the separator when the segment is no title and a separator."""
    for match in _BETWEEN.finditer(segment):
        if match.end() == len(segment) and match.start() > 0:
            return segment[:match.start()].strip(" \"“”"), match.group(0)
    return segment.strip(), None


def used_below(text: str, start: int, end: int, codes: dict[str, str]) -> bool:
    """Some code of the legend stands in text[start:end] as a cell of its own (after a column gap, then a comma, a
    gap or the line's end)."""
    alternatives = "|".join(map(re.escape, sorted(codes, key=len, reverse=True)))
    return bool(re.search(rf"(?m)\S[ \t]{{2,}}(?:{alternatives})(?=\s*,|[ \t]{{2,}}\S|[ \t]*$)", text[start:end]))
