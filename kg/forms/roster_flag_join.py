"""A second '|' table after a flag-cell table (kg.forms.roster_flagcells) that gives each person's business address
and citizenship by name, as Trilogy's Exhibit 99.1 saved as text prints its tables one after the other:

    |Name
    |Business Address
    |Citizenship
    |Pei-yuan Chia
    |c/o 70 Pine Street
    |New York, New York 10270
    |United States

Its rows have no fixed width (an address cell per line), so each row opens at a cell that prints, exactly, the
name of one person of the tables above, and runs to the next such cell; the citizenship is the row's last cell
(when the header has that column), the address the cells between. The values go to the person of that name only:
a row whose name is printed for no one or for two is not read, and a name-shaped cell of no one above ends the
table (its cells could be anyone's). A row whose last cell is no citizenship, or with no address cell, or an
address cell that is a person's name or a title, is not read either.
"""
from __future__ import annotations

from kg.forms import roster_fields as rf
from kg.forms import roster_types as rt
from kg.forms.roster_entry import Entry
from kg.forms.roster_rules import rules
from kg.records import Span

_MOST_ADDRESS_CELLS = 6


def is_join_table(roles: list[str]) -> bool:
    """A header of a name column and only address and citizenship columns, the address before the citizenship."""
    return roles[:2] == ["name", "address"] and roles[2:] in ([], ["citizenship"])


def join_rows(cells: list[tuple[str, Span]], index: int, roles: list[str], entries: list[Entry],
              key) -> tuple[int, list[Span]]:
    """Put each row's address and citizenship (from cells[index]) on the entry of its name; (where the table ends,
    the spans of the rows not read)."""
    by_name: dict[str, list[Entry]] = {}
    for entry in entries:
        by_name.setdefault(key(entry.name), []).append(entry)
    rows: list[list[tuple[str, Span]]] = []
    while index < len(cells):
        value = cells[index][0]
        if key(value) in by_name:
            rows.append([cells[index]])
        elif not rows or rules().column_roles["name"].match(value) or rt.is_person_name(value) \
                or rt.is_title(value):
            break  # (a person of no table above, another header, a title: no cell of this table's rows)
        else:
            rows[-1].append(cells[index])
        index += 1
    refused = []
    for row in rows:
        owners = by_name[key(row[0][0])]
        fields = _fields(row, roles)
        if len(owners) != 1 or fields is None:
            refused.append(row[0][1])
            continue
        owners[0].fields.update(fields)
        owners[0].value_spans.update({field: (row[1][1][0], row[-1][1][1]) for field in fields})
    return index, refused


def _fields(row: list[tuple[str, Span]], roles: list[str]) -> dict[str, str] | None:
    values = [value for value, _span in row[1:]]
    citizenship = values.pop() if roles[-1] == "citizenship" and values else None
    if roles[-1] == "citizenship" and not (citizenship and rf.is_citizenships(citizenship.strip(" ,"))):
        return None
    address = [value for value in values if value]
    if not address or len(address) > _MOST_ADDRESS_CELLS or any(
            rt.is_person_name(line) or rt.is_title(line) for line in address):
        return None
    return {"address": "\n".join(address)} | ({"citizenship": citizenship} if citizenship else {})
