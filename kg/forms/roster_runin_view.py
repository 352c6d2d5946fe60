"""Run-in labelled entries printed without blank lines (kg.forms.roster_paragraphs): 'James W. Atkinson: Position
with X: Executive Vice' / '    President. Citizenship: United States.' right under the preamble's last line, and the
next entry's or the postamble's line at the margin right under its last set-in line. The layout shows each entry's
bounds only where its first line stands at the margin, opens with a person's name, its colon and a label of the
rules ('Position with X:'), and its wrapped lines are set in under it (a hanging indent); then a blank line is put
back over that first line where the line above closes a sentence, and under the entry's last set-in line where it
closes a sentence and the next line stands at the margin again. Anything else is left as it is."""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_rules import rules

_NAME_COLON = re.compile(r"([^\W\d_][^:\n]{2,60}?):[ \t]+")  # ('James W. Atkinson: ')


def runin_opens(lines: list[str], index: int, margin: int) -> bool:
    """Whether a blank line goes back over `lines[index]` (see above): it opens a run-in entry under a line that
    closes a sentence, or it stands at the margin under the last set-in line of one."""
    above, line = lines[index - 1], lines[index]
    if _indent(line) != margin or not above.rstrip().endswith(".") or not line.strip():
        return False
    if _entry_head(lines, index, margin) and _indent(above) >= margin:
        return True
    if _indent(above) < margin + 2:
        return False
    head = next((i for i in range(index - 1, -1, -1) if _indent(lines[i]) <= margin or not lines[i].strip()), None)
    return head is not None and _entry_head(lines, head, margin)


def _entry_head(lines: list[str], index: int, margin: int) -> bool:
    """`lines[index]` at the margin opens with a person's name, its colon and a label, the line under it set in."""
    line = lines[index]
    if index + 1 >= len(lines) or _indent(line) != margin or _indent(lines[index + 1]) < margin + 2 \
            or not lines[index + 1].strip():
        return False
    text = line.strip()
    found = _NAME_COLON.match(text)
    return bool(found) and any(label.match(text, found.end()) for label in rules().labels.values()) \
        and rt.is_person_name(found.group(1))


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))
