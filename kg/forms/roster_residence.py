"""The lines under a name in a column whose caption names a second thing of no field beside the name ('NAME AND
MUNICIPALITY OF RESIDENCE': 'Pei-yuan Chia' / 'Short Hills, New Jersey', a town of residence, not the business
address printed in a column of its own): the caption says what those lines are, so they are never the name, never
a title or an occupation, and no value (the contract has no residence). Where the caption names a field as well
('Name, Residence and Address'), which lines are that field's is not certain: the field is refused."""
from __future__ import annotations

from kg.forms.roster_entry import Entry
from kg.read import clean

APART = "residence"  # the role (kg/patterns/roster.yml `column_roles`) of a names' column's second thing of no field


def under_name_apart(entry: Entry, roles: list[str]) -> bool:
    """Whether the lines stacked under the entry's name (the name column's `roles` but the name) are the
    residence the caption names, and so read into no field; the column's other fields are then refused."""
    if APART not in roles:
        return False
    entry.refused.update(role for role in roles if role in ("address", "citizenship", "position", "occupation"))
    return True


def residence_line(text: str) -> bool:
    """A town and, after its last comma, a state, province or country by the place tables ('Palo Alto, California',
    'Rosedale, Toronto, Ontario', 'Neuilly-sur-Seine, France'): no digit, no piece empty."""
    pieces = [piece.strip() for piece in text.strip().split(",")]
    return len(pieces) >= 2 and all(pieces) and not any(ch.isdigit() for ch in text) \
        and clean.country_of(pieces[-1])[0] is not None
