"""Forty-sixth round (k), issue 13: an amendment's restated roster followed by the persons who have ceased to hold
office; an address read together with the occupation column beside it.

On main b750a72 a restated Schedule I followed by 'PERSONS WHO HAVE CEASED TO BE DIRECTORS OR EXECUTIVE OFFICERS'
(the former persons in the same columns, 'Formerly <title> of <Org> (until <date>)') gave no roster at all, or the
present persons with the former ones' lines. The part under such a heading is now left out
(kg/forms/roster_ceased.py, words in kg/patterns/roster_ceased.yml): none of its persons is a present member.
A two-column 'Name and Business Address' | 'Principal Occupation' table whose columns were read as one stream gave
addresses such as 'Director of X, 31 West 52nd Street Vice President of X' and a person 'Regulatory Affairs'; a roster
where an address holds an office of the roster's own organisation is now refused whole
(kg/forms/roster_mixed_columns.py).

Texts of our own making. Tests marked "fails on main" fail on main b750a72; the guards pass on both."""
from __future__ import annotations

import pytest

import kg
from kg.errors import StructureError

_ORG = "Quillfeather Instruments, Inc."

_HEAD = """                                                                  Page 9 of 28

                                  SCHEDULE I
                          (as amended and restated)

         DIRECTORS AND EXECUTIVE OFFICERS OF QUILLFEATHER INSTRUMENTS, INC.

Schedule I to the Statement is hereby amended and restated in its entirety as
follows. Set forth below are the name, business address, present principal
occupation or employment and citizenship of each director and executive
officer of Quillfeather Instruments, Inc., followed by the persons named in
Schedule I to Amendment No. 4 who have since ceased to be directors or
executive officers of Quillfeather Instruments, Inc.

<TABLE>
Name and Business Address                 Principal Occupation or Employment
-------------------------                 ----------------------------------
<S>                                       <C>

Rowena P. Castellanos                     Director of Quillfeather Instruments, Inc.
400 Harbour Road                          Chairman of Quillfeather Instruments, Inc.
Tacoma, WA 98402                          Chief Executive Officer of Quillfeather
                                            Instruments, Inc.
                                          Citizenship: United States

Desmond L. Achterberg                     Director of Quillfeather Instruments, Inc.
77 Mill Lane                              Managing Partner of Ridgeway Ventures LLC
Portland, OR 97204                        Citizenship: United States

Ingrid S. Halvorsen                       Director of Quillfeather Instruments, Inc.
12 Fjord Street                           Retired, former Senior Vice President of
Seattle, WA 98101                           Nordvik Shipping Company
                                          Citizenship: Norway

</TABLE>
"""

_CEASED = """
        {heading}

Each of the following persons was named in Schedule I to Amendment No. 4 and
is no longer a director or executive officer of Quillfeather Instruments, Inc.

<TABLE>
Name                                      Former Position
----                                      ---------------
<S>                                       <C>

Bartholomew Q. Ferrante                   Formerly Treasurer of Quillfeather
                                            Instruments, Inc. (until November 18,
                                            2005)

Philippa J. Marchetti                     Formerly Director of Quillfeather
                                            Instruments, Inc. (until March 31, 2005)

</TABLE>
"""

_PRESENT = {"Rowena P. Castellanos", "Desmond L. Achterberg", "Ingrid S. Halvorsen"}
_FORMER = {"Bartholomew Q. Ferrante", "Philippa J. Marchetti"}


def _filing(tmp_path, text: str):
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return kg.extract(path)


@pytest.mark.parametrize("heading", ["PERSONS WHO HAVE CEASED TO BE DIRECTORS OR EXECUTIVE OFFICERS",
                                     "Former Directors and Executive Officers"])
def test_persons_who_have_ceased_are_not_read_the_present_ones_are(tmp_path, heading):
    """Fails on main (no roster found: the whole exhibit refused)."""
    filing = _filing(tmp_path, _HEAD + _CEASED.format(heading=heading))
    people = {p.name: p for p in filing.people}
    assert set(people) == _PRESENT
    assert not any("Formerly" in v or "until" in v for p in people.values()
                   for v in [*p.positions, *p.other_positions, p.address or ""])
    assert people["Ingrid S. Halvorsen"].citizenship == "Norway"
    assert people["Desmond L. Achterberg"].address == "77 Mill Lane, Portland, OR 97204"
    assert any("ceased" in w.message for w in filing.warnings)


