"""Round 56l (issue 13): castlerigg_grid4col_wide_address_column_one_line (tests/relayout_heldout145.py, Castlerigg's
four-column grid, Name | Principal Occupation | Address | Citizenship, the address column wide enough for every
address on one line), to the per-roster bar of tests/test_roster_cases.py.

- Under '<ORG> DIRECTORS' a row that prints titles with no seat ('Executive Vice President of Ariel Capital
  Management, Inc.') kept the heading's 'Director' where the table's only other row prints 'Director of Ariel Capital
  Management, Inc.': round 56c's rule (kg/forms/roster_unprinted_seat.py) asked for two rows printing their seat; one
  is enough now where it is half the heading's rows or more.
- An address cell opening with the addressee, a firm, before the street on the same line ('Dassault Investissements,
  9, Rond-Point des Champs-Elysees, 75008 Paris, France') was read as an organisation line and no address at all
  (kg/forms/roster_place.py `_addressee_then_street`).

Each test marked "fails on main" fails on main 68bb52f1 (run 2026-12-08 about 01:10 UTC) and passes here; the guards pass
on both."""
from __future__ import annotations

import relayout
from conftest import DATA

import kg

CASTLERIGG = "castlerigg_grid4col_wide_address_column_one_line"
ROSTERS = relayout.load_rosters(DATA / "relayout" / "people_dev.json")
RULE = "-" * 23 + " " + "-" * 19 + " " + "-" * 70 + " " + "-" * 16
HEAD = [RULE, "          Name               Principal                          Address" + " " * 36 + "Citizenship",
        "                             Occupation", RULE]
ADDRESS = "12 Harbour Road, Halden, Maine 04101"


def _grid(rows: list[tuple[str, list[str], str, str]], title: str = "HALDEN PROPERTY TRUST DIRECTORS") -> str:
    lines = [title.center(80), "", "<TABLE>", "<CAPTION>"] + HEAD
    for name, middle, address, citizenship in rows:
        lines.append(f"{name:<24}{middle[0]:<20}{address:<71}{citizenship}".rstrip())
        lines += [f"{'':<24}{cell}" for cell in middle[1:]]
        lines.append(RULE)
    return "\n".join(lines + ["</TABLE>"]) + "\n"


def _read(tmp_path, text: str, suffix: str = ".txt") -> dict:
    path = tmp_path / f"roster{suffix}"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


DIRECTOR = ("Olivia R. Pemberton", ["Director of Halden", "Property Trust", "Retired"], ADDRESS, "United States")
OFFICER = ("Bruce R. Sandberg", ["Executive Vice", "President of", "Halden Property", "Trust"], ADDRESS, "United States")


def test_one_of_two_rows_printing_its_seat_is_the_tables_way(tmp_path):
    """Fails on main: 'Director' (and the board) on Bruce R. Sandberg, whose row prints 'Executive Vice President of
    Halden Property Trust' where the table's other row prints 'Director of Halden Property Trust'."""
    people = _read(tmp_path, _grid([OFFICER, DIRECTOR]))
    assert people["Bruce R. Sandberg"].positions == ["Executive Vice President"]
    assert "board of directors" not in people["Bruce R. Sandberg"].bodies
    assert people["Olivia R. Pemberton"].positions == ["Director"]


def test_guard_two_rows_printing_no_seat_keep_the_headings_seat(tmp_path):
    """Guard (passes on main too): where no row prints 'Director of <org>', the table shows no way of its own; the
    heading's seat stays on both rows."""
    other = ("Anne P. Jones", ["Consultant"], ADDRESS, "Canada")
    people = _read(tmp_path, _grid([OFFICER, other]))
    assert "Director" in people["Bruce R. Sandberg"].positions
    assert people["Anne P. Jones"].positions == ["Director"]


def test_guard_an_address_cell_opening_with_the_addressee_firm_is_the_address(tmp_path):
    """Guard (passes on main too: this grid's caption gives the column the address alone): 'Halden Partners SA, 9, Rue
    de la Paix, 75002 Paris, France' whole, the town Paris; the row below keeps its own address."""
    address = "Halden Partners SA, 9, Rue de la Paix, 75002 Paris, France"
    people = _read(tmp_path, _grid([(DIRECTOR[0], DIRECTOR[1], address, "France"),
                                    ("Walter P. Linden", ["Director of Halden", "Property Trust"], ADDRESS, "Canada")]))
    assert people["Olivia R. Pemberton"].address == address
    assert people["Olivia R. Pemberton"].address_city == "Paris"
    assert people["Olivia R. Pemberton"].citizenship == "France"
    assert people["Walter P. Linden"].address == ADDRESS


def test_castlerigg_wide_address_rosters_one_and_two(tmp_path):
    """Fails on main: roster 1 (Ariel) gave James W. Atkinson the board of directors; roster 2 (Power Corporation)
    left Laurent Dassault's address out."""
    for index in (1, 2):
        suffix, text, expected = relayout.DEV_FAMILIES[CASTLERIGG](ROSTERS[index], relayout.Options())
        people = _read(tmp_path, text, suffix)
        assert sorted(people) == sorted(p["name"] for p in expected)
        for person in expected:
            got = people[person["name"]]
            assert got.positions == person["positions"] and got.bodies == person["bodies"], person["name"]
            assert got.address == person.get("address") and got.citizenship == person["citizenship"], person["name"]
