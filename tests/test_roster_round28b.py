"""Twenty-eighth round (b), issue 13: three text layouts that put values on the wrong person.

1. A fixed-width 'Occupation and Business Address' column under a preamble's default address: a line broken from
   the occupation on purpose that names no title ('Chairman' / 'Globaltech Financial') may be the person's own
   business address, so the default is refused there (kg/forms/roster_place.may_print_address).
2. A list keyed '(1) Tarek F. Abdel-Meguid, a Directors and the Chairman of ...': an entry's line, never a heading
   naming the bodies listed, so no one is made a director by it (kg/forms/roster_preamble._keyed_entry).
3. A table set over two facing pages (Name | Position on the left, the same rows' details on the right with no name):
   after the page break, a header of other captions naming no name column closes the entry above; its rows are
   refused with a finding, never read into the last person (kg/forms/roster_grid._Builder._other_header).
Texts of our own making in the layouts of the development families."""
from __future__ import annotations

import kg

GRID = """       IDENTITY AND BACKGROUND OF THE DIRECTORS AND EXECUTIVE OFFICERS
                  OF THE ST. PAUL TRAVELERS COMPANIES, INC.

         Set forth below are the name, title, present principal occupation and
country of citizenship of each director and executive officer of The St. Paul
Travelers Companies, Inc. Unless otherwise specified, the business address of
each person is One Tower Square, Hartford, Connecticut 06183.

---------------------------------------------------------------------------------------
                                                                          Country of
Name and Title                    Occupation and Business Address         Citizenship
---------------------------------------------------------------------------------------
Howard P. Berkowitz,              Chief Executive                         United States
Director
---------------------------------------------------------------------------------------
Carolyn H. Byrd,                  Chairman                                United States
Director                          Globaltech Financial
---------------------------------------------------------------------------------------
James W. Atkinson,                Executive Vice President of Ariel       United States
Executive Vice President          Capital Management, Inc.
---------------------------------------------------------------------------------------
"""

KEYED = """CUSIP No. 025481371                  13G                   Page 6 of 10 Pages

Item 1(a).  Name of Issuer:

            Meridian Instruments Corporation (the "Issuer")

Item 1(b).  Address of Issuer's Principal Executive Offices:

            One Meridian Plaza, Stamford, Connecticut 06901

Item 2(a).  Name of Person Filing:

            This statement is filed jointly by the following persons
            (each a "Reporting Person"), each of whom is a director or
            executive officer of MSDW OIP Investors, Inc.:

            (1) Tarek F. Abdel-Meguid, a Directors and the Chairman of
            the Board of MSDW OIP Investors, Inc., whose present
            principal occupation is officer of Morgan Stanley & Co.
            Incorporated;
            (2) G. Andrea Botta, a Director and the President of MSDW
            OIP Investors, Inc., whose present principal occupation is
            officer of Morgan Stanley & Co. Incorporated;
            (3) Keith B. Hennessey, a Director of MSDW OIP Investors,
            Inc., whose present principal occupation is officer of
            Morgan Stanley & Co. Incorporated;
            (4) Cordell G. Spencer, a Director and the Vice President of
            MSDW OIP Investors, Inc., whose present principal occupation
            is officer of Morgan Stanley & Co. Incorporated;
            (5) Debra M. Aaron, a Vice President of MSDW OIP Investors,
            Inc., whose present principal occupation is officer of
            Morgan Stanley & Co. Incorporated;
            (6) David W. Albert, a Vice President of MSDW OIP Investors,
            Inc., whose present principal occupation is officer of
            Morgan Stanley & Co. Incorporated;
Item 2(b).  Address of Principal Business Office or, if None, Residence:

            The address of the principal business office of each of (1),
            (2), (3), (4), (5) and (6) is Morgan Stanley & Co.
            Incorporated, 1585 Broadway, New York, New York 10036.

Item 2(c).  Citizenship:

            (1), (2), (3), (4), (5) and (6) are citizens of the United
            States.

Item 2(d).  Title of Class of Securities:

            Common Stock, par value $.10 per share

Item 2(e).  CUSIP Number:

            025481371

Item 3.     If this statement is filed pursuant to Rule 13d-1(b), or
            13d-2(b) or (c), check whether the person filing is a:

            Not applicable.

Item 4.     Ownership:

            The information in Rows 5 through 11 of the cover page of
            each Reporting Person is incorporated herein by reference.
"""

SPREAD = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF POWER CORPORATION OF CANADA

The following table sets forth the name, present position with Power
Corporation of Canada (the "Company"), present principal occupation or
employment, business address and citizenship of each director and executive
officer of the Company. The table continues on the facing page.

