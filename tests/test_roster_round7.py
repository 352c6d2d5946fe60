"""Roster layouts and checks of the seventh round (issue 13), each on a text of our own making with
the layout of a development family: the same people back, or a warning; never a value on the
wrong person."""
from __future__ import annotations

import kg

TITLE_LINES = """                                   EXHIBIT 1

                  INFORMATION CONCERNING THE REPORTING PERSON AND
                     ITS EXECUTIVE OFFICERS AND DIRECTORS

Except as otherwise indicated below, all persons named in this Exhibit 1 are
citizens of Canada. Unless another address is given below, the principal
business address of each person named in this Exhibit 1 is that of St. Ives
Harbour Holdings Ltd.

1.       ST. IVES HARBOUR HOLDINGS LTD.

         Principal Business Address:
         400 Water Street
         Halifax NS B3J 1S5

         Directors and Executive Officers of St. Ives Harbour Holdings Ltd.:

                  (1) Director:  Odile Marchand

                                     Principal Business Address:
                                     Marchand Conseil
                                     12, rue de la Paix
                                     75002 Paris, France

                                     Principal Occupation: Managing
                                     Partner, Marchand Conseil

                                     Citizenship:  France


                  (2) Director; President and Chief Executive Officer:  MACLEOD, Ewan R.


                  (3) Member, Conseil d'Administration:  Hugh Tremblay, Jr.

<PAGE>

                                     Principal Occupation: Partner,
                                     Tremblay Ostrom LLP
"""


def test_title_colon_name_lines_under_one_numbered_entity(tmp_path):
    """'Title:  Name' lines under the one numbered entity whose officers they are: each person gets
    the titles of their line (';'-separated), their own indented details (across a page break),
    and otherwise the entity's printed address, which the preamble gives everyone ('is that of X')."""
    path = tmp_path / "title_lines.txt"
    path.write_text(TITLE_LINES, encoding="utf-8")
    people = {p.name: p for p in kg.extract(path).people}
    assert set(people) == {"Odile Marchand", "Ewan R. Macleod", "Hugh Tremblay, Jr."}
    marchand, macleod, tremblay = people["Odile Marchand"], people["Ewan R. Macleod"], people["Hugh Tremblay, Jr."]
    assert {p.organization for p in people.values()} == {"St. Ives Harbour Holdings Ltd."}
    assert (marchand.positions, marchand.other_positions) == (["Director"], ["Managing Partner, Marchand Conseil"])
    assert (marchand.citizenship, marchand.address_city, marchand.address_country) == ("France", "Paris", "FR")
    assert macleod.positions == ["Director", "President and Chief Executive Officer"]
    assert set(macleod.bodies) == {"board of directors", "executive officers"}
    assert (macleod.citizenship, macleod.address) == ("Canada", "400 Water Street, Halifax NS B3J 1S5")
    assert macleod.other_positions == []
    assert tremblay.other_positions == ["Partner, Tremblay Ostrom LLP"]
    assert (tremblay.citizenship, tremblay.address_city) == ("Canada", "Halifax")


NO_ENTITY = """                                   EXHIBIT 2

           DIRECTORS AND EXECUTIVE OFFICERS OF BRANDT HOLLOWAY MARINE, INC.

Except as otherwise indicated below, all persons named in this Exhibit 2 are
citizens of the United States.

                  Director:  Harriet V. Okonkwo

                                     Principal Business Address:
                                     Seacliff Partners
                                     88 Wharf Street
                                     Portland, Maine 04101

                                     Principal Occupation: Managing
                                     Partner, Seacliff Partners

                                     Citizenship:  Canada


                  President:  Gideon P. Marchetti


                  Secretary:  Lorna Feeney-Baptiste
"""


def test_labelled_blocks_with_more_names_than_blocks_are_refused_not_paired_by_distance(tmp_path):
    """Three names and one labelled block, read by the labelled-block reader (no numbered entity):
    which name the block is is a guess, so no other person gets its values; a printed citizenship
    refused for running into foreign text ('Canada President: ...') is not replaced by the
    preamble's default either."""
    path = tmp_path / "no_entity.txt"
    path.write_text(NO_ENTITY, encoding="utf-8")
    filing = kg.extract(path)
    for person in filing.people:
        assert person.name == "Harriet V. Okonkwo" or person.address is None and not person.other_positions
        assert person.citizenship != "United States" or person.name != "Harriet V. Okonkwo"
    okonkwo = next((p for p in filing.people if p.name == "Harriet V. Okonkwo"), None)
    assert okonkwo is None or okonkwo.citizenship in (None, "Canada")
    assert any(w.code == "roster-ambiguous" for w in filing.warnings)


