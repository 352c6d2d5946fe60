"""Round 51e (issue 13): titles under a name wrapped inside an organisation's name (gather82's
scout_numbered_rows_titles_under_name) and a Name | Title table whose title cell wraps into the row of the employer
printed under the name (gather79's name_address_title_purchaser_preamble_exceptions).

- 'Director of Lumen' / '  Corporation of Canada' under the name: the title was wrapped narrower than the column, set
  in by a hanging indent; its tail was read as an occupation ('Corporation of Canada, Managing Director, ...') and the
  title kept as 'Director of Lumen' (kg/forms/roster_title_hang.py).
- 'Director of Purchaser; President, Oakridge' / 'Oakridge Botanical Society  Botanical Society': the row under the
  name was read as another party's row (an organisation beside a capitalised cell at the margin), the person's address
  and the title's end lost. A title cell that prints an organisation's name, or one whose line above ran to the
  column's longest line though shorter than it, is the rest of the title above (kg/forms/roster_other_party.py);
  'Senior Vice' / 'President' goes on (kg/patterns/roster_other_party.yml).
- A table whose entries are set apart by '=' rules only: its rows are no preamble prose naming the organisation
  ('member of Samsung' / 'Denmark' / 'Electronics' read 'Samsung Denmark Electronics'; kg/forms/roster_org.py).
"""
from __future__ import annotations

from roster_people import read_people

_SCOUT = """                                   ANNEX I

             INFORMATION CONCERNING THE OFFICERS AND DIRECTORS OF
                         LUMEN CORPORATION OF CANADA

<TABLE>
<CAPTION>
                                                                    PRESENT PRINCIPAL
      NAME                            BUSINESS ADDRESS              OCCUPATION OR EMPLOYMENT            CITIZENSHIP
----- ------------------------------- ----------------------------- ----------------------------------- ---------------
<S>   <C>                             <C>                           <C>                                 <C>
1.    Agnes P. Thorvald               Thorvald Investissements      Managing Director, Thorvald         France
      Director of Lumen               12, Avenue des                  Investissements
        Corporation of Canada           Tilleuls-Blancs
                                      75008 Paris, France
=======================================================================================================================
2.    Oskar B. Lindgren               200 Harbour Square            Director, Lumen Corporation of      Canada
      Director and President and      Montreal QC H2Y 2J3             Canada
        Co-Chief Executive Officer                                  President and Co-Chief Executive
        of Lumen Corporation of                                       Officer, Lumen Corporation of
        Canada                                                        Canada
=======================================================================================================================
3.    Marcel T. Fournier              200 Harbour Square            Vice-President, Lumen Corporation   Canada
      Vice-President of Lumen         Montreal QC H2Y 2J3             of Canada
        Corporation of Canada
=======================================================================================================================
</TABLE>
"""

_PURCHASER = """Exhibit 3


                       Northfield Industries, Inc.

                        Directors and Executive Officers


                  The following table sets forth the name, position with
Northfield Industries, Inc. ("Purchaser") and present principal
occupation of each Director and Executive Officer of Purchaser. Each
individual listed below is a citizen of the United States.


<TABLE>
Name                                Title
----                                -----
<S>                                 <C>
Walter J. Brenner                   Director of Purchaser; Retired Vice Chairman,
c/o 70 Pine Street                  Citicorp and Citibank, N.A.
New York, New York 10270

Harold M. Ashby                     Director, Executive Officer and Senior Vice
Northfield Trust Company            President of Purchaser
824 Market Street, Suite 210
Wilmington, DE 19801

Clara V. Weston                     Director of Purchaser; President, Oakridge
Oakridge Botanical Society          Botanical Society
Central Park West at 79th Street
New York, New York 10024
</TABLE>
"""

_OTHER_PARTY = """SCHEDULE A

The following table sets forth the name, title and citizenship of each director
and executive officer of Fenwick Mills, Inc.

Name                          Title                         Citizenship
----                          -----                         -----------
Alice M. Fenwick              Chairman of the Board         United States
Harrowgate Holdings LLC       Managing Member               Delaware
Robert T. Vance               President and Chief           United States
                                Executive Officer
"""


def test_title_hung_under_the_name_goes_on_in_the_organisation(tmp_path):
    people = read_people(tmp_path, _SCOUT)
    assert people["Agnes P. Thorvald"]["positions"] == ["Director"]
    assert people["Agnes P. Thorvald"]["other_positions"] == ["Managing Director, Thorvald Investissements"]
    assert people["Marcel T. Fournier"]["positions"] == ["Vice-President"]
    assert people["Oskar B. Lindgren"]["positions"] == ["Director", "President and Co-Chief Executive Officer"]


def test_title_wrapped_beside_the_employer_under_the_name(tmp_path):
    people = read_people(tmp_path, _PURCHASER)
    assert people["Clara V. Weston"]["other_positions"] == ["President, Oakridge Botanical Society"]
    assert people["Clara V. Weston"]["address_city"] == "New York"
    assert people["Harold M. Ashby"]["positions"] == ["Director", "Executive Officer and Senior Vice President"]
    assert people["Harold M. Ashby"]["address_city"] == "Wilmington"
    assert people["Walter J. Brenner"]["other_positions"] == ["Retired Vice Chairman, Citicorp and Citibank, N.A."]


def test_equals_ruled_rows_name_no_organisation(tmp_path):
    text = _PURCHASER.replace("\n\nHarold", "\n" + "=" * 78 + "\nHarold").replace("\n\nClara", "\n" + "=" * 78 + "\nClara")
    text = text.replace("President, Oakridge\nOakridge Botanical Society          Botanical Society",
                        "member of Oakridge\nOakridge Botanical Society          Texas Botanical, Society")
    people = read_people(tmp_path, text)
    assert people["Harold M. Ashby"]["organization"] == "Northfield Industries, Inc."
    assert people["Harold M. Ashby"]["positions"] == ["Director", "Executive Officer and Senior Vice President"]


def test_another_partys_row_under_a_person_stays_apart(tmp_path):
    people = read_people(tmp_path, _OTHER_PARTY)
    assert "Harrowgate Holdings LLC" not in people
    assert people["Alice M. Fenwick"]["positions"] == ["Chairman of the Board"]
    assert "Managing Member" not in (people["Alice M. Fenwick"].get("other_positions") or [])


def test_defined_organisation_with_of_in_its_name(tmp_path):
    text = _PURCHASER.replace("Northfield Industries, Inc.", "Harbour Bank of Scotland").replace(
        "position with\nHarbour Bank of Scotland", "position with Harbour\nBank of Scotland")
    people = read_people(tmp_path, text)
    assert {p["organization"] for p in people.values()} == {"Harbour Bank of Scotland"}
    assert people["Walter J. Brenner"]["positions"] == ["Director"]
