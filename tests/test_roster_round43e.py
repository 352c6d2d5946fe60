"""Forty-third round (e), issue 13: causes of the extra values of the recombined-layout bench, seeds 38 and 39
(`benchmarks/bench_roster_combos.py --wider`), each rebuilt as a small text of our own.

- A labelled block's unlabelled line of titles under the name ('A. MARGARET E. LINDQVIST' / 'Director of Halloran
  Mills Corporation; Managing Partner, Northgate Capital'): its items named the listed organisation after the title
  and were kept whole as titles, the occupation elsewhere with them (kg/forms/roster_lead_titles.py).
- The last line of a wrapped preamble sentence ('officers of Halloran Mills Corporation.') read as a section
  heading over the table: every row got the executive officers' body (kg/forms/roster_geometry.py heading_body).
- 'Other Principal' over 'Occupation' beside a wrapped 'Position(s) with ...' caption: the header was cut to its
  last line and the titles' column lost (kg/forms/roster_held_captions.py).
- Captions one a line over name blocks ('Full Name' / 'Principal Occupation ...' / 'Position'): read as name blocks,
  each occupation and title joined into one (kg/forms/roster_nameblocks.py).
- '1. MARGARET E. LINDQVIST' right under the title read as the organisation the roster is of
  (kg/forms/roster_org.py).
- A header wrapped over more than five lines (the SEC's long caption in a narrow column) not read as a header: the
  columns' roles guessed (kg/forms/roster_geometry.py _wrapped_header).
- Cities: '1585 Broadway New York, New York 10036' read 'Broadway New York'; '... Avenue N.W. Washington' 'N.W.
  Washington'; '10 Avenue de Grande-Bretagne MC-98000 Monte-Carlo' the whole run; 'Central' over 'Hong Kong'
  (kg/forms/roster_fields.py).

Tests marked "fails on main" failed on main 449ab2a and pass here; guards pass on both."""
from __future__ import annotations

import kg
from kg.forms.roster_fields import parse_address


def _people(tmp_path, text: str) -> dict:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


_LEAD_TITLES = """SCHEDULE I

DIRECTORS AND EXECUTIVE OFFICERS OF HALLORAN MILLS CORPORATION

A. MARGARET E. LINDQVIST
    Director of Halloran Mills Corporation; Managing Partner, Northgate Capital
    Citizenship:          United States
    Business Address:     400 Harbor Road, Stamford, Connecticut 06902

B. THOMAS R. ABERNATHY
    Director of Halloran Mills Corporation; President of Halloran Mills Corporation
    Citizenship:          Canada
    Business Address:     400 Harbor Road, Stamford, Connecticut 06902

C. DENISE K. OKAFOR
    Chief Financial Officer of Halloran Mills Corporation
    Citizenship:          United States
    Business Address:     400 Harbor Road, Stamford, Connecticut 06902
"""


def test_an_unlabelled_title_line_naming_the_listed_organisation_mixes_titles_and_occupations(tmp_path):
    """Fails on main (positions 'Director of Halloran Mills Corporation', 'Managing Partner, Northgate Capital')."""
    people = _people(tmp_path, _LEAD_TITLES)
    assert people["Margaret E. Lindqvist"].positions == ["Director"]
    assert people["Margaret E. Lindqvist"].other_positions == ["Managing Partner, Northgate Capital"]
    assert people["Thomas R. Abernathy"].positions == ["Director", "President"]
    assert people["Denise K. Okafor"].positions == ["Chief Financial Officer"]
    assert people["Denise K. Okafor"].other_positions == []


def test_an_unlabelled_title_line_naming_no_organisation_stays_titles(tmp_path):
    """Guard (passes on main too): 'Director; Vice President' under the name names no organisation: titles."""
    text = _LEAD_TITLES.replace("Director of Halloran Mills Corporation; Managing Partner, Northgate Capital",
                                "Director; Vice President")
    people = _people(tmp_path, text)
    assert people["Margaret E. Lindqvist"].positions == ["Director", "Vice President"]
    assert people["Margaret E. Lindqvist"].other_positions == []


