"""Thirty-first round (c), issue 13: an organisation whose name holds a '/' ('Nordlys Holding A/S') defined in
the preamble ('... position with Nordlys Holding A/S (the "Company") ...') was read as 'S', and where the table's
rows were one block, as an organisation named in a row ('main board member of Samsung Electronics'); a line naming a
body right under a name's row and over a title ('Directors' / 'Chairman of the Board') was read as a section
heading, losing the titles under it; an entry a page break cut, continued on the next page under its name printed
again and marked '(continued)', was read as a second listing of the name (both refused); a building number spelt
out before a street word ('One Hartwell Drive') was read as a person's name. Texts of our own making.
Each test marked "fails on main" failed on main 526da9c and passes here; the guards pass on both and protect
precision."""
from __future__ import annotations

import kg

HEAD = """                                   SCHEDULE I

                             NORDLYS HOLDING A/S

                        DIRECTORS AND EXECUTIVE OFFICERS


The following table sets forth the name, business address, position with
Nordlys Holding A/S (the "Company") and present principal occupation of each
director and executive officer of the Company. Each individual listed below is
a citizen of Denmark.


<TABLE>
Name and Business Address               Position and Present Principal Occupation
-------------------------               ------------------------------------------
<S>                                     <C>
"""
ROWS = [("Ove Lindqvist", "Chair of the Board of the Company; Professional", "Board Director"),
        ("Kirsten Holm Berg", "Board Director of the Company; main board", "member of Samsung Electronics, Korea"),
        ("Anders Mikkelsen", "Chief Executive Officer of the Company", "")]


def _defined_term(separator: str) -> str:
    rows = []
    for name, first, second in ROWS:
        rows.append(f"{name:<40}{first}\nStrandvejen 60{'':<26}{second}".rstrip() + "\n2900 Hellerup\nDenmark\n")
    return HEAD + separator.join(rows) + "</TABLE>\n"


def _read(tmp_path, text: str):
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_an_organisation_with_a_slash_stays_whole(tmp_path):
    """Fails on main: the organisation was read as 'S' (the '/' split 'Nordlys Holding A/S')."""
    people = _read(tmp_path, _defined_term("\n"))
    assert set(people) == {"Ove Lindqvist", "Kirsten Holm Berg", "Anders Mikkelsen"}
    assert {p.organization for p in people.values()} == {"Nordlys Holding A/S"}
    assert people["Ove Lindqvist"].positions == ["Chair of the Board"]


def test_an_organisation_named_in_a_row_is_not_the_rosters(tmp_path):
    """Fails on main (the organisation read as 'S'), and with the '/' kept whole alone: with the rows set apart by
    rules (one block of text), 'member of Samsung Electronics' in a row was taken for the organisation of every
    person."""
    people = _read(tmp_path, _defined_term("-" * 80 + "\n"))
    assert set(people) == {"Ove Lindqvist", "Kirsten Holm Berg", "Anders Mikkelsen"}
    assert {p.organization for p in people.values()} == {"Nordlys Holding A/S"}
    assert people["Anders Mikkelsen"].positions == ["Chief Executive Officer"]


STACKED = """APPENDIX A

INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS
OF HARBOUR POINT INVESTORS, INC.

The following table sets forth the name, position with Harbour Point Investors,
Inc. and principal occupation of each director and executive officer of Harbour
Point Investors, Inc. Each of the persons named below is a citizen of the United
States.


DIRECTORS OF HARBOUR POINT INVESTORS, INC.

Name and Position         Principal Occupation
-----------------         --------------------

Walter J. Brennan         officer of Harbour Point Capital LLC.
Directors
Chairman of the Board

Nadia K. Okafor           officer of Harbour Point Capital LLC.
Director
President

Peter L. Sandoval         officer of Harbour Point Capital LLC.
Director
"""


def test_a_body_word_stacked_under_a_name_is_a_title_not_a_heading(tmp_path):
    """Fails on main: 'Directors' right under the row of Walter J. Brennan, over 'Chairman of the Board', was read
    as a section heading: the entry ended there and 'Chairman of the Board' was lost."""
    people = _read(tmp_path, STACKED)
    assert set(people) == {"Walter J. Brennan", "Nadia K. Okafor", "Peter L. Sandoval"}
    assert "Chairman of the Board" in people["Walter J. Brennan"].positions
    assert people["Nadia K. Okafor"].positions == ["Director", "President"]


