"""Items of a titles cell that name their own employer, where the preamble makes the listed organisation each
person's employer only 'unless otherwise specified' (after Ariel's Schedule I):

    The following information is disclosed for each of AIG's directors and executive officers: name; business
    address; and present principal occupation or employment and the name of any corporation or other organization
    in which such employment is conducted. Unless otherwise specified, the principal employer of each such
    individual is American International Group, Inc.

    Officer / Director        Address                    Position
    Pei-yuan Chia             c/o 70 Pine Street         Director; Retired Vice Chairman,
                                                         Citicorp and Citibank, N.A.

The preamble says each occupation names the organisation it is conducted in, the listed one where none is named:
an item of the cell ('; '-apart) that names another organisation after its title ('<Title>, <Org>', '<Title> of
<Org>') is held there (an other position). A name after the title that is the listed organisation, a body of it
('Member, Conseil d'Administration', 'Chairman of the Board'), a department ('Vice President, Finance'), a title or a
place is no other employer: the item stays as it is, as does every item of a cell under any other preamble.
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_address_employer import employer_unless_specified
from kg.forms.roster_entry import Entry, Roster
from kg.forms.roster_mixed import SEATS
from kg.forms.roster_own import is_department, title_in_own_organization
from kg.forms.roster_rules import rules
from kg.read import clean

_TAIL = re.compile(r",\s+|\s+(?:of|at|for|with)\s+(?:the\s+)?")


def employers_in_position_cells(entries: list[Entry], roster: Roster, preamble: str) -> None:
    """Move the items of each entry's titles cell that name another employer to its other positions."""
    if not employer_unless_specified(roster, preamble):
        return
    for entry in entries:
        text = entry.fields.get("position")
        if not text or not entry.title_column or {"occupation", "other_positions"} & set(entry.fields):
            continue
        items = [item for item in (clean.squash(p.replace("\n", " ")) or "" for p in text.split(";")) if item]
        elsewhere = [item for item in items if _names_other_employer(item, roster.own_names)] or \
            _offices_at_address_employer(items, entry.fields.get("address"), roster.own_names)
        if not elsewhere:
            continue
        kept = [item for item in items if item not in elsewhere]
        entry.fields["other_positions"] = "; ".join(elsewhere)
        if kept:
            entry.fields["position"] = "; ".join(kept)
        else:
            del entry.fields["position"]


def _offices_at_address_employer(items: list[str], address: str | None, own_names: list[str]) -> list[str]:
    """'Director; Chairman, President and CEO' beside an address cell opening with another organisation's name
    ('Contigroup Companies Inc.'): his employer is otherwise specified, so the offices naming no organisation are
    held there, the seat stays the listed organisation's (as kg.forms.roster_address_employer reads an occupation
    cell); none where an item is more than offices or the cell holds no seat."""
    from kg.forms.roster_held_at import _offices_only, _other_employer
    if not address or not _other_employer(re.split(r"[\n,]", address)[0], own_names):
        return []
    offices = [item for item in items if not SEATS.fullmatch(item)]
    return offices if len(offices) < len(items) and all(_offices_only(item) for item in offices) else []


def _names_other_employer(item: str, own_names: list[str]) -> bool:
    """'Counsel, Cassels, Brock & Blackwell', 'Chief Economist of Apollo Global Management': a title, then a name
    after ', ' or a connector that is an organisation's other than the listed one."""
    if any(title_in_own_organization(item, name.casefold()) is not None for name in own_names if name):
        return False
    for cut in _TAIL.finditer(item):
        head, tail = item[:cut.start()].strip(), item[cut.end():].strip(" .")
        if head and (rt.is_title(head) or is_department(head)) and _is_employer(tail):
            return True
    return False


def _is_employer(name: str) -> bool:
    """A name opening with a capital that is no body, department, title, place or nationality."""
    return bool(re.match(r"[A-Z]", name)) and not (
        rt.body_of(name) or is_department(name) or rules().affiliation_not_org.match(name) or rt.is_title(name)
        or rt.is_address_line(name) or rt.is_city_line(name) or rt.is_nationality(name))