_SENTENCE_OVER_TABLE = """EXHIBIT 1

INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF HALLORAN

Set forth below is certain information concerning the directors and executive
officers of Halloran.

<TABLE>
Name and Business        Country of
Address                  Citizenship    Present Position with Halloran
<S>                      <C>            <C>

MARGARET E. LINDQVIST    United States  Director
1303 East Harborway                     Chairman of the Board
Road                                    Chief Executive Officer
Stamfordia, Illinois
60196

THOMAS R. NOVAKS         United States  Director
1303 East Harborway                     Chairman of the Executive Committee
Road
Stamfordia, Illinois
60196

DENISE K. MORALES        United States  Director
1303 East Harborway                     President
Road                                    Chief Operating Officer
Stamfordia, Illinois
60196
</TABLE>
"""


def test_a_wrapped_sentence_ending_over_the_table_is_no_heading(tmp_path):
    """Fails on main (every row under the executive officers: 'officers of Halloran Mills.' read as a heading)."""
    people = _people(tmp_path, _SENTENCE_OVER_TABLE)
    assert people["Thomas R. Novaks"].bodies == ["board of directors"]
    assert people["Thomas R. Novaks"].positions == ["Director", "Chairman of the Executive Committee"]
    assert "executive officers" in people["Margaret E. Lindqvist"].bodies


def test_a_heading_over_the_table_still_names_the_rows_body(tmp_path):
    """Guard (passes on main too): 'OFFICERS' on a line of its own over the table is the rows' body."""
    text = _SENTENCE_OVER_TABLE.replace("officers of Halloran.\n", "officers of Halloran.\n\nOFFICERS\n")
    people = _people(tmp_path, text)
    assert "executive officers" in people["Thomas R. Novaks"].bodies


_OTHER_PRINCIPAL = """ANNEX A

Executive Officers and Directors of THE ST. PAUL PEMBERTON COMPANIES, INC.

The name, business address, present principal occupation or employment and
citizenship of each director and executive officer of The St. Paul Pemberton
Companies, Inc. are set forth below.

<TABLE>
                       Position(s)
                       with The St.
Name of Executive      Paul Pemberton   Country of             Other Principal
Officer or Director    Companies, Inc.  Citizenship            Occupation
---------------------  ---------------  ---------------------  ----------------
<S>                    <C>              <C>                    <C>

MARGARET LINDQVIST     Director         United States          Chief Executive
------------------------------------------------------------
THOMAS ABERNATHY       Director         United States          Partner, Cravath

------------------------------------------------------------

DENISE OKAFOR          Director         United States          Chairman

------------------------------------------------------------

VICTOR MORALES         Director         United States          Chairman
------------------------------------------------------------
HELEN NAKAMURA         Director         United States          Retired Chairman

------------------------------------------------------------

ANNA PRZYBYL           Director         United States          Chief Executive

------------------------------------------------------------

RAFAEL QUINTERO        Director         United States          Chairman
------------------------------------------------------------
ERIK RASMUSSEN         Chief Executive  United States
------------------------------------------------------------
IRINA SOKOLOV          Director         United States          Chief Executive
------------------------------------------------------------
</TABLE>
"""


def test_other_principal_over_occupation_beside_a_wrapped_held_caption(tmp_path):
    """Fails on main (the header cut to its last line: 'Director' lost, 'Chief Executive' read as a title)."""
    people = _people(tmp_path, _OTHER_PRINCIPAL)
    assert people["Margaret Lindqvist"].positions == ["Director"]
    assert people["Margaret Lindqvist"].bodies == ["board of directors"]
    assert people["Margaret Lindqvist"].other_positions == ["Chief Executive"]
    assert people["Thomas Abernathy"].other_positions == ["Partner, Cravath"]


