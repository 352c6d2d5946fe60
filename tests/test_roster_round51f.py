"""Round 51f (issue 13): a dot-leader list after Danaher's Exhibit 8 whose cells close on the person's own address and
a 'Citizen of X.' sentence (gather88's danaher_dotleader_joined_titles_citizen_sentence).

- A name too long for the leader, wrapped at the leader line's own margin after a blank line (' Nirmal Prabhakar' /
  ' Narvekar.......  Board Director, ...'), read no entry: the list was refused whole and read as a table, each
  cell's address and citizenship lost (kg/forms/roster_leader_wrap.py `_opens_block`).
- '... Chief Executive Officer, Ambu A/S. Tuborg Havnevej 19, 2900 Hellerup, Denmark. Citizen of Denmark.': the
  closing sentences are the person's own citizenship and address, the address only where one sentence break can open
  it (kg/forms/roster_citizen_closing.py); 'Citizen of United States of' / 'America.' wrapped is no other citizenship
  (kg/forms/roster_refused_above.py).
- 'President, Chief Executive Officer and Director, Southwestern Energy Company.': each title held there, one by one
  (kg/forms/roster_own_tail.py).
"""
from __future__ import annotations

from pathlib import Path

from roster_people import read_people

import kg
from kg.records import to_dict

_HEAD = """<PAGE>

                                   Exhibit 9

              DIRECTORS AND EXECUTIVE OFFICERS OF HALVORSEN MARINE A/S

          The following table sets forth the name and present principal
occupation or employment, and material occupations, positions, offices or
employments for the past five years, of each director and executive officer of
Halvorsen Marine A/S, together with the business address and citizenship of
each such person.

                             Present Principal Occupation and
Name                         Five-Year Employment History
----                         ----------------------------

"""

_WRAPPED = """ Ingrid Solvang............  Chair of the Board, Halvorsen Marine A/S.
                             Professional Board Director. Strandvejen 12,
                             2900 Hellerup, Denmark. Citizen of Denmark.

 Mathilde Aurore
 Castelnau.................  Board Director, Halvorsen Marine A/S. Chief
                             Executive Officer, Vellum Shipping S.A. 14 Rue
                             Cler, 75007 Paris, France. Citizen of France.

 Gordon P. Whitcombe.......  President, Chief Executive Officer and Director,
                             Halvorsen Marine A/S. 400 Harbor Drive, Norfolk,
                             Virginia 23510. Citizen of United States of
                             America.
"""

_SHORT = """ Ingrid Solvang............  Chair of the Board, Halvorsen Marine A/S.
                             Professional Board Director. Strandvejen 12,
                             2900 Hellerup, Denmark. Citizen of Denmark.

 Gordon P. Whitcombe.......  President, Chief Executive Officer and Director,
                             Halvorsen Marine A/S. 400 Harbor Drive, Norfolk,
                             Virginia 23510. Citizen of United States of
                             America.
"""


def test_name_wrapped_at_the_leader_margin_is_read(tmp_path):
    people = read_people(tmp_path, _HEAD + _WRAPPED)
    castelnau = people["Mathilde Aurore Castelnau"]
    assert castelnau["positions"] == ["Board Director"]
    assert castelnau["other_positions"] == ["Chief Executive Officer, Vellum Shipping S.A."]
    assert castelnau["address"] == "14 Rue Cler, 75007 Paris, France"
    assert castelnau["citizenship"] == "France"


def test_closing_address_and_citizen_sentence_are_the_persons_own(tmp_path):
    people = read_people(tmp_path, _HEAD + _SHORT)
    solvang = people["Ingrid Solvang"]
    assert solvang["positions"] == ["Chair of the Board"]
    assert solvang["other_positions"] == ["Professional Board Director"]
    assert solvang["address"] == "Strandvejen 12, 2900 Hellerup, Denmark"
    assert solvang["citizenship"] == "Denmark"
    whitcombe = people["Gordon P. Whitcombe"]
    assert whitcombe["citizenship"] == "United States of America"
    assert whitcombe["address"] == "400 Harbor Drive, Norfolk, Virginia 23510"
    assert sorted(whitcombe["positions"]) == ["Chief Executive Officer", "Director", "President"]


def test_two_breaks_that_could_open_the_address_read_none(tmp_path):
    from kg.forms.roster_citizen_closing import citizen_closing
    cell = "Director, X Holdings. Foo Inc. 12 Main Street, Boise, ID 83716. Citizen of USA."
    assert citizen_closing(cell) == ("Director, X Holdings. Foo Inc. 12 Main Street, Boise, ID 83716",
                                     {"citizenship": "USA", "address": None})
    occupation = "Director, X Holdings. Partner, Foo Inc. 12 Main Street, Boise, ID 83716. Citizen of USA."
    assert citizen_closing(occupation) == ("Director, X Holdings. Partner, Foo Inc.",
                                           {"citizenship": "USA", "address": "12 Main Street, Boise, ID 83716"})
    initials = ("Director of INB National Bank, N.W. Wabash National Corp. 1000 Sagamore Parkway South, Lafayette, "
                "IN 47905. Citizen of the United States.")
    assert citizen_closing(initials) == ("Director of INB National Bank, N.W. Wabash National Corp.",
                                         {"citizenship": "United States", "address": None})
    assert citizen_closing("Director, Foo Corp. Consultant.") is None


def test_neighbour_real_danaher_still_reads(tmp_path):
    """The real Danaher Exhibit 8 (default address and citizenship in the preamble, no citizen sentence)."""
    source = Path(__file__).parent / "data" / "rosters_real" / "dev" / "text_dotleader_twocol_history_danaher.txt"
    people = {p["name"]: p for p in to_dict(kg.extract(source))["people"]}
    caplin = people["Mortimer M. Caplin"]
    assert caplin["address"] == "Caplin & Drysdale, One Thomas Circle NW, Suite 1100, Washington, DC 20005"
    assert caplin["citizenship"] == "United States of America"
