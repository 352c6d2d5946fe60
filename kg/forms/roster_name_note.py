"""A note closing a printed name that gives the same person's other name: 'Marshall A. Cohen' over a second line
'(formerly Marshall A. Whitcombe)', 'Ellen V. Futter (née Larrabee)', '... (also known as ...)'.

The note names no other person and holds no value of the entry (a second full name in the cell that belongs to
no one else): the name is what stands before it. The output contract has no field for a former name, so the
note is dropped (the evidence span still covers it). The markers are data: kg/patterns/roster.yml name_note.
"""
from __future__ import annotations

from kg.forms.roster_rules import rules

MAX_OTHER_WORDS = 6  # an other name is a name, never a sentence


def without_name_note(name: str) -> tuple[str, int]:
    """`name` without a closing note of the person's other name, and how many characters were cut from its end
    (0, `name` whole, when it closes with no such note or nothing of a name stands before the note)."""
    note = rules().name_note.search(name)
    if not note:
        return name, 0
    other, kept = note.group("other").strip(), name[:note.start()].rstrip(" \t\n,;")
    if not other[:1].isupper() or len(other.split()) > MAX_OTHER_WORDS or not any(c.isalpha() for c in kept):
        return name, 0  # ('(formerly with X)': no name; a note alone in the cell: no name before it)
    return kept, len(name) - len(kept)
