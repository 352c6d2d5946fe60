"""Thirty-sixth round (b), issue 13: row letters read as initials, a name taking a fixed-width row's other cells,
and a 'Position(s) with <organisation>' caption wrapped over several lines (the combination bench, seeds 21-24).

1. 'A. HATCH, PAUL' / 'B. MARTINEZ, EDMUND' in a fixed-width table whose titles wrap: each wrapped title line made a
   record of its own (see 3), so the people read ran 'A.', 'B.', 'B.', 'B.', 'C.' ... and the row letters, no longer
   in sequence, were kept as middle initials ('Paul A. Hatch'). The same where a person is listed once for each
   company of a Company column (one record per company). People read from one printed name are now one entry of
   the sequence (kg/forms/roster_letters.py).
2. '(3)   DWIGHT J. GOSLEE      U.S.      One ConAgra Drive': a fixed-width table under a caption stacked one word a
   line was taken by the one-cell-a-line reader, and the whole row became a name ('Dwight J. Goslee U.s. One
   ConAgra Drive'), or a city line of an address stack became a person ('D.c. Washington'). That reader now
   refuses a name line of cells two or more spaces apart, and takes no run of caption lines closed by a line of
   captions set apart by gaps for its header (kg/forms/roster_cells.py): the table reader reads the table.
3. 'Position(s) with Smith' / 'Barney Corporate Trust' / 'Company' (or 'Present Position' / 'with Smith Barney' /
   'Corporate Trust' / 'Company'): the header was cut above the wrapped organisation's name, 'Company' alone made the
   column an organisation's, and every title line a person of its own. Lines under a 'Position(s) with' caption now
   go on with the header (kg/forms/roster_held_captions.py, from kg/forms/roster_geometry.py).
4. Entries with no blank line between them, under group captions ('CANADA CITIZENS'): 'COLE, MIRIAM T.' under
   'BARNES, Peter', the occupation column empty beside it, was taken for a line of Barnes's entry (a steady column
   left empty, as under an address line), and Barnes took Cole's, Dunn's and Ellis's titles. In a column of names
   only, a surname-first name under the entry's surname-first name opens an entry (kg/forms/roster_steady.py).

Texts of our own making. Each test marked "fails on main" failed on main a6bf534 and passes here; the guards pass on
both."""
from __future__ import annotations

import kg

_LETTERED = """SCHEDULE I

Executive Officers and Directors of Harbour Mutual Trust Company

The name, business address, present principal occupation or employment and
citizenship of each director and executive officer of Harbour Mutual Trust
Company are set forth below.

<TABLE>
                                                              Position(s) with Harbour
                                                              Mutual Trust
Name and Citizenship    Principal Business Address            Company
----------------------  ------------------------------------  --------------------------
<S>                     <C>                                   <C>

A. ABBOTT, CLARA        Harbour Mutual Advisers               Director
United States           12 Quay Street
                        Boston, MA 02110

B. BARNES, PETER        Harbour Mutual Trust Company          Director; Executive
United States           40 Dock Street, Suite 300             Officer; President; Chief
                        Wilmington, DE 19801                  Executive Officer

C. COLE, MIRIAM         Harbour Mutual Trust Company          Director; Executive
United States           40 Dock Street, Suite 300             Officer; Senior Vice
                        Wilmington, DE 19801                  President

D. DUNN, WALTER         Harbour Mutual Advisers               Director
United States           12 Quay Street
                        Boston, MA 02110

</TABLE>
"""

_NUMBERED = """ANNEX A

INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF Harbour Foods, Inc.

<TABLE>
                                                        Present
                                                        Principal
                                                        Occupation
                                                        or
                                                        Employment
                                                        and the
                                                        Name,
                                                        Principal
                                                        Business and
                                                        Address of
                                                        any
                                                        Corporation
                                                        or Other
                                                        Organization
                                                        in which
                                                        such
                                                        Employment
      Name and Position        Nationality              is Conducted  Residence or Business Address
<S>   <C>                      <C>                      <C>           <C>

(1)   CLARA J. ABBOTT          U.S.                                   One Harbour Drive
      Chairman of the Board                                           Omaha, NE 68102
      Chief Executive Officer

(2)   PETER K. BARNES          U.S.                                   One Harbour Drive
      Executive Vice                                                  Omaha, NE 68102
      President
      Chief Financial Officer

(3)   MIRIAM T. COLE           U.S.                                   One Harbour Drive
      Executive Vice                                                  Omaha, NE 68102
      President, Operations
      Control and Development

(4)   WALTER R. DUNN           U.S.                                   One Harbour Drive
      Senior Vice President                                           Omaha, NE 68102
      Corporate Controller

(5)   GRACE M. ELLIS           U.S.                                   Ellis Partners LLC
      Director                                                        11975 Bay Road, Suite 300
                                                                      San Diego, CA 92130

</TABLE>
"""

