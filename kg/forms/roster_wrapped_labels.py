"""A label wrapped over two lines of a label column, its value beside the first line ('Present Principal  Of
Counsel, Skadden, ...' over 'Occupation:  LLP', the labels set flush right or flush left): the value's first line
stands beside the label's first words, which no label pattern reads, so it would be read into the field above.

Printed again so the label opens the value: the first line's label words give way to the longest end of the whole
label that kg knows as a label (kg/patterns/roster.yml `labels`) and fits the label column ('Occupation:'), set
where the label's last line set its colon; the last line's label is blanked. The text keeps its length and every
value its offsets. Only a pair of lines whose values (where the second has one) start at one column, the first
line's words no label and no colon, the whole label one kg knows, is changed.
"""
from __future__ import annotations

import re

from kg.forms.roster_rules import rules

# a line in a label column: its label words, two spaces or more, its value ('Present Principal  Of Counsel, ...')
_FIRST = re.compile(r"^(?P<label>[ \t]*[A-Za-z][A-Za-z'/&, \t-]{0,60}?[A-Za-z])(?P<gap>[ \t]{2,})(?P<value>\S[^\n]*)$")
# the label's last line, ending in a colon, with its value or none ('Occupation:  LLP')
_LAST = re.compile(r"^(?P<label>[ \t]*[A-Za-z][A-Za-z'/&, \t-]{0,60}:)(?:(?P<gap>[ \t]{2,})(?P<value>\S[^\n]*))?[ \t]*$")


def wrapped_labels(text: str, start: int, end: int) -> str | None:
    """The text with each such pair of lines in [start, end) printed again, or None when there is none."""
    if not re.search(r":[ \t]*$|:[ \t]{2,}\S", text[start:end], re.M):
        return None
    lines, position, cuts = text[start:end].split("\n"), start, []
    for index, line in enumerate(lines[:-1]):
        if (cut := _pair(line, lines[index + 1])) is not None:
            cuts.append((position, len(line) + 1, cut))
        position += len(line) + 1
    if not cuts:
        return None
    chars = list(text)
    for at, length, (first, last) in cuts:
        chars[at:at + len(first)] = first
        chars[at + length:at + length + len(last)] = last
    return "".join(chars)


def _pair(line: str, below: str) -> tuple[str, str] | None:
    """The new label parts of the two lines when `line` holds a label's first words and `below` its last."""
    first, last = _FIRST.match(line), _LAST.match(below)
    if first is None or last is None or _known(first.group("label")) \
            or not _known(first.group("label") + " " + last.group("label")[:-1]):
        return None
    column = first.start("value")
    if last.group("value") is not None and last.start("value") != column or last.end("label") >= column:
        return None
    words = (first.group("label") + " " + last.group("label")).split()
    colon = last.end("label")
    for index in range(len(words)):
        label = " ".join(words[index:])
        if len(label) <= colon and _known(label[:-1]):
            return label.rjust(colon).ljust(column), " " * last.end("label")
    return None


def _known(words: str) -> bool:
    """Whether the words with a colon after them make one label kg knows, whole."""
    label = " ".join(words.split()) + ":"
    return any((m := pattern.match(label)) and m.end() == len(label) for pattern in rules().labels.values())
