"""Round 54l (issue 13): gather124's conagra_every_address_titles_and_of_full_name.

What was wrong: ConAgra Foods' Schedule I laid out anew, 'SCHEDULE 2', no defined short name: the preamble 'The
executive officers and directors of Scout Capital Corp. and the information required by Item 2 of Schedule 13D are
listed below' named no organisation the reader took (the name ends at 'and the information required', no stop, no
parenthesis), so every 'Director of <full name>' was read as an outside occupation; a block whose own long address
line ('National Bureau of Economic Research, Inc.') pushes its right column further right refused the whole roster;
one entry's ';' ('Director; President and ...') made every entry's lines one run-on text ('Director of Power
Corporation of Canada Managing Director, Dassault Investissements'); a line opening with 'and' ('Director, Chairman
of the Board' / 'and Chief Executive Officer of') read as an item of its own.

What changed: kg/patterns/roster_org_stop.yml `item2_sentence` + kg/forms/roster_org_stop.py item2_org (the name
ends at 'and the information required by Item 2'; called from kg/forms/roster_org_ends.py subject_organization, the
last preamble reading); kg/forms/roster_stacked.py (a block pushed over by its own left cell read at its own column;
the run-on reading only for the entries that print a ';'); kg/forms/roster_cell_items.py (a line opening with a
joining word goes on with the item above).

Texts of our own making. Tests marked "fails on main" fail on main 095ac9f0; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg

PUSHED = """\
SCHEDULE 2

         The executive officers and directors of Brightwater Holdings, Inc. and
the information required by Item 2 of Schedule 13D are listed below, along with
the offices held by each. Each is a citizen of the United States, except Anna
K. Lindqvist, who is a citizen of Sweden.

    Harold P. Ames                   Director of Brightwater Holdings,
    c/o 12 Harbor Street             Inc.
    Boston, Massachusetts 02110      Retired Chairman, Ames Textile
                                     Company

    Anna K. Lindqvist                            Director of Brightwater Holdings,
    Swedish Institute of Maritime Studies, Inc.  Inc.
    1050 Commonwealth Avenue                     Professor of History, Boston
    Boston, Massachusetts 02215                  University

    Peter J. Ruiz                    Director of Brightwater Holdings,
    c/o 12 Harbor Street             Inc.
    Boston, Massachusetts 02110      Partner, Ruiz & Cole LLP
"""

def _blocks(*blocks: list[tuple[str, str]]) -> str:
    """Name-and-address blocks, the right column at 37 or two spaces after the block's longest left line."""
    out = []
    for block in blocks:
        width = max(33, max(len(left) for left, _right in block) + 2)
        out.append("\n".join(("    " + left.ljust(width) + right).rstrip() for left, right in block))
    return "\n\n".join(out) + "\n"


RUN_ON = """\
SCHEDULE 2

         The executive officers and directors of Halden Corporation of Norway and
the information required by Item 2 of Schedule 13D are listed below, along with
the offices held by each. Unless otherwise indicated, the business address of
each is 200 Bay Street, Toronto, Ontario M5J 2J2. Each is a citizen of Norway, except
Claire Dubois, who is a citizen of France.

""" + _blocks([("Claire Dubois", "Director of Halden Corporation of"), ("Dubois Investissements", "Norway"),
               ("9, Rond-Point des Champs-Elysees", "Managing Director, Dubois"), ("75008 Paris, France", "Investissements")],
              [("Erik Halvorsen", "Director; President and Co-Chief"), ("200 Bay Street", "Executive Officer of Halden"),
               ("Toronto, Ontario M5J 2J2", "Corporation of Norway")],
              [("Ingrid Moe", "Vice-President of Halden"), ("200 Bay Street", "Corporation of Norway"),
               ("Toronto, Ontario M5J 2J2", "")])

