"""Thirty-sixth round (a), issue 13: the mutation bench's last values on the wrong person.

1. A roster heading in title case ('Directors And Executive Officers Of' / 'Harbour Mutual Holdings, Inc.', where the
   typist's capitals were changed) over a preamble in capitals: the title ended at the line ending in 'Of', so no
   organisation was read from it; a capitals line of the preamble ('... OF EACH DIRECTOR AND EXECUTIVE OFFICER OF')
   was then taken for the part's title ('EACH Director and Executive Officer' became the organisation); and a short
   table row ('Directors and Chairman    Incorporated') counted as a heading naming the board alone, so every entry
   was given the seat 'Director'. Now a heading line ending in 'of' goes on in the name under it (kg/forms/
   roster_title.py); a title ending in 'OF' has no organisation after it for kg.forms.roster_org.part_title to
   complete; a table row (cells apart by a gap) names no body listed (kg/forms/roster_preamble.py); and where no
   organisation is read, the body a heading names is given to no entry as a seat (kg/forms/roster_entry.py).
2. A fixed-width 'Occupation and Business Address' cell ('Chief Executive' / 'Tennant Company') whose second line
   `unwrap_after` joined to the first (it reads the column narrower than its longest printed line): the preamble's
   'Unless otherwise specified, the business address of each person is X' was then given to the person although
   the cell may print the address. The check for a line that may be the address now looks at each printed line
   (kg/forms/roster_gridentry.py).
3. Dev recall of stacked_name_title_citizenship_table, extra values first: a citizenship under a title ending in a
   title's word ('Chief Executive' / 'Canada') was joined to the title ('Chief Executive Canada') and the citizenship
   lost (kg/forms/roster_wrap.py join_continuations); an occupation restating the title cell's titles over the
   listed organisation ('Chairman, Chief Executive Officer and President' / 'X, Inc.' beside 'Director, Chairman,
   Chief Executive Officer and President') was kept as an occupation elsewhere: each title of a cell that joins
   them with 'and' now counts (kg/forms/roster_restated.py).
4. Dev recall of numbered_stacked_title_table, extra values first: a line of a fixed-width row whose cells are words a
   caption may hold ('Company' under 'Director of Northwind Energy' and 'Company' in the occupation column) was
   dropped as the table's header printed again, inside an open entry: it is now the entry's text where no cell is a
   word of the table's own caption (kg/forms/roster_grid.py, kg/forms/roster_body_headers.caption_word); an
   occupation restating the title with the organisation's name after a plain space ('Senior Vice President -
   Administration' / 'Northwind Energy' / 'Company', 'Chairman of the Executive Committee' / 'Motorola') is no
   occupation elsewhere (kg/forms/roster_restated.py); a stacked title whose organisation's name wraps to a line
   ending in its legal form ('Secretary of Northwind' / 'Energy Company') goes on in it (kg/forms/roster_wrap.py).
5. The same heading in title case split before its 'Of' ('Information Concerning The Directors And Executive Officers'
   / 'Of Southwestern Energy Company'; mutation heading_case x numbered_stacked_title_table, no organisation read and
   'EACH Director and Executive' taken from the preamble in capitals): a line opening with 'of' and a name goes on
   with the heading (kg/forms/roster_title.py), and a line of a preamble typed in capitals is no part's title
   (kg/forms/roster_org.part_title).

Texts of our own making. Each test marked "fails on main" failed on main a6bf534 and passes here; the guards pass on
both."""
from __future__ import annotations

import kg

