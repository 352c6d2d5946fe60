"""HTML rosters whose business address is split over cells: a spanning 'Business Address' caption over one caption
per part ('Street | City | State / Province | Postal Code | Country'), the other captions spanning both header rows.

Each printed cell takes the column the markup puts it in (kg.read.html notes the grid column of each cell of an
irregular row, and of each printed cell of a row with empty cells), never a column guessed from its wording: a row
whose cells the notes do not place leaves the table to the one-row reader (kg/forms/roster_table.py). The address
is its parts in reading order, one per line (the street cell's own lines first); the city is the City cell.
"""
from __future__ import annotations

from collections.abc import Sequence

from kg.forms import roster_types as rt
from kg.forms.roster_entry import Entry
from kg.forms.roster_place import place
from kg.forms.roster_rules import rules
from kg.forms.roster_table import DELIMITER, add_value, header_roles, names_column
from kg.forms.roster_tiers import Grid, two_row_header


def read_address_cells(text: str, start: int, end: int, breaks: Sequence[int] = (),
                       columns: Sequence[tuple[int, int, int, int]] = (),
                       filled: Sequence[tuple[int, int]] = ()) -> tuple[list[Entry], list] | None:
    """Entries of a table whose address stands in cells of its parts, or None when it is not one."""
    found = two_row_header(text, start, end, (breaks, columns, filled), _header, keep=lambda row: DELIMITER in row[2])
    if found is None:
        return None
    grid, roles, body = found
    entries = []
    for row in body:
        entry = _entry(grid, roles, row)
        if entry is None:
            return None
        entries.append(entry)
    return (entries, []) if entries else None


def _header(grid: Grid, upper: tuple, lower: tuple) -> dict[int, list[str]] | None:
    """The roles by grid column of a header whose address caption spans the captions of its parts; None when the
    two rows are not one."""
    placed, widths = grid.cells(upper), grid.spans.widths(upper[0], upper[2])
    parts = grid.cells(lower)
    if placed is None or parts is None or not widths or len(widths) != len(placed[0]):
        return None
    roles: dict[int, list[str]] = {}
    span = None
    for lines, (column, width) in zip(placed[0], widths):
        caption = " ".join(lines)
        if rules().row_number_caption.match(caption) and column == 0:
            roles[column] = ["number"]
            continue
        own = ["name"] if names_column(caption) and "name" not in {r[0] for r in roles.values()} else \
            header_roles(caption, False)
        if own == ["unknown"] or rt.is_person_name(caption):
            return None
        if width > 1:
            if own != ["address"] or span is not None:
                return None
            span = set(range(column, column + width))
            continue
        roles[column] = own
    if span is None or set(parts[1]) != span or "name" not in {r[0] for r in roles.values()}:
        return None
    for lines, column in zip(*parts):
        caption = " ".join(lines)
        if not rules().address_part_caption.match(caption):
            return None
        roles[column] = ["city"] if rules().address_city_caption.match(caption) else ["address part"]
    return roles


def _entry(grid: Grid, roles: dict[int, list[str]], row: tuple) -> Entry | None:
    """One person's entry from their row; None when a cell stands in no column of the header."""
    placed = grid.cells(row)
    if placed is None or len(row[1]) > 1 or not set(placed[1]) <= set(roles):
        return None
    by_role = [(roles[column], lines) for lines, column in zip(*placed) if any(lines)]
    names = [lines for role, lines in by_role if role == ["name"]]
    if len(names) != 1 or len(names[0]) != 1:
        return None
    name, cut = rt.strip_numbering(names[0][0])
    if not rt.is_person_name(name):
        return None
    offset = row[0] + row[2].index(names[0][0]) + cut
    entry = Entry(name=name, name_span=(offset, offset + len(name)), evidence=(row[0], row[0] + len(row[2])),
                  title_column=any("position" in role for role, _lines in by_role))
    others = [(role, lines) for role, lines in by_role if role[0] not in ("name", "number", "city", "address part")]
    entry.lines_are_items = any(len(lines) > 1 for _role, lines in others)
    for role, lines in others:
        if role == ["unknown"]:
            continue
        if entry.lines_are_items:
            place(entry, lines, role)
        else:
            add_value(entry, role[0], lines[0])
    address = [line for role, lines in by_role if role[0] in ("city", "address part") for line in lines]
    if address:
        entry.fields["address"] = "\n".join(address)
    if city := [lines for role, lines in by_role if role == ["city"]]:
        entry.fields["city"] = " ".join(city[0])
    return entry
