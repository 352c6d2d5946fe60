"""Tables whose entries are set apart: every entry opens after a blank line or a rule, its first row filling the
same cells (the occupation, the citizenship). There a line under a name whose name cell reads like a name
('ONE CONAGRA DRIVE', 'BOMBARDIER AEROSPACE' in a NAME AND BUSINESS ADDRESS column) opens no entry when one of
those cells is empty beside it, or when each of them only goes on with the wrapped text of the line above: it is
a line of the entry above (kg.forms.roster_grid)."""
from __future__ import annotations

import re

from kg.forms import roster_geometry as geo
from kg.forms import roster_rowcells as rc
from kg.forms import roster_types as rt
from kg.forms.name_suffixes import suffix_alternation
from kg.forms.roster_initialled import next_initialled
from kg.forms.roster_pages import PAGE_MARK


def steady_columns(body: list[geo.Line], cells_of, name_column: int, pages: set[int] | frozenset = frozenset()) -> set[int]:
    """The columns (other than the name's) that every row opening with a name after a blank line or a rule
    fills, where there are two such rows or more and rows that fill them too with no break above are fewer;
    else none (`cells_of(line)`: the row's cells by column). A row after a page break (`pages`: the starts of
    its lines) or after a section heading ('OFFICERS   POSITION') shows nothing of how entries are set apart."""
    broke, filled, opening, unproven, forms = True, [], [], False, []
    for line in body:
        if line.start in pages or PAGE_MARK.match(line.text):
            broke = unproven = True
            continue
        if not line.text.strip() or geo.RULE.match(line.text) or geo.MARKUP.match(line.text):
            broke = True
            continue
        cells = cells_of(line)
        name = cells.get(name_column)
        if name and rt.is_person_name(name[0][1]):
            if not broke or not unproven:
                (filled if broke else opening).append(set(cells) - {name_column})
                forms.append((broke, _name_form(name[0][1])))
            unproven = False
        elif name and _heading(line.chunks()):
            unproven = True
        broke = False
    steady = set.intersection(*filled) if len(filled) >= 2 else set()
    shared = set.intersection(*(form for after_break, form in forms if after_break)) if filled else set()
    opening = [cells for cells, form in zip(opening, (form for after_break, form in forms if not after_break))
               if shared <= form]  # ('Smith Barney' under 'HATCH, Paul' where every name after a break is printed
    # surname first: no name of this table's, a line of the entry above)
    return steady if steady and sum(steady <= cells for cells in opening) < len(filled) else set()


def _name_form(cell: str) -> set[str]:
    """How a name is printed: surname first with a comma ('HATCH, Paul'), in capitals ('HOWARD P. BERKOWITZ')."""
    stripped = cell.strip()
    return {form for form, shown in (("surname first", _SURNAME_FIRST.fullmatch(stripped)),
                                     ("capitals", stripped.upper() == stripped)) if shown}


def _heading(chunks: list[tuple[int, str]]) -> bool:
    """A section heading inside the table: a body named, then captions only ('OFFICERS   POSITION')."""
    return bool(chunks) and bool(rt.body_of(chunks[0][1])) and all(rt.is_header(c) for _, c in chunks[1:])


def line_of_entry(builder, cells: dict) -> bool:
    """A row opening with a name-like cell that is a line of the open entry: where the table's entries are set
    apart, a steady column left empty beside it, or each steady cell going on with the wrapped text above
    (`builder`: kg.forms.roster_grid._Builder; `cells`: the row's, by column)."""
    steady, column = builder.steady, builder.name_column
    if not builder.rows or rc.listed_again(cells.get(column), builder.result.entries):
        return False  # (a name an entry above holds: that person listed again, 'OFFICERS' after 'DIRECTORS')
    if _next_after_relisted(builder, cells) or next_initialled(builder, cells):
        return False  # ('Daniel Friedberg  Vice-President' under 'Andre Desmarais', listed again; 'Philip B. Fletcher
        # Director' under 'Bruce C. Rohde  Chairman of the Board': the next person)
    if _printed_again(builder.rows[0].cells.get(column), cells.get(column)):
        return False  # (the open entry's name again, after a page break: a second listing, or the entry continued)
    if builder.roles[column] == ["name"] and _surname_first(builder.rows[0].cells.get(column)) \
            and _surname_first(cells.get(column)):
        return False  # ('DESMARAIS, PAUL G.' under 'DESMARAIS, Andre' in a column of names only: a name printed as
        # the entry's own, surname first, is a person of its own, no line of the entry above)
    if builder.unbroken:  # (no break between entries: what the row fills goes on with the text above; after a
        return bool(steady) and not builder.broke and goes_on_unbroken(  # blank line, a name opens one)
            builder.rows[-1].cells, cells, steady, builder.longest, builder.unbroken, column)
    if builder.paged:  # (after a page break: a steady column left empty, counting the rows after page breaks too)
        return bool(builder.paged_steady) and not builder.paged_steady <= set(cells)
    if not steady:
        return False
    if not steady <= set(cells):
        return not builder.broke
    return not builder.broke and wrapped_on(builder.rows[-1].cells, cells, steady, builder.longest)


_SURNAME_FIRST = re.compile(r"[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+)?, [A-Z][A-Za-z'’-]*\.?(?: [A-Z][A-Za-z'’-]*\.?)*(?:, " + suffix_alternation() + r"\.?)?")


def _surname_first(cell: list | None) -> bool:
    return bool(cell) and bool(_SURNAME_FIRST.fullmatch(cell[0][1].strip()))


def _printed_again(first: list | None, cell: list | None) -> bool:
    return bool(first and cell) and " ".join(first[0][1].split()) == " ".join(cell[0][1].split())


def opens_unset(builder, cells: dict) -> bool:
    """A row opening with a name right under the open entry's rows (no blank line, rule or page between) that
    fills the steady columns of a table whose entries are set apart, or fills other columns under an entry that
    has filled its name column only ('Paul Hatch' / 'Smith Barney Consulting Group   Director, ...': the cells
    begin a line below the name): a new entry, or a line of the entry above, which may go on in it
    (`builder`: kg.forms.roster_grid._Builder)."""
    if not builder.rows or builder.broke or builder.paged:
        return False
    column = builder.name_column
    if len(cells) > 1 and all(set(row.cells) <= {column} for row in builder.rows):
        return True
    return bool(builder.steady) and not builder.unbroken and builder.steady <= set(cells)


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


def _next_after_relisted(builder, cells: dict) -> bool:
    """The open entry is one line, a person listed again (his name read in an entry above: 'Andre Desmarais' under
    'OFFICERS' after 'DIRECTORS'), and the row under it prints a whole person's name, no organisation's, with a
    cell of its own beside it: the next person's row, never a line of the relisted entry."""
    column = builder.name_column
    cell = " ".join(text for _, text in cells.get(column) or []).strip()
    return len(builder.rows) == 1 and len(cells) > 1 and rc.listed_again(builder.rows[0].cells.get(column),
                                                                          builder.result.entries) \
        and rt.is_person_name(cell) and not rt.is_organization(cell)
