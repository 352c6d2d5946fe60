"""Roster layouts and checks of the sixth round (issue 13), each on a text of our own making with
the layout of a development family: the same people back, or a warning; never a value on the
wrong person."""
from __future__ import annotations

import kg

NOTES = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HALVARD MARINE HOLDINGS, INC.

Name                                    Position with Halvard Marine Holdings, Inc.
----                                    -------------------------------------------
1. Ingrid Rasmussen(1)                  Director
2. WAY, Arne(2)                         President; Director
3. Tomas Lindqvist(3)                   Chief Financial Officer
4. Petra Holm(3)                        Secretary

----------
(1)   Citizen of Norway. Business address: Strandkaien 12, 5013 Bergen,
      Norway. Present principal occupation: Partner, Fjell & Co. A.S.

<PAGE>
                                      -2-

(2)   Citizen of the United States. Business address: 400 Harbor Drive,
      Seattle, Washington 98101.
(3)   Citizen of Sweden. Business address: Sveavagen 1, 111 57 Stockholm,
      Sweden.
"""


def test_numbered_notes_give_their_person_the_details_when_the_keying_is_unambiguous(tmp_path):
    """Names carry a note number ('Ingrid Rasmussen(1)'), the notes under the table (one across a
    page break) state citizenship, address and occupation: each note's values go to the one person
    of its number; a number glued to two names gives neither of them anything."""
    path = tmp_path / "notes.txt"
    path.write_text(NOTES, encoding="utf-8")
    filing = kg.extract(path)
    people = {p.name: p for p in filing.people}
    assert set(people) == {"Ingrid Rasmussen", "Arne Way", "Tomas Lindqvist", "Petra Holm"}
    rasmussen, way = people["Ingrid Rasmussen"], people["Arne Way"]
    assert (rasmussen.citizenship, rasmussen.country, rasmussen.address_city) == ("Norway", "NO", "Bergen")
    assert rasmussen.address == "Strandkaien 12, 5013 Bergen, Norway"
    assert rasmussen.other_positions == ["Partner, Fjell & Co. A.S."]
    assert (way.citizenship, way.address) == ("United States", "400 Harbor Drive, Seattle, Washington 98101")
    assert way.positions == ["President", "Director"]
    start, end = way.spans["address"]
    assert NOTES[start:end] == "400 Harbor Drive,\n      Seattle, Washington 98101"
    for name in ("Tomas Lindqvist", "Petra Holm"):  # note (3) is glued to two names
        assert people[name].citizenship is None and people[name].address is None
    assert any(w.code == "roster-ambiguous" and "(3)" in w.message for w in filing.warnings)
    assert all("(" not in p.name for p in filing.people)


HEADERLESS = """                                    EXHIBIT A

     DIRECTORS AND EXECUTIVE OFFICERS OF KESTREL FREIGHT HOLDINGS, INC.

<TABLE>
Agnes T. Morrow        Director;           officer of Brightwater & Co. Incorporated     Brightwater & Co. Incorporated, 1585
                       Chairman of the                                                   Broadway, New York, New York 10036
                       Board

Henrik Dalsgaard       Vice Chair of the   Chief Executive Officer, Ambu A/S             Tuborg Havnevej 19, 2900 Hellerup, Denmark
                       Board

Paul R. Whitcombe      Vice President      officer of Brightwater & Co. Incorporated     Brightwater & Co. Incorporated, 1585
                                                                                         Broadway, New York, New York 10036
</TABLE>
"""

NO_OCCUPATION = """                                    EXHIBIT A

     DIRECTORS AND EXECUTIVE OFFICERS OF KESTREL FREIGHT HOLDINGS, INC.

<TABLE>
Agnes T. Morrow        Executive Vice                                                    307 North Michigan Avenue, Suite 500,
                       President                                                         Chicago, Illinois 60601

Paul R. Whitcombe      Director;                                                         307 North Michigan Avenue, Suite 500,
                       President                                                         Chicago, Illinois 60601
