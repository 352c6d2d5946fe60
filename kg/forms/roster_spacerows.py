"""The rows of a collapsed table (kg.forms.roster_spacecells) with fewer cells than its header: an empty cell
left only its two gaps, printed as one wider gap. The width of a gap is no proof of which column is empty (a
converter's gaps vary); what a cell holds can be. Each cell is typed by its content: the first is the person's
name; a citizenship is nationalities or countries only, each a whole part of the cell (kg/lookups); an address has an address's shape (a number
and a street, a postal code, 'City, ST 12345': kg/patterns/roster.yml `address_in_title`); a title has an
officer's title word. A cell may stand only under a column whose caption asks for its type (any text under a
position or an occupation, a title under neither the address nor the citizenship, ...), the cells keep their
order, and every way to place the row so is tried: a cell that stands under the same column in every way is
placed; one that could stand under two is left out (a doubt, both captions named); a row no way places is
refused whole. One doubt the row itself settles: where its cells were joined by one separator (its narrowest gap,
three spaces or more, at least twice, every gap a whole number of it; two spaces doubled are four, a gap any
row may print) an empty cell left two separators side by side, so each wider gap
holds as many empty cells as it has separators too many; when those make up exactly the cells the row lacks and
that placement is one its contents allow, it is the row's. A row joined by two spaces is read so too where another
row of the same table has shown that its converter leaves an empty cell's two separators (a row of three spaces or
more placed so: kg.forms.roster_spacecells); then a gap of four where the row lacks a cell is that cell, unless
the table's other rows put one of its titles under another column (then neither decides: the title stays in doubt). And a title the table's other rows put under one column
for certain (the very text: 'Director' under the position's caption) stands under that column here too. Nothing is placed where the columns are not one role
each, the first the names'.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.forms import roster_fields as rf
from kg.forms import roster_types as rt
from kg.forms.roster_rules import rules
from kg.forms.roster_table import header_roles
from kg.read import clean

_VALUE_ROLES = frozenset({"position", "occupation", "other_positions", "address", "citizenship"})
_TITLE_ROLES = frozenset({"position", "occupation", "other_positions"})
MAX_COLUMNS = 10  # (more captions than a roster's table has: nothing is placed)
MIN_SEPARATOR = 3  # spaces: a row joined by two may show four anywhere (a wider gap as printed), no proof of a cell


@dataclass
class RowPlacement:
    cells: list[tuple[int, int]] = field(default_factory=list)  # (cell, column) of each cell placed
    doubts: list[tuple[int, list[int]]] = field(default_factory=list)  # (cell, the columns it could stand under)
    refusal: str | None = None  # why no cell of the row is placed
    by_gaps: bool = False  # its empty cells placed where its own gaps show them (some of its cells read both ways)


def column_roles(captions: list[str]) -> list[str] | None:
    """The role of each caption; None unless the first is the names' and every other one value role."""
    roles = [header_roles(caption, index == 0) for index, caption in enumerate(captions)]
    if len(roles) > MAX_COLUMNS or roles[0] != ["name"] or any(len(r) != 1 or r[0] not in _VALUE_ROLES
                                                               for r in roles[1:]):
        return None
    return [r[0] for r in roles]


def place_row(cells: list[str], roles: list[str], gaps: list[int] | None = None,
              known: dict[str, set[int]] | None = None, separator: int = MIN_SEPARATOR) -> RowPlacement | None:
    """Where each cell (its text) of a row with fewer cells than `roles` stands (`gaps`: the widths of the gaps
    between them; `known`: the columns the table's other rows put each text under for certain; `separator`: the
    fewest spaces of a separator that proves an empty cell by its doubled gap); None when its
    first cell is no person's name (then the line may be no row of its own: nothing of the table is read)."""
    if not rt.is_person_name(cells[0]):
        return None
    ways = _ways([_fits(cell, roles) for cell in cells[1:]], 1, len(roles))
    if not ways:
        return RowPlacement(refusal="no column of the table takes its cells in the order printed")
    by_gaps = len(ways) > 1 and (joined := joined_way(gaps or [], len(roles), separator)) in ways and (
        separator >= MIN_SEPARATOR or _as_known(joined, cells, known or {}))
    if by_gaps:
        ways = [joined]  # (the row's own gaps say where its empty cells are, and its contents agree)
    if len(ways) > 1 and known and not (separator < MIN_SEPARATOR and joined in ways):
        ways = _as_elsewhere(ways, cells, known)  # (not where the row's own gaps say otherwise: left in doubt)
    placed = RowPlacement(cells=[(0, 0)], by_gaps=by_gaps)
    for index in range(1, len(cells)):
        columns = sorted({way[index - 1] for way in ways})
        if len(columns) == 1:
            placed.cells.append((index, columns[0]))
        else:
            placed.doubts.append((index, columns))
    return placed


