"""One person's labelled block set as a form with two label/value pairs on each line: 'Name:  X   Citizenship:  Y'
over 'Position(s):  Z   Address:  W', the second pair's labels all at one column, its values' further lines (the
address's) stacked under it, a full-width line after ('Principal Occupation: ...'). Read as whole lines, the left
value runs into the right label's line and the lines under the right value join the left field.

The sign is a line that opens with a label (an item mark such as '(1)' may stand before it) and holds a second label
of another field after a gap of two spaces or more; every such line of the roster must put its second label at one
column (a line whose left value runs up to it, a space before it, holds its second label there too). From the first such line, while each line keeps to the sides of that column (text before it ends a space
before it, or none stands before it, or a label stands at it), the lines are printed again as the left side's lines
then the right side's (each indented as the left labels are), padded to the length they were printed in, so the text
keeps its length and the paragraph stays where it was printed (a word moves within its block). A line that crosses the
column (the full-width line after) ends the form. A paragraph where a label stands twice on a line (blocks of two
persons side by side: kg/forms/roster_sides.py) or the second labels stand at more than one column is left as printed.
"""
from __future__ import annotations

import re

from kg.forms.roster_rules import rules

_JOINED = ("position",)  # (fields whose wrapped lines are joined: a line each part or title)

_WIDE = 2  # spaces before a second label (a value that ends short of it)
_ITEM_MARK = re.compile(r"[ \t]*(?:\(?[a-z0-9]{1,3}[.)][ \t]+)?", re.I)  # ('(1)  ' before the first label)
_APART = re.compile(r"[ \t]*(?:[-_=*]{3,}[ \t]*)?")  # (a blank line or a rule between blocks)


def paired_labels(text: str, start: int, end: int) -> str | None:
    """The text with each paired-label form in [start, end) printed a side at a time, or None when there is none."""
    pieces, last = [], 0
    width = max(map(len, text[start:end].split("\n")), default=0)  # (the right side wraps within the page's width)
    paragraphs = _paragraphs(text, start, end)
    columns = {p[1] for lines in paragraphs for p in map(_pair, (ln for _o, ln in lines)) if p and p[2]}
    if len(columns) != 1:
        return None  # (no form, or second labels at more than one column: left as printed)
    column = columns.pop()
    for lines in paragraphs:
        form = _form(lines, column, width)
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
    mark = _ITEM_MARK.match(line).end()
    if not any(pattern.match(line, mark) for pattern in rules().labels.values()):
        return None  # (no label opens the line, so none found on it can: the line is searched only where one does)
    labels = _labels(line)
    if len(labels) != 2 or labels[0][1] == labels[1][1] or labels[0][0] != mark:
        return None
    (first, _f), (second, _s) = labels
    before = line[:second]
    if not line[first:second].split(":", 1)[-1].strip() or not before.endswith(" "):
        return None
    return first, second, before.endswith(" " * _WIDE)


def _form(lines: list[tuple[int, str]], column: int, width: int) -> tuple[int, int, str] | None:
    """(start, end, the text printed again) of the paired-label form of a paragraph's lines, or None."""
    if any(len({f for _c, f in labels}) < len(labels) for labels in map(_labels, (ln for _o, ln in lines))):
        return None  # (a label twice on a line: two persons' blocks side by side)
    pairs = [_pair(line) for _o, line in lines]
    if not any(pairs) or any(p and p[1] != column for p in pairs):
        return None
    first = next(i for i, p in enumerate(pairs) if p and p[1] == column)
    indent = pairs[first][0]
    left, right, last = _Side(column - 1), _Side(width), first
    for index in range(first, len(lines)):
        line = lines[index][1]
        if _across(line, column, indent, pairs[index], right.value_at):
            if any(p and p[1] == column for p in pairs[index:]):
                return None  # (a paired line after the full-width one: the sides cannot be told apart)
            break
        left.add(line[:column].rstrip(), 0)
        right.add(line[column:].rstrip(), column)
        last = index
    if not right.lines:
        return None
    f_start, f_end = lines[first][0], lines[last][0] + len(lines[last][1])
    printed = "\n".join(left.lines + [" " * indent + line[column:] for line in right.lines])
    if len(printed) > f_end - f_start:
        return None
    return f_start, f_end, printed.ljust(f_end - f_start)


def _across(line: str, column: int, indent: int, pair: tuple[int, int, bool] | None, value_at: int | None) -> bool:
    """Whether a line of the form does not keep to the sides of `column`: text runs across it, a word other than
    the second label starts at it, or a label opens the line without a second label and text stands right of the
    column elsewhere than at the right side's values (a full-width field)."""
    labels = _labels(line)
    if pair is not None or any(c == column for c, _f in labels) and line[column - 1:column] == " ":
        return False  # (a second label at the column: a name wrapped on the left, 'Address:' on the right)
    if line[max(column - 1, 0):column].strip() and line[column:column + 1].strip():
        return True
    if line[column:column + 1].strip():
        return True  # (a value of the right side stands at its value column, never at its labels')
    right = line[column:].rstrip()
    return any(c == indent for c, _f in labels) and bool(right) and len(right) - len(right.lstrip()) + column != value_at


class _Side:
    """The lines of one side of a form, each as printed from column 0 (the right side's after `column` spaces),
    a line that wraps the one above joined to it: a line at the value's column whose first word would not have
    fitted on the line above within the side's width, in an address or title, the title above not ending as a whole
    title does ('Chief Financial' / 'Officer'; not 'Executive Officer' / 'President')."""

    def __init__(self, width: int):
        self.width, self.lines, self.field, self.value_at, self.printed = width, [], None, None, 0

    def add(self, part: str, column: int) -> None:
        if not part.strip():
            return
        line = " " * column + part
        labels = _labels(line)
        if labels and not line[:labels[0][0]].strip():
            self.field = labels[0][1]
            after = line.index(":", labels[0][0]) + 1 if ":" in line[labels[0][0]:] else labels[0][0]
            self.value_at = after + len(line[after:]) - len(line[after:].lstrip())
        if self.lines and self._wraps(line, labels):
            self.lines[-1] = f"{self.lines[-1]} {line.strip()}"
        else:
            self.lines.append(line)
        self.printed = len(line)  # (the printed length of the line above the next)

    def _wraps(self, line: str, labels: list) -> bool:
        if labels or self.field not in _JOINED or len(line) - len(line.lstrip()) != self.value_at:
            return False
        if self.printed + 1 + len(line.split()[0]) <= self.width:
            return False
        return self.field == "address" or not rules().title_end.search(self.lines[-1])
