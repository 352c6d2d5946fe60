"""Forty-sixth round (h), issue 13: Danaher's two columns with dot leaders, printed for other rosters (the blind
families dotleader_history_numbered_parts, heldout51, and dot_leader_sections_titles_of_org_address_lines_exceptions,
heldout52): a name run into its leader, a name wrapped above its leader line, a cell that runs on past its titles.

1. A leader run straight on from a name's last initial ('QUILLEN, Marcus T...........') begins with that initial's
   stop (kg/forms/roster_leader_stop.py, read by kg/forms/roster_leaders.py and kg/forms/roster_geometry.py): the
   name was 'Marcus T Quillen'.
2. Two or three dots after a name, then two spaces, are a leader ('(2) Tomas R. Ekdahl-Varga...  Director, ...'): the
   name was 'Tomas R. Ekdahl-Varga...'; 'PRUITT, Hollis W........' read as 'Hollis W Pruitt'.
3. A name too long for its leader, wrapped above the leader line (' Francesca Maria Theodora' / '    Lindqvist.....')
   is one name (kg/forms/roster_leader_wrap.py): it was 'Francesca Maria Theodora' with 'Lindqvist' in a title.
4. A cell that runs on past its titles' full stop into text no full stop closes ('Director of QH. 3108 West 117th
   Street, Leawood, KS 66211', 'Partner, Lynch & Moy.' / 'Lynch & Moy' / 'Tower Two'): the preamble's default address 'unless
   otherwise indicated' is not given (it was, and it is another listed person's own), and the tail is no title
   (kg/forms/roster_leader_tail.py).

Texts of our own making. Each test marked "fails on main" fails on main 07ad56f and passes here; the guards pass on
both."""
from __future__ import annotations

from pathlib import Path

import kg

_DEFAULT = "500 Harbor Drive, Portland, Oregon 97201"

_HISTORY = """<PAGE>

                                   SCHEDULE I

                 DIRECTORS AND EXECUTIVE OFFICERS OF QUAYLE HOLDINGS, INC.

          Directors and executive officers of Quayle Holdings, Inc. ("QH"). The
following table sets forth the name and present principal occupation or
employment, and material occupations, positions, offices or employments for
the past five years of each director and executive officer of QH. Unless
otherwise indicated, the business address of each such person is 500 Harbor
Drive, Portland, Oregon 97201, and each such person is a citizen of the United
States.

1. Directors of QH

                                 Present Principal Occupation and
Name                             Five-Year Employment History
----                             ----------------------------

 QUILLEN, Marcus T..............  Chairman of the Board of QH; Chief Executive
                                 Officer of QH.

 BRENNAN, Odile.................  Director of QH. 3108 West 117th Street, Leawood,
                                 KS 66211

 STRAND, Wilhelmina.............  Board Director of QH; Professional Board
                                 Director.

 LINDQVIST, Francesca Maria
    Theodora....................  Director of QH; Retired Partner of Lynch &
                                 Moy.

2. Executive Officers of QH

                                 Present Principal Occupation and
Name                             Five-Year Employment History
----                             ----------------------------

 HALE, Dorian J.................  Vice President of QH; Treasurer of QH.
"""

_SECTIONS = """<PAGE>

                                  Exhibit 8

              DIRECTORS AND EXECUTIVE OFFICERS OF NORWOOD MILLS, INC.

          The following table sets forth the name and present principal
occupation or employment of each director and executive officer of Norwood
Mills, Inc. Unless otherwise indicated below, the business address of each
such person is 40 Canal Street, Lowell, Massachusetts 01852, and each such
person is a citizen of the United States.

1. Directors of Norwood Mills, Inc.

                               Present Principal Occupation or Employment
Name                           and Business Address
----                           -------------------------------------

 (1) Agnes P. Whitford.......  Director, Norwood Mills, Inc.; Chairman of the
                               Board, Norwood Mills, Inc.

 (2) Tomas R. Ekdahl-Varga...  Director, Norwood Mills, Inc.; Partner, Lynch &
                               Moy.
                               Lynch & Moy
                               Tower Two

 (3) Ruth E. Salcedo.........  Director, Norwood Mills, Inc.; Professor of Law,
                               Harlan College.

 (4) Bernard K. Oyelaran.....  Director, Norwood Mills, Inc.; officer of Baird &
                               Co. Incorporated.

 (5) PRUITT, Hollis W........  Director, Norwood Mills, Inc.; Retired Partner,
                               Baird & Co. Incorporated.
"""


