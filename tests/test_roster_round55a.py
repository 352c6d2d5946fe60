"""Round 55a (issue 13): msdw_single_section_name_title_preamble_address (tests/relayout_heldout133.py).

What was wrong: under one caption row 'DIRECTORS AND OFFICERS          Title' (after MSDW OIP's Exhibit 3), each
entry a name with its title at the right, then indented labelled lines ('Principal Occupation: ...', 'Business
Address: ...', wrapping deeper), no reader took the list: the table reader gave the labelled lines to the next
name ('Paul Desmarais' over the address of another), read a name and the next one's title as one person, and
lost entries ('a roster entry has no name'); a list of name rows alone was recorded by names and titles only,
without the preamble's address and citizenship.

What changed: kg/forms/roster_caption_labelled.py (rows as data: kg/patterns/roster_caption_labelled.yml), called
last among the list readers of kg/forms/annex.py: the name row opens an entry, the title's wrap at the title
column and the labelled lines under it (and their wraps) are that entry's; the preamble's defaults apply by
`to_person` where the entry prints none. A list with any other kind of line, or two different captions, is not
read by it.

Texts of our own making and rendered development files. Tests marked "fails on main" fail on main dd76c252; the
guards pass on both."""
from __future__ import annotations

from pathlib import Path

import relayout
from conftest import DATA

import kg

PREAMBLE = """\
<PAGE>

                                   EXHIBIT 3
                                   ---------

                      EXECUTIVE OFFICERS AND DIRECTORS OF
                           HALLORAN BRIDGE HOLDINGS, INC.

The names and titles of the Directors and Executive Officers of Halloran Bridge
Holdings, Inc. are set forth below. Unless otherwise indicated, each title set
forth opposite an individual's name refers to Halloran Bridge Holdings, Inc. If
no address is given, the Director's or Executive Officer's business address is
40 Wharf Street, Boston, Massachusetts 02110. Each individual is a citizen of
the United States, other than Ingrid Solberg, who is a citizen of Norway.

   DIRECTORS AND OFFICERS                         Title

"""

ENTRIES = """\
   SOLBERG, Ingrid                                Director
          Principal Occupation: Managing Partner, Fjordline Capital AS
          Business Address: Fjordline Capital AS, Bryggen 12, 5003 Bergen,
            Norway
   ------------------------------------------------------------
   WHITCOMB, Daniel R.                            Director, President, Chief
                                                  Executive Officer
   ------------------------------------------------------------
   ALCOTT, Miriam                                 Director
          Principal Occupation: Professor of Economics, Lowell College
          Business Address: Lowell College, 1 College Green, Lowell,
            Massachusetts 01854
   ------------------------------------------------------------
   PRATT, Oliver J.                               Vice President, Treasurer
   ------------------------------------------------------------
"""


def _people(tmp_path: Path, text: str) -> dict[str, object]:
    path = tmp_path / "exhibit3.txt"
    path.write_text(text)
    return {p.name: p for p in kg.extract(path).people}


def test_labelled_lines_belong_to_the_name_above(tmp_path):
    """Fails on main: the occupation and address under one name went to the next, and entries were lost."""
    people = _people(tmp_path, PREAMBLE + ENTRIES)
    assert set(people) == {"Ingrid Solberg", "Daniel R. Whitcomb", "Miriam Alcott", "Oliver J. Pratt"}
    assert people["Ingrid Solberg"].other_positions == ["Managing Partner, Fjordline Capital AS"]
    assert people["Ingrid Solberg"].address == "Fjordline Capital AS, Bryggen 12, 5003 Bergen, Norway"
    assert people["Miriam Alcott"].other_positions == ["Professor of Economics, Lowell College"]
    assert people["Miriam Alcott"].address.startswith("Lowell College, 1 College Green")
    assert people["Daniel R. Whitcomb"].other_positions == []
    assert people["Daniel R. Whitcomb"].positions == ["Director", "President", "Chief Executive Officer"]


