"""Two labelled blocks side by side on the same text lines (a page set in two columns, converted to text
line by line): 'Name:  A            Name:  B' / 'Position:  ...      Position:  ...'. As the blocks differ
in height, their labels stop lining up, and a reader of whole lines puts one person's values on the other.

The sign is a line that holds the same label twice. The roster is then split at the column where the
second block's labels start: it must be one column, every label of the roster must stand at it or before
it, and no text of the blocks may cross it (a value that wraps keeps to its side). Each side is read on its
own, as a copy of the text with the other side blanked (the same length, so every span stays the
document's). Where the split is not consistent the roster is refused whole: any line could hold values of
both persons.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import chain

from kg.forms.roster_blocks import Block, read_blocks
from kg.forms.roster_closing import blocks_end
from kg.forms.roster_column_note import labels_in_column
from kg.forms.roster_labelcells import label_cells
from kg.forms.roster_labels import blank_unknown_labels
from kg.forms.roster_lead_orphans import lead_under_own_name
from kg.forms.roster_left_cell_label import labels_in_left_cell
from kg.forms.roster_ocr import mend
from kg.forms.roster_rules import rules
from kg.forms.roster_unnamed_lead import entry_over_first_name
from kg.forms.roster_window import Chars
from kg.read.clean import BLANK_LINE

_GAP = 3  # spaces before a second block's label (a wide gap after the first block's value)
_RULE = re.compile(r"[-=_*\s]+")
_WIDE_GAP = re.compile(r"\S {4,}\S")  # (within one side's value: a column of its own)


@dataclass
class Sides:
    texts: list[str] = field(default_factory=list)  # the text with the right side blanked, then with the left
    widths: list[int] = field(default_factory=list)  # the column each side's values wrap at
    refusal: str | None = None
    span: tuple[int, int] = (0, 0)


def read_labelled(text: str, start: int, end: int, front: tuple[int, int], cell_breaks: tuple[int, ...] = (),
                  cell_columns: tuple[tuple[int, int, int, int], ...] = ()):
    """The blocks of a labelled roster and the names no block took (roster_blocks.read_blocks), blocks side by side
    read one side at a time; and the `Sides` refused (no block then), else None. A label and its value in two cells
    of a table row are read as the label and the value's lines (roster_labelcells; `cell_breaks`, `cell_columns`:
    Context's)."""
    end = blocks_end(text, front[1], end)  # (a closing paragraph about everyone listed above: no block's value)
    text, cells = label_cells(text, front[1], end, cell_breaks, cell_columns)
    text, refused = mend(text, front[1], end)
    sides = side_by_side(text, front[1], end)
    if sides is None:
        blocks, orphans = read_blocks(blank_unknown_labels(text, front[1], end), start, end, front, None, cells)
        lead_under_own_name(text, blocks, orphans)  # (entries with no label above it: theirs, not the block's)
        if _one_note_label(text, front[1], end, blocks) or _one_label_names_left(text, blocks, orphans) \
                or entry_over_first_name(text, front[1], blocks) \
                or labels_in_column(text, front[1], end, blocks) \
                or labels_in_left_cell(text, front[1], end, blocks, orphans):
            return [], [], None
        return _with_refused(blocks, refused), orphans, None
    if sides.refusal:
        return [], [], sides
    blocks, orphans = [], []
    for side, width in zip(sides.texts, sides.widths):
        side_blocks, side_orphans = read_blocks(blank_unknown_labels(side, front[1], end), start, end, front, None,
                                                cells)
        for block in side_blocks:  # (values wrap within the side's width)
            block.columns = {f: c and (c[0], c[1], width, True) for f, c in block.columns.items()}
        blocks += side_blocks
        orphans += side_orphans
    return sorted(_with_refused(blocks, refused), key=lambda b: b.name or (b.label_start, 0)), sorted(orphans), None


def _one_note_label(text: str, start: int, end: int, blocks: list) -> bool:
    """Whether the roster's only labels are of one field other than the name and one of them has other text before
    it on its line ('Netscalibur. Business address: ...', 'Director         address: ...': a sentence of the
    occupation column, printed in the entries whose address is not the preamble's default): a note within unlabelled
    entries, no block structure (the entries' names, titles and occupations are printed without labels). Labels
    that each open their line ('Citizenship:   Denmark' under each name, '(c) Citizenship:') are blocks'."""
    fields = {f for block in blocks for f in block.columns}
    if len(fields) != 1 or "name" in fields:
        return False
    for label in rules().labels[next(iter(fields))].finditer(text, start, end):
        before = text[text.rfind("\n", 0, label.start()) + 1:label.start()]
        if before.strip() and not _ITEM_KEY.fullmatch(before):
            return True
    return False


def _one_label_names_left(text: str, blocks: list, orphans: list) -> bool:
    """Whether the roster's only labels are of one field other than the name while a name that no block took stands
    in one paragraph with a block's name ('Business Address: ...' under the entries whose address is not the
    default, the entries' names, each opening its line, and titles unlabelled, no blank line between them): a note within unlabelled
    entries; the block would run over the other names."""
    fields = {f for block in blocks for f in block.columns}
    if len(fields) != 1 or "name" in fields:
        return False
    names = [block.name for block in blocks if block.name]
    heads = [(s, e) for s, e in orphans if _LINE_HEAD.fullmatch(text, text.rfind("\n", 0, s) + 1, s)]
    return any(not BLANK_LINE.search(text, min(s, n[0]), max(e, n[1])) for s, e in heads for n in names)