</TABLE>
"""


def test_a_table_without_a_header_is_typed_by_whole_cells(tmp_path):
    """No caption: the columns are typed by their cells, a row's wrapped lines joined ('Chairman
    of the' / 'Board' is one title; 'Tuborg Havnevej 19, 2900 Hellerup, Denmark' one address). Of
    two columns of titles the first holds the titles in the listed organisation, the second the
    occupation; a column left empty does not make the stacked reader join titles and addresses."""
    path = tmp_path / "headerless.txt"
    path.write_text(HEADERLESS, encoding="utf-8")
    people = {p.name: p for p in kg.extract(path).people}
    assert set(people) == {"Agnes T. Morrow", "Henrik Dalsgaard", "Paul R. Whitcombe"}
    morrow, dalsgaard = people["Agnes T. Morrow"], people["Henrik Dalsgaard"]
    assert morrow.positions == ["Director", "Chairman of the Board"]
    assert morrow.other_positions == ["officer of Brightwater & Co. Incorporated"]
    assert morrow.address == "Brightwater & Co. Incorporated, 1585 Broadway, New York, New York 10036"
    assert dalsgaard.positions == ["Vice Chair of the Board"]
    assert (dalsgaard.address, dalsgaard.address_country) == ("Tuborg Havnevej 19, 2900 Hellerup, Denmark", "DK")
    assert people["Paul R. Whitcombe"].positions == ["Vice President"]
    path.write_text(NO_OCCUPATION, encoding="utf-8")
    people = {p.name: p for p in kg.extract(path).people}
    assert people["Agnes T. Morrow"].positions == ["Executive Vice President"]
    assert people["Paul R. Whitcombe"].positions == ["Director", "President"]
    assert people["Agnes T. Morrow"].address == "307 North Michigan Avenue, Suite 500, Chicago, Illinois 60601"


INDENTED = """                        DIRECTORS AND EXECUTIVE OFFICERS

The names of the directors and executive officers of Tamsin Rail Holdings, Inc. and their
business addresses are set forth below. If no business address is given, the business address
of such director or executive officer is 40 Quay Street, Boston, Massachusetts 02110.

          DIRECTORS AND EXECUTIVE OFFICERS OF TAMSIN RAIL HOLDINGS, INC.

          Name                          Office/Position                   Citizenship       Business Address
          ----                          ---------------                   -----------       ----------------
          Oren K. Blythe                Chairman of the Board             United States
                                        Treasurer
          Dagny Ferreira                Director                          Portugal          Rua Augusta 12
                                        President and Co-Chief Executive                    1100-053 Lisboa, Portugal
                                        Officer
          Lowell J. Pruett              Assistant Secretary               United States
          Marta V. Okafor               Vice-President                    Canada










                                 Page 2 of 2 Pages
"""


def test_rows_without_blank_lines_keep_titles_apart_and_read_no_page_footer(tmp_path):
    """Harvard's 2003 layout: rows set apart by nothing but the name column. A title line after
    which the next title's first word would have fitted in the column is a title of its own
    ('Director' / 'President and Co-Chief Executive Officer', never 'Director President ...') or
    when the line ends a whole title ('Chairman of the Board' / 'Treasurer'); the page footer 'Page
    2 of 2 Pages' is no value of the last person; the organisation keeps its legal form's full stop."""
    path = tmp_path / "indented.txt"
    path.write_text(INDENTED, encoding="utf-8")
    people = {p.name: p for p in kg.extract(path).people}
    assert set(people) == {"Oren K. Blythe", "Dagny Ferreira", "Lowell J. Pruett", "Marta V. Okafor"}
    assert people["Oren K. Blythe"].positions == ["Chairman of the Board", "Treasurer"]
    assert people["Dagny Ferreira"].positions == ["Director", "President and Co-Chief Executive Officer"]
    assert people["Lowell J. Pruett"].positions == ["Assistant Secretary"]
    assert people["Marta V. Okafor"].positions == ["Vice-President"]
    assert people["Marta V. Okafor"].other_positions == []
    assert people["Marta V. Okafor"].address == "40 Quay Street, Boston, Massachusetts 02110"
    assert people["Dagny Ferreira"].address_country == "PT"
    assert {p.organization for p in people.values()} == {"Tamsin Rail Holdings, Inc."}


SENTENCES = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF TAMSIN RAIL HOLDINGS, INC.

Name                        Position                Citizenship
--------------------------  ----------------------  --------------
Oren K. Blythe              Director                United States
Louis A. Palladino, Jr.     Treasurer               United States


The address of Oren K. Blythe is 40 Quay Street, Boston, Massachusetts 02110.

The address of Louis A. Palladino, Jr. is 7 Harbor Lane, Suite 4, Portland, Maine
04101.
"""


