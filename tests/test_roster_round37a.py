"""Thirty-seventh round (a), issue 13: centred_names_labelled_lines_sections (gather39; 115 values on the wrong person
when measured once).

Each name centred over 'Position(s):' / 'Business Address:' lines, under centred headings in capitals 'DIRECTORS' and
'EXECUTIVE OFFICERS WHO ARE NOT DIRECTORS'. The second heading names two bodies, so it was no heading at all: it was
read as the last line of the value above it (the last director's address or citizenship) and the officers under it
stayed in the directors' section, each given the seat 'Director'. A heading in capitals now names the body before
its negation ('who are not', 'other than', as an outline's roman-numbered heading already did):
kg/forms/roster_block_events.py.

Texts of our own making. Each test marked "fails on main" failed on main 7498b25 and passes here; the guards pass on
both."""
from __future__ import annotations

import kg

_SECTIONS = """                                  Schedule A

           Directors and Executive Officers of Harbour Mutual Holdings, Inc.

     The name, position(s) with Harbour Mutual Holdings, Inc., present principal
occupation and business address of each director and executive officer of
Harbour Mutual Holdings, Inc. are set forth below. Each of the persons named
below is a citizen of the United States, except as otherwise stated.


                                  DIRECTORS
                                  ---------

                                Clara J. Abbott
        Position(s):                    Chairman of the Board; Chief Executive
                                        Officer
        Business Address:               12 Quay Street
                                        Boston, MA 02110


                                Peter K. Barnes
        Position(s):                    Director
        Principal Occupation:           Partner, Barnes & Lane LLP
        Business Address:               40 Harbor Road
                                        Portland, ME 04101
        Citizenship:                    Canada



                   EXECUTIVE OFFICERS WHO ARE NOT DIRECTORS
                   ----------------------------------------

                                Miriam T. Cole
        Position(s):                    Executive Vice President; Chief
                                        Financial Officer
        Business Address:               12 Quay Street
                                        Boston, MA 02110


                                Walter R. Dunn
        Position(s):                    Senior Vice President; Treasurer
        Business Address:               12 Quay Street
                                        Boston, MA 02110
"""


def _read(tmp_path, text: str):
    path = tmp_path / "annex.txt"
    path.write_text(text)
    return {p.name: p for p in kg.extract(path).people}


def test_officers_under_a_negated_heading_get_no_seat(tmp_path):
    """Fails on main: Miriam T. Cole and Walter R. Dunn were given 'Director' and the board."""
    people = _read(tmp_path, _SECTIONS)
    assert people["Miriam T. Cole"].positions == ["Executive Vice President", "Chief Financial Officer"]
    assert people["Walter R. Dunn"].positions == ["Senior Vice President", "Treasurer"]
    assert "board of directors" not in people["Miriam T. Cole"].bodies
    assert "board of directors" not in people["Walter R. Dunn"].bodies


def test_negated_heading_is_no_part_of_the_value_above(tmp_path):
    """Fails on main: the heading was read into the last director's citizenship ('Canada EXECUTIVE OFFICERS ...')."""
    people = _read(tmp_path, _SECTIONS)
    assert people["Peter K. Barnes"].citizenship == "Canada"
    assert people["Peter K. Barnes"].address == "40 Harbor Road, Portland, ME 04101"


def test_heading_with_other_than(tmp_path):
    """Fails on main: 'EXECUTIVE OFFICERS OTHER THAN DIRECTORS' was read into the address above and gave the seat."""
    text = _SECTIONS.replace("   EXECUTIVE OFFICERS WHO ARE NOT DIRECTORS", "    EXECUTIVE OFFICERS OTHER THAN DIRECTORS")
    people = _read(tmp_path, text)
    assert people["Peter K. Barnes"].address == "40 Harbor Road, Portland, ME 04101"
    assert people["Walter R. Dunn"].positions == ["Senior Vice President", "Treasurer"]


def test_directors_keep_their_section(tmp_path):
    """Guard (passes on both): the directors above the heading keep their own seats and values."""
    people = _read(tmp_path, _SECTIONS)
    assert people["Clara J. Abbott"].positions == ["Chairman of the Board", "Chief Executive Officer"]
    assert people["Clara J. Abbott"].address == "12 Quay Street, Boston, MA 02110"
    assert people["Peter K. Barnes"].positions == ["Director"]
    assert people["Peter K. Barnes"].other_positions == ["Partner, Barnes & Lane LLP"]
    assert people["Walter R. Dunn"].citizenship == "United States"


def test_heading_naming_both_bodies_gives_no_seat(tmp_path):
    """Guard (passes on both): 'DIRECTORS AND EXECUTIVE OFFICERS' names two bodies and no negation: no section."""
    text = _SECTIONS.replace("                                  DIRECTORS\n                                  ---------",
                             "                       DIRECTORS AND EXECUTIVE OFFICERS\n"
                             "                       --------------------------------")
    text = text.replace("                   EXECUTIVE OFFICERS WHO ARE NOT DIRECTORS\n"
                        "                   ----------------------------------------\n\n", "")
    people = _read(tmp_path, text)
    assert "EXECUTIVE" not in text.split("Peter K. Barnes")[1].split("Miriam")[0]
    assert people["Miriam T. Cole"].positions == ["Executive Vice President", "Chief Financial Officer"]
    assert people["Walter R. Dunn"].positions == ["Senior Vice President", "Treasurer"]
