"""A nationality cut over two lines of a fixed-width table's name column (kg.forms.roster_grid):

      4. Christensen, Brent    General Counsel
      United States of
      America

'United States of' holds only words a column's caption may hold ('United', 'States', 'of'), so alone on its line it
read as the table's header printed again, and 'America' under it as the surname's wrap ('Brent America Christensen',
a person nobody listed). Where the name column's cell of a line, with that of the next line with text, reads as one
nationality ('United States of America') and the first alone does not, the first line is the entry's text, never a
header.
"""
from __future__ import annotations

from kg.forms import roster_geometry as geo
from kg.forms import roster_types as rt


def cut_nationalities(body: list[geo.Line], cells_of, name_column: int) -> set[int]:
    """The starts of the lines whose name cell opens a nationality that the next line's name cell ends.
    `cells_of(line)`: the line's cells by column (offset in text, chunk)."""
    rows = [(line, cells_of(line)) for line in body if line.text.strip() and not geo.RULE.match(line.text)]
    cut: set[int] = set()
    for (line, cells), (_, below) in zip(rows, rows[1:]):
        first, second = cells.get(name_column, []), below.get(name_column, [])
        if len(first) != 1 or not second:
            continue
        head, tail = first[0][1].strip(), second[0][1].strip()
        if not rt.is_nationality(head) and rt.is_nationality(f"{head} {tail}"):
            cut.add(line.start)
    return cut
