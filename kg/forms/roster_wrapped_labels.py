"""A label wrapped over two or three lines of a label column, its value beside the first line ('Present Principal
Of Counsel, Skadden, ...' over 'Occupation:  LLP', or 'Present Principal' / 'Occupation or' / 'Employment:', the
labels set flush right or flush left): the value's first line stands beside the label's first words, which no
label pattern reads, so it would be read into the field above.

Printed again so the label opens the value: the first line's label words give way to the longest end of the whole
label that kg knows as a label (kg/patterns/roster.yml `labels`) and fits the label column ('Occupation:'), set
where the label's last line set its colon (or, longer than that line, from the first line's label on); the later
lines' labels are blanked. The text keeps its length and every value its offsets. Only a run of lines whose values
(where a later line has one) start at one column, a middle line's words ending before it, the first and middle
lines' words no label and no colon, the whole label one kg knows, is changed.
"""
from __future__ import annotations

import re

from kg.forms.roster_rules import rules
from kg.forms.roster_window import Chars

# a line in a label column (after an item's letter, '(c)', where it has one): its label words, two spaces or more, its value ('Present Principal  Of Counsel, ...')
_FIRST = re.compile(r"^(?P<label>[ \t]*(?:\([a-h]\)[ \t]+)?[A-Za-z][A-Za-z'/&,(). \t-]{0,60}?[A-Za-z).,])(?P<gap>[ \t]{2,})(?P<value>\S[^\n]*)$")
_LETTER = re.compile(r"^([ \t]*)\([a-h]\)(?=[ \t])")  # Item 2's letter before the label ('(c) Present principal')
# a label's middle line, no colon, with its value or none ('Occupation or  President, National Bureau of')
_MIDDLE = re.compile(r"^(?P<label>[ \t]*[A-Za-z][A-Za-z'/&,(). \t-]{0,60}?[A-Za-z).,])(?:(?P<gap>[ \t]{2,})(?P<value>\S[^\n]*))?[ \t]*$")
# the label's last line, ending in a colon, with its value or none ('Occupation:  LLP')
_LAST = re.compile(r"^(?P<label>[ \t]*[A-Za-z][A-Za-z'/&,(). \t-]{0,60}:)(?:(?P<gap>[ \t]{2,})(?P<value>\S[^\n]*))?[ \t]*$")


def wrapped_labels(text: str, start: int, end: int) -> str | None:
    """The text with each such pair of lines in [start, end) printed again, or None when there is none."""
    if not re.search(r":[ \t]*$|:[ \t]{2,}\S", text[start:end], re.M):
        return None
    lines, cuts, index = text[start:end].split("\n"), [], 0
    starts = [start]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    while index < len(lines) - 1:
        for width in range(2, 11):  # (the label over two lines or more: the SEC's caption over eight)
            if index + width <= len(lines) and (cut := _run(lines[index:index + width])) is not None:
                cuts.append([(starts[index + row], part) for row, part in enumerate(cut)])
                index += width - 1  # (a line of the run opens no other)
                break
        index += 1
    if not cuts:
        return None
    chars = Chars(text, start, end)  # (the region's characters only)
    for run in cuts:
        for at, part in run:
            chars[at:at + len(part)] = part
    return chars.text()


def _run(lines: list[str]) -> list[str] | None:
    """The new label parts of the lines when the first holds a label's first words, the last its last (with its
    colon) and any between its middle words; None where they are no such run."""
    first, last = _FIRST.match(lines[0]), _LAST.match(lines[-1])
    middles = [_MIDDLE.match(line) for line in lines[1:-1]]
    if first is None or last is None or None in middles:
        return None
    column = first.start("value")
    heads = [_LETTER.sub(lambda m: " " * len(m.group()), first.group("label"))] + [m.group("label") for m in middles]
    kind = _kind(" ".join(heads) + " " + last.group("label")[:-1])
    if kind is None or any(":" in head for head in heads) \
            or any(_kind(" ".join(heads[:n])) not in (None, kind) for n in range(1, len(heads) + 1)):
        return None
    if len(lines) <= 3 and any(_kind(" ".join(heads[:n])) == kind and not re.search(r"\bwith\b", heads[0], re.I)
                               for n in range(1, len(heads) + 1)) and not _continues(middles + [last]):
        return None  # (a short run whose first words make the label already, no organisation named in it: left alone)
    later = middles + [last]
    if any(m.group("value") is not None and not column <= m.start("value") <= column + 4 or m.end("label") >= column
           for m in later):  # (a value's later lines set at its column, or a hanging indent in)
        return None
    words = (" ".join(heads) + " " + last.group("label")).split()
    colon, indent = last.end("label"), len(heads[0]) - len(heads[0].lstrip())
    placed = _placed(words, colon, indent, column, len(lines)) or _opening(words, kind, indent, column)
    return None if placed is None else [placed] + [" " * m.end("label") for m in later]


def _continues(later: list) -> bool:
    """Whether every later line's label opens with a small joining word ('or Employment:'): words no label opens
    with, so the label goes on from the line above."""
    return all(re.match(r"[ \t]*(?:or|and|of)[ \t]", m.group("label")) for m in later)


def _placed(words: list[str], colon: int, indent: int, column: int, count: int) -> str | None:
    """The longest end of the label that kg knows and that fits, set where it fits (None where none does)."""
    for index in range(len(words)):
        label = " ".join(words[index:])
        if not _known(label[:-1]):
            continue
        if len(label) <= colon:
            return label.rjust(colon).ljust(column)
        if indent + len(label) <= column - 2 and count > 2:
            return (" " * indent + label).ljust(column)  # (longer than the last line's label: from the first's)
    return None


def _opening(words: list[str], kind: str, indent: int, column: int) -> str | None:
    """A label too long for its column (the SEC's caption over six lines, 'Position(s) with <a long name>:'): its
    shortest opening words that kg knows as a label of the same kind ('Present principal occupation:',
    'Position(s):'), set from the first line's label on, where they fit."""
    for count in range(1, len(words)):
        label = " ".join(words[:count]).rstrip(":,") + ":"
        if _kind(label[:-1]) == kind:
            return (" " * indent + label).ljust(column) if indent + len(label) <= column - 2 else None
    return None


def _kind(words: str) -> str | None:
    """The kind of the one label kg knows that the words with a colon after them make, whole (None if none)."""
    label = " ".join(words.split()) + ":"
    kinds = [kind for kind, pattern in rules().labels.items() if (m := pattern.match(label)) and m.end() == len(label)]
    return kinds[0] if len(kinds) == 1 else None


def _known(words: str) -> bool:
    """Whether the words with a colon after them make one label kg knows, whole."""
    label = " ".join(words.split()) + ":"
    return any((m := pattern.match(label)) and m.end() == len(label) for pattern in rules().labels.values())
