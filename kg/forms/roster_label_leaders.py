"""Labels joined to their values by dot leaders ('Office(s) held ........ Director', 'Citizenship ..... France'): the
leader read as the label's colon, so that the labelled readers see 'Office(s) held:' (the text keeps its offsets: the
first dot becomes the colon, the others spaces). Only a line that opens with a label kg knows (kg/patterns/roster.yml
`labels`), the leader right after it, is changed; a leader after a title or a name ('President ..... John Smith',
kg/forms/roster_leaders.py) is no label's and stays."""
from __future__ import annotations

import re

from kg.forms.roster_rules import rules

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


def _is_label(words: str) -> bool:
    """Whether the words with a colon after them make one label kg knows, whole."""
    label = words.strip() + ":"
    return any((m := pattern.match(label)) and m.end() == len(label) for pattern in rules().labels.values())