HEADED = """APPENDIX A

INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS
OF HARBOUR POINT INVESTORS, INC.

The following table sets forth the name, position with Harbour Point Investors,
Inc. and principal occupation of each director and executive officer of Harbour
Point Investors, Inc. Each of the persons named below is a citizen of the United
States.

Name                      Position                  Principal Occupation
----                      --------                  --------------------
Executive Officers
Walter J. Brennan         President                 officer of Harbour Point Capital LLC.
Directors
Nadia K. Okafor           Director                  officer of Harbour Point Capital LLC.
Peter L. Sandoval         Director                  officer of Harbour Point Capital LLC.
"""


def test_a_body_heading_over_a_name_stays_a_heading(tmp_path):
    """Guard (passes on both): 'Directors' right under a row but over the next name's row is a section heading,
    no title of the row above."""
    people = _read(tmp_path, HEADED)
    assert people["Walter J. Brennan"].positions == ["President"]
    assert people["Nadia K. Okafor"].positions == ["Director"]


PAGED = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF BRIGHTWATER CAPITAL MANAGEMENT, INC.

The name, present principal occupation or employment, business address and
citizenship of each of the directors and executive officers of Brightwater
Capital Management, Inc. are set forth below.

<TABLE>
                            Present Principal Occupation
Name                        or Employment                           Business Address              Citizenship
--------------------------  --------------------------------------  ----------------------------  --------------
<S>                         <C>                                     <C>                           <C>
Harold T. Whitcombe         Executive Vice President, Brightwater   410 North Wells Street,       United States
                             Capital Management, Inc.               Suite 900
                                                                    Chicago, Illinois 60654

Lorraine P. Achebe          Director, Brightwater Capital           410 North Wells Street,       United States


                                      2
<PAGE>

                            Present Principal Occupation
Name                        or Employment                           Business Address              Citizenship
--------------------------  --------------------------------------  ----------------------------  --------------
<S>                         <C>                                     <C>                           <C>
{again}
{under}President, Brightwater Capital            Chicago, Illinois 60654
                             Management, Inc.

Samuel R. Okonkwo           Treasurer, Brightwater Capital          410 North Wells Street,       United States
                             Management, Inc.                       Suite 900
                                                                    Chicago, Illinois 60654
</TABLE>
"""
AGAIN = "Lorraine P. Achebe           Management, Inc.                       Suite 900"


def _paged(again: str, under: str) -> str:
    return PAGED.replace("{again}", again).replace("{under}", f"{under:<28}")


def test_an_entry_continued_after_a_page_break_is_one_person(tmp_path):
    """Fails on main: 'Lorraine P. Achebe' printed again on the next page with '(continued)' under it was read as
    a second listing of the name, and both listings were refused."""
    people = _read(tmp_path, _paged(AGAIN, "(continued)"))
    assert set(people) == {"Harold T. Whitcombe", "Lorraine P. Achebe", "Samuel R. Okonkwo"}
    achebe = people["Lorraine P. Achebe"]
    assert achebe.positions == ["Director", "President"]
    assert achebe.address == "410 North Wells Street, Suite 900, Chicago, Illinois 60654"
    assert achebe.citizenship == "United States"
    assert people["Samuel R. Okonkwo"].positions == ["Treasurer"]


def test_a_name_marked_continued_on_its_line_is_one_person(tmp_path):
    """Fails on main: the same with the mark after the name ('Lorraine P. Achebe (cont'd)')."""
    again = AGAIN.replace("Lorraine P. Achebe         ", "Lorraine P. Achebe (cont'd)")
    people = _read(tmp_path, _paged(again, ""))
    assert set(people) == {"Harold T. Whitcombe", "Lorraine P. Achebe", "Samuel R. Okonkwo"}
    assert people["Lorraine P. Achebe"].positions == ["Director", "President"]
    assert not any("continued" in name.lower() for name in people)