def test_preamble_defaults_where_the_entry_prints_none(tmp_path):
    """Fails on main: the preamble's address and citizenship (and its exception) on the entries."""
    people = _people(tmp_path, PREAMBLE + ENTRIES)
    assert people["Oliver J. Pratt"].address == "40 Wharf Street, Boston, Massachusetts 02110"
    assert people["Daniel R. Whitcomb"].address == "40 Wharf Street, Boston, Massachusetts 02110"
    assert people["Ingrid Solberg"].citizenship == "Norway"
    assert people["Oliver J. Pratt"].citizenship == "United States"


def test_page_break_after_the_name_row_keeps_the_entry(tmp_path):
    """Fails on main: a page break and the caption again between a name row and its title's wrap and lines."""
    broken = ENTRIES.replace(
        "   WHITCOMB, Daniel R.                            Director, President, Chief\n",
        "   WHITCOMB, Daniel R.                            Director, President, Chief\n\n<PAGE>\n\n"
        "   DIRECTORS AND OFFICERS                         Title\n\n")
    broken = broken.replace("Executive Officer\n", "Executive Officer\n"
                            "          Principal Occupation: Trustee, Beacon Hill Trust\n", 1)
    people = _people(tmp_path, PREAMBLE + broken)
    assert people["Daniel R. Whitcomb"].positions == ["Director", "President", "Chief Executive Officer"]
    assert people["Daniel R. Whitcomb"].other_positions == ["Trustee, Beacon Hill Trust"]
    assert people["Oliver J. Pratt"].other_positions == []


def _rendered(tmp_path: Path, organisation: str, options: relayout.Options) -> dict[str, object]:
    import sys
    sys.path.insert(0, str(DATA.parent.parent / "benchmarks"))
    import bench_rosters
    roster = next(r for r in bench_rosters.real_rosters() if organisation in r.organization)
    render = relayout.HELD_OUT_FAMILIES.get("msdw_single_section_name_title_preamble_address") \
        or relayout.DEV_FAMILIES["msdw_single_section_name_title_preamble_address"]
    _suffix, text, _gold = render(roster, options)
    return _people(tmp_path, text)


def test_rendered_upper_last_first_ruled(tmp_path):
    """Fails on main: file 7_1 gave 'Paul Desmarais' (no one) the next entries' values."""
    people = _rendered(tmp_path, "Power Corporation of Canada", relayout.Options(upper_last_first=True, rules=True))
    assert "Paul Desmarais" not in people
    assert people["Paul Desmarais, Jr."].other_positions == []
    assert people["Andre Desmarais"].other_positions == ["Chairman, Power Tech"]
    assert people["Laurent Dassault"].citizenship == "France"


def test_rendered_numbered_narrow(tmp_path):
    """Fails on main: file 7_2 lost the entries of Paul G. Desmarais and Paul Desmarais, Jr."""
    people = _rendered(tmp_path, "Power Corporation of Canada", relayout.Options(numbered=True, markers=False, width=28))
    assert people["Paul G. Desmarais"].positions == ["Director", "Chairman of the Executive Committee"]
    assert people["Paul G. Desmarais"].address == "Power Corporation of Canada, 751 Victoria Square, Montreal QC H2Y 2J3"


def test_guard_two_captioned_lists_of_the_real_exhibit():
    """Guard: the real MSDW OIP exhibit (a DIRECTORS and an OFFICERS list, each under its own caption) is not this
    layout: read as before."""
    path = Path(__file__).parent / "data/rosters_real/dev/text_sections_directors_officers_msdw_oip_2001.txt"
    people = {p.name: p for p in kg.extract(path).people}
    assert "Tarek F. Abdel-Meguid" in people and "Bruce R. Sandberg" in people
    assert "Vice President" in people["Bruce R. Sandberg"].positions


def test_guard_a_line_of_another_kind_leaves_the_list_to_other_readers(tmp_path):
    """Guard: a line of no kind the layout prints (a note at the margin) inside the list: this reader takes none of
    it, and no person is read with the note's words."""
    text = PREAMBLE + ENTRIES.replace("   PRATT, Oliver J.", "Note: see the footnote below.\n   PRATT, Oliver J.")
    for person in _people(tmp_path, text).values():
        assert "footnote" not in " ".join(person.positions + person.other_positions)
