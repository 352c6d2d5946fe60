"""Paragraphs of labelled sentences that open with their first label, the name printed over them on a line of its
own (kg.forms.roster_label_runs prints again those that open with the name and its full stop):

    (a) Lars Green
    --------------
        Position with Novo Holdings A/S: Chair of the Board. Present Principal
        Occupation: Professional Board Director. Business Address: Tuborg
        Havnevej 19, 2900 Hellerup, Denmark. Citizenship: Denmark.

Each field its label and value a line, the value's words a space apart (a line break in a run-in sentence is a
wrap, never a new address line) and without the full stop that closes its sentence. Only a paragraph whose labels
run in (one label at least after a full stop mid-line, each label once), and only where the region shows the
layout: two such paragraphs or more.
"""
from __future__ import annotations

from typing import Callable

from kg.forms.roster_rules import rules

_SHOWN = 2  # paragraphs opening with a label and printed again, for any to be


def headed_parts(text: str, parts: list[tuple[int, int, str | None]],
                 field: Callable[[str], str]) -> list[tuple[int, int, str | None]]:
    """`parts` (start, end, printed again or None) with each paragraph not printed again that opens with a label
    printed a line per field (`field`: a field's words as printed again), where `_SHOWN` or more are; else as
    they are."""
    redone = [(a, b, lines if lines is not None else _from_label(text[a:b], field)) for a, b, lines in parts]
    if sum(new is not None and old is None for (_a, _b, new), (_x, _y, old) in zip(redone, parts)) < _SHOWN:
        return parts
    return [(a, b, lines if lines is not None else _from_label(text[a:b], field, shown=True)) for a, b, lines in parts]


def _from_label(paragraph: str, field: Callable[[str], str], shown: bool = False) -> str | None:
    """The paragraph a line per field, where it opens with a label, each label after it follows a full stop, none
    is printed twice, and one at least runs in (after text on its line; or, `shown`, the region shows the layout:
    'Position with X: Chief Executive Officer.' / 'Business Address: ...' wrapped each at a label); else None."""
    flat = paragraph.replace("\n", " ")
    found = [(m.start(), key) for key, label in rules().labels.items() for m in label.finditer(flat)]
    cuts = sorted({cut for cut, _key in found})
    if len(cuts) < 2 or cuts[0] != 0 or len(cuts) != len(found) or len({key for _cut, key in found}) < len(found) \
            or not all(flat[cut - 1] == " " and flat[:cut].rstrip().endswith(".") for cut in cuts[1:]):
        return None  # (no label first, one label only, a label twice or inside another's words, or one after no
        # full stop: 'Name: X   Name: Y', two entries side by side)
    if not shown and not any(paragraph[paragraph.rfind("\n", 0, cut) + 1:cut].strip() for cut in cuts[1:]):
        return None  # (each label opens its line: lines of a labelled block, an address's line breaks its own)
    bounds = [*cuts, len(flat)]
    lines = [field(flat[a:b]).ljust(b - a - 1) + "\n" for a, b in zip(bounds, bounds[1:-1])]
    return "".join(lines) + field(flat[bounds[-2]:]).ljust(len(flat) - bounds[-2])
