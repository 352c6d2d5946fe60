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

import re

from kg.forms import roster_geometry as geo
from kg.forms import roster_types as rt
from kg.forms.roster_org_wraps import org_wrap_heads
from kg.patterns import required_regexes

SET_IN = 2  # places to the right of the names' offset


def set_in_lines(body: list[geo.Line], cells_of, name_column: int,
                 wraps: tuple[set[int], set[int]], addresses: bool = False) -> tuple[set[int], set[int]]:
    """The name wraps of kg.forms.roster_name_wrap.name_wraps (`wraps`: the lines a wrapped name starts on, the lines it
    ends on) with the set-in lines (see the module) taken from the first and added to the second (never an entry of
    their own); where the names' column holds the addresses too (`addresses`), an employer's name wrapped under a
    name is added to the second too (kg.forms.roster_org_wraps). `cells_of(line)`: the line's cells by column."""
    if addresses:
        wraps = (wraps[0], wraps[1] | org_wrap_heads(body, cells_of, name_column))
    rows = [(line, cells_of(line)) for line in body
            if line.text.strip() and not geo.RULE.match(line.text) and not geo.MARKUP.match(line.text)]
    margins, employers = _margins(rows, name_column)
    if not margins:
        return wraps
    level = {_indent(cells[name_column][0], line.start) for line, cells in rows if name_column in cells and len(cells) > 1
             and line.start not in employers and rt.is_person_name(cells[name_column][0][1])}  # (the names' text)
    set_in = {line.start for line, cells in rows[1:]
              if (set(cells) == {name_column} or line.start in employers) and line.start in margins
              and (at := cells[name_column][0][0] - line.start) >= margins[line.start] + SET_IN
              and at not in level}  # (a line level with the names' text after their row numbers: a name's wrap)
    return wraps[0] - set_in, wraps[1] | set_in


def _margins(rows: list, name_column: int) -> tuple[dict[int, int], set[int]]:
    """The names' offset each line falls under, by the line's start: that of the rows opening with a name above it,
    where those rows print their names at one offset (two rows or more), or at one offset per page (an indented
    page: each offset held by a run of two rows or more, never resumed after another); else none. And the rows that
    open with a name-shaped cell set in from the names above and below them ('Chan, Ronnie C.' / '  Hang Lung
    Development   Group' / 'Fuller, H. Laurance'): an employer under the name, never an entry or a run of its own."""
    named = [(line, cells[name_column][0][0] - line.start) for line, cells in rows
             if name_column in cells and len(cells) > 1 and rt.is_person_name(cells[name_column][0][1])]
    runs: list[list[int]] = []  # the offsets of the rows opening with a name, in runs of one offset
    margins: dict[int, int] = {}
    set_in = {line.start for index, (line, offset) in enumerate(named[2:-1], 2)
              if offset >= named[index - 1][1] + SET_IN and named[index - 1][1] == named[index - 2][1] == named[index + 1][1]}
    offsets = {line.start: offset for line, offset in named if line.start not in set_in}
    for line, _cells in rows:
        if (offset := offsets.get(line.start)) is not None:
            if runs and runs[-1][0] == offset:
                runs[-1].append(offset)
            else:
                runs.append([offset])
        if runs:
            margins[line.start] = runs[-1][0]
    starts = [run[0] for run in runs]
    if not runs or sum(map(len, runs)) < 2 or len(set(starts)) != len(starts) or len(runs) > 1 and min(map(len, runs)) < 2:
        return {}, set()
    return margins, set_in


def set_in_room(rows: list, column: int, width: int, room: int | None = None) -> int:
    """The width a name could take on its first line where the lines under it in its column are all set in under it
    (`rows`: the entry's rows of kg.forms.roster_grid, cells by column): up to the next column's text, less the two
    spaces that set two cells apart ('Kenneth J. Bialkin' / '  Skadden' with 'Director' far to the right: 'Skadden'
    would have fitted, no surname that did not; 'G. Francis Michael Cyprian' / '   Cuss' with the next column's text
    32 columns on: 'Cuss' would have left one space, no gap); else `width` (the column's, from its lines: 'Francis
    Michael' / '  Cyprian Cuss' in a narrow one)."""
    if not set_in_under_name(rows, column):
        return width
    name = _indent(rows[0].cells[column][0], rows[0].line.start) if rows[0].cells.get(column) else 0
    edges = [cells[0][0] - row.line.start for row in rows for at, cells in row.cells.items() if at > column and cells]
    if not edges:
        return width
    return min(edges) - name - 2 if room is None or not past_start(rows[0], column) else \
        min(min(edges) - name - 2, room - name)  # (the next column's text, not the rule over the name, bounds
    # it: 'Francis Michael' / '   Cyprian Cuss' beside a column 24 on, in a rule 23 wide: 'Cyprian' would have left one
    # space; but where that text stands past the next column's start (`past_start`), `room`, up to the column's start
    # less two spaces, bounds it)


def past_start(row, column: int) -> bool:
    """The text after the name on the name's row stands past the start of the column next to the name's: that column
    holds nothing on the row ('7. Francis Michael Cyprian' / '  Cuss' with the 'Business Address' column empty and the
    occupation far to the right), or a count alone, set right in its column ('Nirmal Prabhakar' / '  Narvekar' beside
    an AGE column's ' 57', a 'SHARES PLEDGED AS COLLATERAL' column's '  397,500' or '     None':
    kg/patterns/roster_holdings.yml `count_cell`), or a code alone in a narrow code column ('NARVEKAR, Nirmal' /
    '  Prabhakar' beside a 'DE/FE/I' column's '   I': `code_cell`)."""
    after = [(at, cells) for at, cells in sorted(row.cells.items()) if at > column and cells]
    found = required_regexes("roster_holdings.yml", ("count_cell", "code_cell"))
    cell = after[0][1][0][1].strip() if after else ""
    return bool(after) and (after[0][0] > column + 1 or bool(found["count_cell"].match(cell))
                            or bool(re.compile(found["code_cell"].pattern).match(cell)))  # (a code: case-sensitive)


def set_in_under_name(rows: list, column: int) -> bool:
    """The lines under an entry's first name line in its name column all set in under it (`rows` as above), none
    level with the name's text after a row number ('7. Francis Michael' / '   Cyprian Cuss': the name's wrap)."""
    indents = [row.cells[column][0][0] - row.line.start for row in rows if row.cells.get(column)]
    name = _indent(rows[0].cells[column][0], rows[0].line.start) if rows[0].cells.get(column) else None
    return len(indents) > 1 and all(indent >= indents[0] + SET_IN and indent != name for indent in indents[1:])


def _indent(cell: tuple[int, str], line_start: int) -> int:
    """Where a name cell's text starts on its line, after a row number ('7. Francis Michael' / '   Cyprian Cuss':
    the name's second line is level with the name, not set in)."""
    return cell[0] - line_start + rt.strip_numbering(cell[1])[1]