INLINE_PIPES = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF WILLOWMERE CAPITAL FUND, INC.
The names and principal occupations of the directors and executive officers of
Willowmere Capital Fund, Inc. are set forth below. The business address of
each of them is c/o 212 Pell Avenue, Newport, Rhode Island 02840, unless another
address is given in the table.

Name | Principal Occupation | Position with the Fund | Citizenship | Business Address |
Agnes T. Whitcombe | Partner, Whitcombe & Lyle | Director | United States |  |
Rafael Quintero-Bascom | Professor of Law, Brown University | Director | Spain | Brown University, 45 Prospect Street, Providence, Rhode Island 02912 |
Declan O'Fiachra |  | President | Ireland |  |
"""


def test_inline_pipe_rows_closed_by_a_bar(tmp_path):
    """One row a line, cells between ' | ', the row closed by ' |': the closing bar is no part of the
    last cell; an empty address cell takes the preamble's default, whose sentence ends before
    ', unless another address is given in the table'."""
    path = tmp_path / "inline.txt"
    path.write_text(INLINE_PIPES, encoding="utf-8")
    people = {p.name: p for p in kg.extract(path).people}
    assert set(people) == {"Agnes T. Whitcombe", "Rafael Quintero-Bascom", "Declan O'Fiachra"}
    whitcombe, quintero, ofiachra = people["Agnes T. Whitcombe"], people["Rafael Quintero-Bascom"], \
        people["Declan O'Fiachra"]
    assert whitcombe.address == "c/o 212 Pell Avenue, Newport, Rhode Island 02840"
    assert (whitcombe.address_city, whitcombe.other_positions) == ("Newport", ["Partner, Whitcombe & Lyle"])
    assert quintero.address == "Brown University, 45 Prospect Street, Providence, Rhode Island 02912"
    assert (quintero.address_city, quintero.citizenship, quintero.country) == ("Providence", "Spain", "ES")
    assert (ofiachra.positions, ofiachra.other_positions, ofiachra.country) == (["President"], [], "IE")
    assert all("|" not in (p.address or "") for p in people.values())


FLAGS = """Exhibit 99.1
Directors and Executive Officers of Corvalis Orchard Systems, Inc.
The name and present principal occupation or employment of each director and executive officer of Corvalis Orchard Systems, Inc. are set forth below. Unless otherwise noted, each person listed below is a citizen of the United States and the business address of each person is 90 Fremont Road, Corvallis, Oregon 97330.
|Executive
|Name
|Director
|Officer
|Present Principal Occupation or Employment
|
Miriam K. Oduya
|Yes
|Yes
|President and Chief Executive Officer of Corvalis Orchard Systems, Inc.
|
Torvald B. Ness (1)
|Yes
|No
|Partner of Ness & Ruud LLP (1)
|
Paulina Ostrowska (2)
|No
|Yes
|Chief Financial Officer of Corvalis Orchard Systems, Inc. (2)
|(1)
|The business address of Mr. Ness is c/o Ness & Ruud LLP, 14 Karl Johans gate, 0154 Oslo, Norway. Mr. Ness is a citizen of Norway. The address of Ness & Ruud LLP is 14 Karl Johans gate, 0154 Oslo, Norway.
"""


def test_yes_no_flag_columns_with_footnoted_details(tmp_path):
    """One '|'-prefixed cell a line; 'Executive' over 'Officer' is one column's label; a Yes gives its
    seat; a note keyed by the marker after a name gives that person's address and citizenship (named
    'Mr. Ness'); a marker whose note is not printed keeps the preamble's defaults off that person."""
    path = tmp_path / "flags.txt"
    path.write_text(FLAGS, encoding="utf-8")
    people = {p.name: p for p in kg.extract(path).people}
    assert set(people) == {"Miriam K. Oduya", "Torvald B. Ness", "Paulina Ostrowska"}
    oduya, ness, ostrowska = people["Miriam K. Oduya"], people["Torvald B. Ness"], people["Paulina Ostrowska"]
    assert set(oduya.bodies) == {"board of directors", "executive officers"}
    assert (oduya.citizenship, oduya.address_city) == ("United States", "Corvallis")
    assert ness.bodies == ["board of directors"] and ness.other_positions == ["Partner of Ness & Ruud LLP"]
    assert (ness.citizenship, ness.address) == ("Norway", "c/o Ness & Ruud LLP, 14 Karl Johans gate, 0154 Oslo, Norway")
    assert ostrowska.bodies == ["executive officers"]
    assert (ostrowska.citizenship, ostrowska.address) == (None, None)  # note (2) is not printed
    assert {p.organization for p in people.values()} == {"Corvalis Orchard Systems, Inc."}  # ('Inc.': its stop)
    assert all("(" not in p.name for p in people.values())


