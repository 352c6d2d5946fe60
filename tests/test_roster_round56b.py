"""Round 56b (issue 13): two families of tests/relayout_heldout147.py, both labelled blocks.

- double_spaced_typescript_labelled_blocks (Micron's 'Label:' blocks typed double-spaced: a blank line after every
  printed line, three between blocks): a blank line ended a value, so a label's second line (a position's or an
  occupation's wrapped tail, 'Instruments, Inc.', 'Power Corporation of Canada') was read as a value of its own or
  of the next label, and 6 values went on the wrong person.
- unicode_line_separator_labelled_values (Canopy's labelled entries whose several-line values are joined by U+2028
  LINE SEPARATOR): str.splitlines() parts lines at U+2028 where split('\\n') does not, so two occupations came back
  as one, joined by a comma.

What changed: kg/read/documents.py decode reads U+2028, U+2029 and U+0085 as LF (one character for one, as a lone
CR); kg/read/double_spacing.py (new) reads a uniformly double-spaced stretch of plain text single-spaced (every gap
between its printed lines odd, most of one blank line, some of three or more, and a line going on with the one
above across a blank line), turning every other line end of each gap into a space.

Texts of our own making, and one rendered development family. Tests marked "fails on main" fail on main 11b6e7c7
(run 2026-12-07 23:37 UTC) and pass here; the guards pass on both."""
from __future__ import annotations

import sys
from pathlib import Path

import relayout
from conftest import DATA

import kg

SINGLE = """\
                                                                      EXHIBIT 1
                       DIRECTORS AND EXECUTIVE OFFICERS
     The following is the name, position, principal occupation, business
address and citizenship of each director and executive officer of Harrow
Instruments, Inc.

Name:                                Margaret L. Osei
Position(s):                         Director, Harrow Instruments, Inc.
Principal Occupation:                Managing Partner, Kestrel Capital
                                       Advisors LLC
Business Address:                    Kestrel Capital Advisors LLC
                                     40 Wall Street, Suite 2100
                                     New York, NY 10005
Citizenship:                         United States

Name:                                Tobias J. Lindqvist
Position(s):                         Director, Harrow Instruments, Inc.
                                     Chief Executive Officer, Harrow
                                       Instruments, Inc.
Business Address:                    Harrow Instruments, Inc.
                                     1200 Quarry Road
                                     Beaverton, OR 97005
Citizenship:                         Sweden

Name:                                Daniel R. Achebe
Position(s):                         Director, Harrow Instruments, Inc.
Principal Occupation:                President and Chief Executive Officer,
                                       Lantern Foods Corporation
Business Address:                    Lantern Foods Corporation
                                     88 Harbor Boulevard
                                     Tacoma, WA 98402
Citizenship:                         United States
"""
DOUBLE = "".join(line + "\n\n" for line in SINGLE.splitlines())  # typed double-spaced: blocks 3 blank lines apart

LS = """\
ANNEX A

Directors and Executive Officers of Harrow Instruments, Inc.

Margaret L. Osei
Position: Director, Harrow Instruments, Inc.
Principal Occupation: Managing Partner, Kestrel Capital Advisors LLC\u2028Trustee, Willamette Arts Foundation
Business Address: Kestrel Capital Advisors LLC\u202840 Wall Street, Suite 2100\u2028New York, NY 10005
Citizenship: United States

Tobias J. Lindqvist
Position: Director, Harrow Instruments, Inc.\u2028Chief Executive Officer, Harrow Instruments, Inc.
Business Address: Harrow Instruments, Inc.\u20291200 Quarry Road\u0085Beaverton, OR 97005
Citizenship: Sweden
"""

