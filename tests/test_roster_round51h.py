"""Round 51h (issue 13): three causes in gather89's and two development families' rosters.

- underlined_name_colon_labels_citizenship_first_titles_of_org_sentence (gather89): 'Business Address:' and its
  value, the address one comma-joined string filled to the width with a hanging indent at the value's column
  ('c/o 70 Pine Street, New York, New' / 'York 10270'): each wrapped line was read as a part of its own, so the
  city was read as 'New' (a wrong value). Now an address whose every break is one the width forced (the next first
  word would not have fitted, the width that of the values at that column) is one line
  (kg/forms/roster_filled_address.py); one printed a part a line keeps its parts.
- name_titles_of_org_dashed_rows_page_reopened: 'Directors and Chairman of the Board of MSDW' under the first
  row's name was read as a section heading 'Directors', giving 'board of directors' to every officer below. Now a
  cell that lists a title after the body with 'and' is titles, as one with a comma was (kg/forms/roster_rowcells.py).
- stacked_name_affiliation_lines: a house number printed on a line of its own over the street ('21' / 'avenue
  Matignon', '400' / 'chemin de la Cote-Vertu ouest') stopped the address, which was then refused. Now the number
  and the street under it are the address's first lines, unless the line above could have run on into the number
  (kg/forms/roster_lead_address.py `_house_number`).
"""
from __future__ import annotations

from roster_people import read_people

_UNDERLINED = """                                   ANNEX I

        Directors and Executive Officers of Thornbury Mills Corporation

Set forth below are the name, citizenship, present principal occupation and
business address of each director and executive officer of Thornbury Mills
Corporation.

Ingrid P. Halvorsen
-------------------
Citizenship:            United States
Principal Occupation:   Director of Thornbury Mills
                        Corporation; Partner, Ashgrove
                        Capital Partners
Business Address:       c/o 12 Water Street, New York, New
                        York 10005

Roderick T. Malone
------------------
Citizenship:            Canada
Principal Occupation:   President of Thornbury Mills
                        Corporation
Business Address:       Thornbury Mills Corporation, 85
                        Front Street West, Toronto,
                        Ontario M5J 1E6

Priscilla A. Vance
------------------
Citizenship:            United States
Principal Occupation:   Treasurer of Thornbury Mills
                        Corporation
Business Address:       2101 Indian Creek Drive, Fort
                        Worth, TX 76107
"""


def test_filled_address_under_a_colon_label_is_one_line(tmp_path):
    people = read_people(tmp_path, _UNDERLINED)
    assert people["Ingrid P. Halvorsen"]["address_city"] == "New York"
    assert people["Priscilla A. Vance"]["address_city"] == "Fort Worth"
    assert people["Roderick T. Malone"]["address_country"] == "CA"


_PARTS = _UNDERLINED.replace("""Business Address:       c/o 12 Water Street, New York, New
                        York 10005""", """Business Address:       Ashgrove Capital Partners
                        12 Water Street
                        New York, New York 10005""")


def test_address_printed_a_part_a_line_keeps_its_parts(tmp_path):
    person = read_people(tmp_path, _PARTS)["Ingrid P. Halvorsen"]
    assert person["address"] == "Ashgrove Capital Partners, 12 Water Street, New York, New York 10005"
    assert person["address_city"] == "New York"


_DASHED = """Exhibit 2


            Identity and Background of Keswick Holdings, Inc. Officers and
            Directors


         During the last five years, no person set forth below has been
convicted in a criminal proceeding. Unless otherwise specified, the business
address of each person is 1585 Broadway, New York, New York 10036. Each person
set forth below is a citizen of the United States.

<TABLE>

------------------------------------------------------------------------------------------------
Name and Title                                          Occupation and  Business Address
------------------------------------------------------------------------------------------------
<CAPTION>

<S>                                               <C>
Bartholomew Q. Ashdown,                           officer of Morgan Stanley & Co. Incorporated
Directors and Chairman of the Board of Keswick
Holdings, Inc.
------------------------------------------------------------------------------------------------
Felicity R. Langmere,                             officer of Morgan Stanley & Co. Incorporated
Director and President of Keswick Holdings,
Inc.
------------------------------------------------------------------------------------------------
Winthrop E. Calder,                               officer of Morgan Stanley & Co. Incorporated
Vice President of Keswick Holdings, Inc.
------------------------------------------------------------------------------------------------
Marisol T. Okafor,                                officer of Morgan Stanley & Co. Incorporated
Vice President of Keswick Holdings, Inc.
------------------------------------------------------------------------------------------------
</TABLE>
"""


def test_titles_listed_with_and_under_a_name_are_no_section_heading(tmp_path):
    people = read_people(tmp_path, _DASHED)
    assert people["Winthrop E. Calder"]["positions"] == ["Vice President"]
    assert "board of directors" not in people["Winthrop E. Calder"]["bodies"]
    assert "board of directors" not in people["Marisol T. Okafor"]["bodies"]
    assert "board of directors" in people["Felicity R. Langmere"]["bodies"]


_STACKED = """<PAGE>
                                                       EXHIBIT 2


Names, positions, corporate affiliations, business addresses and citizenship of
the directors and executive officers of Morvan Finance:

Morvan Finance

Sylvie Laroche
Member, Conseil d'Administration, Morvan Finance
Head of Legal Department, Banque Ardent
21
avenue Matignon
75008 Paris
France
Citizenship: Republic of France

Etienne Morvan
Member, Conseil d'Administration, Morvan Finance
Chief Executive Officer, Banque Ardent
400
chemin de la Cote-Vertu ouest
Dorval H4S 1Y9
Citizenship: Canada

Odile Berthier
Member, Conseil d'Administration, Morvan Finance
Head of Treasury Department and Chief Risk Officer, Banque Ardent
25 avenue Matignon
75008 Paris
France
Citizenship: Republic of France
"""


def test_house_number_on_its_own_line_opens_the_address(tmp_path):
    people = read_people(tmp_path, _STACKED)
    laroche, morvan = people["Sylvie Laroche"], people["Etienne Morvan"]
    assert (laroche["address_city"], laroche["address_country"]) == ("Paris", "FR")
    assert laroche["other_positions"] == ["Head of Legal Department, Banque Ardent"]
    assert morvan["address_city"] == "Dorval"
    assert morvan["other_positions"] == ["Chief Executive Officer, Banque Ardent"]
    assert people["Odile Berthier"]["address_city"] == "Paris"  # (the neighbour: number and street on one line)


def test_number_that_may_end_the_line_above_is_not_read_as_a_house_number(tmp_path):
    text = _STACKED.replace("Head of Legal Department, Banque Ardent\n21\n",
                            "President, International Brotherhood of Electrical Workers Local\n21\n")
    laroche = read_people(tmp_path, text)["Sylvie Laroche"]
    assert laroche["address"] == "avenue Matignon, 75008 Paris, France"  # ('21' the end of the line above, wrapped)
    assert laroche["other_positions"] == ["President, International Brotherhood of Electrical Workers Local 21"]