def _fits(cell: str, roles: list[str]) -> set[int]:
    """The columns (past the first) whose role a cell's content may fill."""
    if _citizenship_shaped(cell):  # ('Hong Kong', 'Singapore': a country that is one city may be an address too)
        allowed = {"citizenship", "address"} if clean.country_of(cell)[0] in rules().city_states else {"citizenship"}
    elif _address_shaped(cell):
        allowed = {"address"}
    elif rt.is_title(cell):
        allowed = set(_TITLE_ROLES)
    else:
        allowed = set(_VALUE_ROLES)
    return {index for index, role in enumerate(roles) if index and role in allowed}


def _citizenship_shaped(cell: str) -> bool:
    """Nationalities or countries, each the whole of its part ('USA, Denmark'; not 'American Express Company')."""
    parts = [part.strip() for part in re.split(r",|/|\band\b|;", cell) if part.strip()]
    return rf.is_citizenships(cell) and all(rt.is_nationality(part) or part.isupper() for part in parts)


def _address_shaped(cell: str) -> bool:
    pieces = [piece.strip() for piece in cell.split(",")]
    return bool(rules().address_in_title.search(cell)) or any(
        rt.is_address_line(piece) or rt.is_city_line(piece) for piece in pieces if piece) or any(
        rt.is_city_line(", ".join(pieces[i:i + 2])) for i in range(len(pieces) - 1))


def _ways(fits: list[set[int]], first: int, count: int) -> list[tuple[int, ...]]:
    """Every increasing choice of one column per cell among its fits, from column `first` on."""
    if not fits:
        return [()]
    return [(column, *rest) for column in sorted(fits[0]) if column >= first
            for rest in _ways(fits[1:], column + 1, count)]


def joined_way(gaps: list[int], count: int, separator: int = MIN_SEPARATOR) -> tuple[int, ...] | None:
    """The columns of a row's cells past the first when the row was joined by one separator, each empty cell
    leaving two separators side by side: every gap is a whole number of the row's narrowest gap (`separator`
    spaces or more), that one stands at least twice, and the wider gaps hold exactly the cells the row lacks; else
    None."""
    if len(gaps) < 2 or (unit := min(gaps)) < separator or gaps.count(unit) < 2 or any(gap % unit for gap in gaps):
        return None
    columns, column = [], 0
    for gap in gaps:
        column += gap // unit
        columns.append(column)
    return tuple(columns) if column == count - 1 else None


def _as_known(way: tuple[int, ...], cells: list[str], known: dict[str, set[int]]) -> bool:
    """No cell's titles (each part) stand under a column other than the way's in the table's other rows."""
    return all(set().union(*(known.get(part, set()) for part in title_parts(cell))) <= {way[index]}
               for index, cell in enumerate(cells[1:]))


def _as_elsewhere(ways: list[tuple[int, ...]], cells: list[str], known: dict[str, set[int]]) -> list:
    """The ways that put each cell whose titles ('Director; President': each part) the table's other rows put
    under one column, and one only, under that column (all of them, when none does)."""
    kept = ways
    for index, cell in enumerate(cells[1:]):
        columns = set().union(*(known.get(part, set()) for part in title_parts(cell)))
        if len(columns) == 1:
            kept = [way for way in kept if way[index] in columns]
    return kept or ways


def title_parts(cell: str) -> list[str]:
    """A cell's text and its parts apart by semicolons, folded: the keys a title is known by."""
    parts = [part.strip().casefold() for part in cell.split(";") if part.strip()]
    return [cell.strip().casefold(), *parts] if len(parts) > 1 else parts