_STACKED = """<PAGE>



                                   Schedule B

                      Directors And Executive Officers Of
                      Harbour Mutual Holdings, Inc.


THE NAME, POSITION WITH HARBOUR MUTUAL HOLDINGS, INC., CITIZENSHIP, PRESENT
PRINCIPAL OCCUPATION AND BUSINESS ADDRESS OF EACH DIRECTOR AND EXECUTIVE OFFICER
OF HARBOUR MUTUAL HOLDINGS, INC. ARE SET FORTH BELOW.


<TABLE>
<CAPTION>
Name, Position And Citizenship          Present Principal Occupation And Business Address
------------------------------          -------------------------------------------------
<S>                                     <C>
Clara J. Abbott                         Partner, Abbott & Lane LLP
Directors and Chairman                  12 Quay Street
of the Board                            Boston, MA 02110
United States

Peter K. Barnes                         President
Director and President                  Harbour Mutual Holdings, Inc.
United States                           12 Quay Street
                                        Boston, MA 02110

Miriam T. Cole                          Vice President
Vice President                          Harbour Mutual Holdings, Inc.
United States                           12 Quay Street
                                        Boston, MA 02110

Walter R. Dunn                          Treasurer
Treasurer                               Harbour Mutual Holdings, Inc.
United Kingdom                          12 Quay Street
                                        Boston, MA 02110
</TABLE>
"""

_STACKED_TITLES = """                                   SCHEDULE B

                      DIRECTORS AND EXECUTIVE OFFICERS OF
                      HARBOUR MUTUAL HOLDINGS, INC.


The name, position with Harbour Mutual Holdings, Inc., citizenship, present
principal occupation and business address of each director and executive
officer of Harbour Mutual Holdings, Inc. are set forth below.


NAME, POSITION AND CITIZENSHIP          PRESENT PRINCIPAL OCCUPATION AND BUSINESS ADDRESS
------------------------------          -------------------------------------------------
Clara J. Abbott                         Partner, Abbott & Lane LLP
Director                                12 Quay Street
United States                           Boston, MA 02110

Grace M. Ellis                          Chief Executive
Chief Executive                         Harbour Mutual Holdings, Inc.
Canada                                  12 Quay Street
                                        Boston, MA 02110

Peter K. Barnes                         Chairman, Chief Executive Officer and
Director, Chairman,                       President
Chief Executive                         Harbour Mutual Holdings, Inc.
Officer and President                   12 Quay Street
United States                           Boston, MA 02110
"""

_NUMBERED = """                                   SCHEDULE A

          INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS
                         OF NORTHWIND ENERGY COMPANY

     The following table sets forth the name, position, citizenship, business
address and present principal occupation of each director and executive
officer of Northwind Energy Company.

                                        COUNTRY OF                                    PRESENT PRINCIPAL
      NAME                              CITIZENSHIP     BUSINESS ADDRESS              OCCUPATION
----- --------------------------------- --------------- ----------------------------- -----------------------
(1)   Clara J. Abbott                   United States   10 Energy Drive               Director
      Director of Northwind Energy      of America      Spring, Texas 77389           Northwind Energy
      Company                                                                         Company
                                                                                      10 Energy Drive
                                                                                      Spring, Texas 77389
----- --------------------------------- --------------- ----------------------------- -----------------------

(2)   Miriam T. Cole                    United States   10 Energy Drive               Senior Vice President -
      Senior Vice President -           of America      Spring, Texas 77389           Administration
      Administration of Northwind                                                     Northwind Energy
      Energy Company                                                                  Company
                                                                                      10 Energy Drive
                                                                                      Spring, Texas 77389
----- --------------------------------- --------------- ----------------------------- -----------------------

(3)   Walter R. Dunn                    United States   10 Energy Drive               Partner, Dunn & Hart LLP
      Director of Northwind Energy      of America      Spring, Texas 77389           10 Energy Drive
      Company                                                                         Spring, Texas 77389
----- --------------------------------- --------------- ----------------------------- -----------------------

(4)   Peter K. Barnes                   United States   10 Energy Drive               Treasurer
      Treasurer of Northwind            of America      Spring, Texas 77389           Northwind Energy
      Acquisition Corp.                                                               Company
                                                                                      10 Energy Drive
                                                                                      Spring, Texas 77389
----- --------------------------------- --------------- ----------------------------- -----------------------

(5)   Grace M. Ellis                    United States   10 Energy Drive               Secretary
      Secretary of Northwind            of America      Spring, Texas 77389           Northwind Energy
      Energy Company                                                                  Company
                                                                                      10 Energy Drive
                                                                                      Spring, Texas 77389
----- --------------------------------- --------------- ----------------------------- -----------------------
"""

