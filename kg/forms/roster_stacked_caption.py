"""A name wrapped in a captioned column of stacked blocks whose middle column is empty throughout:

    Officer or Director           Address                         Present Principal Occupation
    -------------------           -------                         ----------------------------
    CUSS, Francis Michael                                         Board Director; Biopharmaceutical Consultant
      Cyprian

The blocks show one gutter only (the 'Address' cells are empty: the shared address), so kg.forms.roster_stacked
takes the name column to run up to the occupations; the caption row shows where it ends ('Address' at 30), and
'CUSS, Francis Michael Cyprian' did not fit there: the word alone under the name is the name's last, no address
line. Only where the caption row is certain (its first caption over the names, a later one over the right column,
no caption naming an address over the names) and the word passes the grid's name-wrap rules
(kg.forms.roster_name_wrap.wrapped_name).
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_entry import Entry
from kg.forms.roster_name_wrap import wrapped_name
from kg.forms.roster_rules import rules

_CELL = re.compile(r"\S+(?: {1,2}\S+)*")  # a caption: words apart by one or two spaces
_GAP = 2  # spaces a name leaves before the next column's caption at the least


def caption_bound(before: str, name_indent: int, column: int) -> int | None:
    """The column where the caption row before the first entry starts its second caption, when that row's first
    caption stands over the names (at `name_indent`), another over the right column (at `column`) and one between
    them (`before`: the body's text before the first entry); None where no such row (no other reading changes)."""
    for line in before.splitlines():
        cells = [(m.start(), m.group()) for m in _CELL.finditer(line)]
        if len(cells) < 3 or cells[0][0] != name_indent or not any(abs(at - column) <= 2 for at, _ in cells[2:]):
            continue
        if any(rt.is_person_name(cell) for _, cell in cells) or rules().column_roles["address"].search(cells[0][1]):
            return None  # (a names caption naming the address: the lines under a name are its address)
        return cells[1][0] if cells[1][0] < column else None
    return None


def rejoin_captioned(text: str, start: int, entries: list[Entry], column: int | None) -> None:
    """Each entry whose one line under the name is the name's wrapped last word(s) by the caption row's bound
    (`caption_bound`): that word joins the name and no address is left (in place)."""
    if not entries or column is None:
        return
    indent = entries[0].name_span[0] - text.rfind("\n", 0, entries[0].name_span[0]) - 1
    bound = caption_bound(text[start:entries[0].evidence[0]], indent, column)
    if bound is None:
        return
    for entry in entries:
        under = entry.fields.get("address", "")
        if not under or "\n" in under:
            continue
        name, left = wrapped_name(entry.name, [under], entry.name, bound - indent - _GAP, False)
        if not left and name != entry.name:
            entry.name, entry.fields["address"] = name, ""
