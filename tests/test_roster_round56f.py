"""Round 56f (issue 13): National Grid's stacked lines with the address at the margin
(stacked_lines_name_titles_occupation_address_citizenship_postamble_exceptions, tests/relayout_heldout146.py) and
under Forstmann Little's centred group headings with group preambles
(centred_group_headings_group_preamble_citizenship_exceptions_stacked_name_lines, tests/relayout_heldout149.py).

What was wrong: the name-and-title blocks reader (kg/forms/roster_nameblocks.py) took an address only where its lines
were indented under the titles; a block whose address lines stand at the margin ('c/o 70 Pine Street' / 'New York,
New York 10270') made it refuse the whole list, so only the names were recorded (R 0.134 on both families). A second
centred heading 'Executive Officers of' / '<Org>' and its preamble inside the list made it refuse the list too, and
'who is a U.S. citizen' was no exception clause kg/forms/roster_excepted.py read.

What changed: kg/forms/roster_nameblock_flush.py (the address at the margin: from the first line that reads as an
address to the block's end, the line above it only where it is the employer; where that line is neither the employer
nor a title, no address is given), kg/forms/roster_nameblock_groups.py (group headings and each group's preamble
citizenship, for the group's persons only), kg/forms/roster_nameblock_after.py ('officer of X' over X's address is
the occupation there), kg/forms/roster_excepted.py ('a U.S. citizen').

Texts of our own making and rendered development files. Tests marked "fails on main" fail on main 5f1c3c78; the
guards pass on both."""
from __future__ import annotations

from pathlib import Path

import relayout
from conftest import DATA

import kg
from kg.forms.roster_excepted import excepted

POSTAMBLE_LIST = """\
<PAGE>
                                  SCHEDULE I

                 DIRECTORS AND EXECUTIVE OFFICERS OF HALLORAN BRIDGE, INC.

     The name, position with Halloran Bridge, Inc., principal occupation and
business address of each director and executive officer of Halloran Bridge,
Inc. are set forth below.

Ingrid M. Solberg
Director, Halloran Bridge, Inc.
Managing Partner, Fjordline Capital
Fjordline Capital
Bryggen 12
5003 Bergen, Norway

Daniel R. Whitcomb
Director, Halloran Bridge, Inc.
President and Chief Executive Officer, Halloran Bridge, Inc.
40 Wharf Street
Boston, Massachusetts 02110

Miriam T. Alcott
Director, Halloran Bridge, Inc.
Retired Vice Chairman, Lowell Savings Bank, N.A.
c/o 40 Wharf Street
Boston, Massachusetts 02110

     Each of the persons listed above is a citizen of the United States,
except Ingrid M. Solberg, who is a citizen of Norway.
"""

GROUPED_LIST = """\
Schedule I

                                 Directors of
                              Halloran Bridge, Inc.

     The following are the directors of Halloran Bridge, Inc. Set forth below
each name are the person's positions with Halloran Bridge, Inc. and the business
address. Each of the following directors is a citizen of the United States,
other than Ingrid M. Solberg, who is a citizen of Norway.

Ingrid M. Solberg
Director, Halloran Bridge, Inc.
Bryggen 12
5003 Bergen, Norway

Daniel R. Whitcomb
Director, Halloran Bridge, Inc.
40 Wharf Street
Boston, Massachusetts 02110

                            Executive Officers of
                              Halloran Bridge, Inc.

     The following are the executive officers of Halloran Bridge, Inc. Set
forth below each name are the person's positions with Halloran Bridge, Inc.
and the business address. Each of the following executive officers is a U.S.
citizen.

Paul K. Ferrante
Chief Financial Officer, Halloran Bridge, Inc.
40 Wharf Street
Boston, Massachusetts 02110

Rosa E. Lindqvist
Secretary, Halloran Bridge, Inc.
40 Wharf Street
Boston, Massachusetts 02110
"""


def _people(tmp_path: Path, text: str) -> dict[str, object]:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_address_at_the_margin_and_the_postamble_citizenship(tmp_path):
    """Fails on main: only the names were read."""
    people = _people(tmp_path, POSTAMBLE_LIST)
    solberg, whitcomb = people["Ingrid M. Solberg"], people["Daniel R. Whitcomb"]
    assert solberg.positions == ["Director"]
    assert solberg.other_positions == ["Managing Partner, Fjordline Capital"]
    assert solberg.address == "Fjordline Capital, Bryggen 12, 5003 Bergen, Norway"
    assert solberg.citizenship == "Norway"
    assert whitcomb.positions == ["Director", "President and Chief Executive Officer"]
    assert whitcomb.address == "40 Wharf Street, Boston, Massachusetts 02110"
    assert whitcomb.citizenship == "United States"
    alcott = people["Miriam T. Alcott"]  # (a title line over the address: no employer line taken from it)
    assert alcott.other_positions == ["Retired Vice Chairman, Lowell Savings Bank, N.A."]
    assert alcott.address == "c/o 40 Wharf Street, Boston, Massachusetts 02110"


