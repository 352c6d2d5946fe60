"""Round 51i (issue 13): numbered dot-leader entries taken for a footnote under the table
(dotleader_single_list_citizen_sentence, its numbered variant).

- A roster of numbered entries set in one space, each name run on in a dot leader to its second column two spaces
  on, ' (1) Catherine A. Kehr.......  Director of SE.' / ' (2) John D. Gass............  Director of SE.': the two
  one-line entries, read as one paragraph, passed round 50d's footnote test (a mark, a capital, a full stop, the
  second line hung under the text after the mark), so the table ended over its first entry and no roster was
  read. A paragraph that shows a dot leader run on into a second column is a table's entry, never a footnote
  (kg/patterns/roster.yml `row_leader`, kg/forms/roster_after.py `_is_footnote`).
"""
from __future__ import annotations

from roster_people import read_people
from test_roster_round50d import RULED_NOTE, TABLE_END, TABLE_TOP

_NUMBERED = """                                  Exhibit 99.4

                     DIRECTORS AND EXECUTIVE OFFICERS OF GRB

          Directors and executive officers of Granite Bluff Resources Inc.
("GRB"). The following table sets forth the name and present principal
occupation or employment of each director and executive officer of GRB. Unless
otherwise indicated, the business address of each such person is 400 Quarry
Road, Boise, Idaho 83702 and each such person is a citizen of the United
States of America.

                               Present Principal Occupation or
Name                           Employment and Business Address
----                           ------------------------------

 (1) Odile P. Marchetti......  Director of GRB.

 (2) Rufus T. Abernathy......  Director of GRB.

 (3) Wendell “Buzz”
 Carrow......................  Director of GRB.

 (4) Priya N. Halvorsen......  President of GRB; Chief Executive Officer
                               of GRB; Director of GRB.

 (5) Lionel Szabo............  Vice President of GRB; General Counsel of
                               GRB.
"""

_TABLE = TABLE_TOP + TABLE_END + RULED_NOTE  # (round 50d's table without its officer, its note's first sentence)


def test_numbered_leader_entries_are_no_footnote(tmp_path):
    people = read_people(tmp_path, _NUMBERED)
    assert people["Odile P. Marchetti"]["positions"] == ["Director"]
    assert people["Rufus T. Abernathy"]["positions"] == ["Director"]
    assert people["Lionel Szabo"]["positions"] == ["Vice President", "General Counsel"]
    assert people["Priya N. Halvorsen"]["citizenship"] == "United States of America"
    assert people["Odile P. Marchetti"]["address"].startswith("400 Quarry Road")
    assert len(people) == 5


def test_note_under_a_rule_still_ends_the_table(tmp_path):
    people = read_people(tmp_path, _TABLE)
    assert people["Marguerite D. Osei"]["positions"] == ["Director"]
    assert people["Marguerite D. Osei"]["address"] == "Oregon State University, 400 Alder Street, Portland, Oregon 97204"
    assert not any("Board" in t or "Yes" in t for p in people.values() for t in p.get("positions") or [])