def test_restated_roster_without_a_ceased_part_reads_as_before(tmp_path):
    """Guard: the preamble's sentence on the persons who have ceased cuts nothing; the same people are read."""
    people = {p.name: p for p in _filing(tmp_path, _HEAD).people}
    assert set(people) == _PRESENT
    assert people["Ingrid S. Halvorsen"].citizenship == "Norway"


def test_a_heading_that_names_present_officers_is_read(tmp_path):
    """Guard: 'FORMERLY' in a person's own occupation line ends nothing; no heading, no cut."""
    text = _HEAD.replace("Managing Partner of Ridgeway Ventures LLC", "Managing Partner of Ridgeway, formerly CFO")
    people = {p.name for p in _filing(tmp_path, text).people}
    assert people == _PRESENT


_MIXED = """                                  SCHEDULE I

         DIRECTORS AND EXECUTIVE OFFICERS OF HOLLOWAY ACQUISITION CORP.

<TABLE>
Name and Business Address                 Principal Occupation or Employment
-------------------------                 ----------------------------------
<S>                                       <C>

Kevin E. Parker                           Director of Holloway Acquisition Corp.
31 West 52nd Street                       President of Holloway Acquisition Corp.
New York, New York 10019                  Global Head of Cash Equity Sales and
                                            Trading, Holloway Bank Group
                                          Citizenship: United States

Thomas A. Curtis                          Director of Holloway Acquisition Corp.
31 West 52nd Street                       Vice President of Holloway Acquisition Corp.
New York, New York 10019                  Head of Corporate and Regulatory Affairs,
                                            Holloway Bank Group-Americas
                                          Citizenship: United States

Michelle Schwabe                          Director of Holloway Acquisition Corp.
31 West 52nd Street                       Chief Operating Officer, Holloway Bank
New York, New York 10019                    Group-Americas
                                          Citizenship: United States

James T. Byrne, Jr.                       Secretary of Holloway Acquisition Corp.
130 Liberty Street                        Office of the Secretary, Holloway Bank
New York, New York 10006                    Group-Americas
                                          Citizenship: United States

Sandra L. West                            Assistant Secretary of Holloway Acquisition
130 Liberty Street                          Corp.
New York, New York 10006                  Office of the Secretary, Holloway Bank
                                            Group-Americas
                                          Citizenship: United States

</TABLE>
"""


def test_an_address_holding_an_office_of_the_roster_organisation_refuses_the_roster(tmp_path):
    """Fails on main (addresses 'Director of Holloway Acquisition Corp., 31 West 52nd Street Vice President of ...',
    a person 'Regulatory Affairs'). No person is read with an address holding an office, and no heading word is a
    person; the roster is refused (no roster found) or read right."""
    try:
        people = _filing(tmp_path, _MIXED).people
    except StructureError:
        return
    assert "Regulatory Affairs" not in {p.name for p in people}
    assert not any(p.address and "Acquisition Corp." in p.address for p in people)


# ---- a law firm's document management stamp at each page's foot ------------------------------------------------

_STAMPED = """                                                                     EXHIBIT A

          DIRECTORS AND EXECUTIVE OFFICERS OF CORVALLIS MARINE HOLDINGS, INC.

<TABLE>
Name                        Title                       Business Address
----                        -----                       ----------------
<S>                         <C>                         <C>
Alistair K. Pemberton       Director                    88 Wharf Street
                            Chairman                    Boston, MA 02110

Yvette R. Lindqvist         Director                    12 Dock Road
                                                        Salem, MA 01970
</TABLE>

                                      A-1
{stamp}
<PAGE>

<TABLE>
Name                        Title                       Business Address
----                        -----                       ----------------
<S>                         <C>                         <C>
Sylvester "Chip" Okonkwo    Treasurer                   88 Wharf Street
{inside}                            Secretary                   Boston, MA 02110

Henrietta M. Vasquez        Vice President              88 Wharf Street
                                                        Boston, MA 02110
</TABLE>

                                      A-3
{stamp}
"""

_INSIDE = """
                                      A-2
{stamp}
<PAGE>

"""


@pytest.mark.parametrize("stamp", ["NY2:\\1534127\\03\\V$J903!.DOC\\70021.0004", "NYDOCS01/1012345.2",
                                   "#4821-3396-7125 v2"])