_PRESENT = """SCHEDULE A

DIRECTORS AND EXECUTIVE OFFICERS OF HARBOUR MUTUAL TRUST COMPANY

The name, business address, present principal occupation or employment and
citizenship of each director and executive officer of Harbour Mutual Trust
Company are set forth below.

                        Present Position    Present Principal Occupation or Employment
                        with Harbour        and the Name, Principal Business and Address
                        Mutual Trust        of any Corporation or Other Organization in
Name and Citizenship    Company             which such Employment is Conducted
======================  ==================  ============================================

Abbott, Clara           Director            Executive Vice President, Harbour Mutual
United States                               Advisers

Barnes, Peter           Director;
United States           Executive Officer;
                        President; Chief
                        Executive Officer

Cole, Miriam            Director;
United States           Executive Officer;
                        Senior Vice
                        President

Dunn, Walter            Director            Managing Director, Dunn Partners
United States
"""

_STACKED_CAPTION = """SCHEDULE A

Executive Officers and Directors of Harbour Mutual Holdings, Inc.

<TABLE>
                         Present Principal
                         Occupation or
                         Employment and the
                         Name, Principal
                         Business and Address
                         of any Corporation or
                         Other Organization in
Name and Business        which such Employment
Address                  is Conducted           Title
=======================  =====================  ============================================
<S>                      <C>                    <C>

CLARA J. ABBOTT          Of Counsel, Abbott,    Director
Abbott                   Lane & Ross LLP
Lane
Ross LLP
1440 New York Avenue
N.W.
Washington, D.C.
20005-2111

------------------------------------------------------------

PETER K. BARNES                                 Director; Chairman of the Board; Chief
c/o Harbour Mutual Holdings, Inc.               Executive Officer
200 Park Avenue
New York, NY 10166-0188

------------------------------------------------------------

MIRIAM T. COLE           Professor, Harbour     Director
Harbour University       University
12 Quay Street
Boston, MA 02110

</TABLE>
"""

_COMPANIES = """SCHEDULE I

DIRECTORS AND EXECUTIVE OFFICERS OF HARBOUR MUTUAL HOLDINGS, INC. AND HARBOUR MUTUAL BANK

Name                    Company                          Position                 Citizenship
----                    -------                          --------                 -----------

A. ABBOTT, CLARA        Harbour Mutual Holdings, Inc.    Director                 United States
                        Harbour Mutual Bank              Director

B. BARNES, PETER        Harbour Mutual Holdings, Inc.    President                United States
                        Harbour Mutual Bank              Chairman

C. COLE, MIRIAM         Harbour Mutual Holdings, Inc.    Treasurer                United States
                        Harbour Mutual Bank              Treasurer

D. DUNN, WALTER         Harbour Mutual Bank              Secretary                United States
"""

_GROUPED = """EXHIBIT 1

INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF HARBOUR MUTUAL HOLDINGS, INC.

Set forth below is certain information concerning the directors and executive
officers of Harbour Mutual Holdings, Inc.

                                                                       Other Principal
Name                     Position(s) with Harbour Mutual Holdings, Inc. Occupation
-----------------------  --------------------------------------------  --------------------

CANADA CITIZENS

ABBOTT, Clara            Director                                      President and Chief
                                                                       Operating Officer
BARNES, Peter            Director; Executive Officer; President; Co-   Chairman, Barnes Tech
                         Chief Executive Officer
COLE, MIRIAM T.          Director; Chairman of the Executive
                         Committee
DUNN, Walter, Jr.        Director; Executive Officer; Chairman; Co-
                         Chief Executive Officer
ELLIS, GRACE             Executive Officer; Vice-President
FRANCE CITIZENS

FOURNIER, LAURENT        Director                                      Managing Director,
                                                                       Fournier
                                                                       Investissements
UNITED STATES CITIZENS

GRANT, PAUL              Director                                      Chairman, President
                                                                       and CEO
"""

_INITIALS = """SCHEDULE I

DIRECTORS AND EXECUTIVE OFFICERS OF HARBOUR MUTUAL HOLDINGS, INC.

Name                    Present Principal Occupation         Citizenship
----                    ----------------------------         -----------

J. Michael Abbott       Director; Partner, Abbott & Co.      United States

H. Laurance Barnes      Director; President                  United States

A. Christopher Cole     Director; Retired                    Canada
"""


def _read(tmp_path, text: str) -> list:
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    return kg.extract(path).people


