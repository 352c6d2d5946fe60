"""Round 47z (issue 13): values on the wrong person under mutated layouts (bench_roster_mutations seed 41).

- A dot-leader entry whose own address lines are set deeper than its title column (a new page's margins): no field
  read them, and the preamble's default address ('Unless otherwise indicated below, the business address of each
  such person is ...') was given to that person instead; it is refused where the entry's evidence prints an address
  line with a number in it (kg/forms/roster_address_stated.py).
- A numbered entity heading in title case ('1.  Lakeview', a conversion changed its case) whose body heads its
  officers 'DIRECTORS AND EXECUTIVE OFFICERS OF LAKEVIEW:' was no entity heading: the labelled reader then paired
  each 'Principal Business Address:' block with the name before the last one (kg/forms/roster_entities.py).
- A pipe table's caption 'TRANSACTIONS IN THE / PAST SIXTY DAYS' in capitals was read as a person (a column
  caption, kg/patterns/roster.yml column_roles `unknown`).
"""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict

SHIFTED_ADDRESS = """                                  Exhibit 8

       DIRECTORS AND EXECUTIVE OFFICERS OF HALDANE HOLDINGS INC.

          The following table sets forth the name and present principal
occupation or employment of each director and executive officer of
Haldane Holdings Inc. Unless otherwise indicated below, the business address
of each such person is 400 Harbour Street, Toronto ON M5J 2T3, and each such
person is a citizen of Canada.

1. Directors of Haldane Holdings Inc.

                             Present Principal Occupation or Employment
Name                         and Business Address
----                         -------------------------------------

 MOREAU, Julien............  Director, Haldane Holdings Inc.; Managing
                             Director, Moreau Participations.
                                     Moreau Participations
                                     14, Avenue Hoche
                                     75008 Paris, France
                                     Citizen of France
        -------------------------------------------------------------------------------
         BRENNAN, Claire...........  Director, Haldane Holdings Inc.; President
                                     and Chief Executive Officer, Haldane Holdings
                                     Inc.
        -------------------------------------------------------------------------------
"""

ENTITY_TITLE_CASE = """                                   Exhibit 1

                  Information Concerning The Reporting Person And
                     Its Executive Officers And Directors

EXCEPT AS OTHERWISE INDICATED BELOW, ALL PERSONS NAMED IN THIS EXHIBIT 1 ARE
CITIZENS OF THE UNITED STATES. UNLESS ANOTHER ADDRESS IS GIVEN BELOW, THE
PRINCIPAL BUSINESS ADDRESS OF EACH PERSON NAMED IN THIS EXHIBIT 1 IS THAT OF
LAKEVIEW.

1.       Lakeview

         PRINCIPAL BUSINESS ADDRESS:
         200 NORTH LAKE DRIVE
         EVANSTON, ILLINOIS 60201

         DIRECTORS AND EXECUTIVE OFFICERS OF LAKEVIEW:

                  Director; Chairman of the Board:  Thomas R. Hale


                  Director; Chief Operating Officer:  Margaret L. Owens


                  Director:  Luca Bernardi.

                                     Principal Business Address:
                                     Corso Magenta 12
                                     20123 Milano
                                     Italy

                                     Principal Occupation: Chief
                                     Executive Officer, Brera Capital

                                     Citizenship:  Italy


                  Director:  Grace W. Lin

                                     Principal Business Address:
                                     18 Harcourt Road
                                     Hong Kong

                                     Principal Occupation: Chairman,
                                     Harcourt Group

                                     Citizenship:  U.S.
"""