def test_an_address_sentence_names_its_person_with_initials_and_suffix(tmp_path):
    """'The address of Oren K. Blythe is ...': a name with initials (full stops) or ', Jr.' is
    the table's person it names, by every word."""
    path = tmp_path / "sentences.txt"
    path.write_text(SENTENCES, encoding="utf-8")
    people = {p.name: p for p in kg.extract(path).people}
    assert people["Oren K. Blythe"].address == "40 Quay Street, Boston, Massachusetts 02110"
    assert people["Louis A. Palladino, Jr."].address == "7 Harbor Lane, Suite 4, Portland, Maine 04101"


NARROW = """                                    EXHIBIT A

     DIRECTORS AND EXECUTIVE OFFICERS OF KESTREL FREIGHT HOLDINGS, INC.

<TABLE>
James T. Byrne, Jr.    Secretary           Office of the Secretary, Kestrel Freight      130 Liberty Street, New York, New York 10006

Sandra L. Westcott     Assistant           Office of the Secretary, Kestrel Freight      130 Liberty Street, New York, New York 10006
                       Secretary
</TABLE>
"""


def test_a_title_wrapped_for_want_of_room_stays_one_title(tmp_path):
    """'Assistant' / 'Secretary' in a column too narrow for both: one title, wrapped."""
    path = tmp_path / "narrow.txt"
    path.write_text(NARROW, encoding="utf-8")
    people = {p.name: p for p in kg.extract(path).people}
    assert people["Sandra L. Westcott"].positions == ["Assistant Secretary"]
    assert people["James T. Byrne, Jr."].positions == ["Secretary"]


WRAPPED_CELLS = """          DIRECTORS AND EXECUTIVE OFFICERS OF TAMSIN RAIL HOLDINGS, INC.

          Name                          Office/Position                   Citizenship       Business Address
          ----                          ---------------                   -----------       ----------------
          Oren K. Blythe                Chairman of the Board             Republic of       25 avenue Matignon
                                        Chief Executive Officer           France            75008 Paris, France
          Dagny Ferreira                Vice President, Secretary         Portugal          Rua Augusta 12
                                        and Director                                        1100-053 Lisboa, Portugal
          Marta V. Okafor               Senior Vice President             Canada            1 Bay Street
                                        Corporate Controller                                Toronto, Ontario M5J 2R8
"""


def test_wrapped_cells_of_a_row_without_blank_lines(tmp_path):
    """'Chairman of the Board' / 'Chief Executive Officer': two titles (the first ends a whole
    title, the next line's first word would have fitted); 'Vice President, Secretary' / 'and
    Director': one cell wrapped ('and' continues it); 'Republic of' / 'France': one citizenship,
    never an occupation 'Republic of'."""
    path = tmp_path / "wrapped.txt"
    path.write_text(WRAPPED_CELLS, encoding="utf-8")
    people = {p.name: p for p in kg.extract(path).people}
    blythe, ferreira, okafor = people["Oren K. Blythe"], people["Dagny Ferreira"], people["Marta V. Okafor"]
    assert blythe.positions == ["Chairman of the Board", "Chief Executive Officer"]
    assert (blythe.citizenship, blythe.country, blythe.other_positions) == ("Republic of France", "FR", [])
    assert sorted(ferreira.positions) == ["Director", "Vice President, Secretary"]
    assert okafor.positions == ["Senior Vice President", "Corporate Controller"]


CAPITALS = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF TAMSIN RAIL HOLDINGS, INC.

Unless otherwise indicated, each person listed below is a citizen of the United States and
the business address of each person is 40 Quay Street, Boston, Massachusetts 02110. Gavin L.
MacDonald also serves as a director of Harrow Foods, Inc.

Name                              Title
----                              -----
MACDONALD, Gavin L.               Vice President
MACKENZIE, Ruth                   Secretary
"""


def test_a_surname_printed_in_capitals_takes_the_case_the_document_prints_it_in(tmp_path):
    """'MACDONALD' carries no inner capital: the name takes the case the same document prints
    it in elsewhere ('Gavin L. MacDonald'); where it is printed nowhere else, it is title-cased
    ('Ruth Mackenzie', never a guessed 'MacKenzie'); the printed form is kept."""
    path = tmp_path / "capitals.txt"
    path.write_text(CAPITALS, encoding="utf-8")
    people = {p.name: p for p in kg.extract(path).people}
    assert set(people) == {"Gavin L. MacDonald", "Ruth Mackenzie"}
    assert people["Gavin L. MacDonald"].name_as_printed == "MACDONALD, Gavin L."


ONE_WORD_WRAP = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HARROW FOODS CORPORATION

<TABLE>
Name and Citizenship          Present Principal Occupation and Business Address
--------------------          ----------------------------------------
<S>                           <C>
Wilma J. Ostrander            Chairman of the Board of Harrow
United States                 Foods Corporation; Treasurer of Harrow
                              Corporation
                              c/o Harrow Foods Corporation
                              520 Broad Street
                              Newark, NJ 07102

Ira A. Greenleaf              President of Harrow Foods Corporation
United States                 c/o Harrow Foods Corporation
                              520 Broad Street
                              Newark, NJ 07102
</TABLE>
"""


