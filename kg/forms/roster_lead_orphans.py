"""A labelled block whose lead runs back over other entries (kg/forms/roster_blocks.py): entries that print no label
('Andre Desmarais' / his titles / his address, then a blank line) stand between two that do ('Citizenship: France',
'Citizenship: United States'); their names take no block (orphans), and their lines join the lead of the next block
that has a name. The lines above that block's own name, after a blank line, under a name no block took, are those
other entries' text: the block's lead is the text under its own name only (never a title of another person)."""
from __future__ import annotations

import re

from kg.read.clean import BLANK_LINE

_RULE = re.compile(r"^[ \t]*(?:[-=_*]{3,}|\|)[ \t]*$", re.M)


def lead_under_own_name(text: str, blocks: list, orphans: list[tuple[int, int]]) -> None:
    """Where a named block's name stands alone on its line, below a blank line that follows a name no block took
    after the block above, its lead becomes the lines between its name and its first label."""
    for index, block in enumerate(blocks):
        if block.name is None or not block.lead or block.name[1] > block.label_start:
            continue
        since = blocks[index - 1].end if index else 0
        line_end = text.find("\n", block.name[1], block.label_start)
        if line_end < 0 or text[block.name[1]:line_end].strip():
            continue  # (the name is not alone on its line)
        if any(since <= s and e <= block.name[0] and BLANK_LINE.search(text, e, block.name[0]) for s, e in orphans):
            _own_lead(block, _RULE.sub("", text[line_end:block.label_start]))


def _own_lead(block, lead: str) -> None:
    """The block's lead set to `lead`, and its position, which begins with the old lead (kg.forms.roster_block_repair
    joins the lead to it), to `lead` and what follows the old lead; where the position does not begin with it, the
    block takes no name (no person is recorded for it: what is its own is not certain)."""
    old = " ".join(part.strip() for part in block.lead if part.strip())
    position = block.value("position")
    block.lead = [lead]
    if position.startswith(old):
        block.set("position", f"{lead.strip()} {position[len(old):].strip()}")
    else:
        block.name = None
