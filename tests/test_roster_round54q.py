"""Round 54q (issue 13): run-in labelled entries printed with no blank line between them (gather116's
runin_labels_paragraph_postamble_address_exceptions, blank lines removed: the mutation property test).

What was wrong: 'James W. Atkinson: Position with X, Inc.: Executive Vice' / '    President. ...' right under the
preamble's last line and 'Mellody L. Hobson: Position with X, Inc.: Director;' / '    President. ...' right under
his: the view with blank lines put back (kg.forms.roster_paragraphs) set the second entry apart but not the first
from the preamble nor the last from the postamble; the first block took the preamble in as its position ('Director',
'executive officer' from 'each director and executive officer of X', 'Inc. Executive Vice President') and the
second entry was lost. Where the first reading reads the entries (three of them), the first block still took the
preamble's lines above its name line (its lead) into its position.

What changed: kg/forms/roster_runin_view.py (new, `runin_opens`), used by kg.forms.roster_paragraphs.paragraph_view:
a line at the margin opening with a person's name, its colon and a label of the rules, its wrapped lines set in
under it, opens an entry under a line that closes a sentence; the line at the margin under such an entry's last
set-in line (closing a sentence) opens the next paragraph. kg/forms/roster_runin_lead.py (new,
`without_run_in_leads`), called by kg.forms.roster_block_repair.repair: a block whose name opens its line with only
its colon before its first label keeps no lead (the text above the name's line is none of its).

Texts of our own making. Tests marked "fails on main" fail on main ef60ab35; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.forms.roster_paragraphs import paragraph_view

RUN_TOGETHER = """\
                                  SCHEDULE I
        INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF
                        BRAMBLEWOOD ASSET PARTNERS, INC.
Set forth below are the name, position with Bramblewood Asset Partners, Inc.,
present principal occupation, citizenship and business address of each
director and executive officer of Bramblewood Asset Partners, Inc.
Harriet V. Lindqvist: Position with Bramblewood Asset Partners, Inc.: Senior Vice
    President. Citizenship: United States.
Oskar T. Pellegrini: Position with Bramblewood Asset Partners, Inc.: Director;
    Treasurer. Citizenship: Italy.
Wendell J. Okonkwo: Position with Bramblewood Asset Partners, Inc.: Director.
    Citizenship: United States.
The business address of each of the persons named above is 410 West Harbor
Drive, Suite 900, Baltimore, Maryland 21201.
"""


def _read(tmp_path: Path, text: str, name: str = "ex99.txt") -> dict[str, dict]:
    path = tmp_path / name
    path.write_text(text)
    return {p.name: p for p in kg.extract(path).people}


def test_each_run_in_entry_read_on_its_own(tmp_path: Path) -> None:  # fails on main
    people = _read(tmp_path, RUN_TOGETHER)
    assert sorted(people) == ["Harriet V. Lindqvist", "Oskar T. Pellegrini", "Wendell J. Okonkwo"]
    assert people["Harriet V. Lindqvist"].positions == ["Senior Vice President"]
    assert people["Oskar T. Pellegrini"].positions == ["Director", "Treasurer"]
    assert people["Wendell J. Okonkwo"].positions == ["Director"]


def test_preamble_words_are_no_position(tmp_path: Path) -> None:  # fails on main
    people = _read(tmp_path, RUN_TOGETHER)
    every = [title for person in people.values() for title in person.positions]
    assert not any("executive officer" in title or title.startswith("Inc.") for title in every)


def test_view_sets_the_entries_apart() -> None:  # fails on main
    view = paragraph_view(RUN_TOGETHER)
    assert view is not None
    assert "Partners, Inc.\n\nHarriet V. Lindqvist:" in view.raw
    assert "Citizenship: Italy.\n\nWendell J. Okonkwo:" in view.raw
    assert "Citizenship: United States.\n\nThe business address" in view.raw


def test_guard_prose_at_the_margin_gets_no_blank_line() -> None:
    """A name and a colon with no label after it, or a line whose next is not set in, is no run-in entry."""
    text = ("Set forth below are the persons named in this schedule of the filing.\n"
            "Harriet V. Lindqvist: a director since 2001, who serves the company.\n"
            "    She is a citizen of the United States of America.\n"
            "The business address of each person is 410 West Harbor Drive.\n")
    view = paragraph_view(text)
    assert view is None or "\n\nHarriet V. Lindqvist:" not in view.raw


def test_guard_blank_lines_printed_read_as_before(tmp_path: Path) -> None:
    text = RUN_TOGETHER.replace("\nHarriet", "\n\nHarriet").replace("\nOskar", "\n\nOskar") \
        .replace("\nWendell", "\n\nWendell").replace("\nThe business", "\n\nThe business")
    people = _read(tmp_path, text)
    assert people["Harriet V. Lindqvist"].positions == ["Senior Vice President"]
    assert people["Oskar T. Pellegrini"].positions == ["Director", "Treasurer"]