def test_a_cell_wrapped_onto_a_line_of_one_header_word_keeps_it(tmp_path):
    """'Treasurer of Harrow' / 'Corporation': a line holding one word that could be a column
    header ('Corporation', as a COMPANY column is captioned) under a cell continues the cell; it is
    no header repeated on a new page, and is not dropped."""
    path = tmp_path / "wrap.txt"
    path.write_text(ONE_WORD_WRAP, encoding="utf-8")
    people = {p.name: p for p in kg.extract(path).people}
    ostrander = people["Wilma J. Ostrander"]
    assert "Treasurer of Harrow Corporation" in ostrander.positions + ostrander.other_positions
    assert "Treasurer of Harrow" not in ostrander.positions + ostrander.other_positions


STAFF = """                                                       EXHIBIT A

Names, positions and business addresses of the officers of the Service Company:

Harrow Grid Service Company, Inc.

Ruth A. Calloway
Vice President

Edwin A. Capomacchi
Assistant Controller

Kirk L. Ramsay
Deputy General Counsel

Steven R. Appleby
Chairman, Chief Executive Officer

Gina Ferrante
Corporate Vice President, Treasurer

The business address of the above listed persons is:
25 Research Drive
Westborough, MA 01582
"""


def test_staff_titles_make_no_executive_officer_and_whole_titles_split_at_a_comma(tmp_path):
    """Where the roster does not say it lists executive officers, an officer title makes one, but
    not an assistant's or a deputy's ('Assistant Controller', 'Deputy General Counsel': staff).
    'Chairman, Chief Executive Officer' is two titles (each whole); 'Corporate Vice President,
    Treasurer' stays one (a vice president's function follows the comma)."""
    from kg.forms.roster_entry import split_positions
    from kg.forms.roster_fields import bodies_of
    path = tmp_path / "staff.txt"
    path.write_text(STAFF, encoding="utf-8")
    people = {p.name: p for p in kg.extract(path).people}
    assert people["Ruth A. Calloway"].bodies == ["executive officers"]
    assert people["Edwin A. Capomacchi"].bodies == [] and people["Kirk L. Ramsay"].bodies == []
    assert people["Steven R. Appleby"].positions == ["Chairman", "Chief Executive Officer"]
    assert people["Gina Ferrante"].positions == ["Corporate Vice President, Treasurer"]
    assert bodies_of("Vice President", None, set()) == ["executive officers"]
    assert bodies_of("Assistant Controller", None, set()) == []
    assert bodies_of("Deputy General Counsel", None, set()) == []
    assert bodies_of("Assistant Secretary", None, {"executive officers"}) == ["executive officers"]
    assert split_positions("Chairman, Chief Executive Officer") == ["Chairman", "Chief Executive Officer"]
    assert split_positions("Corporate Vice President, Treasurer") == ["Corporate Vice President, Treasurer"]
    assert split_positions("Executive Vice President, Operations Control and Development") == [
        "Executive Vice President, Operations Control and Development"]


COUNTRY_LINE = """                                    EXHIBIT A

     DIRECTORS AND EXECUTIVE OFFICERS OF KESTREL FREIGHT HOLDINGS A/S

<TABLE>
1. Henrik Dalsgaard    Chair of the Board  Professional Board Director                   Tuborg Havnevej 19, 2900 Hellerup,
                                                                                         Denmark

2. Agnes T. Morrow     Board Director      Chief Executive Officer, Ambu A/S             Tuborg Havnevej 19, 2900 Hellerup,
                                                                                         Denmark
</TABLE>
"""


