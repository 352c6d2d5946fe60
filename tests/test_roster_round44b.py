"""Forty-fourth round (b), issue 13: an HTML table saved as text one cell a line, the first cell the name with a
trailing comma and the titles on the next line ('Name, Title'), then the citizenship, the occupation and the address
lines last, with 'Directors' / 'Executive Officers' section rows (tests/relayout_heldout48.py,
saved_cells_name_title_sections_address_last).

main a54b301 read nothing of it: the name cell's titles ('Director') were not told from the citizenship under them.
Now the titles end at the first citizenship line (kg/forms/roster_name_titles.py), and the occupation ends over the
address where a line repeats the employer it names or holds a house number alone (kg/forms/roster_addressee.py).
The tests marked "fails on main" fail on a54b301; the guards pass on both."""

from __future__ import annotations

import kg
from kg.errors import StructureError

_HEAD = """EXHIBIT 99.1
SCHEDULE I
Information regarding each director and executive officer of Harrowgate Foods, Inc. is set forth below.
Harrowgate Foods, Inc.
Name, Title
Citizenship
Principal Occupation
Business Address

Directors

"""

_SAVED = _HEAD + """Alice M. Fenwick,
Chairman of the Board; Chief Executive Officer
United States
Chairman and Chief Executive Officer, Harrowgate Foods, Inc.
Harrowgate Foods, Inc.
100 Orchard Street
Springfield, Illinois 62701

Peter J. Vang,
Director
Canada
President, Northwind Capital Limited
Northwind Capital
Limited
22 King Street West, Suite 900
Toronto, Ontario M5H 1A1

Claire Dubois,
Director
France
Managing Director, AXA
21
avenue Matignon
75008 Paris
France

Executive Officers

Martin K. Osei,
Chief Financial Officer
United Kingdom
-
Harrowgate Foods, Inc.
100 Orchard Street
Springfield, Illinois 62701
"""

# the occupation's second line names no employer it repeats: where the occupation ends cannot be seen
_UNSEEN_END = _HEAD + """Alice M. Fenwick,
Chairman of the Board
United States
President and Chief Operating Officer
Bombardier Aerospace
400
chemin de la Cote-Vertu ouest
Dorval H4S 1Y9

Peter J. Vang,
Director
Canada
President, Northwind Capital Limited
Northwind Capital
Limited
22 King Street West, Suite 900
Toronto, Ontario M5H 1A1
"""

# Novo's own order (address before the occupation, the citizenship last), one cell a line, no blank lines
_NOVO_ORDER = """EXHIBIT 99.1
SCHEDULE I
Information regarding each director and executive officer of Harrowgate Holdings A/S is set forth below.
Harrowgate Holdings A/S
Name, Title
Address
Principal Occupation
Citizenship
Lars Holm,
Chair of the Board
Tuborg Havnevej 19
2900 Hellerup
Denmark
Professional Board Director
Denmark
Britt Kjaer,
Vice Chair of the Board
Tuborg Havnevej 19
2900 Hellerup
Denmark
Chief Executive Officer, Ambu A/S
Denmark
"""


def _people(tmp_path, text: str) -> dict:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_name_title_cell_then_citizenship_reads_every_row(tmp_path):
    """Fails on main: nobody read."""
    people = _people(tmp_path, _SAVED)
    assert set(people) == {"Alice M. Fenwick", "Peter J. Vang", "Claire Dubois", "Martin K. Osei"}
    assert people["Alice M. Fenwick"].positions[:2] == ["Chairman of the Board", "Chief Executive Officer"]
    assert people["Peter J. Vang"].positions == ["Director"]
    assert people["Martin K. Osei"].positions == ["Chief Financial Officer"]
    assert people["Peter J. Vang"].citizenship == "Canada" and people["Claire Dubois"].citizenship == "France"


def test_the_addressee_and_house_number_open_the_address_not_the_occupation(tmp_path):
    """Fails on main: nobody read (and before the addressee rule the employer line ended the occupation, the
    address losing it)."""
    people = _people(tmp_path, _SAVED)
    assert people["Peter J. Vang"].address.startswith("Northwind Capital")
    assert "Suite 900" in people["Peter J. Vang"].address
    assert people["Claire Dubois"].address.startswith("21")
    assert "avenue Matignon" in people["Claire Dubois"].address
    assert people["Alice M. Fenwick"].address.startswith("Harrowgate Foods")
    assert all("Northwind" not in v for v in people["Peter J. Vang"].other_positions if v.startswith("Northwind"))
    assert not any(v.strip() in ("21", "-") for p in people.values() for v in p.other_positions)


def test_an_occupation_whose_end_cannot_be_seen_is_refused(tmp_path):
    """Guard: 'Bombardier Aerospace' under an occupation that does not name it may be the occupation's or the
    address's: the row is not guessed at (no address holding only part of the lines)."""
    try:
        people = _people(tmp_path, _UNSEEN_END)
    except StructureError:
        return  # (refused whole, with a typed error, as main does: allowed)
    fenwick = people.get("Alice M. Fenwick")
    assert fenwick is None or not fenwick.address or "Bombardier" in fenwick.address
    assert all(v.strip() != "400" for p in people.values() for v in p.other_positions)


def test_novo_order_still_reads(tmp_path):
    """Guard: the neighbouring layout (Novo's Schedule I order) reads as before."""
    people = _people(tmp_path, _NOVO_ORDER)
    assert set(people) == {"Lars Holm", "Britt Kjaer"}
    assert people["Lars Holm"].positions == ["Chair of the Board"]
    assert people["Britt Kjaer"].citizenship == "Denmark"
    assert "Tuborg Havnevej 19" in people["Britt Kjaer"].address