ONE_LINE_ENTRIES = """\
SCHEDULE I

DIRECTORS AND EXECUTIVE OFFICERS OF HARROW INSTRUMENTS, INC.

The name and present principal occupation of each director and executive officer of Harrow Instruments, Inc. are
set forth below. Each is a citizen of the United States.



Name                         Present Principal Occupation

Margaret L. Osei             Managing Partner, Kestrel Capital Advisors LLC

Tobias J. Lindqvist          Chief Executive Officer, Harrow Instruments, Inc.

Daniel R. Achebe             President, Lantern Foods Corporation

Helen V. Marsh               Chief Financial Officer, Harrow Instruments, Inc.

Owen P. Greaves              Secretary, Harrow Instruments, Inc.

Ruth A. Calder               Treasurer, Harrow Instruments, Inc.



Dated: March 3, 2005
"""


def _people(tmp_path: Path, text: str, suffix: str = ".txt") -> dict:
    path = tmp_path / f"roster{suffix}"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_a_double_spaced_label_block_keeps_a_values_second_line(tmp_path):  # fails on main
    people = _people(tmp_path, DOUBLE)
    tobias = people["Tobias J. Lindqvist"]
    assert tobias.positions == ["Director", "Chief Executive Officer"] and not tobias.other_positions
    assert tobias.address == "Harrow Instruments, Inc., 1200 Quarry Road, Beaverton, OR 97005"
    assert people["Daniel R. Achebe"].other_positions == [
        "President and Chief Executive Officer, Lantern Foods Corporation"]
    assert sorted(people) == ["Daniel R. Achebe", "Margaret L. Osei", "Tobias J. Lindqvist"]


def test_guard_the_same_blocks_single_spaced_read_the_same(tmp_path):  # guard: passes on main too
    single = _people(tmp_path, SINGLE)
    assert single["Tobias J. Lindqvist"].positions == ["Director", "Chief Executive Officer"]
    assert not single["Tobias J. Lindqvist"].other_positions
    assert single["Margaret L. Osei"].other_positions == ["Managing Partner, Kestrel Capital Advisors LLC"]
    assert single["Margaret L. Osei"].citizenship == "United States"


def test_line_separators_part_a_labels_values(tmp_path):  # fails on main
    people = _people(tmp_path, LS)
    assert people["Margaret L. Osei"].other_positions == [
        "Managing Partner, Kestrel Capital Advisors LLC", "Trustee, Willamette Arts Foundation"]
    tobias = people["Tobias J. Lindqvist"]  # (U+2029 and U+0085 in his address: line ends too)
    assert tobias.address == "Harrow Instruments, Inc., 1200 Quarry Road, Beaverton, OR 97005"
    assert tobias.positions == ["Director", "Chief Executive Officer"]


def test_guard_one_line_entries_parted_by_blank_lines_stay_apart(tmp_path):  # guard: passes on main too
    """Rows one blank line apart, sections three apart, and no line going on with the one above: not taken for
    double spacing (each row its own person still)."""
    people = _people(tmp_path, ONE_LINE_ENTRIES)
    assert people["Margaret L. Osei"].other_positions == ["Managing Partner, Kestrel Capital Advisors LLC"]
    assert people["Tobias J. Lindqvist"].positions == ["Chief Executive Officer"]
    assert people["Helen V. Marsh"].positions == ["Chief Financial Officer"]
    assert people["Owen P. Greaves"].positions == ["Secretary"] and not people["Owen P. Greaves"].other_positions
    assert len(people) == 6


def _rendered(tmp_path, family: str, index: int) -> tuple[dict, list[dict]]:
    sys.path.insert(0, str(DATA.parent.parent / "benchmarks"))
    import bench_rosters
    roster = (relayout.load_rosters(DATA / "relayout" / "people_dev.json") + bench_rosters.real_rosters())[index]
    suffix, text, expected = relayout.DEV_FAMILIES[family](roster, relayout.Options())
    return _people(tmp_path, text, suffix), expected


def test_double_spaced_power_corporation_gives_each_occupation_its_own_person(tmp_path):  # fails on main
    people, expected = _rendered(tmp_path, "double_spaced_typescript_labelled_blocks", 7)
    for gold in expected:
        person = people[gold["name"]]
        assert person.positions == gold["positions"], gold["name"]
        assert (person.other_positions or []) == (gold["other_positions"] or []), gold["name"]
    assert people["Robert Gratton"].other_positions == ["President and CEO, Power Financial Corporation"]
