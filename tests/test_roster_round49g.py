"""Round 49g (issue 13): gather71's dash_lead_paragraphs_citizenship_preamble_default (first contact P 0.977 R 0.379,
3 values on the wrong person).

- One paragraph per person, 'Name -- <Title>, <Org>; <Title>, <Org>; <outside occupation>.  Business address: ....'
  and 'Citizen of X.' where X is not the preamble's default. The last sentence 'Citizen of Italy.' was read as the
  business address (its country made it one), 'Citizen of U.S.' too, and the 'Business address:' label was kept in
  the address (kg/forms/roster_dash.py: a piece that only states a citizenship is the citizenship; a labelled
  address piece is the address, its label dropped; a label opens a new piece after an abbreviation, 'p.l.c.').
- The '; '-joined '<Title>, <Org>' items were left out whole (no title run '<Title>, Motorola' read as a role): where
  an item names the listed organisation after its title, the items are read as the layout's items (those naming
  the listed organisation its titles, the others occupations elsewhere).
"""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict

DASH_LEAD = """                                  SCHEDULE I

       INFORMATION RELATING TO THE DIRECTORS AND EXECUTIVE OFFICERS OF
                                   HALCYON

The name, present principal occupation or employment and business address of
each director and executive officer of Halcyon are set forth below. Unless
otherwise indicated, each person listed below is a citizen of the United
States.

     Peter L. Osei -- Director, Halcyon; President, Halcyon.  Business
address: 12 Harbour Road, Stamford, Connecticut 06901.

     Giulia Ferrante -- Director, Halcyon; Chief Executive Officer,
Lanterna.  Business address: Via Roma 14, 20121 Milano, Italy.
Citizen of Italy.

     Harold N. Quist -- Director, Halcyon; formerly Chairman of the Board,
Northmoor Holdings, p.l.c.  Business address: Old Mill House, 4 Kings Lane,
Reading RG1 2AB, United Kingdom.  Citizen of the United Kingdom.

     Dana R. Lowe -- Vice President, Halcyon.  Business address: 12 Harbour
Road, Stamford, Connecticut 06901.
"""

# the neighbouring layout (relayout.run_on_dash_paragraphs): titles and occupations as sentences, no labels
RUN_ON_DASH = """SCHEDULE A

DIRECTORS AND EXECUTIVE OFFICERS OF HALCYON

Peter L. Osei -- Director and President.  Chairman, Osei Capital LLC.  12 Harbour Road, Stamford, Connecticut
06901.  United States.

Giulia Ferrante -- Director.  Chief Executive Officer, Lanterna S.p.A.  Via Roma 14, 20121 Milano, Italy.  Italy.
"""


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path))["people"]}


def test_citizen_sentence_is_no_address(tmp_path):
    people = _people(tmp_path, DASH_LEAD)
    ferrante = people["Giulia Ferrante"]
    assert ferrante["citizenship"] == "Italy"
    assert ferrante["address"] == "Via Roma 14, 20121 Milano, Italy"
    quist = people["Harold N. Quist"]
    assert quist["citizenship"] == "United Kingdom"
    assert quist["address"] == "Old Mill House, 4 Kings Lane, Reading RG1 2AB, United Kingdom"


def test_title_org_items_read_as_titles_and_occupations(tmp_path):
    people = _people(tmp_path, DASH_LEAD)
    assert people["Peter L. Osei"]["positions"] == ["Director", "President"]
    assert people["Peter L. Osei"]["address"] == "12 Harbour Road, Stamford, Connecticut 06901"
    assert people["Peter L. Osei"]["citizenship"] == "United States"
    assert people["Giulia Ferrante"]["positions"] == ["Director"]
    assert people["Giulia Ferrante"]["other_positions"] == ["Chief Executive Officer, Lanterna"]
    assert people["Harold N. Quist"]["positions"] == ["Director"]
    assert people["Harold N. Quist"]["other_positions"] == ["formerly Chairman of the Board, Northmoor Holdings, p.l.c."]
    assert people["Dana R. Lowe"]["positions"] == ["Vice President"]


