"""A default business address that a dash in the address column stands for.

A roster table saved as text may print '-' in a person's address cell and say in its preamble what that means:
'Where the Business Address column shows "-", the business address of the person is 751 Victoria Square, Montreal
QC H2Y 2J3.' (kg/patterns/roster_dash_default.yml). Then the default is each person's whose address cell shows the
dash, and only theirs: an entry whose address was not read (no dash seen) gets no default, it is withheld.

A row whose cells run over more lines than the header has columns (the occupation's items one a line) cannot put
a dash cell by counting: the dash is a cell of its own only as the row's last line (the last column's) or the line
under the name (the second column's), since no other cell's text is a dash alone. Those are taken out before the
rest of the row is typed into the other columns (`without_dashes`).
"""
from __future__ import annotations

import re
from functools import cache

from kg.forms import roster_inline as ri
from kg.forms.roster_cell_address import prints_own_address
from kg.forms.roster_unread_address import prints_unread_address
from kg.patterns import build


@cache
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    def make(data):
        sentence = data["sentence"].replace("{dash}", data["dash"])
        return re.compile(sentence, re.I | re.S), re.compile(data["cell"])
    return build("roster_dash_default.yml", make)


def dash_default(preamble: str) -> str | None:
    """The address the preamble says a dash in the address column stands for; None when it says no such thing."""
    found = _patterns()[0].search(preamble)
    return found.group(1).strip() if found else None


def is_dash(cell: str) -> bool:
    return bool(_patterns()[1].fullmatch(cell.strip()))


def without_dashes(lines: list[str], roles: list[list[str]]) -> tuple[list[str], list[list[str]], set[str]] | None:
    """(the row's lines and the header's roles without the dash cells, the fields those showed a dash) for a row
    longer than the header whose last line or line under the name is a dash alone; None when neither is."""
    dashed: set[str] = set()
    if len(lines) > len(roles) >= 3 and is_dash(lines[-1]) and roles[-1]:
        dashed.add(roles[-1][0])
        lines, roles = lines[:-1], roles[:-1]
    if len(lines) > 2 and len(roles) >= 3 and is_dash(lines[1]) and roles[1]:
        dashed.add(roles[1][0])
        lines, roles = [lines[0], *lines[2:]], [roles[0], *roles[2:]]
    return (lines, roles, dashed) if dashed else None


def default_address_of(entry, roster, fields: dict[str, str], ran_on: bool) -> tuple[str | None, str | None]:
    """(the address the preamble gives this entry, the default withheld from it): a dash default only where the
    entry's address cell shows the dash; a default 'unless shown' withheld where the entry's text may show another."""
    if roster.default_on_dash:
        dashed = "address" in entry.dashed
        return (roster.default_address, None) if dashed else (None, roster.default_address)
    if roster.default_unless_shown and (ri.may_show_address(entry.lines_are_items, fields.get("occupation", ""))
                                       or prints_own_address(fields) or ran_on
                                       or prints_unread_address(entry.fields)):  # (kg.forms.roster_unread_address)
        return None, roster.default_address  # (the text may be the address indicated: refused)
    return roster.default_address, None