def test_a_line_neither_employer_nor_title_above_the_address_gives_no_address(tmp_path):
    """Precision: 'Le Prince de Galles' over the street may be the employer (the address's first line) or an
    occupation; neither is given, nor the address without it. Fails on main only in that nothing was read."""
    text = POSTAMBLE_LIST.replace("Managing Partner, Fjordline Capital\nFjordline Capital\n",
                                  "Portfolio Manager\nLe Prince de Galles\n")
    solberg = _people(tmp_path, text)["Ingrid M. Solberg"]
    assert solberg.address is None
    assert "Le Prince de Galles" not in solberg.other_positions
    assert solberg.positions == ["Director"]


def test_group_headings_each_with_its_preamble_citizenship(tmp_path):
    """Fails on main: the second group's heading made the reader refuse the list (names only)."""
    people = _people(tmp_path, GROUPED_LIST)
    assert set(people) == {"Ingrid M. Solberg", "Daniel R. Whitcomb", "Paul K. Ferrante", "Rosa E. Lindqvist"}
    assert people["Ingrid M. Solberg"].citizenship == "Norway"
    assert people["Daniel R. Whitcomb"].citizenship == "United States"
    assert people["Paul K. Ferrante"].citizenship == "U.S."  # (the group's own preamble, not the first one's)
    assert people["Rosa E. Lindqvist"].citizenship == "U.S."
    assert people["Paul K. Ferrante"].positions == ["Chief Financial Officer"]
    assert people["Rosa E. Lindqvist"].address == "40 Wharf Street, Boston, Massachusetts 02110"


def test_a_group_preamble_not_read_whole_gives_its_group_no_citizenship(tmp_path):
    """Precision: the executive officers' preamble names an exception that is no listed person; they get no
    citizenship, neither the first group's default. Fails on main only in that nothing but the names was read."""
    text = GROUPED_LIST.replace("Each of the following executive officers is a U.S.\ncitizen.",
                                "Each of the following executive officers is a U.S.\ncitizen, other than Tomas "
                                "Wirth, who is a citizen of Austria.")
    people = _people(tmp_path, text)
    assert people["Paul K. Ferrante"].citizenship is None
    assert people["Rosa E. Lindqvist"].citizenship is None
    assert people["Ingrid M. Solberg"].citizenship == "Norway"


def test_a_group_preamble_stating_no_citizenship_gives_its_group_none(tmp_path):
    """Precision: the first group's default (the roster's preamble) is not the executive officers' where their own
    preamble states none. Fails on main only in that nothing but the names was read."""
    text = GROUPED_LIST.replace(" Each of the following executive officers is a U.S.\ncitizen.", "")
    people = _people(tmp_path, text)
    assert people["Paul K. Ferrante"].citizenship is None
    assert people["Paul K. Ferrante"].positions == ["Chief Financial Officer"]
    assert people["Daniel R. Whitcomb"].citizenship == "United States"


def test_exception_clause_a_us_citizen():
    """Fails on main: 'who is a U.S. citizen' was no clause read."""
    said = excepted("Each of the persons listed above is a citizen of the United States, except Francesco Caio, who "
                    "is a citizen of Italy and Ronnie C. Chan, who is a U.S. citizen.")
    assert said == ("United States", {"francesco caio": "Italy", "ronnie c. chan": "U.S."})


def _rendered(tmp_path: Path, family: str, options: relayout.Options) -> dict[str, object]:
    roster = relayout.load_rosters(DATA / "relayout" / "people_dev.json")[0]
    suffix, text, _people_expected = relayout.DEV_FAMILIES[family](roster, options)
    path = tmp_path / f"rendered{suffix}"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_rendered_postamble_family_ruled_upper(tmp_path):
    """Fails on main (names only)."""
    people = _rendered(tmp_path, "stacked_lines_name_titles_occupation_address_citizenship_postamble_exceptions",
                       relayout.Options(upper_last_first=True, rules=True))
    cohen = next(p for name, p in people.items() if "Cohen" in name)
    assert cohen.citizenship == "Canada"
    assert cohen.address == "Cassels, Brock & Blackwell, 40 King Street West, 20th Floor, Toronto, Ontario M5H 3C2"
    feldstein = next(p for name, p in people.items() if "Feldstein" in name)
    assert feldstein.other_positions == ["Professor of Economics, Harvard University",
                                         "President and CEO, National Bureau of Economic Research"]
    assert feldstein.citizenship == "United States"


def test_rendered_group_family_numbered_narrow(tmp_path):
    """Fails on main (names only)."""
    people = _rendered(tmp_path, "centred_group_headings_group_preamble_citizenship_exceptions_stacked_name_lines",
                       relayout.Options(numbered=True, markers=False, width=28))
    assert people["Marshall A. Cohen"].citizenship == "Canada"
    assert people["Ellen V. Futter"].address == "American Museum of Natural History, Central Park West at 79th " \
        "Street, New York, New York 10024"


def test_guard_national_grid_indented_address_postamble():
    """Guard (passes on main and here): the real exhibit, its address said once after the list."""
    path = Path(__file__).parent / "data/rosters_real/dev/text_stacked_name_title_lines_postamble_address_national_grid.txt"
    people = {p.name: p for p in kg.extract(path).people}
    assert people["Edward A. Capomacchio"].positions == ["Assistant Controller"]
    assert people["Edward A. Capomacchio"].address == "25 Research Drive, Westborough, MA 01582"
    assert people["Peter G. Flynn"].address == "25 Research Drive, Westborough, MA 01582"
