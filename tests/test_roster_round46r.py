"""Round 46r (issue 13): rosters on faxed pages and under a beneficial ownership table.

(1) Every page of a faxed exhibit opens with the fax machine's transmission header ('OCT-03-2005 09:41 FROM:BRANTLEY
QUAY & ROSS 2125550123 TO:912025550177 P.02/05', '10/03/2005 09:41 FAX 212 555 0123 BRANTLEY QUAY & ROSS @002/005'),
and a page may turn inside an entry. The header was read as text of the entry it fell in, and the reader refused the
entries' values. It is page debris now (kg/forms/roster_fax_headers.py, kg/patterns/roster_fax_headers.yml): blanked,
never a value or a name."""
from __future__ import annotations

from pathlib import Path

import pytest

import kg
from kg.records import to_dict

_FROM = "OCT-03-2005 09:{minute}  FROM:BRANTLEY QUAY & ROSS  2125550123   TO:912025550177   P.0{page}/05"
_FAX = "10/03/2005 09:{minute} FAX 212 555 0123   BRANTLEY QUAY & ROSS   @00{page}/005"


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "roster.txt"
    path.write_text(text)
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


def _faxed(header: str) -> str:
    return f"""{header.format(minute=41, page=2)}

                                  EXHIBIT 1

    DIRECTORS AND EXECUTIVE OFFICERS OF TALWORTH MERIDIAN HOLDINGS, INC.

Set forth below are the name, business address, present principal occupation
or employment and citizenship of each director and executive officer of
Talworth Meridian Holdings, Inc.

<TABLE>
Name and Business Address                 Principal Occupation or Employment
-------------------------                 ----------------------------------
<S>                                       <C>

Corwin D. Halvorsen                       Director of Talworth Meridian Holdings,
c/o 12 Orchard Lane                         Inc.
Hartford, Connecticut 06103               Retired Chairman, Pellam Mills Company
                                          Citizenship: United States

Beatrix L. Okonkwo                        Director of Talworth Meridian Holdings,

                                      1
<PAGE>
{header.format(minute=42, page=3)}

Name and Business Address                 Principal Occupation or Employment
-------------------------                 ----------------------------------

Rowan & Tilley LLP                          Inc.
88 Bay Street, 14th Floor                 Partner, Rowan & Tilley LLP
Toronto, Ontario M5J 2R8                  Citizenship: Canada

Desmond P. Farquhar                       Chief Financial Officer of Talworth
c/o 12 Orchard Lane                         Meridian Holdings, Inc.
Hartford, Connecticut 06103               Citizenship: United States

</TABLE>

                                      2
"""


@pytest.mark.parametrize("header", [_FROM, _FAX])
def test_fax_header_is_page_debris(tmp_path: Path, header: str) -> None:
    people = _people(tmp_path, _faxed(header))
    assert set(people) == {"Corwin D. Halvorsen", "Beatrix L. Okonkwo", "Desmond P. Farquhar"}
    assert people["Corwin D. Halvorsen"]["address"] == "c/o 12 Orchard Lane, Hartford, Connecticut 06103"
    okonkwo = people["Beatrix L. Okonkwo"]  # (the page turned inside her entry)
    assert okonkwo["citizenship"] == "Canada"
    assert "BRANTLEY" not in str(okonkwo) and "005" not in str(okonkwo)
    assert okonkwo["address"] == "Rowan & Tilley LLP, 88 Bay Street, 14th Floor, Toronto, Ontario M5J 2R8"
    assert people["Desmond P. Farquhar"]["citizenship"] == "United States"


def test_fax_header_line_only() -> None:
    """Guards: a line is a fax header only with a date, a time and a page counter ending it."""
    from kg.forms.roster_fax_headers import fax_header
    assert fax_header(_FROM.format(minute=41, page=2)) and fax_header(_FAX.format(minute=41, page=2))
    assert not fax_header("10/03/2005 09:41 FAX 212 555 0123   BRANTLEY QUAY & ROSS")  # (no page counter)
    assert not fax_header("Elected 10/03/2005 09:41 P.3")
    assert not fax_header("Director since 10/03/2005, Page 3 of 5")  # (no time)


def test_unfaxed_pages_still_read(tmp_path: Path) -> None:
    """Guard: the same exhibit without fax headers reads as before."""
    people = _people(tmp_path, _faxed("") .replace("\n\n\n", "\n\n"))
    assert people["Beatrix L. Okonkwo"]["citizenship"] == "Canada"
    assert people["Desmond P. Farquhar"]["citizenship"] == "United States"
