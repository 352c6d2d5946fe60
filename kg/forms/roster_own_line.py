"""The listed organisation's name printed once under titles that name no organisation, over the business address
('Chief Executive Officer' / 'Novo Holdings A/S' / 'Tuborg Havnevej 19'): the line says where the titles are held."""
from __future__ import annotations

from kg.forms import roster_types as rt


def own_line_apart(address: str | None, occupation: list[str], organization: str | None, printed: str) -> str | None:
    """An address whose first line is the listed organisation's name printed once in the cell, right under titles
    that name no organisation ('Chief Executive Officer' / 'Novo Holdings A/S' / 'Tuborg Havnevej 19'): that line
    names where the titles are held, no line of the address; the address is the lines under it. Printed twice
    ('Power Corporation of Canada' / 'Power Corporation of Canada' / '751 Victoria Square'), the second is the
    address's and it stays."""
    if not address or not organization:
        return address
    own = _fold(organization)
    lines = [line for line in address.split("\n") if line.strip()]
    if len(lines) < 2 or _fold(lines[0]) != own or _fold(printed).count(own) != 1:
        return address  # (named again anywhere in the cell: a title's organisation or the address's, unsure)
    titles = [line for item in occupation for line in item.split("\n") if line.strip() and _fold(line) != own]
    return "\n".join(lines[1:]) if titles and all(rt.is_title(line.strip()) for line in titles) else address


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold().strip(" .,")
