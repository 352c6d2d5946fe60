"""Round 53w (issue 13): values on the wrong person in gather116's runin_labels_paragraph_postamble_address_exceptions.

What was wrong: numbered run-in entries whose position label wraps ('1. Howard P. Berkowitz: Position with The St.
Paul Travelers Companies,' / '    Inc.: Director. Principal Occupation: ...'): the position label of
kg/patterns/roster.yml named its organisation on one line only, so the wrapped label was no label, the blocks ran
together and another person's 'Chief Executive' was read as a position.

What changed: kg/patterns/roster.yml `labels.position`: the organisation named in the label may run onto one more
line where the first ends with a comma and the next holds one or two words closed by the label's colon, none of
them a label's word (address, citizenship, occupation, name, position, ...).

Texts of our own making. Tests marked "fails on main" fail on main e000ef4; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.forms.roster_rules import rules

WRAPPED = """\
                                  SCHEDULE I

        INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF
                    THE HARBOURVIEW MUTUAL COMPANIES, INC.

Set forth below are the name, position with The Harbourview Mutual Companies,
Inc., present principal occupation, citizenship and business address of each
director and executive officer of The Harbourview Mutual Companies, Inc.

1. Martin Q. Oxley: Position with The Harbourview Mutual Companies,
    Inc.: Director. Principal Occupation: Partner, Oxley Ward. Business
    Address: Oxley Ward LLP. Citizenship: United States.

2. Renata D. Fairweather: Position with The Harbourview Mutual Companies, Inc.:
    Director. Principal Occupation: President. Business Address:
    Fairweather Mills. Citizenship: United States.

3. Tobias K. Lindgren: Position with The Harbourview Mutual Companies, Inc.:
    Chief Executive. Business Address: The Harbourview Mutual.
    Citizenship: United States.

4. Hollis W. Brandt: Position with The Harbourview Mutual Companies,
    Inc.: Director. Principal Occupation: Treasurer. Business
    Address: Brandt Group. Citizenship: United States.
"""


def _people(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_a_position_label_wrapped_onto_the_next_line_is_a_label():  # fails on main
    label = rules().labels["position"]
    found = label.search("Position with The Harbourview Mutual Companies,\n    Inc.: Director.")
    assert found and found.group().endswith("Inc.:")


def test_wrapped_labels_keep_each_persons_position(tmp_path):  # fails on main
    people = _people(tmp_path, WRAPPED)
    assert people["Martin Q. Oxley"].positions == ["Director"]
    assert people["Hollis W. Brandt"].positions == ["Director"]
    assert people["Tobias K. Lindgren"].positions == ["Chief Executive"]
    assert all("Chief Executive" not in p.positions for name, p in people.items() if name != "Tobias K. Lindgren")


def test_a_wrapped_label_does_not_swallow_the_next_label():  # guard: a label's word on the next line stays its own
    label = rules().labels["position"]
    found = label.search("Position with The Harbourview Mutual Companies,\n    Business Address: 1 Main St.")
    assert found is None or "Address" not in found.group()
    found = label.search("Position with Acme,\n    Citizenship: United States.")
    assert found is None or "Citizenship" not in found.group()


def test_one_line_position_label_still_reads():  # guard: the neighbouring layout
    label = rules().labels["position"]
    found = label.search("Position with The Harbourview Mutual Companies, Inc.: Director.")
    assert found and found.group() == "Position with The Harbourview Mutual Companies, Inc.:"
