"""Dot leaders after the names of an EDGAR table's first column ('Pei-yuan Chia .............   Director of ...'):
the leader is no part of the name and no column of its own, so it is blanked (each dot a space: the text keeps its
offsets and every column stays where it stood). Only inside an EDGAR '<TABLE>' ... '</TABLE>' (with its '<S>' row
or without), only a leader that runs from the first column's text, starting at the line's left, to the gap before
the next column (or the line's end), and only where at least two rows have one (a name's leader, row after row);
a leader between a title and a name outside such a table (kg/forms/roster_leaders.py) stays."""
from __future__ import annotations

import re

_TABLE = re.compile(r"^<TABLE>[ \t]*$(?P<body>.*?)^</TABLE>[ \t]*$", re.M | re.S | re.I)
# the first column's text (single spaces inside it), then the leader: ' .........' before two spaces or the line's end
_FIRST_LEADER = re.compile(r"^[ \t]*[^\s.](?:\S| (?=\S))*?(?P<dots> \.{3,})(?=[ \t]{2,}\S|[ \t]*$)", re.M)


def without_name_leaders(text: str, raw: str, start: int, end: int) -> str:
    """The text with the dot leaders after the first column's text of each EDGAR table in text[start:end] blanked
    (the tables found in `raw`, the source's lines at the same offsets, whose table tags the text has blanked); the
    text itself when no table has two."""
    cuts: list[re.Match] = []
    for table in _TABLE.finditer(raw if len(raw) == len(text) else text, start, end):
        found = list(_FIRST_LEADER.finditer(text, table.start("body"), table.end("body")))
        cuts += found if len(found) >= 2 else []
    if not cuts:
        return text
    out, last = [], 0
    for match in cuts:
        out += [text[last:match.start("dots")], " " * len(match.group("dots"))]
        last = match.end("dots")
    return "".join(out) + text[last:]


def leader_wraps(raw: str, body: list) -> tuple[set[int], set[int]]:
    """(the starts of lines whose name goes on, the starts of the lines it ends on) in an EDGAR table's `body` (grid
    lines, offsets in `raw`, the source's lines with their leaders and table tags; none outside a '<TABLE>'): a name
    whose leader stands on the line right under it, after one or two words of the first column ('Francis Michael Cyprian' / '  Cuss ..........'), ends
    there, where the line above has no leader; a leader's line under a blank line, or under another leader's, opens
    a name of its own."""
    wraps, tails, above = set(), set(), None
    tables = [(table.start(), table.end()) for table in _TABLE.finditer(raw)] if body else []
    for line in body:
        text = raw[line.start:line.start + len(line.text)]
        leader = _FIRST_LEADER.match(text) if any(s <= line.start < e for s, e in tables) else None
        if leader and above is not None and not _FIRST_LEADER.match(above[1]) and above[1][:1].strip() \
                and len(text[:leader.start("dots")].split()) <= 2 and text[:1].isspace():
            wraps.add(above[0])
            tails.add(line.start)
        above = (line.start, text) if text.strip() else None
    return wraps, tails