def test_a_name_printed_again_without_the_mark_stays_refused(tmp_path):
    """Guard (passes on both): the same name after a page break with no '(continued)' could be a second person of
    that name: the listings are not joined (and none is recorded with the other's values)."""
    people = _read(tmp_path, _paged(AGAIN, ""))
    assert "Samuel R. Okonkwo" in people
    assert "President" not in (people["Lorraine P. Achebe"].positions if "Lorraine P. Achebe" in people else [])


def test_a_continued_mark_under_another_name_joins_nothing(tmp_path):
    """Guard (passes on both): a different name marked '(continued)' after the page break is not joined to the
    entry the page cut."""
    again = AGAIN.replace("Lorraine P. Achebe", "Lorena Q. Marsh   ")
    people = _read(tmp_path, _paged(again, "(continued)"))
    assert "President" not in (people["Lorraine P. Achebe"].positions if "Lorraine P. Achebe" in people else [])


PACKED = """                                   SCHEDULE I
                              HARTWELL FOODS, INC.
                        DIRECTORS AND EXECUTIVE OFFICERS
The following table sets forth the name, business address, position with
Hartwell Foods, Inc. (the "Company") and present principal occupation of each
director and executive officer of the Company. Each individual listed below is
a citizen of the United States.
<TABLE>
Name and Business Address               Position and Present Principal Occupation
-------------------------               ------------------------------------------
<S>                                     <C>
Warren D. Kessler                       Chairman of the Board and Chief Executive Officer of
One Hartwell Drive                      the Company
Omaha, NE 68102
Colleen R. Ashby                        Executive Vice President and Chief Financial Officer
One Hartwell Drive                      of the Company
Omaha, NE 68102
Gordon T. Velasquez                     Director of the Company
407 Southmoreland Place
Decatur, IL 62521
</TABLE>
"""


def test_a_spelt_out_building_number_is_no_name(tmp_path):
    """Fails on main: with no blank line between the entries, 'One Hartwell Drive' under each name was read as a
    person (with the wrapped ends of the titles above as positions)."""
    people = _read(tmp_path, PACKED)
    assert set(people) == {"Warren D. Kessler", "Colleen R. Ashby", "Gordon T. Velasquez"}
    assert people["Colleen R. Ashby"].address == "One Hartwell Drive, Omaha, NE 68102"
    assert people["Colleen R. Ashby"].positions == ["Executive Vice President and Chief Financial Officer"]


def test_a_name_that_ends_in_a_street_word_stays_a_name(tmp_path):
    """Guard (passes on both): 'Diane Lane' ends in a street word but opens with no number: a name."""
    people = _read(tmp_path, PACKED.replace("Gordon T. Velasquez", "Diane Lane         "))
    assert "Diane Lane" in people
    assert people["Diane Lane"].address == "407 Southmoreland Place, Decatur, IL 62521"


SECTIONS = """Exhibit I
       Directors and Executive Officers of Brightwater Capital Management, Inc.
       ------------------------------------------------------------------------
         Unless otherwise indicated below, the business address of each person
named in this Exhibit is 410 North Wells Street, Suite 900, Chicago, Illinois
60654.
Directors
         The directors of Brightwater Capital Management, Inc. and the citizenship
and principal occupation of each of them are set forth in the following table.
Name                               Citizenship     Present Principal Occupation or Employment
Lorraine P. Achebe                 United States   Director; President
Executive Officers
         The executive officers of Brightwater Capital Management, Inc. who are not
directors and the citizenship and principal occupation of each of them are set
forth in the following table.
Name                               Citizenship     Present Principal Occupation or Employment
Harold T. Whitcombe                United States   Executive Vice President
"""


def test_a_body_heading_over_an_indented_sentence_stays_a_heading(tmp_path):
    """Guard (passes on both; failed on a first, looser reading of stacked titles): 'Executive Officers' right
    under a row, over an indented sentence that names officers, is a section heading: the row under it is no
    director's."""
    people = _read(tmp_path, SECTIONS)
    assert people["Harold T. Whitcombe"].positions == ["Executive Vice President"]
    assert people["Lorraine P. Achebe"].positions == ["Director", "President"]