def test_present_principal_over_occupation_still_reads(tmp_path):
    """Guard (passes on main too): 'Present Principal' is a caption's first words of its own."""
    people = _people(tmp_path, _OTHER_PRINCIPAL.replace("Other Principal", "Present Principal"))
    assert people["Margaret Lindqvist"].positions == ["Director"]
    assert people["Thomas Abernathy"].other_positions == ["Partner, Cravath"]


_CAPTIONS_A_LINE = """ANNEX A

DIRECTORS AND EXECUTIVE OFFICERS OF Halloran Mills Corporation

The name, business address, present principal occupation or employment and
citizenship of each director and executive officer of The Halloran Mills
Corporation are set forth below.

Each of the persons listed below is a citizen of the United States.

Full Name
Principal Occupation or Employment and Name and Address of Employer
Position

(1) LINDQVIST, Margaret E.
Chief Executive
Director

(2) ABERNATHY, THOMAS R.
Partner, Cravath
Director

(3) OKAFOR, Denise K.
Chairman
Director

(4) MORALES, Victor J.
Chairman
Director

(5) NAKAMURA, HELEN T.
Retired Chairman
Director

(6) PRZYBYL, ANNA M.
Chief Executive
Director

(7) QUINTERO, Rafael A.
Chairman
Director

(8) RASMUSSEN, Erik L.
-
Chief Executive

(9) SOKOLOV, Irina V.
Chief Executive
Director

"""


def test_captions_one_a_line_over_the_entries_are_cells_not_name_blocks(tmp_path):
    """Fails on main (read as name blocks: 'Chief Executive Director' one title)."""
    people = _people(tmp_path, _CAPTIONS_A_LINE)
    assert people["Margaret E. Lindqvist"].positions == ["Director"]
    assert people["Margaret E. Lindqvist"].other_positions == ["Chief Executive"]
    assert people["Erik L. Rasmussen"].positions == ["Chief Executive"]
    assert people["Erik L. Rasmussen"].other_positions == []


def test_name_blocks_without_captions_still_read(tmp_path):
    """Guard (passes on main too): a name, then its titles a line, a blank line between people."""
    text = """DIRECTORS AND EXECUTIVE OFFICERS OF HALLORAN MILLS CORPORATION

Margaret E. Lindqvist
Director
Chief Executive Officer

Thomas R. Abernathy
Director

Denise K. Okafor
Director
Treasurer
"""
    people = _people(tmp_path, text)
    assert people["Margaret E. Lindqvist"].positions == ["Director", "Chief Executive Officer"]
    assert people["Denise K. Okafor"].positions == ["Director", "Treasurer"]


_NUMBERED_NAMES = """SCHEDULE I

Executive Officers and Directors of Halloran Mills Corporation

1. MARGARET E. LINDQVIST
    Citizenship:
        U.S.
    Office Held:
        Chairman of the Board; Chief Executive Officer

2. THOMAS R. ABERNATHY
    Citizenship:
        Canada
    Office Held:
        Director
"""


def test_a_numbered_name_under_the_title_is_no_organisation(tmp_path):
    """Fails on main (organisation 'Margaret E. Lindqvist' on everyone)."""
    people = _people(tmp_path, _NUMBERED_NAMES)
    assert {p.organization for p in people.values()} == {"Halloran Mills Corporation"}


def test_a_numbered_organisation_under_the_title_is_the_organisation(tmp_path):
    """Guard (passes on main too): '1. NORTHGATE CAPITAL CORPORATION' under the title is whose the roster is."""
    text = _NUMBERED_NAMES.replace("Executive Officers and Directors of Halloran Mills Corporation",
                                   "DIRECTORS AND EXECUTIVE OFFICERS OF THE FILING PERSONS") \
        .replace("1. MARGARET E. LINDQVIST", "1. NORTHGATE CAPITAL CORPORATION\n\nMARGARET E. LINDQVIST") \
        .replace("2. THOMAS R. ABERNATHY", "THOMAS R. ABERNATHY")
    people = _people(tmp_path, text)
    assert people and {p.organization for p in people.values()} == {"Northgate Capital Corporation"}


