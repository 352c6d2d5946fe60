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


def unbroken_steady(body: list[geo.Line], cells_of, name_column: int) -> set[int]:
    """In a table with no break between its entries (the name column holding the addresses, by its header): the
    columns the first row opening with a name fills, where two rows or more fill them all and rows with a name-like
    cell that leave one empty are fewer (each then a line of the entry above where the cells it fills go on with
    the wrapped text above them: `wrapped_on`)."""
    rows = [cells for line in body if line.text.strip() and not geo.RULE.match(line.text)
            and not geo.MARKUP.match(line.text) for cells in [cells_of(line)]
            if cells.get(name_column) and rt.is_person_name(cells[name_column][0][1])]
    if not rows:
        return set()
    steady = set(rows[0]) - {name_column}
    full = sum(steady <= set(cells) for cells in rows)
    return steady if steady and full >= 2 and len(rows) - full < full else set()


def goes_on_unbroken(above: dict, cells: dict, steady: set[int], longest: list[tuple[int, int]] | None,
                     unbroken: str, name_column: int) -> bool:
    """A row with a name-like cell goes on with the entry above in a table with no break between entries: it leaves
    a steady column empty and every steady cell it fills goes on with the wrapped text above it (`wrapped_on`). In a
    names column with names only, also only right under a line of the name ('Francis
    Michael' / 'Cyprian Cuss': a name wrapped; a name never goes on after a line its column leaves empty), the row
    filling fewer than half the steady columns but one at least (a person with no citizenship printed is a row of his
    own; so is a name alone on its row, with no cell going on beside it): `unbroken` is 'stacked' or 'names'."""
    if steady <= set(cells):
        return False
    filled = len(steady & set(cells))
    if unbroken == "names" and (name_column not in above or not filled or 2 * filled >= len(steady)):
        return False
    return wrapped_on(above, cells, steady, longest, filled=True)


def wrapped_on(above: dict, cells: dict, steady: set[int], longest: list[tuple[int, int]] | None,
               filled: bool = False) -> bool:
    """Every cell of the steady columns (`filled`: those the row fills) goes on with the text of the line above it,
    whose next word would not have fitted beside it in the longest line of the column: a wrapped value, not a new
    entry's."""
    for column in (steady & set(cells) if filled else steady):
        if column not in above or column not in cells or not longest:
            return False
        before, first = " ".join(text for _, text in above[column]), cells[column][0][1].split()[0]
        if len(before) + 1 + len(first) <= longest[column][0]:
            return False
    return True
