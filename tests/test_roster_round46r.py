"""Round 46r (issue 13): rosters on faxed pages and under a beneficial ownership table.

(1) Every page of a faxed exhibit opens with the fax machine's transmission header ('OCT-03-2005 09:41 FROM:BRANTLEY
QUAY & ROSS 2125550123 TO:912025550177 P.02/05', '10/03/2005 09:41 FAX 212 555 0123 BRANTLEY QUAY & ROSS @002/005'),
and a page may turn inside an entry. The header was read as text of the entry it fell in, and the reader refused the
entries' values. It is page debris now (kg/forms/roster_fax_headers.py, kg/patterns/roster_fax_headers.yml): blanked,
never a value or a name.

(2) A roster table with a beneficial ownership table's columns beside its own: 'Shares' / 'Beneficially' / 'Owned'
and 'Percent' / 'of' / 'Class', captions wrapped one word a line, over counts with note marks ('238,088(1)'), '*' and
'-0-'. 'Owned' alone on the header's third line was no caption word, the header was not found and only names and
citizenships were read. These words are caption words now (kg/patterns/roster_holdings.yml) and the columns are read
and never taken a value from (roster.yml column_roles `unknown`)."""
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


_HOLDINGS = """                                  SCHEDULE I

    DIRECTORS AND EXECUTIVE OFFICERS OF QUILLAN BRADDOCK CORPORATION

<TABLE>
Name and                          Position and Present Principal                         Shares         Percent
Business Address                  Occupation or Employment              Citizenship      Beneficially   of
                                                                                         Owned          Class
--------------------------------  ------------------------------------  ---------------  -------------  -------
<S>                               <C>                                   <C>              <C>            <C>
Ingrid T. Vasquez                 Director, Quillan Braddock            United States         118,402         *
c/o 40 Wharf Road                   Corporation
Portland, Maine 04101             Retired Partner, Lowther & Penn

Haruto K. Abernethy               Director, Quillan Braddock            Canada             412,950(1)       1.2%
Mossgrove Capital Ltd.              Corporation
200 Front Street West             President, Mossgrove Capital Ltd.
Toronto, Ontario M5V 3K2

</TABLE>

--------------------
*    Less than 1% of the outstanding Shares.
(1) Includes 59,600 Shares held by the Abernethy Family Trust, of which Haruto
     K. Abernethy is a co-trustee.
"""


def test_holdings_columns_beside_the_roster(tmp_path: Path) -> None:
    people = _people(tmp_path, _HOLDINGS)
    assert set(people) == {"Ingrid T. Vasquez", "Haruto K. Abernethy"}
    abernethy = people["Haruto K. Abernethy"]
    assert abernethy["citizenship"] == "Canada" and abernethy["positions"] == ["Director"]
    assert abernethy["address"] == "Mossgrove Capital Ltd., 200 Front Street West, Toronto, Ontario M5V 3K2"
    assert abernethy["other_positions"] == ["President, Mossgrove Capital Ltd."]
    assert people["Ingrid T. Vasquez"]["address"] == "c/o 40 Wharf Road, Portland, Maine 04101"
    assert "412,950" not in str(people) and "1.2%" not in str(people) and "Less than" not in str(people)


def test_holdings_caption_words_only() -> None:
    """Guards: a caption word covers a cell only with nothing else in it; a value naming a class is no caption."""
    from kg.forms import roster_types as rt
    assert rt.is_header("Beneficially") and rt.is_header("Owned") and rt.is_header("Percent of Class")
    assert not rt.is_header("Class II (2027)") and not rt.is_header("Shares Holdings Ltd., 12 Elm Street")