_GRID = """                                   SCHEDULE A

         Set forth below are the name, title, present principal occupation and
country of citizenship of each director and executive officer of Harbour Mutual
Holdings, Inc. Unless otherwise specified, the business address of each person
is 12 Quay Street, Boston, MA 02110.

<TABLE>

--------------------------------- ------------------------------------------------- -------------
                                                                                    Country of
Name and Title                    Occupation and Business Address                   Citizenship
--------------------------------- ------------------------------------------------- -------------
<CAPTION>

<S>                               <C>                                               <C>
ABBOTT, Clara J.,                 Chief Executive                                   United States
Director
--------------------------------- ------------------------------------------------- -------------
BARNES, Peter K.,                 Partner, Barnes                                   United States
Director                          Barnes
                                  Lane
                                  Hart
--------------------------------- ------------------------------------------------- -------------
COLE, Miriam T.,                  Chairman                                          United States
Director                          Northwind Financial
--------------------------------- ------------------------------------------------- -------------
DUNN, Walter R.,                  Chief Executive                                   United States
Director                          Tennant Company
--------------------------------- ------------------------------------------------- -------------
ELLIS, Grace M.,                  Chief Executive of Harbour Mutual Holdings,       United States
Chief Executive                   Inc.
--------------------------------- ------------------------------------------------- -------------
</TABLE>
"""


def _read(tmp_path, text: str):
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_title_case_heading_names_the_organisation(tmp_path):
    """Fails on main: the organisation was 'EACH Director and Executive Officer' (a preamble line in capitals)."""
    people = _read(tmp_path, _STACKED)
    assert {p.organization for p in people.values()} == {"Harbour Mutual Holdings, Inc."}


def test_title_case_heading_gives_officers_no_seat(tmp_path):
    """Fails on main: 'Director' was put on every entry (a table row read as a heading naming the board)."""
    people = _read(tmp_path, _STACKED)
    assert people["Miriam T. Cole"].positions == ["Vice President"]
    assert people["Walter R. Dunn"].positions == ["Treasurer"]
    assert "board of directors" not in people["Walter R. Dunn"].bodies
    assert people["Peter K. Barnes"].positions == ["Director", "President"]


def test_capitals_heading_reads_the_same(tmp_path):
    """Guard (passes on both): the same roster under its heading in capitals."""
    text = _STACKED.replace("Directors And Executive Officers Of", "DIRECTORS AND EXECUTIVE OFFICERS OF").replace(
        "                      Harbour Mutual Holdings, Inc.", "                      HARBOUR MUTUAL HOLDINGS, INC.")
    people = _read(tmp_path, text)
    assert {p.organization for p in people.values()} == {"Harbour Mutual Holdings, Inc."}
    assert people["Miriam T. Cole"].positions == ["Vice President"]
    assert people["Clara J. Abbott"].citizenship == "United States"
    assert people["Walter R. Dunn"].citizenship == "United Kingdom"


def test_heading_with_no_organisation_gives_no_seat(tmp_path):
    """Fails on main: a heading that names the bodies and no organisation ('Directors And Executive Officers Of'
    over a blank line, then the preamble): no preamble line is the organisation, no entry is given a seat it does not
    print (main read 'EACH Director and Executive Officer' and put 'Director' on every entry)."""
    text = _STACKED.replace("                      Harbour Mutual Holdings, Inc.\n", "")
    people = _read(tmp_path, text)
    assert not any(p.organization and "EACH" in p.organization for p in people.values())
    assert all("Director" not in p.positions for name, p in people.items() if name in ("Miriam T. Cole",
                                                                                      "Walter R. Dunn"))


def test_occupation_line_that_may_be_the_address_refuses_the_default(tmp_path):
    """Fails on main: 'Chief Executive' / 'Tennant Company' was read as one wrapped occupation and the preamble's
    default address given to Walter R. Dunn, whose cell may print his own."""
    people = _read(tmp_path, _GRID)
    # (round 40b: the line back at the cell's edge under a one-line occupation, broken on purpose, is read as the
    # business address the preamble's 'unless otherwise specified' gives way to; never the default)
    assert people["Walter R. Dunn"].address == "Tennant Company"
    assert people["Miriam T. Cole"].address == "Northwind Financial"


