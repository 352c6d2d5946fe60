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