def _read(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_a_leader_run_on_from_an_initial_keeps_its_stop(tmp_path):
    """fails on main: 'Marcus T Quillen', 'Dorian J Hale' (the stop taken for a leader dot)."""
    people = _read(tmp_path, _HISTORY)
    assert "Marcus T. Quillen" in people and "Dorian J. Hale" in people
    assert not any("." in n.replace("T.", "").replace("J.", "") for n in people)


def test_a_name_wrapped_above_its_leader_line_is_one_name(tmp_path):
    """fails on main: 'Lindqvist' or 'Theodora' was read as a word of a title, the name cut."""
    people = _read(tmp_path, _HISTORY)
    assert set(people) == {"Marcus T. Quillen", "Odile Brennan", "Wilhelmina Strand", "Francesca Maria Theodora Lindqvist",
                           "Dorian J. Hale"}
    lindqvist = people["Francesca Maria Theodora Lindqvist"]
    assert not any("Theodora" in v or "Lindqvist" in v for v in lindqvist.positions + lindqvist.other_positions)


def test_a_cell_running_on_past_its_titles_refuses_the_default_address(tmp_path):
    """fails on main: Brennan was given the default (the chairman's own address) and the address as a title."""
    brennan = _read(tmp_path, _HISTORY)["Odile Brennan"]
    assert brennan.address != _DEFAULT
    assert not any("117th" in v for v in brennan.positions + brennan.other_positions)


def test_an_item_naming_no_organisation_beside_one_naming_the_listed_one_is_held_elsewhere(tmp_path):
    """'Board Director of QH; Professional Board Director': the cell says 'of QH' where QH is meant, so the item
    without it is no title in QH (an occupation elsewhere, or left out undecided); the seat stays QH's."""
    people = {name.split()[-1]: p for name, p in _read(tmp_path, _HISTORY).items()}
    assert "Professional Board Director" not in people["Strand"].positions
    assert "Board Director" in people["Strand"].positions


def test_guard_a_cell_closed_by_its_full_stop_keeps_the_default(tmp_path):
    """Guard: a cell that ends with its titles' full stop prints no address of its own: the default stands."""
    people = {name.split()[-1]: p for name, p in _read(tmp_path, _HISTORY).items()}
    assert people["Quillen"].address == _DEFAULT
    assert people["Hale"].address == _DEFAULT


def test_three_dots_and_two_spaces_are_a_leader(tmp_path):
    """fails on main: 'Tomas R. Ekdahl-Varga...' read with the leader's dots, 'Hollis W Pruitt' without his stop."""
    people = _read(tmp_path, _SECTIONS)
    assert "Tomas R. Ekdahl-Varga" in people and "Hollis W. Pruitt" in people
    assert not any(n.endswith(".") and not n.endswith((" Jr.", " Sr.")) for n in people)


def test_address_lines_under_the_titles_refuse_the_default(tmp_path):
    """fails on main: Ekdahl-Varga, whose cell stacks 'Lynch & Moy' / 'Tower Two' under his titles, had the default."""
    ekdahl = _read(tmp_path, _SECTIONS)["Tomas R. Ekdahl-Varga"]
    assert ekdahl.address is None or "Canal Street" not in ekdahl.address


def test_guard_a_legal_form_closing_the_cell_keeps_the_default(tmp_path):
    """Guard: '... officer of Baird & Co. Incorporated.' and '... Harlan College.' end with their full stop: the
    default address stands."""
    people = _read(tmp_path, _SECTIONS)
    assert people["Bernard K. Oyelaran"].address == "40 Canal Street, Lowell, Massachusetts 01852"
    assert people["Ruth E. Salcedo"].address == "40 Canal Street, Lowell, Massachusetts 01852"
    assert people["Agnes P. Whitford"].address == "40 Canal Street, Lowell, Massachusetts 01852"
