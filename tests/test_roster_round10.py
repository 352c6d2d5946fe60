"""Roster layouts and checks of the tenth round (issue 13), each on a text of our own making with the
layout of a development family: the same people back, or a warning; never a value on the wrong person."""
from __future__ import annotations

import kg


def _read(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    filing = kg.extract(path)
    return filing, {p.name: p for p in filing.people}


# ---- run-on dash paragraphs: 'Name — Titles. Occupations. Address. Citizenship.' -----------------------
_DASH_HEAD = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF LARCHMONT FREIGHT INC.

Set forth below are the name, the position with Larchmont Freight Inc., any other present principal
occupation, the business address and the citizenship of each director and executive officer of
Larchmont Freight Inc.

"""
_DASH = _DASH_HEAD + """    Walter G. Brennan — Director, Chairman of the Board. Retired Vice Chairman, Harbor Trust Company,
N.A. c/o 40 Harbor Street, Boston, Massachusetts 02110. United States.

    OKAFOR, Ruth K. — Director. Partner, Okafor & Lind LLP. Okafor & Lind LLP, 12 St. James Square,
London SW1Y 4JH, United Kingdom. British.

    Samuel T. Ibsen — Treasurer. 40 Harbor Street, Boston, Massachusetts 02110. Norway.

    Ana P. Ferreira — Secretary. Lisbon Port Authority. 7 Rua do Ouro, 1100-060 Lisbon, Portugal. Portuguese.
"""


def test_run_on_dash_paragraphs_are_read_piece_by_piece(tmp_path):
    """Each full stop ends a piece unless an abbreviation's ('N.A.', 'St.', 'LLP.') does not start the next
    value; the pieces are typed: titles here, an occupation elsewhere, an address, a citizenship."""
    filing, got = _read(tmp_path, "dash.txt", _DASH)
    walter, ruth, samuel = got["Walter G. Brennan"], got["Ruth K. Okafor"], got["Samuel T. Ibsen"]
    assert walter.positions == ["Director", "Chairman of the Board"]
    assert walter.other_positions == ["Retired Vice Chairman, Harbor Trust Company, N.A."]
    assert walter.address == "c/o 40 Harbor Street, Boston, Massachusetts 02110" and walter.citizenship == "United States"
    assert ruth.positions == ["Director"] and ruth.other_positions == ["Partner, Okafor & Lind LLP"]
    assert ruth.address_city == "London" and ruth.citizenship == "British"
    assert samuel.positions == ["Treasurer"] and samuel.other_positions == [] and samuel.citizenship == "Norway"
    assert {p.organization for p in filing.people} == {"Larchmont Freight Inc."}


def test_a_dash_paragraph_piece_that_could_be_two_values_is_refused(tmp_path):
    """'Lisbon Port Authority' stands where an occupation or (without a street) an address could: with the
    address printed after it, it is the occupation; but a title run into an address is never split by guess."""
    text = _DASH + """
    Henrik J. Aalto — Director. Chairman 22 Dock Road, Turku, Finland. Finnish.
"""
    filing, got = _read(tmp_path, "dash_doubt.txt", text)
    ana, henrik = got["Ana P. Ferreira"], got["Henrik J. Aalto"]
    assert ana.other_positions == ["Lisbon Port Authority"] and ana.address_city == "Lisbon"
    assert henrik.address is None and henrik.other_positions == [] and henrik.citizenship == "Finnish"
    assert any(w.code == "roster-ambiguous" and "Aalto" in w.message for w in filing.warnings)


def test_dash_paragraphs_never_put_a_value_on_another_person(tmp_path):
    _, got = _read(tmp_path, "dash.txt", _DASH)
    assert "Lind" not in " ".join(got["Walter G. Brennan"].other_positions + [got["Samuel T. Ibsen"].address or ""])
    assert got["Walter G. Brennan"].citizenship == "United States" and got["Ruth K. Okafor"].citizenship == "British"


def test_a_page_break_inside_a_dash_paragraph_keeps_the_entry_whole(tmp_path):
    text = _DASH.replace("c/o 40 Harbor Street, Boston,", "c/o 40 Harbor Street,\n\n<PAGE>\n\nBoston,")
    _, got = _read(tmp_path, "dash_page.txt", text)
    assert got["Walter G. Brennan"].address == "c/o 40 Harbor Street, Boston, Massachusetts 02110"
    assert got["Walter G. Brennan"].citizenship == "United States"


# ---- an HTML cell's paragraphs: each an item, in lower case too ------------------------------------------
def _html(cell: str, tag: str, position: str = "<p>President</p>") -> str:
    lines = cell.split("\n")
    body = "".join(f"<p>{line}</p>" for line in lines) if tag == "p" else "<br>".join(lines)
    return ("<html><body><p>ANNEX A</p><p>Larchmont Freight International Holdings, Inc.: directors and executive "
            "officers</p><table><tr><th>Name</th><th>Business Address</th><th>Position</th><th>Principal Occupation"
            "</th><th>Nationality</th></tr>"
            f"<tr><td>Jun S. Park</td><td>9 Dock Road, Busan, Korea</td><td>{position}</td>"
            f"<td>{body}</td><td>Korean</td></tr>"
            "<tr><td>Oskar P. Lindqvist</td><td>22 Dock Road, Gothenburg, Sweden</td><td>Director</td>"
            "<td>Chairman, Nordhavn AB</td><td>Swedish</td></tr></table></body></html>")


def test_lower_case_lines_of_an_html_cell_are_items_of_their_own(tmp_path):
    """'Head of the endowment fund of X' / 'main board member of Y' in two <p> (or after a <br>): two
    occupations; a line that starts with a connecting word ('and ...') still continues the one above."""
    for tag in ("p", "br"):
        _, got = _read(tmp_path, f"cells_{tag}.htm", _html(
            "Head of the endowment fund of Busan University\nmain board member of Hanil Shipping", tag))
        assert got["Jun S. Park"].other_positions == ["Head of the endowment fund of Busan University",
                                                      "main board member of Hanil Shipping"]
    _, got = _read(tmp_path, "cells_and.htm", _html("Chairman of the supervisory board\nand trustee of the Busan Museum",
                                                    "br"))
    assert got["Jun S. Park"].other_positions == ["Chairman of the supervisory board and trustee of the Busan Museum"]


def test_an_org_colon_heading_lists_its_bodies_however_long_the_name(tmp_path):
    """'Larchmont Freight International Holdings, Inc.: directors and executive officers' (over 60 characters):
    a director who is its president is an executive officer of it too."""
    _, got = _read(tmp_path, "cells_p.htm", _html("Partner, Park & Co.", "p", "<p>Director</p><p>President</p>"))
    assert got["Jun S. Park"].positions == ["Director", "President"]
    assert got["Jun S. Park"].bodies == ["board of directors", "executive officers"]
    assert got["Jun S. Park"].organization == "Larchmont Freight International Holdings, Inc."


# ---- places ------------------------------------------------------------------------------------------------
def test_a_street_then_a_city_state_has_the_city_state_for_city():
    from kg.forms.roster_fields import parse_address
    assert parse_address("Hang Lung Centre, 4 Des Voeux Road Central, Hong Kong")[1:] == ("Hong Kong", "HK")
    assert parse_address("Commerzbank AG, Kaiserplatz, 60261 Frankfurt am Main, Germany")[1:] == ("Frankfurt am Main", "DE")


# ---- two-column text: the employer's line above the address ------------------------------------------------
_TWO = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF LARCHMONT FREIGHT INC.

<TABLE>
Name and Citizenship          Present Principal Occupation and Business Address
--------------------          ----------------------------------------
<S>                           <C>
Martin S. Feld                Director of Larchmont Freight Inc.;
United States                 President and CEO, National Institute
                              of Harbor Research
                              National Institute of Harbor
                              Research, Inc.
                              1050 Massachusetts Avenue
                              Cambridge, Massachusetts
                              02138

Laura H. Fuller               Director of Larchmont Freight Inc.;
United States                 formerly Co-Chairman of the Board of
                              Directors, Amoco Shipping, p.l.c.
                              Primary Business Center
                              1111 E. Warrenville Road, Suite
                              257, Naperville IL 60563
</TABLE>
"""


def test_an_employer_line_that_names_the_occupations_organisation_again_starts_the_address(tmp_path):
    """The occupation names its organisation (or ends in a legal form): the next line, the employer's, is
    the address's first, never more of the occupation; 'Suite' / '257' is one address line; the street
    line ends before the city line."""
    _, got = _read(tmp_path, "two.txt", _TWO)
    feld, fuller = got["Martin S. Feld"], got["Laura H. Fuller"]
    assert feld.other_positions == ["President and CEO, National Institute of Harbor Research"]
    assert feld.address == ("National Institute of Harbor Research, Inc., 1050 Massachusetts Avenue, Cambridge, "
                            "Massachusetts 02138")
    assert fuller.other_positions == ["formerly Co-Chairman of the Board of Directors, Amoco Shipping, p.l.c."]
    assert fuller.address == "Primary Business Center, 1111 E. Warrenville Road, Suite 257, Naperville IL 60563"


# ---- fixed-width names that wrap in their column -------------------------------------------------------------
_WRAPPED = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF LARCHMONT FREIGHT INC.

                                     Business                    Present Principal Occupation
Name                  Citizenship    Address                     or Employment
-------------------   ------------   -------------------------   -------------------------------
Theodore J.           United States  767 Fifth Avenue            General Partner, Larchmont
Forstmann                            New York, NY 10153          Freight Inc.

Sandra J. Horbach     United States  767 Fifth Avenue            Director, Larchmont Freight
                                     New York, NY 10153          Inc.

Francis Michael       USA, United    Tuborg Havnevej 19          Director, Larchmont Freight
Cyprian Cuss          Kingdom        2900 Hellerup               Inc.; Biopharmaceutical
                                     Denmark                     Consultant
"""


def test_a_name_wrapped_in_its_column_is_one_person(tmp_path):
    """'Theodore J.' / 'Forstmann' (a name cannot end in an initial) and 'Francis Michael' / 'Cyprian
    Cuss' right under it where every entry begins after a blank line: one person each, never two."""
    filing, got = _read(tmp_path, "wrapped.txt", _WRAPPED)
    assert set(got) == {"Theodore J. Forstmann", "Sandra J. Horbach", "Francis Michael Cyprian Cuss"}
    assert got["Francis Michael Cyprian Cuss"].citizenship == "USA, United Kingdom"
    assert got["Theodore J. Forstmann"].address == "767 Fifth Avenue, New York, NY 10153"


_PARENS = """                                           EXHIBIT I

                    Directors and Executive Officers of Larchmont Freight Inc.

The name and present principal occupation or employment of each director and executive officer of
Larchmont Freight Inc. are set forth below. Unless otherwise indicated in parentheses, each occupation
set forth opposite a name refers to employment with Larchmont Freight Inc. Each person is a citizen
of the United States unless a nationality follows the name. The business address of each director
and officer is 40 Harbor Street, Boston, Massachusetts 02110.

Name                          Present Principal Occupation or Employment

1. Oskar P. Lindqvist         Director (officer of Harbor Trust & Co.
                               Incorporated)
2. Torsten Sl\u00f8k (USA,          Director (Chief Economist of Apollo
Denmark)                       Global Management)
3. Francis Michael Cyprian    Director (Biopharmaceutical
Cuss (USA, United Kingdom)     Consultant)
4. FRIBOURG, Paul (American)  Director (Chairman, President and CEO)
"""


def test_a_nationality_in_brackets_after_a_wrapped_name_is_the_citizenship(tmp_path):
    """'Torsten Sløk (USA,' / 'Denmark)', 'Francis Michael Cyprian' / 'Cuss (USA, United Kingdom)',
    'FRIBOURG, Paul (American)': one person each, the bracket the citizenship; '(officer of X)' in lower
    case is the occupation elsewhere."""
    _, got = _read(tmp_path, "parens.txt", _PARENS)
    assert set(got) == {"Oskar P. Lindqvist", "Torsten Sløk", "Francis Michael Cyprian Cuss", "Paul Fribourg"}
    assert got["Torsten Sløk"].citizenship == "USA, Denmark"
    assert got["Francis Michael Cyprian Cuss"].citizenship == "USA, United Kingdom"
    assert got["Paul Fribourg"].citizenship == "American" and got["Oskar P. Lindqvist"].citizenship == "United States"
    assert got["Oskar P. Lindqvist"].other_positions == ["officer of Harbor Trust & Co. Incorporated"]
    assert got["Oskar P. Lindqvist"].positions == ["Director"]


# ---- labelled entity sections ('Title: Name') --------------------------------------------------------------
_ENTITY = """                                   EXHIBIT 1

                  INFORMATION CONCERNING THE REPORTING PERSON AND
                     ITS EXECUTIVE OFFICERS AND DIRECTORS

Except as otherwise indicated below, all persons named in this Exhibit 1 are
citizens of U.S.. Unless another address is given below, the principal business
address of each person named in this Exhibit 1 is that of Larchmont Freight Inc.

1.       LARCHMONT FREIGHT INC.

         Principal Business Address:
         40 Harbor Street
         Boston, MA 02110

         Directors and Executive Officers of Larchmont Freight Inc.:

                  Chairman of the Board:  Walter G. Brennan

                  Board Director:  SL\u00d8K, Torsten.

                                     Citizenship:  USA, Denmark
"""


def test_a_preamble_citizenship_abbreviated_and_a_surname_beyond_a_to_z(tmp_path):
    """'citizens of U.S..' gives 'U.S.' to everyone without their own; 'SLØK, Torsten' is a name."""
    _, got = _read(tmp_path, "entity.txt", _ENTITY)
    assert got["Walter G. Brennan"].citizenship == "U.S."
    assert got["Torsten Sløk"].citizenship == "USA, Denmark"


# ---- HTML saved as text: an employer's name alone in the address column ------------------------------------
def test_an_employer_name_alone_may_stand_in_the_address_column(tmp_path):
    text = """DIRECTORS AND EXECUTIVE OFFICERS OF LARCHMONT FREIGHT INC.

Name
Position
Principal Occupation
Citizenship
Business Address

Walter G. Brennan
Director
Chief Executive
United States
HPB/Blackrock

Ruth K. Okafor
Director
Chairman
United States
Chief Executive Officer
"""
    filing, got = _read(tmp_path, "as_text.txt", text)
    assert got["Walter G. Brennan"].address == "HPB/Blackrock"
    assert "Ruth K. Okafor" not in got  # a title where the address stands: the row is not what the header says
    assert any(w.code == "unassigned-name" and "Okafor" in w.message for w in filing.warnings)


# ---- fixed-width tables: titles, wrapped cities and streets, name suffixes and nicknames ------------------
_INDENTED = """          DIRECTORS AND EXECUTIVE OFFICERS OF LARCHMONT FREIGHT INC.

          Name                          Office/Position             Citizenship       Business Address
          ----                          ---------------             -----------       ----------------
          WALSH, Denis J., III          Chairman of the Board       United States     200 Park Avenue, New
                                        Treasurer                                     York, NY 10166
          JOHNSON, Sylvester            Chief Executive Officer     United States     1000 Kiewit
          \u201cChip\u201d                        Vice Chairman of the Board                    Plaza, Omaha, NE 68131
          Ira A. Greenstein             Senior Vice President -     United States     200 Park Avenue, New
                                        Administration                                York, NY 10166
"""


def test_a_title_column_and_wrapped_places_in_a_table_without_blank_lines(tmp_path):
    """'Chairman of the Board' / 'Treasurer': two titles; '..., New' / 'York, NY': one city; '1000 Kiewit' /
    'Plaza, Omaha': one street; 'WALSH, Denis J., III' is Denis J. Walsh III; the nickname under a name is
    part of it; 'Senior Vice President -' / 'Administration' keeps its spaced dash."""
    _, got = _read(tmp_path, "indented.txt", _INDENTED)
    assert set(got) == {"Denis J. Walsh III", "Sylvester \u201cChip\u201d Johnson", "Ira A. Greenstein"}
    walsh, chip, ira = got["Denis J. Walsh III"], got["Sylvester \u201cChip\u201d Johnson"], got["Ira A. Greenstein"]
    assert walsh.positions == ["Chairman of the Board", "Treasurer"]
    assert chip.positions == ["Chief Executive Officer", "Vice Chairman of the Board"]
    assert walsh.address == "200 Park Avenue, New York, NY 10166" and walsh.address_city == "New York"
    assert chip.address == "1000 Kiewit Plaza, Omaha, NE 68131"
    assert ira.positions == ["Senior Vice President - Administration"]


def test_a_titled_person_with_no_seat_on_a_directors_and_officers_list_is_an_officer(tmp_path):
    text = """                                   SCHEDULE I

           DIRECTORS AND EXECUTIVE OFFICERS OF LARCHMONT FREIGHT INC.

     Walter G. Brennan.  Mr. Brennan is Chief Auditor of Larchmont Freight Inc.

     Ruth K. Okafor.  Ms. Okafor is a director of Larchmont Freight Inc. and is
Chairman of Okafor Shipping Corporation.
"""
    _, got = _read(tmp_path, "auditor.txt", text)
    assert got["Walter G. Brennan"].positions == ["Chief Auditor"]
    assert got["Walter G. Brennan"].bodies == ["executive officers"]
    assert got["Ruth K. Okafor"].bodies == ["board of directors"]


def test_a_title_stacked_under_the_name_is_never_a_person(tmp_path):
    """'Operations Control and' (a line that goes on, the functions of a company) under a name in the name
    column is part of the title stacked there, never a person of its own."""
    text = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF LARCHMONT FREIGHT INC.

<TABLE>
NAME                            CITIZENSHIP     BUSINESS ADDRESS              PRESENT PRINCIPAL OCCUPATION
------------------------------  --------------  ----------------------------  --------------------------------
<S>                             <C>             <C>                           <C>
Walter G. Brennan               U.S.            One Larchmont Drive
Chairman of the Board of                        Omaha, NE 68102
Larchmont Freight Inc.

Dwight J. Goslee                U.S.            One Larchmont Drive
Executive Vice President,                       Omaha, NE 68102
Operations Control and
Development of Larchmont
Freight Inc.
</TABLE>
"""
    _, got = _read(tmp_path, "stacked.txt", text)
    assert set(got) == {"Walter G. Brennan", "Dwight J. Goslee"}
    assert got["Dwight J. Goslee"].positions == ["Executive Vice President, Operations Control and Development"]


def test_a_place_in_an_address_under_a_label_is_never_a_name(tmp_path):
    """'1325 Merrie Ridge Road', 'San Francisco, CA 94104', 'One Valmont Plaza': the NER's names inside address
    lines are places, kept in the address; 'WAY, Bill' above the labels is still a name."""
    text = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF LARCHMONT FREIGHT INC.

YEUTTER, Clayton K.
     Present Position with Larchmont Freight Inc.:
          Director
     Business Address:
          1325 Merrie Ridge Road
          McLean, VA 22101

REICHARDT, Carl E.
     Present Position with Larchmont Freight Inc.:
          Director
     Business Address:
          Wells Fargo Bank
          One Valmont Plaza
          San Francisco, CA 94104

WAY, Bill
     Present Position with Larchmont Freight Inc.:
          President
     Business Address:
          10000 Energy Drive
          Spring, Texas 77389
"""
    filing, got = _read(tmp_path, "labels_above.txt", text)
    assert set(got) == {"Clayton K. Yeutter", "Carl E. Reichardt", "Bill Way"}
    assert got["Clayton K. Yeutter"].address == "1325 Merrie Ridge Road, McLean, VA 22101"
    assert got["Carl E. Reichardt"].address == "Wells Fargo Bank, One Valmont Plaza, San Francisco, CA 94104"
    assert got["Carl E. Reichardt"].address_city == "San Francisco"
    assert not [w for w in filing.warnings if w.code == "unassigned-name"]


def test_dash_entries_one_per_line_without_blank_lines(tmp_path):
    """HTML saved as text prints each paragraph on one line, with no blank line between: each line that
    opens with a name and a dash (' - ' too) is an entry of its own."""
    text = _DASH_HEAD + (
        "Walter G. Brennan - Director, Chairman of the Board. Chairman, Harbor Trust Company. 40 Harbor Street, "
        "Boston, Massachusetts 02110. United States.\n"
        "Ruth K. Okafor - Director. Partner, Okafor & Lind LLP. 12 St. James Square, London SW1Y 4JH, United Kingdom. "
        "British.\n"
        "Samuel T. Ibsen - Treasurer. 40 Harbor Street, Boston, Massachusetts 02110. Norway.\n")
    _, got = _read(tmp_path, "dash_lines.txt", text)
    assert set(got) == {"Walter G. Brennan", "Ruth K. Okafor", "Samuel T. Ibsen"}
    assert got["Ruth K. Okafor"].other_positions == ["Partner, Okafor & Lind LLP"]
    assert got["Ruth K. Okafor"].citizenship == "British" and got["Samuel T. Ibsen"].citizenship == "Norway"
    assert got["Walter G. Brennan"].address == "40 Harbor Street, Boston, Massachusetts 02110"


def test_a_chairman_listed_under_the_directors_and_with_an_office_is_an_officer_too(tmp_path):
    """'Directors; Chairman of the Board: X' on a list of directors and executive officers: listed under the
    directors (the section's plural name) and, for the other title, among the officers; a plain 'Director'
    or a 'Chairman of the Board' alone is a seat on the board only."""
    text = _ENTITY.replace("Chairman of the Board:  Walter G. Brennan", "Directors; Chairman of the Board:  Walter G. "
                           "Brennan\n\n                  Chairman of the Board:  Ruth K. Okafor")
    _, got = _read(tmp_path, "entity_chair.txt", text)
    assert got["Walter G. Brennan"].bodies == ["board of directors", "executive officers"]
    assert got["Ruth K. Okafor"].bodies == ["board of directors"]
    assert got["Torsten Sløk"].bodies == ["board of directors"]
