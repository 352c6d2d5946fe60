"""Labelled fields run on as sentences: one paragraph per person, the name and a full stop, then each field
its label and a full stop ('Pei-yuan Chia. Position: Director. Present principal occupation: Retired Vice
Chairman, Citicorp. Business address: c/o 70 Pine Street, ... Citizenship: United States.'), wrapped at any word,
a label's own words too ('Present principal' / 'occupation:').

Printed again as the labelled block a line per field reads (the name its own line, each label opening one): each
field's words a space apart and without the full stop that ends its sentence, padded to the length it was printed
in, so the text keeps its length and the paragraph stays where it was printed (a word moves within its field). Only a paragraph that opens with a person's
name and its full stop, and holds two labels or more so, is printed again.
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_rules import rules

_ITEM_MARK = re.compile(r"^(?:\(?[a-z0-9]{1,3}[.)][ \t]+)")  # ('(a) Pei-yuan Chia.')


def sentence_labels(text: str, start: int, end: int) -> str | None:
    """The text with each such paragraph in [start, end) a line per field, or None when there is none."""
    pieces, last = [], 0
    for p_start, p_end in _paragraphs(text, start, end):
        lines = _as_lines(text[p_start:p_end])
        if lines is not None:
            pieces += [text[last:p_start], lines]
            last = p_end
            if rule := _RULE_LINE.match(text, p_end, end):  # the rule under it: a blank line, as between paragraphs
                pieces.append("\n" + " " * (rule.end() - p_end - 1))
                last = rule.end()
    return "".join(pieces) + text[last:] if pieces else None


_RULE_LINE = re.compile(r"\n[ \t]*[-_=*]{3,}[ \t]*(?=\n|$)")


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Runs of lines apart by a blank line or a rule ('--------------------' between entries), or by a hanging
    indent: where a paragraph's lines after the first stand deeper than it, a line back at the first line's
    indent opens the next paragraph (paragraphs printed with no blank line between them)."""
    found, opened, position, indents = [], None, start, []
    for line in text[start:end].split("\n"):
        indent = len(line) - len(line.lstrip())
        if opened is not None and not _APART.fullmatch(line) and len(indents) > 1 \
                and indent == indents[0] < min(indents[1:]):
            found.append((opened, position - 1))  # (a hanging indent ends: the next paragraph)
            opened = None
        if _APART.fullmatch(line):
            if opened is not None:
                found.append((opened, position - 1))
            opened, indents = None, []
        elif opened is None:
            opened, indents = position + indent, [indent]
        else:
            indents.append(indent)
        position += len(line) + 1
    if opened is not None:
        found.append((opened, min(position - 1, end)))
    return found


_APART = re.compile(r"[ \t]*(?:[-_=*]{3,}[ \t]*)?")
_STOP_SPACES = re.compile(r"\.(\s+)")  # ('\s': the characters `str.rstrip` strips)


def _after_stops(flat: str) -> list[int]:
    """Each place after a space whose text before it ends in a full stop but for spaces (where `_as_lines` takes a
    label), in order."""
    return [at for stop in _STOP_SPACES.finditer(flat) for at in range(stop.start(1) + 1, stop.end(1) + 1)
            if flat[at - 1] == " "]


def _as_lines(paragraph: str) -> str | None:
    flat = paragraph.replace("\n", " ")
    if sum(any(label.match(flat, at) for label in rules().labels.values()) for at in _after_stops(flat)) < 2:
        return None  # (fewer than two places a label may be found at: fewer than two cuts; searched only where more)
    found = [(m.start(), key) for key, label in rules().labels.items() for m in label.finditer(flat)
             if m.start() > 0 and flat[m.start() - 1] == " " and flat[:m.start()].rstrip().endswith(".")]
    cuts = sorted({cut for cut, _key in found})
    if len(cuts) < 2 or cuts[0] > paragraph.find("\n") > -1 or len(cuts) != len(found) \
            or len({key for _cut, key in found}) < len(found):  # (the name and the first label on one line)
        return None  # (a label twice: two persons' fields in one paragraph, or a label inside another's words)
    if mark := _ITEM_MARK.match(flat):
        flat = " " * mark.end() + flat[mark.end():]  # ('(a) ': the entry's letter, no part of the name)
    lead = flat[:cuts[0]].strip()
    if not lead.endswith(".") or len(lead.split()) < 2 or "(" in lead or not rt.is_person_name(lead[:-1]):
        return None  # (not a person's full name and its full stop first: 'DASSAULT.' keys a note by surname)
    bounds = [0, *cuts, len(flat)]
    lines = [_field(flat[a:b]).ljust(b - a - 1) + "\n" for a, b in zip(bounds, bounds[1:-1])]
    return "".join(lines) + _field(flat[bounds[-2]:]).ljust(len(flat) - bounds[-2])


def _field(printed: str) -> str:
    """One field's words a space apart, without the full stop that ends its sentence ('Director.'; not 'N.A.')."""
    words = " ".join(printed.split())
    return words if _ABBREVIATION.search(words) else words.removesuffix(".")


_ABBREVIATION = re.compile(r"(?:\b(?:Inc|Corp|Co|Ltd|Jr|Sr|Bros|Esq)|(?<![\w/])[A-Z])\.$")