_TALL_CAPTION = """SCHEDULE I

INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF HALLORAN MILLS CORPORATION

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
Name and Business Address    Position       Country of Citizenship    is Conducted

A. MARGARET E. LINDQVIST     Director       United States of America
400 Harbor Road
Stamford, Connecticut 06902

B. THOMAS R. ABERNATHY       Director       Canada
400 Harbor Road
Stamford, Connecticut 06902

C. DENISE K. OKAFOR          Treasurer      United States of America
400 Harbor Road
Stamford, Connecticut 06902
"""


def test_a_caption_wrapped_over_many_lines_is_the_header(tmp_path):
    """Fails on main (no header read: 'Director' read as an occupation, the citizenship left out)."""
    people = _people(tmp_path, _TALL_CAPTION)
    assert people["Margaret E. Lindqvist"].positions == ["Director"]
    assert people["Margaret E. Lindqvist"].other_positions == []
    assert people["Thomas R. Abernathy"].citizenship == "Canada"
    assert people["Denise K. Okafor"].positions == ["Treasurer"]


def test_a_caption_wrapped_over_three_lines_still_reads(tmp_path):
    """Guard (passes on main too)."""
    lines = _TALL_CAPTION.splitlines()
    head = [i for i, line in enumerate(lines) if line.strip() == "Present"][0]
    text = "\n".join(lines[:head] + ["                                                                      Present",
                                     "                                                                      Principal",
                                     ] + lines[head + 19:]).replace("is Conducted", "Occupation") + "\n"
    people = _people(tmp_path, text)
    assert people["Margaret E. Lindqvist"].positions == ["Director"]
    assert people["Thomas R. Abernathy"].citizenship == "Canada"


_WRAPPED_ADDRESSES = """SCHEDULE I

Executive Officers and Directors of HALLORAN MILLS CORPORATION

<TABLE>
                                                                   Residence or
Name                     Position                                  Business Address
=======================  ========================================  =================
<S>                      <C>                                       <C>

MARGARET E. LINDQVIST    Director                                  Northgate Capital
                                                                   1585 Broadway
                                                                   New York, New
                                                                   York 10036

THOMAS R. ABERNATHY      Director                                  Cravath
                                                                   1440 New
                                                                   York Avenue
                                                                   N.W.
                                                                   Washington, D.C.
                                                                   20005

DENISE K. OKAFOR         Director                                  Harbour Group
                                                                   4 Des Voeux Road
                                                                   Central
                                                                   Hong Kong
</TABLE>
"""


def test_the_city_after_a_street_with_no_street_word_a_quadrant_or_a_district(tmp_path):
    """Fails on main (cities 'Broadway New York', 'N.W. Washington', 'Central')."""
    people = _people(tmp_path, _WRAPPED_ADDRESSES)
    assert people["Margaret E. Lindqvist"].address_city == "New York"
    assert people["Thomas R. Abernathy"].address_city == "Washington"
    assert people["Denise K. Okafor"].address_city == "Hong Kong"


def test_cities_of_addresses_as_one_line():
    """Fails on main (first four); the rest are guards."""
    assert parse_address("1585 Broadway New York, New York 10036")[1] == "New York"
    assert parse_address("1850 K Street, N.W. Washington, D.C. 20006")[1] == "Washington"
    assert parse_address("Le Prince de Galles, 10 Avenue de Grande-Bretagne MC-98000 Monte-Carlo, MONACO")[1] \
        == "Monte-Carlo"
    assert parse_address("100 Market Palo Alto, CA 94301")[1] is None  # ('Alto' or 'Palo Alto': not known)
    assert parse_address("1585 Broadway Chicago, IL 60601")[1] == "Chicago"
    assert parse_address("30 Rockefeller Plaza New York, NY 10112")[1] == "New York"
    assert parse_address("Suite 500 Chicago, IL 60601")[1] == "Chicago"
    assert parse_address("Bahnhofstrasse 4, 60311 Frankfurt am Main, Germany")[1] == "Frankfurt am Main"
    assert parse_address("10000 Energy Drive, Spring, Texas 77389")[1] == "Spring"