def test_row_letters_of_a_wrapped_title_table_are_no_initials(tmp_path):
    """Fails on main (Clara A. Abbott, three records of Peter B. Barnes, titles as organisations)."""
    people = _read(tmp_path, _LETTERED)
    assert [p.name for p in people] == ["Clara Abbott", "Peter Barnes", "Miriam Cole", "Walter Dunn"]
    barnes = people[1]
    assert barnes.positions == ["Director", "Executive Officer", "President", "Chief Executive Officer"]
    assert barnes.organization == "Harbour Mutual Trust Company"
    assert barnes.address == "Harbour Mutual Trust Company, 40 Dock Street, Suite 300, Wilmington, DE 19801"
    assert people[0].address == "Harbour Mutual Advisers, 12 Quay Street, Boston, MA 02110"


def test_a_name_takes_no_other_cell_of_its_fixed_width_row(tmp_path):
    """Fails on main (one person, 'Miriam T. Cole U.s. One Harbour Drive', with the address 'Control and
    Development')."""
    people = _read(tmp_path, _NUMBERED)
    assert [p.name for p in people] == ["Clara J. Abbott", "Peter K. Barnes", "Miriam T. Cole", "Walter R. Dunn",
                                        "Grace M. Ellis"]
    assert all("Drive" not in p.name and "U.s." not in p.name for p in people)
    assert people[2].address == "One Harbour Drive, Omaha, NE 68102"
    assert people[4].address == "Ellis Partners LLC, 11975 Bay Road, Suite 300, San Diego, CA 92130"
    assert people[1].positions == ["Executive Vice President", "Chief Financial Officer"]


def test_organisation_wrapped_under_position_with_caption(tmp_path):
    """Fails on main (each title line of Barnes and Cole a record of its own, the titles as organisations)."""
    people = _read(tmp_path, _PRESENT)
    assert [p.name for p in people] == ["Clara Abbott", "Peter Barnes", "Miriam Cole", "Walter Dunn"]
    assert people[1].positions == ["Director", "Executive Officer", "President", "Chief Executive Officer"]
    assert people[2].positions == ["Director", "Executive Officer", "Senior Vice President"]
    assert {p.organization for p in people} == {"Harbour Mutual Trust Company"}
    assert people[3].other_positions == ["Managing Director, Dunn Partners"]


def test_initials_out_of_sequence_stay_initials(tmp_path):
    """Guard (passes on both): 'J.', 'H.', 'A.' opening the names run in no sequence: they are the names' own."""
    names = [p.name for p in _read(tmp_path, _INITIALS)]
    assert names == ["J. Michael Abbott", "H. Laurance Barnes", "A. Christopher Cole"]


def test_surname_first_names_unbroken_are_persons_of_their_own(tmp_path):
    """Fails on main (Peter Barnes took the titles of Cole, Dunn and Ellis; they were not read)."""
    people = {p.name: p for p in _read(tmp_path, _GROUPED)}
    assert list(people) == ["Clara Abbott", "Peter Barnes", "Miriam T. Cole", "Walter Dunn, Jr.", "Grace Ellis",
                            "Laurent Fournier", "Paul Grant"]
    assert people["Peter Barnes"].positions == ["Director", "Executive Officer", "President",
                                                "Co-Chief Executive Officer"]
    assert people["Grace Ellis"].positions == ["Executive Officer", "Vice-President"]
    assert people["Miriam T. Cole"].positions == ["Director", "Chairman of the Executive Committee"]


def test_an_address_line_is_no_person_under_a_stacked_caption(tmp_path):
    """Fails on main (one person, 'D.c. Washington', with the address '20005-2111')."""
    people = _read(tmp_path, _STACKED_CAPTION)
    assert [p.name for p in people] == ["Clara J. Abbott", "Peter K. Barnes", "Miriam T. Cole"]
    assert people[0].address.endswith("Washington, D.C. 20005-2111")
    assert people[1].positions == ["Director", "Chairman of the Board", "Chief Executive Officer"]
    assert people[2].other_positions == ["Professor, Harbour University"]


def test_row_letters_of_a_person_listed_for_two_companies(tmp_path):
    """Fails on main ('Clara A. Abbott' twice, 'Peter B. Barnes' twice ...: the records of one printed name broke
    the letters' sequence)."""
    people = _read(tmp_path, _COMPANIES)
    assert [(p.name, p.organization, p.positions) for p in people] == [
        ("Clara Abbott", "Harbour Mutual Holdings, Inc.", ["Director"]),
        ("Clara Abbott", "Harbour Mutual Bank", ["Director"]),
        ("Peter Barnes", "Harbour Mutual Holdings, Inc.", ["President"]),
        ("Peter Barnes", "Harbour Mutual Bank", ["Chairman"]),
        ("Miriam Cole", "Harbour Mutual Holdings, Inc.", ["Treasurer"]),
        ("Miriam Cole", "Harbour Mutual Bank", ["Treasurer"]),
        ("Walter Dunn", "Harbour Mutual Bank", ["Secretary"])]
