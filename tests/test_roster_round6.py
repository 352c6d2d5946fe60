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