def test_a_country_line_in_an_address_column_is_the_address_s(tmp_path):
    """'Tuborg Havnevej 19, 2900 Hellerup,' / 'Denmark' in a column of addresses: the country ends
    the address; no citizenship is printed, so none is stated."""
    path = tmp_path / "country.txt"
    path.write_text(COUNTRY_LINE, encoding="utf-8")
    people = kg.extract(path).people
    assert len(people) == 2
    for person in people:
        assert person.citizenship is None and person.country is None
        assert (person.address, person.address_country) == ("Tuborg Havnevej 19, 2900 Hellerup, Denmark", "DK")


EMPLOYER_LINES = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HARROW FOODS, INC.

<TABLE>
Name and Citizenship          Present Principal Occupation and Business Address
--------------------          ----------------------------------------
<S>                           <C>
Marjorie T. Scardale          Director of Harrow Foods, Inc.
U.S.                          Ledger Newspaper
                              LTD
                              25 St. James's Street
                              London SW1A 1HG England
                              UNITED KINGDOM
</TABLE>
"""

HIGHWAY = ("<html><body><p>SCHEDULE A</p><p>INFORMATION CONCERNING DIRECTORS AND EXECUTIVE OFFICERS OF HARROW FOODS, "
           "INC.</p><table><tr><td><b>Name and Position with the Company</b></td><td><b>Citizenship</b></td>"
           "<td><b>Principal Occupation and Business Address</b></td></tr>"
           "<tr><td><b>Magnus Bayer</b><br>Director</td><td>U.S.</td><td>Valmont Irrigation, Inc.<br>"
           "Highway 275 (P.O. Box 358)<br>Valley, NE 68064</td></tr></table></body></html>")


def test_an_employer_line_with_its_legal_form_apart_or_a_highway_address(tmp_path):
    """'Ledger Newspaper' / 'LTD': the legal form alone ends the employer's name, and the employer
    line opens the address (it is no occupation 'Director of ... Ledger Newspaper'); 'Highway 275
    (P.O. Box 358)' is a street line, so the employer line above it is the address's, no occupation."""
    path = tmp_path / "employer.txt"
    path.write_text(EMPLOYER_LINES, encoding="utf-8")
    scardale = kg.extract(path).people[0]
    assert scardale.positions == ["Director"] and scardale.other_positions == []
    assert scardale.address.startswith("Ledger Newspaper, LTD, 25 St. James's Street")
    path = tmp_path / "highway.htm"
    path.write_text(HIGHWAY, encoding="utf-8")
    bayer = kg.extract(path).people[0]
    assert bayer.positions == ["Director"] and bayer.other_positions == []
    assert bayer.address == "Valmont Irrigation, Inc., Highway 275 (P.O. Box 358), Valley, NE 68064"


ALL_OF_THE_FOLLOWING = """Schedule I

                                Partners of
                                  FLC XL

     The following are the general partners of FLC XL Partnership, L.P. All of the following are
general partners of partnerships affiliated with Harrow Little & Co., a private investment firm.
The business address of each of the following persons is 767 Fifth Avenue, New York, NY 10153
and each is a citizen of the United States.

                           Theodora J. Forsby
                             Sandro J. Horvat
"""


def test_all_of_the_following_are_gives_each_their_occupation(tmp_path):
    """'All of the following are general partners of partnerships affiliated with X, a private
    investment firm.': what the whole list is, each one is ('General partner of partnerships
    affiliated with X'), the apposition describing X left out; 'All of the following are citizens
    of ...' gives no occupation."""
    path = tmp_path / "all.txt"
    path.write_text(ALL_OF_THE_FOLLOWING, encoding="utf-8")
    people = kg.extract(path).people
    assert [p.name for p in people] == ["Theodora J. Forsby", "Sandro J. Horvat"]
    for person in people:
        assert person.other_positions == ["General partner of partnerships affiliated with Harrow Little & Co."]
    path.write_text(ALL_OF_THE_FOLLOWING.replace("general partners of partnerships affiliated with Harrow Little & Co., "
                                                 "a private investment firm", "citizens of the United States"),
                    encoding="utf-8")
    assert all(p.other_positions == [] for p in kg.extract(path).people)


PROSE = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF KESTREL HOLDINGS A/S

Set forth below is the name, citizenship, business address and present principal occupation of
each director and executive officer of Kestrel Holdings A/S.

     Tobias Sandvik, a citizen of USA, Denmark, is Board Director of Kestrel Holdings A/S. Tobias