SHORT = """\
SCHEDULE 2

         The executive officers and directors of Tern Capital Corp. and the
information required by Item 2 of Schedule 13D are listed below, along with the
offices held by each. Each is a Canadian citizen.

    Thomas R. Vale                   Director of Tern Capital Corp.
    41 Crescent Road N.W.            Self Employed Businessman
    Calgary, Alberta T2L 0N8

    Louise M. Park                   Director, Chairman of the Board
    12 Elbow Drive S.W.              and Chief Executive Officer of
    Calgary, Alberta T2S 2J3         Tern Capital Corp.
"""


def _people(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "roster.txt"
    path.write_text(text)
    return {p.name: p for p in kg.extract(path).people}


def test_a_block_pushed_over_by_its_own_address_line_is_read(tmp_path):  # fails on main
    people = _people(tmp_path, PUSHED)
    anna = people["Anna K. Lindqvist"]
    assert anna.positions == ["Director"] and anna.organization == "Brightwater Holdings, Inc."
    assert anna.other_positions == ["Professor of History, Boston University"]
    assert anna.address.startswith("Swedish Institute of Maritime Studies, Inc., 1050 Commonwealth Avenue")
    assert anna.citizenship == "Sweden"
    harold = people["Harold P. Ames"]
    assert harold.other_positions == ["Retired Chairman, Ames Textile Company"] and harold.citizenship == "United States"


def test_the_item2_sentence_names_the_organisation(tmp_path):  # fails on main
    people = _people(tmp_path, SHORT)
    thomas = people["Thomas R. Vale"]
    assert thomas.organization == "Tern Capital Corp." and thomas.positions == ["Director"]
    assert thomas.other_positions == ["Self Employed Businessman"]


def test_a_line_opening_with_and_goes_on_with_the_item_above(tmp_path):  # fails on main
    louise = _people(tmp_path, SHORT)["Louise M. Park"]
    assert "Director" in louise.positions and louise.organization == "Tern Capital Corp."
    assert any("Chief Executive Officer" in title for title in louise.positions) and not louise.other_positions


def test_one_entrys_semicolon_makes_no_other_entry_run_on(tmp_path):  # fails on main
    people = _people(tmp_path, RUN_ON)
    claire = people["Claire Dubois"]
    assert claire.positions == ["Director"] and claire.organization == "Halden Corporation of Norway"
    assert claire.other_positions == ["Managing Director, Dubois Investissements"]
    erik = people["Erik Halvorsen"]
    assert set(erik.positions) == {"Director", "President and Co-Chief Executive Officer"}
    assert not erik.other_positions


def test_guard_a_defined_short_name_still_names_the_roster(tmp_path):  # guard: passes on main too
    text = SHORT.replace("of Tern Capital Corp. and the\ninformation required",
                         'of Tern Capital Corp. ("Tern") and the\ninformation required').replace(
        "Tern Capital Corp.\n", "Tern\n").replace("Director of Tern Capital Corp.", "Director of Tern")
    thomas = _people(tmp_path, text)["Thomas R. Vale"]
    assert thomas.organization == "Tern Capital Corp." and thomas.positions == ["Director"]


def test_guard_a_block_whose_column_moves_without_cause_is_refused(tmp_path):  # guard: passes on main too
    text = PUSHED.replace("    Peter J. Ruiz                    Director of Brightwater Holdings,\n"
                          "    c/o 12 Harbor Street             Inc.\n"
                          "    Boston, Massachusetts 02110      Partner, Ruiz & Cole LLP\n",
                          "    Peter J. Ruiz                             Director of Brightwater Holdings,\n"
                          "    c/o 12 Harbor Street                      Inc.\n"
                          "    Boston, Massachusetts 02110               Partner, Ruiz & Cole LLP\n"
                          "                                              and Trustee, Boston Ballet\n")
    people = _people(tmp_path, text)
    assert "Retired Chairman, Ames Textile Company" not in (people.get("Harold P. Ames") and people[
        "Harold P. Ames"].other_positions or [])
