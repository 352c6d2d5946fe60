"""Labels joined to their values by dot leaders ('Office(s) held ........ Director', 'Citizenship ..... France'): the
leader read as the label's colon, so that the labelled readers see 'Office(s) held:' (the text keeps its offsets: the
first dot becomes the colon, the others spaces). Only a line that opens with a label kg knows (kg/patterns/roster.yml
`labels`), the leader right after it (dots together or spaced: 'Name . . .   X'), is changed; so is, where two such
lines are, a line of capitalised words set as they are ('Remarks . . .   Disclaims ...': a field kg does not read,
whose value is then no value of the field above). A leader after a title or a name ('President ..... John Smith',
kg/forms/roster_leaders.py) is no label's and stays. Likewise the item mark before a name that a row of hyphens
underlines ('(a) Steven R. Appleton' over '    ------------------') is blanked: the name alone heads its block."""
from __future__ import annotations

import re

from kg.forms.roster_rules import rules

_UNDERLINED = re.compile(r"^(?P<mark>[ \t]*(?:\((?:[a-z]{1,3}|\d{1,3})\)|(?:[a-z]{1,3}|\d{1,3})\.)[ \t]+)"
                         r"(?P<name>\S[^\n]*?)[ \t]*\n(?P<rule>[ \t]*-{3,})[ \t]*$", re.M | re.I)
_STOP_THEN_LEADER = re.compile(r"\.[ \t]+\.")  # (a label's own last full stop, then the leader: 'Inc. . . .')
_LABEL_WORDS = re.compile(r"[ \t]*[A-Z][a-z]+(?: [A-Za-z][a-z]+){0,3}")  # ('Remarks', 'Other Information')
# ('Name ........ X', 'Name . . .   X': the dots close together or spaced; 'Position with X, Inc. . . .   Y')
_LEADER_LABEL = re.compile(r"^(?P<label>[ \t]*[A-Za-z][A-Za-z()./',& \t-]{1,60}?)"
                           r"(?P<dots>[ \t]*\.(?:[ \t]?\.){2,}[ \t]*)(?=\S)", re.M)


def without_label_leaders(text: str, start: int, end: int) -> str:
    """The text with each leader after a label in text[start:end] made a colon; the text itself when none is."""
    found = list(_LEADER_LABEL.finditer(text, start, end))
    cuts = [m for m in found if _is_label(m.group("label"))]
    if len(cuts) < 2:
        return text
    cuts = sorted(cuts + [m for m in found if m not in cuts and _set_as_labels(m, cuts)], key=lambda m: m.start())
    out, last = [], 0
    for match in cuts:
        dots = match.group("dots")
        stop = 1 if _STOP_THEN_LEADER.match(dots) and match.group("label")[-1:].isalpha() else 0  # ('Inc. ....')
        out += [text[last:match.start("dots") + stop], ":" + " " * (len(dots) - 1 - stop)]
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


def _set_as_labels(match: re.Match, labels: list[re.Match]) -> bool:
    """Whether a line opening with words kg knows as no label ('Remarks . . .   Disclaims ...') is set as the known
    label lines are: capitalised words at their indentation, then the same leader (dots spaced or not). Such a line
    is a label's, of a field kg does not read: its leader is made a colon too, so that its value is never read as
    more of the known label's above (the labelled readers leave an unknown label's value out, or refuse the value
    it runs into)."""
    return bool(_LABEL_WORDS.fullmatch(match.group("label"))) \
        and any(_shape(match) == _shape(label) for label in labels)


def _shape(match: re.Match) -> tuple[int, bool]:
    """A leader label line's indentation and whether its dots are spaced."""
    label = match.group("label")
    return len(label) - len(label.lstrip()), ". ." in match.group("dots")
