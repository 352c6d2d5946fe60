"""The lead of a run-in labelled entry (kg.forms.roster_blocks): where a block's name opens its line and only its
colon stands between the name and the block's first label ('James W. Atkinson: Position with X: Executive Vice'),
the text before that label on the lines above the name's (the preamble's last sentences, 'each director and
executive officer of X.', printed with no blank line under them) is none of the entry's: the entry's values all
follow its label. Such a lead is left out, not joined to the first field (kg.forms.roster_block_repair)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.forms.roster_blocks import Block

_BEFORE_NAME = re.compile(r"[ \t]*(?:\(?[0-9A-Za-z]{1,3}[.)][ \t]+)?")  # ('2. ', '(b) ': the entry's number)
_RUN_IN_COLON = re.compile(r"[ \t]*:[ \t]*")


def without_run_in_leads(text: str, blocks: list[Block]) -> list[Block]:
    """`blocks`, each run-in one (see above) with its lead left out."""
    for block in blocks:
        if block.name is None or block.name[1] > block.label_start:
            continue
        line_start = text.rfind("\n", 0, block.name[0]) + 1
        if _BEFORE_NAME.fullmatch(text, line_start, block.name[0]) \
                and _RUN_IN_COLON.fullmatch(text, block.name[1], block.label_start):
            block.lead = []
    return blocks