TITLE_GROUPS = """SCHEDULE I
DIRECTORS AND EXECUTIVE OFFICERS OF HARROWGATE SPRINGS WATER COMPANY
Each person listed below is a citizen of the United States unless marked.
Director
Abernathy, Colm R.
Way, Bill
Vasquez-Ortiz, Lucia M. *
President
---------
Abernathy, Colm R.

<PAGE>
SCHEDULE I (continued)
Treasurer
Pruitt, Delphine **
* Citizen of Mexico.
** Resident alien.
"""


def test_last_first_names_grouped_under_titles(tmp_path):
    """'Last, First' names under title lines: each holds the titles of the groups it stands in
    (across a page break); a mark's footnote gives its citizenship; a mark whose footnote states
    none keeps the preamble's citizenship off that person."""
    path = tmp_path / "groups.txt"
    path.write_text(TITLE_GROUPS, encoding="utf-8")
    people = {p.name: p for p in kg.extract(path).people}
    assert set(people) == {"Colm R. Abernathy", "Bill Way", "Lucia M. Vasquez-Ortiz", "Delphine Pruitt"}
    abernathy, vasquez, pruitt = people["Colm R. Abernathy"], people["Lucia M. Vasquez-Ortiz"], people["Delphine Pruitt"]
    assert abernathy.positions == ["Director", "President"]
    assert set(abernathy.bodies) == {"board of directors", "executive officers"}
    assert {p.organization for p in people.values()} == {"Harrowgate Springs Water Company"}
    assert (abernathy.citizenship, people["Bill Way"].country) == ("United States", "US")
    assert (vasquez.citizenship, vasquez.country, vasquez.positions) == ("Mexico", "MX", ["Director"])
    assert (pruitt.positions, pruitt.citizenship) == (["Treasurer"], None)


def test_organisation_of_a_mixed_case_heading_whose_name_holds_of(tmp_path):
    """'Directors and Executive Officers of Power Corporation of Canada' (mixed case): the organisation
    is all that follows the first 'of', not 'Canada'; a title '... of <it>' is a position there."""
    text = FLAGS.replace("Corvalis Orchard Systems, Inc.", "Orchard Bank of Corvalis")
    path = tmp_path / "of_of.txt"
    path.write_text(text, encoding="utf-8")
    people = {p.name: p for p in kg.extract(path).people}
    assert {p.organization for p in people.values()} == {"Orchard Bank of Corvalis"}
    assert people["Miriam K. Oduya"].positions == ["Director", "President and Chief Executive Officer"]
    assert people["Paulina Ostrowska"].positions == ["Chief Financial Officer"]


def test_title_lines_with_an_initial_first_given_name_and_a_dotted_citizenship(tmp_path):
    """'Director:  FULLER, H. Laurance' is one name; 'citizens of U.S.' is the citizenship 'U.S.', not 'U'."""
    text = TITLE_LINES.replace("citizens of Canada.", "citizens of U.S.").replace(
        "MACLEOD, Ewan R.", "FULLER, H. Laurance")
    path = tmp_path / "initial.txt"
    path.write_text(text, encoding="utf-8")
    people = {p.name: p for p in kg.extract(path).people}
    assert set(people) == {"Odile Marchand", "H. Laurance Fuller", "Hugh Tremblay, Jr."}
    fuller = people["H. Laurance Fuller"]
    assert (fuller.citizenship, fuller.country) == ("U.S.", "US")
    assert fuller.positions == ["Director", "President and Chief Executive Officer"]