def test_run_on_dash_paragraphs_still_read(tmp_path):
    people = _people(tmp_path, RUN_ON_DASH)
    assert people["Peter L. Osei"]["positions"] == ["Director", "President"]
    assert people["Peter L. Osei"]["other_positions"] == ["Chairman, Osei Capital LLC"]
    assert people["Peter L. Osei"]["citizenship"] == "United States"
    assert people["Giulia Ferrante"]["address"] == "Via Roma 14, 20121 Milano, Italy"
    assert people["Giulia Ferrante"]["citizenship"] == "Italy"


# gather70's officer_director_address_position_rows (after Ariel's Schedule I): the preamble makes the listed
# organisation each person's employer 'unless otherwise specified'; an item of the Position cell naming another
# organisation after its title is held there (kg/forms/roster_position_employer.py)
OFFICER_DIRECTOR_ROWS = """<PAGE>

                                   SCHEDULE I

   Information with Respect to Directors and Executive Officers of Kestrel Partners, Inc.

     The following information is disclosed for each of Kestrel's directors and
executive officers: name; business address; and present principal occupation or
employment and the name of any corporation or other organization in which such
employment is conducted. Unless otherwise specified, the principal employer and
business address of each such individual is Kestrel Partners, Inc., 40 Wharf
Street, Boston, Massachusetts 02110.

<TABLE>
<CAPTION>
--------------------------------------------------------------------------------------------------------------
Officer / Director                  Address                           Position
------------------                  -------                           --------
--------------------------------------------------------------------------------------------------------------
<S>                                 <C>                               <C>
Nadia R. Okafor                                                       Director; President

--------------------------------------------------------------------------------------------------------------
Thomas E. Lindqvist                 Lindqvist, Marsh & Abbott         Director; Counsel, Lindqvist, Marsh &
                                    18 Tremont Street                 Abbott
                                    Boston, Massachusetts 02108
--------------------------------------------------------------------------------------------------------------
Helen M. Varga                      c/o 9 Beacon Street               Director; Retired Vice Chairman,
                                    Boston, Massachusetts 02108       Corbel and Stanton, N.A.
--------------------------------------------------------------------------------------------------------------
Owen J. Pryce                                                         Vice President, Finance; Member of the
                                                                      Executive Committee

--------------------------------------------------------------------------------------------------------------
Ruth A. Castell                     Meridian Holdings Inc.            Director; Chairman, President and CEO
                                    277 Park Avenue
                                    New York, New York 10172
--------------------------------------------------------------------------------------------------------------
</TABLE>
"""


def test_position_items_naming_another_employer_are_held_there(tmp_path):
    people = _people(tmp_path, OFFICER_DIRECTOR_ROWS)
    lindqvist = people["Thomas E. Lindqvist"]
    assert lindqvist["positions"] == ["Director"]
    assert lindqvist["other_positions"] == ["Counsel, Lindqvist, Marsh & Abbott"]
    varga = people["Helen M. Varga"]
    assert varga["positions"] == ["Director"]
    assert varga["other_positions"] == ["Retired Vice Chairman, Corbel and Stanton, N.A."]
    assert varga["bodies"] == ["board of directors"]


def test_titles_naming_no_other_employer_stay_the_listed_organisations(tmp_path):
    people = _people(tmp_path, OFFICER_DIRECTOR_ROWS)
    assert people["Nadia R. Okafor"]["positions"] == ["Director", "President"]
    assert people["Nadia R. Okafor"]["other_positions"] == []
    assert people["Owen J. Pryce"]["other_positions"] == []
    assert "Vice President, Finance" in people["Owen J. Pryce"]["positions"]


def test_offices_beside_another_employers_address_are_held_there(tmp_path):
    people = _people(tmp_path, OFFICER_DIRECTOR_ROWS)
    castell = people["Ruth A. Castell"]
    assert castell["positions"] == ["Director"]
    assert castell["other_positions"] == ["Chairman, President and CEO"]
    assert castell["bodies"] == ["board of directors"]
