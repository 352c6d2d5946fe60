"""One person's labelled block set as a form with two label/value pairs on each line: 'Name:  X   Citizenship:  Y'
over 'Position(s):  Z   Address:  W', the second pair's labels all at one column, its values' further lines (the
address's) stacked under it, a full-width line after ('Principal Occupation: ...'). Read as whole lines, the left
value runs into the right label's line and the lines under the right value join the left field.

The sign is a line that opens with a label (an item mark such as '(1)' may stand before it) and holds a second label
of another field after a gap of two spaces or more; every such line of a paragraph must put its second label at one
column. From the first such line, while each line keeps to the sides of that column (text before it ends a space
before it, or none stands before it, or a label stands at it), the lines are printed again as the left side's lines
then the right side's (each indented as the left labels are), padded to the length they were printed in, so the text
keeps its length and the paragraph stays where it was printed (a word moves within its block). A line that crosses the
column (the full-width line after) ends the form. A paragraph where a label stands twice on a line (blocks of two
persons side by side: kg/forms/roster_sides.py) or the second labels stand at more than one column is left as printed.
"""
from __future__ import annotations

import re

from kg.forms.roster_rules import rules

_WIDE = 2  # spaces before a second label (a value that ends short of it)
_ITEM_MARK = re.compile(r"[ \t]*(?:\(?[a-z0-9]{1,3}[.)][ \t]+)?", re.I)  # ('(1)  ' before the first label)
_APART = re.compile(r"[ \t]*(?:[-_=*]{3,}[ \t]*)?")  # (a blank line or a rule between blocks)


def paired_labels(text: str, start: int, end: int) -> str | None:
    """The text with each paired-label form in [start, end) printed a side at a time, or None when there is none."""
    pieces, last = [], 0
    for lines in _paragraphs(text, start, end):
        form = _form(lines)
        if form is None:
            continue
        f_start, f_end, printed = form
        pieces += [text[last:f_start], printed]
        last = f_end
    return "".join(pieces) + text[last:] if pieces else None


def _paragraphs(text: str, start: int, end: int) -> list[list[tuple[int, str]]]:
    """The (offset, line) of each run of lines apart by a blank line or a rule."""
    found, current = [], []
    position = text.rfind("\n", 0, start) + 1
    while position < end:
        stop = text.find("\n", position, end)
        stop = end if stop < 0 else stop
        line = text[position:stop]
        if _APART.fullmatch(line):
            found, current = found + [current] if current else found, []
        else:
            current.append((position, line))
        position = stop + 1
    return found + [current] if current else found


def _labels(line: str) -> list[tuple[int, str]]:
    """(column, field) of each known label on the line."""
    return sorted((m.start(), name) for name, pattern in rules().labels.items() for m in pattern.finditer(line))


def _pair(line: str) -> tuple[int, int, bool] | None:
    """(the first label's column, the second label's column, whether a wide gap stands before the second) of a
    line that opens with a label and holds one label of another field after it; None for any other line."""
    labels = _labels(line)
    if len(labels) != 2 or labels[0][1] == labels[1][1] or labels[0][0] != _ITEM_MARK.match(line).end():
        return None
    (first, _f), (second, _s) = labels
    before = line[:second]
    if not line[first:second].split(":", 1)[-1].strip() or not before.endswith(" "):
        return None
    return first, second, before.endswith(" " * _WIDE)


def _form(lines: list[tuple[int, str]]) -> tuple[int, int, str] | None:
    """(start, end, the text printed again) of the paired-label form of a paragraph's lines, or None."""
    if any(len({f for _c, f in labels}) < len(labels) for labels in map(_labels, (ln for _o, ln in lines))):
        return None  # (a label twice on a line: two persons' blocks side by side)
    pairs = [_pair(line) for _o, line in lines]
    columns = {p[1] for p in pairs if p and p[2]}
    if len(columns) != 1:
        return None
    column = columns.pop()
    if any(p and p[1] != column for p in pairs):
        return None
    first = next(i for i, p in enumerate(pairs) if p and p[1] == column)
    indent = pairs[first][0]
    left, right, last = [], [], first
    for index in range(first, len(lines)):
        line = lines[index][1]
        if _across(line, column, indent, pairs[index]):
            if any(p and p[1] == column for p in pairs[index:]):
                return None  # (a paired line after the full-width one: the sides cannot be told apart)
            break
        side_left, side_right = line[:column].rstrip(), line[column:].rstrip()
        left += [side_left] if side_left else []
        right += [" " * indent + side_right] if side_right.strip() else []
        last = index
    if not right:
        return None
    f_start, f_end = lines[first][0], lines[last][0] + len(lines[last][1])
    printed = "\n".join(left + right)
    if len(printed) > f_end - f_start:
        return None
    return f_start, f_end, printed.ljust(f_end - f_start)


def _across(line: str, column: int, indent: int, pair: tuple[int, int, bool] | None) -> bool:
    """Whether a line of the form does not keep to the sides of `column`: text runs across it, a word other than
    the second label starts at it, or a label opens the line without a second label (a full-width field)."""
    labels = _labels(line)
    if pair is not None or any(c == column for c, _f in labels) and line[column - 1:column] == " ":
        return False  # (a second label at the column: a name wrapped on the left, 'Address:' on the right)
    if line[max(column - 1, 0):column].strip() and line[column:column + 1].strip():
        return True
    if line[column:column + 1].strip():
        return True  # (a value of the right side stands at its value column, never at its labels')
    return any(c == indent for c, _f in labels) and bool(line[:column].strip())
