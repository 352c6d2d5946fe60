"""A label printed inside the next entry: the entry it belongs to (kg/forms/roster_blocks.py).

A roster whose entries are a name alone on its line, unlabelled lines under it and labels closing it ('Business
Address:' only where the address is not the shared one, 'Citizenship:' in every entry): the first entry's first
label is 'Citizenship:', so a block begins at each 'Citizenship:'. An entry that prints 'Business Address:' before its
'Citizenship:' would otherwise give that address to the entry above, whose last label stands above the name. A label
belongs to the entry it is printed in: a name set apart above (a blank line), alone on its line, between the open
block's labels and the label, opens that label's entry.
"""
from __future__ import annotations

from kg.forms.roster_block_leads import name_alone


def name_opens_entry(text: str, events: list, index: int, first_field: str | None, open_block: bool) -> bool:
    """Whether `events[index]`, a label of another field than the first entry's first, belongs to the entry of the
    name just before it (the event before), not to the open block: the name alone on its line and set apart above
    by a blank line, a label of the open block above it (no other name between)."""
    event = events[index]
    if not open_block or event.kind != "label" or event.field == first_field or index < 2:
        return False
    name = events[index - 1]
    if name.kind != "name" or not name_alone(text, name) or events[index - 2].kind != "label":
        return False
    line_start = text.rfind("\n", 0, name.start) + 1
    above_end = text.rfind("\n", 0, line_start - 1) + 1
    return line_start > 0 and not text[above_end:line_start].strip()  # (the line above the name is blank)