_LINE_HEAD = re.compile(r"[ \t]*(?:\(?(?:[A-Z]|\d{1,3})[.)][ \t]+)?")  # (a name that opens its line, 'C.  ' before it)


_ITEM_KEY = re.compile(r"[ \t]*\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)][ \t]*", re.I)  # ('(c) ', '2. ', 'iv. ')


def _with_refused(blocks: list, refused: list[tuple[int, int]]) -> list:
    """The blocks, and a nameless one for each span roster_ocr refused (reported as an entry with no name)."""
    return blocks + [Block(label_start=s, body=None, end=e) for s, e in refused]


def lines_between(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, text) of each line of text[start:end], from the start of the line `start` is in."""
    pos = text.rfind("\n", 0, start) + 1
    out = []
    while pos < end:
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        out.append((pos, text[pos:stop]))
        pos = stop + 1
    return out


def _labels(line: str) -> list[tuple[int, str]]:
    """(column, field) of each known label on a line that opens it or follows a wide gap."""
    if not _may_open(line):
        return []  # (no label can start where one is taken: the line is searched only where one can)
    found = []
    for name, pattern in rules().labels.items():
        for m in pattern.finditer(line):
            before = line[:m.start()]
            if not before.strip() or before.endswith(" " * _GAP):
                found.append((m.start(), name))
    return sorted(found)


def _may_open(line: str) -> bool:
    """A label of the rules matches at a place `_labels` takes one: within the line's indent, or after `_GAP`
    spaces."""
    indent = len(line) - len(line.lstrip())
    places = chain(range(indent + 1), (at for gap in _GAPS.finditer(line) for at in range(gap.start() + _GAP, gap.end() + 1)))
    labels = rules().labels.values()
    return any(label.match(line, at) for at in places for label in labels)


_GAPS = re.compile(" {%d,}" % _GAP)


def side_by_side(text: str, start: int, end: int) -> Sides | None:
    """The two sides of a roster of side-by-side labelled blocks, a refusal where they cannot be told
    apart, or None when no line of text[start:end] holds a label twice."""
    lines = [(offset, line, _labels(line)) for offset, line in lines_between(text, start, end)]
    seconds = set()
    for _offset, _line, labels in lines:
        fields = [f for _c, f in labels]
        seconds |= {c for i, (c, f) in enumerate(labels) if f in fields[:i]}
    if not seconds:
        return None
    first = next(i for i, (_o, _l, labels) in enumerate(lines) if labels)
    while first and lines[first - 1][1].strip():
        first -= 1  # (from the start of its paragraph: '1.' / '2.' above the first blocks)
    span = (lines[first][0], end)
    if len(seconds) > 1:
        return Sides(refusal=f"the same label stands twice on a line, at columns {sorted(seconds)}: blocks side "
                     "by side that do not keep to one column", span=span)
    column = seconds.pop()
    left, right = Chars(text, start, end), Chars(text, start, end)  # (the region's characters only)
    widths = [0, 0]
    labelled = False  # (in a paragraph of labelled lines)
    for offset, line, labels in lines[first:]:
        labelled = bool(labels) or (labelled and bool(line.strip()))
        if any(c > column for c, _f in labels):
            return Sides(refusal=f"a label stands past column {column}, where the second block's labels start",
                         span=span)
        if _crosses(line, column) and not _RULE.fullmatch(line):
            if labelled:
                return Sides(refusal=f"text crosses column {column}, where the second block's labels start: "
                             "blocks side by side whose columns cannot be told apart", span=span)
            right[offset:offset + len(line)] = " " * len(line)  # (text after the blocks: the left reading's)
            continue
        if any(_WIDE_GAP.search(_value(part, labels, at)) for part, at in ((line[:column], 0), (line[column:], column))):
            return Sides(refusal=f"a value of the blocks split at column {column} holds a wide gap: more columns "
                         "than two blocks side by side", span=span)
        right[offset:offset + min(column, len(line))] = " " * min(column, len(line))
        widths = [max(widths[0], len(line[:column].rstrip())), max(widths[1], len(line.rstrip()))]
        if len(line) > column:
            left[offset + column:offset + len(line)] = " " * (len(line) - column)
    width = max(widths[0], widths[1] - column)  # (the blocks of both sides wrap alike: the longest line of either)
    return Sides(texts=[left.text(), right.text()], widths=[width, column + width], span=span)


def _value(part: str, labels: list[tuple[int, str]], at: int) -> str:
    """The text of one side of a line after its label (if one opens it), stripped."""
    label = next((c for c, _f in labels if c >= at and not part[:c - at].strip()), None)
    if label is not None:
        part = part[label - at:]
        part = part[part.index(":") + 1:] if ":" in part else part
    return part.strip()


def _crosses(line: str, column: int) -> bool:
    """Whether text runs across `column`: printed within two characters before it and at or after it."""
    return bool(line[max(column - 2, 0):column].strip()) and bool(line[column:].strip())
