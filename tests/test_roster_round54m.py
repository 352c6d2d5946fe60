"""Round 54m (issue 13): gather125's run_in_name_dash_labelled_clauses_default_address.

What was wrong: one paragraph per person with a hanging indent, the name run in before ' -- ' and labelled sentences
after it ('Pei-yuan Chia -- Position with X: Director. Present Principal Occupation: Retired Vice Chairman,
Citicorp and Citibank, N.A. Citizenship: United States.'), the business address printed only where it is not the
preamble's default: the labelled-sentence reader wanted the name's full stop before the first label, so no
paragraph was printed again a line per field; positions and occupations were lost and a few occupations read as
positions ('President and CEO'). 'BP Amoco, p.l.c.' lost its closing stop as a labelled value.

What changed: kg/forms/roster_label_run_dash.py (a person's name and a spaced dash opening a paragraph, a label
right after the dash: the dash is the name's full stop; only where two such paragraphs or more show the layout and
none has prose after its dash); kg/lookups/abbreviations.yml: 'p.l.c' a labelled value's closing abbreviation.

Texts of our own making. Tests marked "fails on main" fail on main 7e2f4e9c; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg

PREAMBLE = """\
                                   ANNEX A

           INFORMATION CONCERNING DIRECTORS AND EXECUTIVE OFFICERS
                         OF HARBOURVIEW HOLDINGS, INC.

The following sets forth the name, position with Harbourview Holdings, Inc.,
present principal occupation or employment, business address and citizenship
of each director and executive officer of Harbourview Holdings, Inc. Unless
otherwise indicated below, the business address of each such person is
12 Harbour Road, Portland, Maine 04101.

"""

DASH = PREAMBLE + """\
Anna K. Lindqvist -- Position with Harbourview Holdings, Inc.: Director.
    Present Principal Occupation: Retired Vice Chairman, Northgate Bank,
    N.A. Citizenship: United States.

Robert T. Okafor -- Position with Harbourview Holdings, Inc.: Director.
    Present Principal Occupation: Counsel, Marsh & Dunmore. Business
    Address: Marsh & Dunmore, 40 King Street West, Toronto, Ontario M5H
    3C2. Citizenship: Canada.

Henry L. Fairbanks -- Position with Harbourview Holdings, Inc.: Director.
    Present Principal Occupation: formerly Co-Chairman of the Board,
    Westmoor Energy, p.l.c. Citizenship: United Kingdom.
"""

NUMBERED = PREAMBLE + """\
1. Anna K. Lindqvist -- Position with Harbourview Holdings,
    Inc.: Chairman of the Board; Chief Executive Officer. Present
    Principal Occupation: None. Citizenship: United States.

2. Robert T. Okafor -- Position with Harbourview Holdings,
    Inc.: Director. Present Principal Occupation: Counsel, Marsh &
    Dunmore. Citizenship: Canada.
"""

PROSE = PREAMBLE.replace("Unless\notherwise indicated below, the business address of each such person is\n12 Harbour Road, "
                         "Portland, Maine 04101.", "Unless\notherwise indicated, each person named below is a citizen "
                         "of the United States.") + """\
WAY, Bill -- Positions with Harbourview Holdings, Inc.: President; Chief
Executive Officer; Director. Business address: 12 Harbour Road; Portland,
Maine 04101.

KEHR, Catherine A. -- Director of Harbourview Holdings, Inc. Business
address: 12 Harbour Road; Portland, Maine 04101.

GASS, John D. -- Director of Harbourview Holdings, Inc. Business address:
12 Harbour Road; Portland, Maine 04101.
"""


def _people(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "roster.txt"
    path.write_text(text)
    return {p.name: p for p in kg.extract(path).people}


def test_a_name_run_in_before_a_dash_heads_its_labelled_sentences(tmp_path):  # fails on main
    people = _people(tmp_path, DASH)
    assert set(people) == {"Anna K. Lindqvist", "Robert T. Okafor", "Henry L. Fairbanks"}
    anna, robert, henry = people["Anna K. Lindqvist"], people["Robert T. Okafor"], people["Henry L. Fairbanks"]
    assert anna.positions == ["Director"] and anna.other_positions == ["Retired Vice Chairman, Northgate Bank, N.A."]
    assert anna.address == "12 Harbour Road, Portland, Maine 04101"  # (the preamble's default)
    assert robert.other_positions == ["Counsel, Marsh & Dunmore"]
    assert robert.address == "Marsh & Dunmore, 40 King Street West, Toronto, Ontario M5H 3C2"
    assert robert.citizenship == "Canada"
    assert henry.other_positions == ["formerly Co-Chairman of the Board, Westmoor Energy, p.l.c."]


def test_a_numbered_name_and_dash_with_the_label_wrapped(tmp_path):  # fails on main
    people = _people(tmp_path, NUMBERED)
    assert set(people) == {"Anna K. Lindqvist", "Robert T. Okafor"}
    assert people["Anna K. Lindqvist"].positions == ["Chairman of the Board", "Chief Executive Officer"]
    assert people["Robert T. Okafor"].positions == ["Director"]
    assert people["Robert T. Okafor"].other_positions == ["Counsel, Marsh & Dunmore"]


def test_prose_after_a_names_dash_keeps_the_region_to_the_dash_reader(tmp_path):  # guard
    people = _people(tmp_path, PROSE)
    for name in ("Catherine A. Kehr", "John D. Gass"):
        assert people[name].positions == ["Director"]
    assert all(not any("--" in title for title in p.positions) for p in people.values())


def test_one_name_and_dash_shows_no_layout():  # unit guard (new module): one paragraph only, or prose after a dash
    from kg.forms.roster_label_run_dash import dash_stops

    one = "Anna K. Lindqvist -- Position with Harbourview Holdings, Inc.: Director. Citizenship: Canada.\n"
    assert dash_stops(one, [(0, len(one) - 1)]) == one
    mixed = PROSE[PROSE.index("WAY,"):]
    starts = [mixed.index(n) for n in ("WAY,", "KEHR,", "GASS,")]
    spans = [(a, mixed.index("\n\n", a) if "\n\n" in mixed[a:] else len(mixed)) for a in starts]
    assert dash_stops(mixed, spans) == mixed
