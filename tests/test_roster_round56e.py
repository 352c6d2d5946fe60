"""Round 56e (issue 13): gather140's dot_leader_names_right_column_labelled_lines_numbered_sections and gather137's
stacked_title_of_org_lines_numbered_sections_citizenship_exceptions_text.

What was wrong: (1) under a numbered section heading ('1. Directors of X') holding ONE entry, no dot-leader reader
takes the section (kg.forms.roster_leaders wants two leader lines) and the labelled blocks read it: the first
block's lead took the caption row ('Name   Position, Occupation, Address and Citizenship') and the leader after
the name, its first title was left out and the heading's 'Director' given in its place ('Chairman of the Board'
lost: a value on the wrong person's seat). (2) A name filling the leader's room with one dot between spaces
('HARTIGAN, Desmond F., III . Director') opened no entry: the leader reader refused the section and the blocks
read it, giving a person who is none ('Desmond F. Hartigan') with the next entry's line in his address. (3) The
last labelled block's citizenship ran on past its rule or blank line into the entries below it that print no
label, and the rest was moved into its address (Ronnie C. Chan given H. Laurance Fuller's entry as his address).
(4) Where entries that print no label stand between two that do, their lines joined the lead of the next named
block (Paul Fribourg given Andre Desmarais' titles) - on main hidden where the rest of (3) made a guard refuse the
roster, shown once (3) is fixed.

What changed: kg/forms/roster_block_leads.bare_gap (a caption row and a leader opening a gap are layout, called
from roster_blocks._layout_only); kg/forms/roster_leader_wrap._SHORT (one dot between spaces); kg/forms/
roster_block_repair._repair_citizenship (the rest after a blank line is no value of the entry); kg/forms/
roster_lead_orphans.py (new: a block's lead is the text under its own name where names no block took stand above
it after its predecessor), called from kg/forms/roster_sides.read_labelled.

Tests marked "fails on main" fail on main 11b6e7c7; the guards pass on both."""
from __future__ import annotations

import sys
from pathlib import Path

import kg

ONE = """\
                                  Exhibit 8

           DIRECTORS AND EXECUTIVE OFFICERS OF HOLLIS GRAIN, INC.

     The following table sets forth the name, position with Hollis Grain,
Inc., present principal occupation, business address and citizenship of each
director and executive officer of Hollis Grain, Inc.

1. Directors of Hollis Grain, Inc.

Name                         Position, Occupation, Address and Citizenship
----                         ---------------------------------------------
 Warren T. Abernathy ....... Chairman of the Board
                             Chief Executive Officer
                             Business Address: 12 Mill Road, Omaha, NE
                                               68102
                             Citizenship: U.S.


2. Executive Officers of Hollis Grain, Inc.

Name                         Position, Occupation, Address and Citizenship
----                         ---------------------------------------------
 Lydia M. Castellanos ...... Executive Vice President
                             Chief Financial Officer
                             Business Address: 12 Mill Road, Omaha, NE
                                               68102
                             Citizenship: U.S.

 Oscar P. Lindqvist ........ Senior Vice President
                             Corporate Controller
                             Business Address: 12 Mill Road, Omaha, NE
                                               68102
                             Citizenship: Sweden
"""

TWO = """\
                                  Exhibit 8

           DIRECTORS AND EXECUTIVE OFFICERS OF HOLLIS GRAIN, INC.

     The following table sets forth the name, position with Hollis Grain,
Inc., present principal occupation, business address and citizenship of each
director and executive officer of Hollis Grain, Inc.

1. Directors of Hollis Grain, Inc.

Name                         Position, Occupation, Address and Citizenship
----                         ---------------------------------------------
 Warren T. Abernathy ....... Chairman of the Board
                             Chief Executive Officer
                             Business Address: 12 Mill Road, Omaha, NE
                                               68102
                             Citizenship: U.S.

 Priya N. Raman ............ Director
                             Business Address: 40 Elm Street, Lincoln, NE
                                               68508
                             Citizenship: India


2. Executive Officers of Hollis Grain, Inc.

Name                         Position, Occupation, Address and Citizenship
----                         ---------------------------------------------
 Lydia M. Castellanos ...... Executive Vice President
                             Chief Financial Officer
                             Business Address: 12 Mill Road, Omaha, NE
                                               68102
                             Citizenship: U.S.

 Oscar P. Lindqvist ........ Senior Vice President
                             Corporate Controller
                             Business Address: 12 Mill Road, Omaha, NE
                                               68102
                             Citizenship: Sweden
"""

DOT = """\
                                  Exhibit 8

        DIRECTORS AND EXECUTIVE OFFICERS OF BRAZOS BASIN ENERGY COMPANY

     The following table sets forth the name, position with Brazos Basin
Energy Company, present principal occupation, business address and citizenship
of each director and executive officer of Brazos Basin Energy Company.

1. Directors of Brazos Basin Energy Company

Name                         Position, Occupation, Address and Citizenship
----                         ---------------------------------------------
 PELLETIER, Marguerite A. .. Director
                             Business Address: 200 Basin Drive, Spring,
                                               Texas 77389
                             Citizenship: United States of America
--------------------------------------------------------------------------
 OKONKWO, Chinedu R. ....... Director
                             Business Address: 200 Basin Drive, Spring,
                                               Texas 77389
                             Citizenship: United States of America
--------------------------------------------------------------------------
 HARTIGAN, Desmond F., III . Director
                             Business Address: 200 Basin Drive, Spring,
                                               Texas 77389
                             Citizenship: United States of America
--------------------------------------------------------------------------
 VOSS, Ingrid .............. President
                             Chief Executive Officer
                             Director
                             Business Address: 200 Basin Drive, Spring,
                                               Texas 77389
                             Citizenship: United States of America
--------------------------------------------------------------------------
"""

