"""Address lines stacked under a name (an indented name-and-address column, kg/forms/roster_stacked.py; the lines
between a name alone on its line and its entry's first label, kg/forms/roster_block_repair.py): whether the lines,
together, are one address - each a street, city or postal line, an employer or institution, a country last; or,
where the last line ends an address, none of the others a title, a person's name or a nationality.
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_fields import find_country


def address_stack(cells: list[str], loose: bool = False) -> bool:
    """The left cells under the name are one address: each a part of one (_address_part); or, where the last
    is a street, city or postal line, or a country, the others no title, person's name or nationality either
    (an employer's name or a piece of a wrapped line: 'National Bureau of Economic' / 'Research, Inc.'); `loose`:
    none of them, the last too, a title, a person's name or a nationality ('Skadden' / 'Arps' / 'Slate')."""
    if all(_address_part(cell, index == len(cells) - 1) for index, cell in enumerate(cells)):
        return True
    return bool(cells) and (loose or _address_end(cells[-1])) and all(
        not rt.is_title(cell) and not rt.is_nationality(cell) and (not rt.is_person_name(cell, in_name_column=False)
                                                                   or rt.is_organization(f"{cell} {following}"))
        for cell, following in zip(cells if loose else cells[:-1], cells[1:] + [""]))  # ('Wittington Investments' /
    # 'Limited': one employer; `loose`, where most blocks of the roster hold an address: no line need end one)


def _address_end(cell: str) -> bool:
    """An address's last line: a street, city or postal line, or a country."""
    return rt.is_address_line(cell) or rt.is_city_line(cell) or _address_part(cell, True) and not rt.is_organization(cell)


def _address_part(cell: str, last: bool) -> bool:
    """A left cell under the name is part of an address: a street, city or postal line, an
    employer or institution, a country on the last line; never a title, a name or a nationality."""
    if rt.is_address_line(cell) or rt.is_city_line(cell) or rt.is_organization(cell):
        return True
    if last and re.fullmatch(r"[A-Za-z .]+", cell) and (country := find_country(cell.title())) \
            and country.group(0).casefold() == cell.strip(" .").casefold():
        return True  # 'UNITED KINGDOM' under the city line
    if rt.is_nationality(cell):
        return last and bool(re.fullmatch(r"[A-Z][A-Za-z .]+", cell)) and not rt.is_title(cell)
    return not rt.is_title(cell) and not rt.is_person_name(cell, in_name_column=False) and bool(
        re.search(r"\d|\b[A-Z]{2}\b", cell))
