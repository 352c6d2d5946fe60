"""Labels joined to their values by dot leaders ('Office(s) held ........ Director', 'Citizenship ..... France'): the
leader read as the label's colon, so that the labelled readers see 'Office(s) held:' (the text keeps its offsets: the
first dot becomes the colon, the others spaces). Only a line that opens with a label kg knows (kg/patterns/roster.yml
`labels`), the leader right after it, is changed; a leader after a title or a name ('President ..... John Smith',
kg/forms/roster_leaders.py) is no label's and stays. Likewise the item mark before a name that a row of hyphens
underlines ('(a) Steven R. Appleton' over '    ------------------') is blanked: the name alone heads its block."""
from __future__ import annotations

import re

from kg.forms.roster_rules import rules

_UNDERLINED = re.compile(r"^(?P<mark>[ \t]*(?:\((?:[a-z]{1,3}|\d{1,3})\)|(?:[a-z]{1,3}|\d{1,3})\.)[ \t]+)"
                         r"(?P<name>\S[^\n]*?)[ \t]*\n(?P<rule>[ \t]*-{3,})[ \t]*$", re.M | re.I)
_LEADER_LABEL = re.compile(r"^(?P<label>[ \t]*[A-Za-z][A-Za-z()./' \t]{1,60}?)(?P<dots>[ \t]*\.{3,}[ \t]*)(?=\S)", re.M)


def without_label_leaders(text: str, start: int, end: int) -> str:
    """The text with each leader after a label in text[start:end] made a colon; the text itself when none is."""
    cuts = [m for m in _LEADER_LABEL.finditer(text, start, end) if _is_label(m.group("label"))]
    if len(cuts) < 2:
        return text
    out, last = [], 0
    for match in cuts:
        dots = match.group("dots")
        out += [text[last:match.start("dots")], ":" + " " * (len(dots) - 1)]
        last = match.end("dots")
    return "".join(out) + text[last:]


def without_underlined_marks(text: str, start: int, end: int) -> str:
    """The text with the item mark before each underlined name in text[start:end] blanked (the underline as long
    as the name, under it); the text itself when there is none."""
    cuts = [m for m in _UNDERLINED.finditer(text, start, end)
            if len(m.group("rule").strip()) == len(m.group("name")) and m.group("rule").lstrip() != m.group("rule")]
    if len(cuts) < 2:
        return text
    out, last = [], 0
    for match in cuts:
        out += [text[last:match.start("mark")], " " * len(match.group("mark"))]
        last = match.end("mark")
    return "".join(out) + text[last:]


def _is_label(words: str) -> bool:
    """Whether the words with a colon after them make one label kg knows, whole."""
    label = words.strip() + ":"
    return any((m := pattern.match(label)) and m.end() == len(label) for pattern in rules().labels.values())