def test_occupation_alone_keeps_the_default_address(tmp_path):
    """Guard (passes on both): a cell printing the occupation alone takes the preamble's default address."""
    people = _read(tmp_path, _GRID)
    assert people["Clara J. Abbott"].address == "12 Quay Street, Boston, MA 02110"
    assert people["Grace M. Ellis"].address == "12 Quay Street, Boston, MA 02110"


def test_citizenship_under_a_title_ending_in_a_title_word(tmp_path):
    """Fails on main: 'Chief Executive' / 'Canada' in the stacked cell read as the title 'Chief Executive Canada'."""
    people = _read(tmp_path, _STACKED_TITLES)
    assert people["Grace M. Ellis"].positions == ["Chief Executive"]
    assert people["Grace M. Ellis"].citizenship == "Canada"


def test_occupation_restating_titles_joined_by_and(tmp_path):
    """Fails on main: the occupation 'Chairman, Chief Executive Officer and President, Harbour Mutual Holdings, Inc.'
    (his titles in the listed organisation again) was kept as an occupation elsewhere."""
    people = _read(tmp_path, _STACKED_TITLES)
    assert people["Peter K. Barnes"].other_positions == []
    assert people["Grace M. Ellis"].other_positions == []


def test_outside_occupation_is_kept(tmp_path):
    """Guard (passes on both): an occupation held elsewhere stays the person's other position."""
    people = _read(tmp_path, _STACKED_TITLES)
    assert people["Clara J. Abbott"].other_positions == ["Partner, Abbott & Lane LLP"]
    assert people["Clara J. Abbott"].citizenship == "United States"


def test_wrapped_header_word_in_an_open_entry_is_its_text(tmp_path):
    """Fails on main: 'Company' / 'Company' under 'Director of Northwind Energy' was dropped as a header, and the
    title 'Director of Northwind Energy' was kept besides the seat."""
    people = _read(tmp_path, _NUMBERED)
    assert people["Clara J. Abbott"].positions == ["Director"]


def test_occupation_restating_the_title_before_the_organisation(tmp_path):
    """Fails on main: 'Senior Vice President - Administration Northwind Energy Company' kept as an occupation."""
    people = _read(tmp_path, _NUMBERED)
    assert people["Miriam T. Cole"].positions == ["Senior Vice President - Administration"]
    assert people["Miriam T. Cole"].other_positions == []


def test_stacked_title_whose_organisation_wraps_to_its_legal_form(tmp_path):
    """Fails on main: 'Secretary of Northwind' / 'Energy Company' read as two titles."""
    people = _read(tmp_path, _NUMBERED)
    assert people["Grace M. Ellis"].positions == ["Secretary"]


def test_numbered_outside_occupation_and_other_organisation_kept(tmp_path):
    """Guard (passes on both): an occupation elsewhere, and a title in another organisation, stay other positions."""
    people = _read(tmp_path, _NUMBERED)
    assert people["Walter R. Dunn"].other_positions == ["Partner, Dunn & Hart LLP"]
    assert people["Peter K. Barnes"].other_positions == ["Treasurer of Northwind Acquisition Corp."]


def test_title_case_heading_goes_on_in_a_line_opening_with_of(tmp_path):
    """Fails on main: 'Information Concerning The Directors And Executive Officers' / 'Of Harbour Mutual Holdings,
    Inc.' over a preamble in capitals: the organisation was read from the preamble ('EACH Director and ...')."""
    text = _STACKED.replace("                      Directors And Executive Officers Of\n                      Harbour",
                            "          Information Concerning The Directors And Executive Officers\n"
                            "                      Of Harbour")
    people = _read(tmp_path, text)
    assert {p.organization for p in people.values()} == {"Harbour Mutual Holdings, Inc."}
    assert people["Miriam T. Cole"].positions == ["Vice President"]
