"""Lines set in under the names of a fixed-width roster table (kg.forms.roster_grid): never an entry's name.

      Kenneth J. Bialkin                    Director
        Skadden
        Arps
        Slate
      Carolyn H. Byrd                       Director
        Globaltech Financial

Where every row that opens with a person's name and fills another column prints that name at one left offset (two
rows or more), a line that fills the name column only, set in two places or more to the right of that offset, is a
line of the entry above it (an address, an employer stacked under the name): 'Skadden' / 'Arps' read as one name, or
'Globaltech Financial' read as a person, would be a person nobody listed.
"""
from __future__ import annotations

from kg.forms import roster_geometry as geo
from kg.forms import roster_types as rt

SET_IN = 2  # places to the right of the names' offset


def set_in_lines(body: list[geo.Line], cells_of, name_column: int,
                 wraps: tuple[set[int], set[int]]) -> tuple[set[int], set[int]]:
    """The name wraps of kg.forms.roster_wrap.name_wraps (`wraps`: the lines a wrapped name starts on, the lines it
    ends on) with the set-in lines (see the module) taken from the first and added to the second (never an entry of
    their own). `cells_of(line)`: the line's cells by column."""
    rows = [(line, cells_of(line)) for line in body
            if line.text.strip() and not geo.RULE.match(line.text) and not geo.MARKUP.match(line.text)]
    offsets = {cells[name_column][0][0] - line.start for line, cells in rows
               if name_column in cells and len(cells) > 1 and rt.is_person_name(cells[name_column][0][1])}
    opening = sum(1 for line, cells in rows if name_column in cells and len(cells) > 1
                  and rt.is_person_name(cells[name_column][0][1]))
    if len(offsets) != 1 or opening < 2:
        return wraps
    margin = offsets.pop()
    set_in = {line.start for line, cells in rows[1:]
              if set(cells) == {name_column} and cells[name_column][0][0] - line.start >= margin + SET_IN}
    return wraps[0] - set_in, wraps[1] | set_in


def set_in_under_name(rows: list, column: int) -> bool:
    """The lines under an entry's first name line in its name column all set in under it (`rows`: the entry's rows
    of kg.forms.roster_grid, cells by column): the name's column goes on to the right of them, so a word there
    ('Kenneth J. Bialkin' / '  Skadden') is no surname that did not fit beside the name."""
    indents = [row.cells[column][0][0] - row.line.start for row in rows if row.cells.get(column)]
    return len(indents) > 1 and all(indent >= indents[0] + SET_IN for indent in indents[1:])