_CITIZENS_HEADINGS = """SCHEDULE I

DIRECTORS AND EXECUTIVE OFFICERS OF HALLORAN MILLS CORPORATION

UNITED STATES CITIZENS

A. LINDQVIST, Margaret E.
Position:                      Director
Business Address:              400 Harbor Road, Stamford, Connecticut 06902
----------------------------------------
B. ABERNATHY, Thomas R.
Position:                      Director; President
Business Address:              400 Harbor Road, Stamford, Connecticut 06902
----------------------------------------

CANADA CITIZENS

C. OKAFOR, Denise K.
Position:                      Chief Financial Officer
Business Address:              751 Victoria Square, Montreal QC H2Y 2J3
----------------------------------------
"""


def test_a_citizens_sub_heading_in_capitals_gives_its_group_the_citizenship(tmp_path):
    """Fails on main (no citizenship read; the organisation 'Halloran Mills Corporation United States Citizens')."""
    people = _people(tmp_path, _CITIZENS_HEADINGS)
    assert people["Margaret E. Lindqvist"].country == "US"
    assert people["Thomas R. Abernathy"].country == "US"
    assert people["Denise K. Okafor"].country == "CA"
    assert {p.organization for p in people.values()} == {"Halloran Mills Corporation"}
    assert people["Thomas R. Abernathy"].positions == ["Director", "President"]


def test_a_citizens_sub_heading_with_a_colon_still_reads(tmp_path):
    """Guard (passes on main too): 'Citizens of Canada:' over its group."""
    text = _CITIZENS_HEADINGS.replace("UNITED STATES CITIZENS", "Citizens of the United States:") \
        .replace("CANADA CITIZENS", "Citizens of Canada:")
    people = _people(tmp_path, text)
    assert people["Margaret E. Lindqvist"].country == "US"
    assert people["Denise K. Okafor"].country == "CA"


_NAME_CAPTION_SECOND = """ANNEX A

Executive Officers and Directors of HALLO MILLS CORP.

Set forth below is certain information concerning the directors and executive
officers of Hallo Mills Corp..

Principal Occupation        Name                 Nationality

Director of Hallo Mills     Lindqvist, Margo     Canadian
Corp.; Self Employed
Businessman

Director of Hallo Mills     Abernathy, Thomas    Canadian
Corp.; Self Employed
Businessman

Director of Hallo Mills     Okafor, Denis        Canadian
Corp.; Officer of Hallo
Mills Corp.; Chief
Financial Officer of Hallo
Mills Corp.

"""


def test_a_one_line_header_whose_names_caption_is_not_first(tmp_path):
    """Fails on main (no header read: 'Director of Hallo Mills Corp.' kept whole, 'Self Employed Businessman' a
    title)."""
    people = _people(tmp_path, _NAME_CAPTION_SECOND)
    assert people["Margo Lindqvist"].positions == ["Director"]
    assert people["Margo Lindqvist"].other_positions == ["Self Employed Businessman"]
    assert people["Denis Okafor"].positions == ["Director", "Officer", "Chief Financial Officer"]


