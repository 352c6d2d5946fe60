"""A table saved as text one cell a line whose header ('Name, Title' / 'Business Address' / 'Principal Occupation')
stands in the paragraph under the sentence that opens the roster and the organisation's line, no blank line
between ('Information regarding each director ... of ConAgra, Inc. is set forth below.' / 'ConAgra, Inc.' / 'Name,
Title' / ...): that paragraph is the table's, no preamble prose, however its last cell ends ('U.S.')."""
from __future__ import annotations

from kg.forms import roster_types as rt
from kg.forms.roster_rules import rules


def header_cells_within(paragraph: str) -> bool:
    """A paragraph that holds a table's header saved one cell per line ('Name and Position' / 'Business Address' /
    ...), first or under the sentence and the organisation over the table: the table, not prose, however its last
    cell ends ('Present Position with ConAgra, Inc.', 'U.S.') and however long its cells (the SEC's long caption)."""
    every = [line.strip() for line in paragraph.splitlines()]
    for at in range(len(every)):
        lines = every[at + 1:at + 4] if rules().row_number_caption.match(every[at]) else every[at:at + 3]  # ('No.')
        if len(lines) == 3 and rules().column_roles["name"].match(lines[0]) and len(lines[0].split()) <= 6 \
                and all(rt.caption_line(line) for line in lines[1:]):
            return True
    return False
