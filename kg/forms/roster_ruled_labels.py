"""Label / value rows under rule rows (an HTML two-column table saved as text) read as labelled lines.

Each entry opens with a row of underscores (or '='), then a 'Name' label at the margin and its value at a fixed
column, then more labels at the margin with values at that same column, a value's later lines at that column too:

    ______________________________________________________________________________

    Name                                  Clay Carrell
    Position with the Company             Executive Vice President
                                          Chief Operating Officer
    Principal Occupation or Employment    —

The gap after each label is read as the label's colon (the first space becomes ':', the text keeps its length and
every value its offsets), so that the labelled readers see 'Name:', 'Position with the Company:' and split the
entries at the names. Only where every entry is certain: two or more entries, each opened by a rule row and its
'Name' row, every row of an entry a label kg knows (kg/patterns/roster.yml `labels`, whole) with its value at the
one column of every entry, or a value's later line at that column, and no label row outside an entry (a rule with
no 'Name' row under it, label rows above the first rule). Anything else leaves the text as it is (and
kg.forms.roster_label_rows refuses the roster the other readers read from it).
"""
from __future__ import annotations

import re

from kg.forms.roster_rules import rules
from kg.forms.roster_window import Chars

_RULE_ROW = re.compile(r"^[ \t]*[_=]{20,}[ \t]*$")
_ANY_RULE = re.compile(_RULE_ROW.pattern, re.M)
_LABEL_ROW = re.compile(r"^(?P<mark>\d{1,3}\.[ \t]+)?(?P<label>[A-Z][A-Za-z]*(?: [A-Za-z]+)*)[ \t]{2,}(?=\S)")
ENTRIES_NEEDED = 2  # rule-opened entries before the layout is taken as certain


def ruled_label_rows(text: str, start: int, end: int) -> str:
    """The text with the gap after each label of such entries in text[start:end] opened by a colon; the text itself
    where the entries are not all certain."""
    if not _ANY_RULE.search(text, start, end):
        return text
    lines = text[start:end].split("\n")
    cuts = label_cuts(lines)
    if not cuts:
        return text
    offsets = [start]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    chars = Chars(text, start, end)
    for row, column in cuts:
        chars[offsets[row] + column] = ":"
    return chars.text()


def label_cuts(lines: list[str]) -> list[tuple[int, int]] | None:
    """(row, column of the label's first gap space) of every label row of the entries of `lines`, or None where
    the entries are not all certain (fewer than two, a row that is no label kg knows, a value off the column)."""
    rules_at = [row for row, line in enumerate(lines) if _RULE_ROW.match(line)]
    bounds = rules_at[1:] + [len(lines)]
    cuts, columns, entries = [], set(), 0
    if _label_rows(lines[:rules_at[0]] if rules_at else lines):
        return None  # (label rows above the first rule: an entry whose bounds the text does not print)
    for rule, stop in zip(rules_at, bounds):
        entry = _entry(lines, rule + 1, stop)
        if entry is None:
            return None
        if entry:
            entries += 1
            columns |= {column for _row, (_gap, column) in entry}
            cuts += [(row, gap) for row, (gap, _column) in entry]
    if entries < ENTRIES_NEEDED or len(columns) != 1:
        return None
    return cuts


def certain_names(lines: list[str]) -> list[str] | None:
    """The values of the 'Name' rows of the entries of `lines` where every entry is certain; None where not."""
    cuts = label_cuts(lines)
    return None if cuts is None else [lines[row][gap:].strip(" \t:") for row, gap in cuts
                                      if _label_row(lines[row]) and _label_row(lines[row])[0] == "name"]


def _entry(lines: list[str], first: int, stop: int) -> list[tuple[int, tuple[int, int]]] | None:
    """The label rows (row, (gap, value column)) of the entry under a rule row, [] where no 'Name' row opens it
    and no label row is in it, None where it is no certain entry."""
    rows = [row for row in range(first, stop) if lines[row].strip()]
    if not rows:
        return []
    head = _label_row(lines[rows[0]])
    if head is None or head[0] != "name":
        return None if _label_rows([lines[row] for row in rows]) else []
    if _is_label(lines[rows[0]][head[2]:].strip()):
        return None  # ('Name   Present Principal Occupation': a table's caption row, no entry)
    column, found = head[2], []
    for at, row in enumerate(rows):
        label, line = _label_row(lines[row]), lines[row]
        if label is not None and label[2] == column and (label[0] != "name" or not at):  # (one 'Name' an entry)
            found.append((row, (label[1], column)))
        elif len(line) - len(line.lstrip(" ")) == column and at:
            continue  # (a value's later line, at the column)
        elif stop == len(lines) and not lines[row - 1].strip() and len(found) > 1 and not _label_rows(lines[row:]):
            break  # (the last entry ends at a blank line and what follows it, no label row)
        else:
            return None
    return found if len(found) > 1 else None


def _label_rows(lines: list[str]) -> bool:
    """Whether any of `lines` is a label row (a label kg knows at the margin, its value after a gap)."""
    return any(_label_row(line) for line in lines)


def _label_row(line: str) -> tuple[str, int, int] | None:
    """(kind, column of the gap, column of the value) of a row that opens with a label kg knows, whole."""
    match = _LABEL_ROW.match(line)
    if match is None or (match.group("mark") and match.group("label") != "Name"):
        return None
    kind = _is_label(match.group("label"))
    return None if kind is None else (kind, match.end("label"), match.end())


def _is_label(words: str) -> str | None:
    """The kind of the label the words make, whole, with a colon after them; None where they make none."""
    label = words.strip() + ":"
    return next((kind for kind, pattern in rules().labels.items()
                 if (m := pattern.match(label)) and m.end() == len(label)), None)