PIPE_CAPTIONS = """Exhibit 1
Directors And Executive Officers Of
Haldane Holdings Inc.
THE NAME, CITIZENSHIP, POSITION WITH HALDANE HOLDINGS INC., PRESENT PRINCIPAL OCCUPATION AND BUSINESS ADDRESS OF EACH OF THE DIRECTORS AND EXECUTIVE OFFICERS OF HALDANE HOLDINGS INC. ARE SET FORTH BELOW.
HALDANE HOLDINGS INC.
|
NO.
|
|
NAME
|
|
COUNTRY OF CITIZENSHIP
|
|
POSITION(S) WITH HALDANE
HOLDINGS INC.
|
|
PRESENT PRINCIPAL
OCCUPATION
|
|
BUSINESS ADDRESS
|
|
SHARES BENEFICIALLY
OWNED
|
|
TRANSACTIONS IN THE
PAST SIXTY DAYS
|
|
(1)
|
|
Julien Moreau
|
|
France
|
|
Director
|
|
Managing Director,
Moreau
Participations
|
|
Moreau
Participations
14, Avenue Hoche
75008 Paris, France
|
|
0
|
|
None
|
|
(2)
|
|
Claire Brennan
|
|
Canada
|
|
Director
President and Chief
Executive Officer
|
|
--
|
|
400 Harbour Street
Toronto ON M5J 2T3
|
|
0
|
|
None
|
"""


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "roster.txt"
    path.write_text(text)
    return {p["name"]: p for p in to_dict(kg.extract(path))["people"]}


def test_shifted_own_address_lines_refuse_the_default(tmp_path):
    people = _people(tmp_path, SHIFTED_ADDRESS)
    assert "Toronto" not in (people["Julien Moreau"]["address"] or "")  # (not Toronto: his own lines say Paris;
    # read as his own since the fifty-third round (d): kg/forms/roster_leader_block.py)
    assert people["Julien Moreau"]["address"] in (None, "Moreau Participations, 14, Avenue Hoche, 75008 Paris, France")
    assert people["Claire Brennan"]["address"] == "400 Harbour Street, Toronto ON M5J 2T3"  # guard: the default


def test_entity_heading_in_title_case_keeps_each_block_on_its_officer(tmp_path):
    people = _people(tmp_path, ENTITY_TITLE_CASE)
    assert set(people) == {"Thomas R. Hale", "Margaret L. Owens", "Luca Bernardi", "Grace W. Lin"}
    assert people["Luca Bernardi"]["address"] == "Corso Magenta 12, 20123 Milano, Italy"
    assert people["Luca Bernardi"]["citizenship"] == "Italy"
    assert people["Margaret L. Owens"]["citizenship"] != "Italy"
    assert "Milano" not in (people["Margaret L. Owens"]["address"] or "")
    assert "Harcourt" in people["Grace W. Lin"]["address"]


def test_entity_heading_in_capitals_still_reads(tmp_path):
    people = _people(tmp_path, ENTITY_TITLE_CASE.replace("1.       Lakeview", "1.       LAKEVIEW"))
    assert people["Luca Bernardi"]["address"] == "Corso Magenta 12, 20123 Milano, Italy"
    assert "Harcourt" in people["Grace W. Lin"]["address"]


def test_transactions_caption_in_capitals_is_no_person(tmp_path):
    people = _people(tmp_path, PIPE_CAPTIONS)
    assert set(people) == {"Julien Moreau", "Claire Brennan"}
    assert people["Julien Moreau"]["citizenship"] == "France"


PROSE_TWO_SPACES = """                                   EXHIBIT B
                      DIRECTORS AND EXECUTIVE OFFICERS OF
                          HALDANE HOLDINGS INC.

     Unless otherwise indicated below, the business address of each of the
following directors and/or executive officers of Haldane Holdings Inc.
is 400 Harbour Street, Toronto ON M5J 2T3, and each of them is a citizen of
Canada.

     Julien Moreau.  Mr. Moreau is a director of Haldane Holdings Inc. and
is Managing Director, Moreau Participations.  Mr. Moreau's
business address is Moreau Participations, 14, Avenue Hoche,
75008 Paris, France.  Mr. Moreau is a citizen of France.

     Claire Brennan.  Ms. Brennan is President and Chief Executive Officer of
Haldane Holdings Inc.
"""


def test_stated_address_after_two_spaces_refuses_the_default(tmp_path):
    people = _people(tmp_path, PROSE_TWO_SPACES)
    assert "Toronto" not in (people["Julien Moreau"]["address"] or "")  # ('.  Mr. Moreau's business address is')
    assert "Paris" not in (people["Claire Brennan"]["address"] or "")  # guard: no other entry's address