Sandvik is also Chief Economist of Apollo Harbour Management. The business address of Tobias
Sandvik is Tuborg Havnevej 19, 2900 Hellerup, Denmark.

     Ingrid Lund, a citizen of Norway, is Chair of the Board of Kestrel Holdings A/S. Ingrid Lund is
also Professional Board Director. The business address of Ingrid Lund is Tuborg Havnevej 19, 2900
Hellerup, Denmark.
"""


def test_prose_sentences_end_at_a_legal_form_before_the_name_and_keep_a_dual_citizenship(tmp_path):
    """'... of Kestrel Holdings A/S. Tobias Sandvik is also ...': the legal form's full stop ends the
    sentence when the person's name follows, so the 'is also' sentence is an occupation of its own
    (never 'Tobias Sandvik is also ...' as a value); 'a citizen of USA, Denmark, is ...' is one dual
    citizenship, and the title after it is read."""
    path = tmp_path / "prose.txt"
    path.write_text(PROSE, encoding="utf-8")
    people = {p.name: p for p in kg.extract(path).people}
    sandvik, lund = people["Tobias Sandvik"], people["Ingrid Lund"]
    assert sandvik.citizenship == "USA, Denmark" and sandvik.positions == ["Board Director"]
    assert sandvik.other_positions == ["Chief Economist of Apollo Harbour Management"]
    assert lund.other_positions == ["Professional Board Director"]
    assert lund.positions == ["Chair of the Board"]


DEFAULT_ADDRESS = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HARROW OIP INVESTORS, INC.
Unless otherwise indicated, each person listed below is a citizen of the
United States and the business address of each person is Harrow Stanley & Co.
Incorporated, 1585 Broadway, New York, New York 10036.

Name                              Title
----                              -----
Tarik F. Abdel-Malik              Director; Chairman of the Board
Debra M. Aaronson                 Vice President
"""


def test_a_default_address_runs_past_an_abbreviation_followed_by_a_legal_form(tmp_path):
    """'... is Harrow Stanley & Co. Incorporated, 1585 Broadway, ...': 'Co.' does not end the
    address when 'Incorporated' follows (it did: every person's address was 'Harrow Stanley & Co');
    'c/o MetLife, Inc. Each person listed below ...' still ends at 'Inc.'."""
    path = tmp_path / "default.txt"
    path.write_text(DEFAULT_ADDRESS, encoding="utf-8")
    for person in kg.extract(path).people:
        assert person.address == "Harrow Stanley & Co. Incorporated, 1585 Broadway, New York, New York 10036"
        assert person.address_city == "New York"
    path.write_text(DEFAULT_ADDRESS.replace(
        "the business address of each person is Harrow Stanley & Co.\nIncorporated, 1585 Broadway, New York, New York "
        "10036.", "the business address of each person is c/o Harrow, Inc. Each person listed below\nis a "
        "director or an officer."), encoding="utf-8")
    assert {p.address for p in kg.extract(path).people} == {"c/o Harrow, Inc"}


NO_CITIZENSHIP = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HARROW CORPORATION OF CANADA

1. DASSAULT, Lucien
     Present Position with Harrow Corporation of Canada:
          Director
     Present Principal Occupation or Employment:
          Managing Director, Dassault Placements
     Business Address:
          Dassault Placements
          9
          Rond-Point des Champs-Elysees
          75008 Paris
          France

2. DESMOND, Paul G.
     Present Position with Harrow Corporation of Canada:
          Director
          Chairman of the Executive Committee
     Business Address:
          Harrow Corporation of Canada
          751 Victoria Square
          Montreal QC H2Y 2J3
"""


def test_a_country_in_an_address_is_no_citizenship_where_none_is_printed(tmp_path):
    """Labelled blocks that print no citizenship: 'France' ending an address and 'Canada' in
    'Harrow Corporation of Canada' are the address's; no citizenship is stated, the address is
    kept whole (it was dropped, and 'France' / 'Canada' stated as citizenships)."""
    path = tmp_path / "nocitizenship.txt"
    path.write_text(NO_CITIZENSHIP, encoding="utf-8")
    people = {p.name: p for p in kg.extract(path).people}
    dassault, desmond = people["Lucien Dassault"], people["Paul G. Desmond"]
    assert dassault.citizenship is None and desmond.citizenship is None
    assert dassault.address_country == "FR" and dassault.address.endswith("75008 Paris, France")
    assert desmond.address.startswith("Harrow Corporation of Canada")
