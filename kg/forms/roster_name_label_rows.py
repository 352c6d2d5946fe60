"""A table row of two cells: a person's name | her labelled lines, shown as a labelled block (the name over its
lines).

Micron's labelled lines may be set in an HTML table beside the name: 'Britt Meelby Jensen | Position: Vice Chair
of the Board<br>Principal Occupation: ...<br>Business Address: Tuborg Havnevej 19<br>2900 Hellerup<br>Denmark'.
kg.read.html writes the row as one line, each `<br>` a space, so the labels run into each other, an address's
lines lose their breaks and a labelled reader takes the name's last words for the first value's. The row is the
person's labelled block: shown the name on its line, the cell's lines one a line under it and a blank line after
(as kg.forms.roster_cards shows a card). Only a row of exactly two printed cells whose first is one line holding
a person's name and no label, and whose second has more than one line, its first opening with a known label
(kg/patterns/roster.yml `labels`) and at least two of its lines opening with one; any other row (a header, a
section row, a row of three cells) is left as it is.
"""
from __future__ import annotations

from kg.forms import roster_types as rt
from kg.forms.roster_rules import rules

Piece = tuple[int, str]  # (text index, a line of a cell as printed)


def name_label_card(cells: list[list[Piece]]) -> list[Piece] | None:
    """The row's name and labelled lines as one card's lines (above), or None for any other row."""
    if len(cells) != 2 or len(cells[0]) != 1 or len(cells[1]) < 2:
        return None
    name, lines = cells[0][0][1], [line for _at, line in cells[1]]
    if rules().opens_label(name) or not rt.is_person_name(rt.strip_numbering(name)[0].strip()):
        return None
    if not rules().opens_label(lines[0]) or sum(map(rules().opens_label, lines)) < 2:
        return None
    return cells[0] + cells[1]