def test_a_one_line_header_whose_names_caption_is_first_still_reads(tmp_path):
    """Guard (passes on main too): 'Name' first, the occupation and the nationality after it."""
    text = """ANNEX A

Executive Officers and Directors of HALLO MILLS CORP.

Name                 Principal Occupation        Nationality

Lindqvist, Margo     Director of Hallo Mills     Canadian
                     Corp.; Self Employed
                     Businessman

Abernathy, Thomas    Director of Hallo Mills     Canadian
                     Corp.; Self Employed
                     Businessman

Okafor, Denis        Director of Hallo Mills     Canadian
                     Corp.; Officer of Hallo
                     Mills Corp.
"""
    people = _people(tmp_path, text)
    assert people["Margo Lindqvist"].positions == ["Director"]
    assert people["Margo Lindqvist"].other_positions == ["Self Employed Businessman"]
    assert people["Denis Okafor"].positions == ["Director", "Officer"]


_LETTERS_COLUMN = """SCHEDULE I

DIRECTORS AND EXECUTIVE OFFICERS OF HALLORAN MILLS CORPORATION

Set forth below is certain information concerning the directors and executive
officers of Halloran Mills Corporation.

      Name and Citizenship    Principal Occupation
----  ----------------------  --------------------------

A.    Lindqvist, Margaret     Director of Halloran Mills
      France                  Corporation;
                              Managing Director,
                              Northgate Capital
------------------------------------------------------------
B.    Abernathy, Thomas       Director of Halloran Mills
      Canada                  Corporation; President of
                              Halloran Mills Corporation
------------------------------------------------------------
C.    Okafor, Denise          Treasurer of Halloran
      Canada                  Mills Corporation
------------------------------------------------------------
"""


def test_row_letters_in_a_column_with_no_caption_are_no_value(tmp_path):
    """Fails on main (titles 'A. Director', 'C. Treasurer')."""
    people = _people(tmp_path, _LETTERS_COLUMN)
    assert people["Margaret Lindqvist"].positions == ["Director"]
    assert people["Thomas Abernathy"].positions == ["Director", "President"]
    assert people["Denise Okafor"].positions == ["Treasurer"]


def test_row_numbers_in_a_column_with_no_caption_still_read(tmp_path):
    """Guard (passes on main too): '1.', '2.' in the first column."""
    text = _LETTERS_COLUMN.replace("A.    ", "1.    ").replace("B.    ", "2.    ").replace("C.    ", "3.    ")
    people = _people(tmp_path, text)
    assert people["Margaret Lindqvist"].positions == ["Director"]
    assert people["Denise Okafor"].positions == ["Treasurer"]


_REPEATED_HEADER = """SCHEDULE I

DIRECTORS AND EXECUTIVE OFFICERS OF HALLORAN MILLS CORPORATION

                                                      Other Principal
Name and Business Address  Nationality    Position    Occupation

A. Lindqvist, Margaret     United States  Director    Retired Vice
c/o 70 Pine Street                                    Chairman,
New York, New York 10270                              Northgate
                                                      Capital

B. Abernathy, Thomas R.    United States  Director    President,
American Museum of                                    American Museum

<PAGE>
                                      -4-

                                                      Other Principal
Name and Business Address  Nationality    Position    Occupation

Natural History                                       of Natural
Central Park West at 79th                             History
Street
New York, New York 10024

C. Okafor, Denise K.       Canada         Director    Counsel,
Cassels, Brock &                                      Cassels, Brock
Blackwell                                             & Blackwell
40 King Street West
Toronto, Ontario M5H 3C2
"""


def test_other_principal_repeated_after_a_page_break_is_the_header(tmp_path):
    """Fails on main (the occupation 'President, American Museum Other Principal of Natural History')."""
    people = _people(tmp_path, _REPEATED_HEADER)
    assert people["Thomas R. Abernathy"].other_positions == ["President, American Museum of Natural History"]
    assert people["Denise K. Okafor"].other_positions == ["Counsel, Cassels, Brock & Blackwell"]


def test_present_principal_repeated_after_a_page_break_is_the_header(tmp_path):
    """Guard (passes on main too)."""
    people = _people(tmp_path, _REPEATED_HEADER.replace("Other Principal", "Present Principal"))
    assert people["Thomas R. Abernathy"].other_positions == ["President, American Museum of Natural History"]