def test_document_stamps_at_page_feet_are_no_values(tmp_path, stamp):
    """Fails on main (the stamp and the page number 'A-2' read as the values of the entry the page ends in)."""
    text = _STAMPED.format(stamp=stamp, inside=_INSIDE.format(stamp=stamp))
    people = {p.name: p for p in _filing(tmp_path, text).people}
    assert set(people) == {"Alistair K. Pemberton", "Yvette R. Lindqvist", 'Sylvester "Chip" Okonkwo',
                           "Henrietta M. Vasquez"}
    values = [v for p in people.values() for v in [*p.positions, *p.other_positions, p.address or ""]]
    assert not any(stamp in v or "A-2" in v or "A-1" in v for v in values)
    assert people['Sylvester "Chip" Okonkwo'].positions == ["Treasurer", "Secretary"]
    assert people["Alistair K. Pemberton"].address == "88 Wharf Street, Boston, MA 02110"


def test_a_code_line_inside_an_entry_is_kept(tmp_path):
    """Guard: a line shaped like a stamp with no page break after it is no page foot; it is not blanked (the entry's
    address line 'Suite 4821-3396-7125' is an entry's text)."""
    text = _STAMPED.format(stamp="NYDOCS01/1012345.2", inside="").replace("12 Dock Road", "PO Box 4821-3396")
    people = {p.name: p for p in _filing(tmp_path, text).people}
    assert people["Yvette R. Lindqvist"].address == "PO Box 4821-3396, Salem, MA 01970"


# ---- a change bar in the left margin of each revised line ------------------------------------------------------

_BARRED = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF PELLWORTH FOODS CORPORATION

Revised information is marked by a vertical bar in the left margin.

<TABLE>
  Name                        Position                  Business Address
  --------------------------  ------------------------  ------------------------------
  1. Cornelius B. Ashdown     Director                  500 Grain Exchange Road
                                                        Omaha, Nebraska 68102

| 2. Lucinda F. Ravenscroft   Director                  1200 Prairie Avenue
|                             Chief Financial Officer   Lincoln, Nebraska 68508

  3. Matthias O. Brandvold    Director                  500 Grain Exchange Road
                                                        Omaha, Nebraska 68102

| 4. Priya N. Ramaswamy       Secretary                 500 Grain Exchange Road
|                                                       Omaha, Nebraska 68102
</TABLE>
"""


def test_change_bars_in_the_left_margin_are_no_text_of_the_entry(tmp_path):
    """Fails on main (the barred entries 'Lucinda F. Ravenscroft' and 'Priya N. Ramaswamy' lost)."""
    people = {p.name: p for p in _filing(tmp_path, _BARRED).people}
    assert set(people) == {"Cornelius B. Ashdown", "Lucinda F. Ravenscroft", "Matthias O. Brandvold",
                           "Priya N. Ramaswamy"}
    assert people["Lucinda F. Ravenscroft"].positions == ["Director", "Chief Financial Officer"]
    assert people["Lucinda F. Ravenscroft"].address == "1200 Prairie Avenue, Lincoln, Nebraska 68508"
    assert people["Priya N. Ramaswamy"].positions == ["Secretary"]


def test_a_table_drawn_with_bars_keeps_them(tmp_path):
    """Guard: cells apart by '|' (a second bar on a line) are no change bars; the table reads as before."""
    text = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF PELLWORTH FOODS CORPORATION

| Name                     | Position                | Citizenship    |
|--------------------------|-------------------------|----------------|
| Cornelius B. Ashdown     | Director                | United States  |
| Lucinda F. Ravenscroft   | Chief Financial Officer | Canada         |
"""
    people = {p.name: p for p in _filing(tmp_path, text).people}
    assert set(people) == {"Cornelius B. Ashdown", "Lucinda F. Ravenscroft"}
    assert people["Lucinda F. Ravenscroft"].citizenship == "Canada"


def test_cells_a_line_each_opening_with_a_bar_keep_their_bars(tmp_path):
    """Guard: a table saved a cell a line, each cell opening with '|' glued to its text ('|Name', a lone '|' for an
    empty cell), has no change bars: every bar stays, and the table reads as before."""
    text = """                                   ANNEX A

   DIRECTORS AND EXECUTIVE OFFICERS OF PELLWORTH FOODS CORPORATION

|Name
|Position(s) with Pellworth Foods Corporation
|Citizenship
|Cornelius B. Ashdown
|Director
|United States
|Lucinda F. Ravenscroft
|Director; Chief Financial Officer
|Canada
"""
    people = {p.name: (p.positions, p.citizenship) for p in _filing(tmp_path, text).people}
    assert people == {"Cornelius B. Ashdown": (["Director"], "United States"),
                      "Lucinda F. Ravenscroft": (["Director", "Chief Financial Officer"], "Canada")}
