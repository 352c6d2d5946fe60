"""Round 55m (issue 13): an entry's own address sentence that names the person in full ("Philip B. Fletcher's
business address is: ...") in Motorola-like 'prose overrides' rosters with no common address in the preamble.

What was wrong (main e821ab87): kg/patterns/roster.yml `cell_address_owned` knew the owner of an address sentence
only by honorific and surname ("Mr. Cohen's business address is ..."). In
motorola_twocol_every_address_in_prose_no_common_address (tests/relayout_heldout139.py) every entry's cell is
'<occupation>, <Org>. <Full Name>'s business address is: <address>.', so the sentence was never parted from the
occupation: no entry had an address (R 0.590), and where the occupation was titles in the listed organisation
('Chairman of the Board and Chief Executive Officer, ConAgra, Inc. Bruce C. Rohde's business address is: ...', file
17_x) the cell gave no title and the section heading's 'Director' stood in: a value on the wrong person.

What changed: `cell_address_owned` also takes the owner by full name (capitalised words and initials, a suffix after
a comma, case-sensitive); kg/forms/roster_phrases.py own_values still gives the address only where that name is the
entry's own (each word one of the entry's name), and refuses it where it is someone else's.

Tests marked "fails on main" fail on main e821ab87; the guards pass on both."""
from __future__ import annotations

import sys
from pathlib import Path

import kg
from kg.forms.roster_phrases import own_values

ROSTER = """\
APPENDIX I

INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF HARBOR MILLS, INC.

The following table sets forth the name, business address, and
principal occupation or employment at the present time for each
director and executive officer of Harbor Mills, Inc. Unless otherwise
noted, each such person is a citizen of the United States.


DIRECTORS OF HARBOR MILLS, INC.

Bruce K. Dalton        Chairman of the Board and Chief Executive
                       Officer, Harbor Mills, Inc. Bruce K. Dalton's
                       business address is: One Harbor Drive, Omaha,
                       NE 68102-5001.

Walter Crane, Jr.      Director, Harbor Mills, Inc. Walter Crane,
                       Jr.'s business address is: Crane Partners LLC,
                       11975 El Camino Real, San Diego, CA 92130.

Alice M. Porter        Director, Harbor Mills, Inc. Alice M. Porter's
                       business address is: 200 Central Park West,
                       New York, NY 10024. Alice M. Porter is a
                       citizen of Canada.
"""


def _people(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "roster.txt"
    path.write_text(text)
    return {p.name: p for p in kg.extract(path).people}


def test_titles_then_the_full_name_address_sentence(tmp_path):  # fails on main
    bruce = _people(tmp_path, ROSTER)["Bruce K. Dalton"]
    assert bruce.positions in (["Chairman of the Board and Chief Executive Officer"],
                               ["Chairman of the Board", "Chief Executive Officer"])
    assert bruce.address == "One Harbor Drive, Omaha, NE 68102-5001"


def test_each_entry_has_its_own_address(tmp_path):  # fails on main
    people = _people(tmp_path, ROSTER)
    assert people["Walter Crane, Jr."].address == "Crane Partners LLC, 11975 El Camino Real, San Diego, CA 92130"
    alice = people["Alice M. Porter"]
    assert alice.address == "200 Central Park West, New York, NY 10024" and alice.citizenship == "Canada"
    assert people["Walter Crane, Jr."].citizenship == "United States"


def test_own_values_reads_the_sentence_by_full_name():  # fails on main
    cell = "Director, ConAgra, Inc. Philip B. Fletcher's\nbusiness address is: One ConAgra Drive, Omaha,\nNE 68102-5001."
    assert own_values(cell, "FLETCHER, Philip B.") == ("Director, ConAgra, Inc.",
                                                       {"address": "One ConAgra Drive, Omaha, NE 68102-5001"})


def test_guard_someone_elses_address_is_no_value():  # guard: passes on main too
    cell = "Director, ConAgra, Inc. Philip B. Fletcher's\nbusiness address is: One ConAgra Drive, Omaha,\nNE 68102-5001."
    _kept, own = own_values(cell, "John Q. Smith")
    assert own.get("address") is None


def test_guard_the_honorific_form_unchanged():  # guard: passes on main too
    cell = "Counsel, Cassels Brock. Mr. Cohen's business address is 40 King Street West, Toronto, Ontario."
    assert own_values(cell, "Marshall A. Cohen") == ("Counsel, Cassels Brock",
                                                    {"address": "40 King Street West, Toronto, Ontario"})


def test_rendered_family_file_17_0_titles_and_addresses(tmp_path):  # fails on main
    here = Path(__file__).parent
    sys.path[:0] = [str(here), str(here.parent / "benchmarks")]
    import bench_rosters
    import relayout

    rosters = relayout.load_rosters(bench_rosters.DATA / "relayout" / "people_dev.json") + bench_rosters.real_rosters()
    family = "motorola_twocol_every_address_in_prose_no_common_address"
    render = {**relayout.DEV_FAMILIES, **relayout.HELD_OUT_FAMILIES}[family]
    _suffix, text, gold = render(rosters[17], relayout.Options())
    people = _people(tmp_path, text)
    rohde = people["Bruce C. Rohde"]
    assert rohde.positions in (["Chairman of the Board and Chief Executive Officer"],
                               ["Chairman of the Board", "Chief Executive Officer"])
    assert rohde.address == "One ConAgra Drive, Omaha, NE 68102-5001"
    for expected in gold:
        assert people[expected["name"]].address == expected["address"]