<TABLE>
                                  Position with
Name                              Power Corporation of Canada
--------------------------------  ------------------------------------------
<S>                               <C>
Laurent Dassault                  Director

Andre Desmarais                   Director
                                  President and Co-Chief Executive Officer

Daniel Friedberg                  Vice-President

</TABLE>

                                    -6-
<PAGE>

<TABLE>
{header}
------------------------------------  --------------------------------  --------------
<S>                                   <C>                               <C>
Managing Director, Dassault           Dassault Investissements          France
Investissements                       9, Rond-Point des Champs-Elysees
                                      75008 Paris, France

                                      751 Victoria Square               Canada
                                      Montreal QC H2Y 2J3

                                      751 Victoria Square               Canada
                                      Montreal QC H2Y 2J3

</TABLE>
"""
OTHER_HEADER = """Present Principal Occupation
or Employment                         Business Address                  Citizenship"""


def _read(tmp_path, text: str, name: str = "annex.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return kg.extract(path)


def test_a_line_under_the_occupation_that_names_no_title_keeps_the_default_address_off(tmp_path):
    """Fails on main: Carolyn H. Byrd got the preamble's address, where her cell prints 'Globaltech Financial'."""
    people = {p.name: p for p in _read(tmp_path, GRID).people}
    # (round 40b: the line, back at the cell's edge under a one-line occupation and broken on purpose, is read as
    # the business address the preamble's 'unless otherwise specified' gives way to; never the default)
    assert people["Carolyn H. Byrd"].address == "Globaltech Financial"
    assert people["Carolyn H. Byrd"].other_positions == ["Chairman"]
    assert people["Carolyn H. Byrd"].citizenship == "United States"


def test_guard_one_line_and_wrapped_occupations_keep_the_default_address(tmp_path):
    """Guard (passes on main and here): a cell of one line, and an occupation wrapped mid-phrase ('... of Ariel' /
    'Capital Management, Inc.'), print no address: the default is theirs."""
    people = {p.name: p for p in _read(tmp_path, GRID).people}
    for name in ("Howard P. Berkowitz", "James W. Atkinson"):
        assert people[name].address == "One Tower Square, Hartford, Connecticut 06183", name


def test_a_keyed_entry_line_names_no_body_every_entry_belongs_to(tmp_path):
    """Fails on main: '(1) Tarek F. Abdel-Meguid, a Directors and ...' (a line under 60 characters) was read as a
    heading listing directors, and every person, the vice presidents too, was made a 'Director'."""
    people = {p.name: p for p in _read(tmp_path, KEYED, "item2.txt").people}
    assert "Director" not in people["Debra M. Aaron"].positions
    assert "Director" not in people["David W. Albert"].positions


def test_the_facing_page_of_a_spread_is_refused_not_read_into_the_last_person(tmp_path):
    """Fails on main: the right-hand page's rows (no name) went on the last left-hand entry, Daniel Friedberg
    ('Dassault Investissements France' as his title, Laurent Dassault's occupation as his)."""
    filing = _read(tmp_path, SPREAD.format(header=OTHER_HEADER))
    people = {p.name: p for p in filing.people}
    assert set(people) == {"Laurent Dassault", "Andre Desmarais", "Daniel Friedberg"}
    assert people["Daniel Friedberg"].positions == ["Vice-President"]
    assert people["Daniel Friedberg"].other_positions == []
    assert all(p.address is None and p.citizenship is None for p in filing.people)
    assert any(w.code == "roster-ambiguous" for w in filing.warnings)


PAGED = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF POWER CORPORATION OF CANADA

Name                              Position                          Citizenship
--------------------------------  --------------------------------  -----------
Laurent Dassault                  Director                          France

Andre Desmarais                   Director                          Canada
                                  President and Co-Chief

                                    -6-
<PAGE>

Name                              Position                          Citizenship
--------------------------------  --------------------------------  -----------
                                  Executive Officer

Daniel Friedberg                  Vice-President                    Canada
"""


def test_guard_a_table_whose_own_header_repeats_after_a_page_break_goes_on(tmp_path):
    """Guard (passes on main and here): the table's own header printed again on the next page is no other table;
    the entry the page broke goes on, and the rows after it are read."""
    people = {p.name: p for p in _read(tmp_path, PAGED).people}
    assert set(people) == {"Laurent Dassault", "Andre Desmarais", "Daniel Friedberg"}
    assert people["Daniel Friedberg"].citizenship == "Canada"
    assert people["Laurent Dassault"].citizenship == "France"
