"""Tables whose entries are set apart: every entry opens after a blank line or a rule, its first row filling the
same cells (the occupation, the citizenship). There a line under a name whose name cell reads like a name
('ONE CONAGRA DRIVE', 'BOMBARDIER AEROSPACE' in a NAME AND BUSINESS ADDRESS column) opens no entry when one of
those cells is empty beside it, or when each of them only goes on with the wrapped text of the line above: it is
a line of the entry above (kg.forms.roster_grid)."""
from __future__ import annotations

from kg.forms import roster_geometry as geo
from kg.forms import roster_types as rt


def steady_columns(body: list[geo.Line], cells_of, name_column: int) -> set[int]:
    """The columns (other than the name's) that every row opening with a name after a blank line or a rule
    fills, where there are two such rows or more and rows that fill them too with no break above are fewer;
    else none (`cells_of(line)`: the row's cells by column)."""
    broke, filled, opening = True, [], []
    for line in body:
        if not line.text.strip() or geo.RULE.match(line.text) or geo.MARKUP.match(line.text):
            broke = True
            continue
        cells = cells_of(line)
        name = cells.get(name_column)
        if name and rt.is_person_name(name[0][1]):
            (filled if broke else opening).append(set(cells) - {name_column})
        broke = False
    steady = set.intersection(*filled) if len(filled) >= 2 else set()
    return steady if steady and sum(steady <= cells for cells in opening) < len(filled) else set()


def wrapped_on(above: dict, cells: dict, steady: set[int], longest: list[tuple[int, int]] | None) -> bool:
    """Every cell of the steady columns goes on with the text of the line above it, whose next word would not have
    fitted beside it in the longest line of the column: a wrapped value, not a new entry's."""
    for column in steady:
        if column not in above or column not in cells or not longest:
            return False
        before, first = " ".join(text for _, text in above[column]), cells[column][0][1].split()[0]
        if len(before) + 1 + len(first) <= longest[column][0]:
            return False
    return True
