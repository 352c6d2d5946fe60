"""A note closing a printed name that gives the same person's other name: 'Marshall A. Cohen' over a second line
'(formerly Marshall A. Whitcombe)', 'Ellen V. Futter (née Larrabee)', '... (also known as ...)'.

The note names no other person and holds no value of the entry (a second full name in the cell that belongs to
no one else): the name is what stands before it. The output contract has no field for a former name, so the
note is dropped (the evidence span still covers it). The markers are data: kg/patterns/roster.yml name_note.
"""
from __future__ import annotations

from kg.forms.roster_printed_marks import without_age
from kg.forms.roster_rules import rules

MAX_OTHER_WORDS = 6  # an other name is a name, never a sentence


def without_name_note(name: str) -> tuple[str, int]:
    """`name` without a closing note of the person's other name (or a closing age, 'Pei-yuan Chia (62)'), and how
    many characters were cut from its end (0, `name` whole, when it closes with neither or nothing of a name stands
    before the note)."""
    aged = without_age(name)  # (the age is no part of the name: kg/forms/roster_printed_marks.py)
    note = rules().name_note.search(aged)
    if not note:
        return aged, len(name) - len(aged)
    other, kept = note.group("other").strip(), aged[:note.start()].rstrip(" \t\n,;")
    if not other[:1].isupper() or len(other.split()) > MAX_OTHER_WORDS or not any(c.isalpha() for c in kept):
        return aged, len(name) - len(aged)  # ('(formerly with X)': no name; a note alone in the cell: no name before)
    return kept, len(name) - len(kept)