SPACED = """\
<PAGE>
                                  Exhibit A

             DIRECTORS AND EXECUTIVE OFFICERS OF LAURENTIAN HOLDINGS

     The name, position, present principal occupation and business address of
each director and executive officer of Laurentian Holdings are set forth
below. Unless otherwise indicated, each person named below is a citizen of
Canada.

1. Directors of Laurentian Holdings

Mathieu Bergeron
Director, Laurentian Holdings
Managing Director, Bergeron Capital
   Bergeron Capital
   12
   Avenue de l'Opera
   75001 Paris
   France
Citizenship: France

Etienne Lavoie
Director, Laurentian Holdings
President, Laurentian Holdings
Chairman, Lavoie Tech
   800 Square Victoria
   Montreal QC H4Z 1A1

Simone Gagnon
Director, Laurentian Holdings
Chairman of the Executive Committee, Laurentian Holdings
   Laurentian Holdings
   800 Square Victoria
   Montreal QC H4Z 1A1

Harold Whitfield
Director, Laurentian Holdings
Chairman, President and CEO
   Whitfield Grain Inc.
   300 Park Avenue
   22nd Floor
   New York, N.Y. 10022
Citizenship: United States

2. Executive Officers of Laurentian Holdings

Yvonne Tremblay
Executive Officer, Laurentian Holdings
Vice-President, Laurentian Holdings
   Laurentian Holdings
   800 Square Victoria
   Montreal QC H4Z 1A1
"""


def _people(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "exhibit.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_one_entry_section_under_caption_row_keeps_its_titles(tmp_path):  # fails on main
    people = _people(tmp_path, ONE)
    assert people["Warren T. Abernathy"].positions == ["Chairman of the Board", "Chief Executive Officer"]
    assert people["Warren T. Abernathy"].citizenship == "U.S."
    assert people["Oscar P. Lindqvist"].citizenship == "Sweden"


def test_guard_two_entry_sections_unchanged(tmp_path):  # guard: passes on main too
    people = _people(tmp_path, TWO)
    assert people["Warren T. Abernathy"].positions == ["Chairman of the Board", "Chief Executive Officer"]
    assert people["Priya N. Raman"].positions == ["Director"]
    assert people["Priya N. Raman"].address == "40 Elm Street, Lincoln, NE 68508"
    assert people["Priya N. Raman"].citizenship == "India"
    assert people["Lydia M. Castellanos"].positions == ["Executive Vice President", "Chief Financial Officer"]


def test_one_dot_leader_after_a_name_filling_its_room(tmp_path):  # fails on main
    people = _people(tmp_path, DOT)
    assert set(people) == {"Marguerite A. Pelletier", "Chinedu R. Okonkwo", "Desmond F. Hartigan III", "Ingrid Voss"}
    assert people["Desmond F. Hartigan III"].address == "200 Basin Drive, Spring, Texas 77389"
    assert people["Ingrid Voss"].positions == ["President", "Chief Executive Officer", "Director"]


def test_entries_without_labels_above_a_named_block_are_not_its_lead(tmp_path):  # fails on main
    people = _people(tmp_path, SPACED)
    whitfield = people["Harold Whitfield"]
    assert whitfield.positions == ["Director"]
    assert whitfield.citizenship == "United States"
    assert not {"President", "Chairman of the Executive Committee"} & set(whitfield.positions)
    assert not [o for o in whitfield.other_positions if "Lavoie" in o]
    for name in ("Etienne Lavoie", "Simone Gagnon"):  # (their own values or no person: never another's)
        assert name not in people or "Whitfield" not in " ".join(people[name].other_positions)


def test_rendered_family_file_24_1_citizenship_runs_into_no_address(tmp_path):  # fails on main
    here = Path(__file__).parent
    sys.path[:0] = [str(here), str(here.parent / "benchmarks")]
    import bench_rosters
    import relayout

    rosters = relayout.load_rosters(bench_rosters.DATA / "relayout" / "people_dev.json") + bench_rosters.real_rosters()
    family = "stacked_title_of_org_lines_numbered_sections_citizenship_exceptions_text"
    render = {**relayout.DEV_FAMILIES, **relayout.HELD_OUT_FAMILIES}[family]
    _suffix, text, gold = render(rosters[24], relayout.Options(upper_last_first=True, rules=True))
    people = _people(tmp_path, text)
    chan = people["Ronnie C. Chan"]
    assert chan.citizenship == "U.S."
    assert chan.address is None or "Hong Kong" in chan.address
    assert not chan.address or "Naperville" not in chan.address
