"""Forty-seventh round (t), issue 13: a dot-leader roster's cell running on into the person's own address printed
on lines of its own with no comma between them ('Corvid Freight Corp. 200 Meridian Parkway South' / 'Lafayette, IN
47905'). Read flat, the cell's text ('... Parkway South Lafayette, IN 47905') does not say where the city begins, and
the city read was 'South Lafayette' (Wabash National Corp. in Danaher's two columns re-laid). A city read across such
a line break is refused now (kg/forms/roster_city_break.py); the address stays.

Texts of our own making. The test marked "fails on main" fails on main 8f35174 and passes here; the guards pass on
both."""
from __future__ import annotations

from pathlib import Path

import kg

_ROSTER = """<PAGE>

                                  Exhibit 8

                 DIRECTORS AND EXECUTIVE OFFICERS OF KESTREL

          The following table sets forth the name and present principal
occupation or employment of each director and executive officer of Kestrel.
Unless otherwise indicated below, the business address of each such person is
Kestrel Holdings, 500 Harbor Boulevard, Weehawken, NJ 07086, and
each such person is a citizen of the United States of America.

1. Directors of Kestrel

                             Present Principal Occupation or Employment
Name                         and Business Address
----                         -------------------------------------

 Walter P. Ormsby..........  Director, Kestrel; Senior Member of Ormsby &
                             Vale, a law firm in Boston, for over five years.

 Helena R. Vosk............  Director, Kestrel; President and Chief Executive
                             Officer of Corvid Freight Corp. for over five
                             years; Director of Indiana Harbor Bank, N.W.
                             {street}
                             {city}

 Lionel B. Marsh...........  Director, Kestrel.
"""


def _people(tmp_path: Path, street: str, city: str) -> dict[str, object]:
    path = tmp_path / "roster.txt"
    path.write_text(_ROSTER.format(street=street, city=city), encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_a_city_read_across_a_line_break_with_no_comma_is_refused(tmp_path: Path) -> None:
    """Fails on main: the city was read 'South Lafayette' (the street's last word and the city's line)."""
    vosk = _people(tmp_path, "Corvid Freight Corp. 200 Meridian Parkway South", "Lafayette, IN 47905")["Helena R. Vosk"]
    assert vosk.address_city != "South Lafayette"
    assert vosk.address_city is None
    assert vosk.address is not None and vosk.address.endswith("Lafayette, IN 47905")


def test_guard_a_comma_before_the_city_line_reads_the_city(tmp_path: Path) -> None:
    """Guard: 'Parkway South,' / 'Lafayette, IN 47905' - the comma says where the city begins."""
    vosk = _people(tmp_path, "Corvid Freight Corp. 200 Meridian Parkway South,", "Lafayette, IN 47905")["Helena R. Vosk"]
    assert vosk.address_city == "Lafayette"
    assert vosk.address == "Corvid Freight Corp. 200 Meridian Parkway South, Lafayette, IN 47905"


def test_guard_the_neighbours_keep_the_preambles_defaults(tmp_path: Path) -> None:
    """Guard: entries printing no address of their own keep the preamble's address and city."""
    people = _people(tmp_path, "Corvid Freight Corp. 200 Meridian Parkway South", "Lafayette, IN 47905")
    assert people["Lionel B. Marsh"].address == "Kestrel Holdings, 500 Harbor Boulevard, Weehawken, NJ 07086"
    assert people["Lionel B. Marsh"].address_city == "Weehawken"


def test_city_lines_and_the_city_read_across_them() -> None:
    """Fails on main (no such module): the rule itself."""
    from kg.forms.roster_city_break import cities_after_break, city_across_break
    cities = cities_after_break(["Director, Kestrel;", "Corvid Freight Corp. 200 Meridian Parkway South",
                                 "Lafayette, IN 47905"])
    assert cities == ["Lafayette"]
    flat = "Corvid Freight Corp. 200 Meridian Parkway South Lafayette, IN 47905"
    assert city_across_break("South Lafayette", cities, flat)
    assert not city_across_break("Lafayette", cities, flat)
    assert not city_across_break(None, cities, flat)
    wrapped = cities_after_break(["Director of CF. 2101 Indian Creek Drive, Fort", "Worth, TX 76107"])
    assert wrapped == ["Worth"]  # (a wrapped paragraph: the comma before 'Fort' says where the city begins)
    assert not city_across_break("Fort Worth", wrapped, "2101 Indian Creek Drive, Fort Worth, TX 76107")
    assert cities_after_break(["200 Meridian Parkway South,", "Lafayette, IN 47905"]) == []  # (a comma: the city's start)
    assert cities_after_break(["New", "York, NY 10001 and more"]) == []  # (no city line alone)
