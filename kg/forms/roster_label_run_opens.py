"""Paragraphs of labelled sentences run together with no blank line or rule between them (kg.forms.roster_label_runs):
one that cannot be printed again whole is parted at each line that opens with the next number of the run of entry
numbers the text's lines open with ('1. Paul Hatch. ...' / '2. Edmund Martinez. ...', '(1)' / '(2)'), or where a
hanging indent starts under a line that closed a sentence at the same indent or deeper (the preamble's last line
'citizenship.', or the entry above's last line set in, then 'Paul Hatch. Director of X.' over lines set in
deeper); the parts are taken only where each
is printed again but a part with no label (the preamble), else the paragraph stays whole.
"""
from __future__ import annotations

import re

_NUMBER = re.compile(r"[ \t]*(\(?)(\d{1,3})([.)])[ \t]+\S")  # ('1. ', '(1) ', '1) ')


def entry_parts(text: str, start: int, end: int, shape, places) -> list[tuple[int, int, str | None]]:
    """(start, end, printed again or None) of the paragraph text[start:end] whole, or of each of its parts;
    `shape` prints a paragraph again (None where it cannot), `places` counts a flat paragraph's labelled places."""
    whole = [(start, end, shape(text[start:end]))]
    if whole[0][2] is not None or places(text[start:end].replace("\n", " ")) < 2:
        return whole  # (read whole, or no labelled sentences)
    first = text.rfind("\n", 0, start) + 1
    lines = text[first:end].split("\n")
    offsets = [first + sum(len(line) + 1 for line in lines[:index]) for index in range(len(lines))]
    cuts = [start] + [offsets[i] + _indent(lines[i]) for i in sorted(paragraph_opens(lines)) if offsets[i] > start]
    if len(cuts) < 2:
        return whole
    parts = [(a, text.rfind("\n", a, b) if b < end else end) for a, b in zip(cuts, cuts[1:] + [end])]
    shaped = [(a, b, shape(text[a:b])) for a, b in parts]
    if all(lines is not None or places(text[a:b].replace("\n", " ")) == 0 for a, b, lines in shaped) \
            and any(lines is not None for _a, _b, lines in shaped):
        return [part for part in shaped if part[2] is not None]
    return whole


def paragraph_opens(lines: list[str]) -> set[int]:
    """The indexes of the lines that open a paragraph of their own (the first line of a run aside)."""
    return _numbered(lines) | {index for index in range(1, len(lines) - 1) if _hanging_starts(lines, index)}


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _hanging_starts(lines: list[str], index: int) -> bool:
    above, line, below = lines[index - 1], lines[index], lines[index + 1]
    return bool(above.strip() and line.strip() and below.strip()) and above.rstrip().endswith(".") \
        and _indent(above) >= _indent(line) < _indent(below)


def _numbered(lines: list[str]) -> set[int]:
    """Lines opening with an entry number that follows the one of the last numbered line of its style ('2.' after
    '1.'), or with '1' where the next numbered line of its style is '2': the entries' own numbers, in sequence, at
    one indent (a number a wrapped line opens with is out of that run)."""
    found = [(index, m.group(1) + m.group(3), int(m.group(2)), _indent(line)) for index, line in enumerate(lines)
             if (m := _NUMBER.match(line))]
    opens, last = set(), {}
    for position, (index, style, number, indent) in enumerate(found):
        before = last.get(style)
        after = next(((n, i) for _x, s, n, i in found[position + 1:] if s == style), None)
        if before == (number - 1, indent) or number == 1 and after == (2, indent):
            opens.add(index)
        last[style] = (number, indent)
    return opens
