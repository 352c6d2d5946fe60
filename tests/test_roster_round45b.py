"""Round 45b (issue 13): marks a reader left on a name (the mutation bench's persons who are none).

(1) Centred names enumerated by letter, the blank lines between entries gone ('A. Howard P. Marlowe' over labelled
lines, 'B. Kenneth J. Orsini' next): the first entry kept its letter ('A. Howard P. Marlowe'), the others were read
into its address. Where the text enumerates entries by letter (a line opening with the next or the last letter), a
name opening its line with a letter and a full stop is refused. A name printed after an entry's letter
('B. G. Andrea Botta': the letter taken off) keeps its own initial.

(2) A note's mark doubled into a name column ('MARLOWE, Laurent(a) (a)'): 'Laurent (a) Marlowe' read as a name. A
name holding a note's mark in parentheses is refused."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.errors import KgError
from kg.records import to_dict

_HEAD = """                                  Schedule I
  Directors and Executive Officers of Quillon Holdings, Inc.
     The name, position(s) with Quillon Holdings, Inc., present principal
occupation and business address of each director and executive officer are
set forth below. Each of the persons named below is a citizen of the United
States, except as otherwise stated.
                                  DIRECTORS
                                  ---------
"""
_ENTRIES = [("A. Howard P. Marlowe", "Director", "Chief Executive", "Marlowe Partners"),
            ("B. Kenneth J. Orsini", "Director", "Partner, Orsini LLP", "Orsini LLP"),
            ("C. G. Andrea Vantor", "Director", "Chairman", "Vantor Group")]


def _centred(blank: str) -> str:
    blocks = [f"{name:^76}".rstrip() + f"\n        Position(s):                    {position}\n"
              f"        Principal Occupation:           {occupation}\n"
              f"        Business Address:               {address}\n" for name, position, occupation, address in _ENTRIES]
    return _HEAD + blank + blank.join(blocks)


def _names(tmp_path: Path, text: str) -> set[str]:
    path = tmp_path / "roster.txt"
    path.write_text(text)
    try:
        return {p["name"] for p in to_dict(kg.extract(path)).get("people", [])}
    except KgError:  # (the roster refused whole: no name stated)
        return set()


def test_entry_letter_kept_without_blank_lines_is_refused(tmp_path):
    names = _names(tmp_path, _centred(""))
    assert "A. Howard P. Marlowe" not in names
    assert not any(name[:2] in {"A.", "B.", "C."} and name != "G. Andrea Vantor" for name in names)


def test_entry_letters_with_blank_lines_still_read(tmp_path):  # guard: the layout as printed
    names = _names(tmp_path, _centred("\n\n"))
    assert {"Howard P. Marlowe", "Kenneth J. Orsini", "G. Andrea Vantor"} <= names


_NOTES = """                                  Schedule I
                         Quillon Corporation of Canada
                       Directors and Executive Officers

     The following are the directors and executive officers of Quillon
Corporation of Canada. The business address of each of the following persons
is Quillon Corporation of Canada, 751 Victoria Square, Montreal QC H2Y 2J3 and
each is a citizen of Canada, except as indicated in the notes following the
list.

Name                                  Office(s) Held                Other Principal Occupation
----                                  --------------                --------------------------

MARLOWE, Laurent{mark}                   Director                      Managing Director, Marlowe
                                                                    Investissements
----------------------------------------------------------------------------------------------------
ORSINI, Andre (b)                     Director                      Chairman, Power Tech
                                      President
----------------------------------------------------------------------------------------------------
VANTOR, Paul G.                       Director
                                      Chairman of the Executive
                                      Committee
----------------------------------------------------------------------------------------------------

(a)  This person's business address is Marlowe Investissements, 9, Rond-Point
     des Champs-Elysees, 75008 Paris, France. This person is a citizen of
     France.

(b)  This person's business address is 751 Victoria Square, Montreal QC H2Y
     2J3.
{extra}"""


def test_note_mark_in_a_name_is_refused(tmp_path):
    names = _names(tmp_path, _NOTES.replace("{mark}", "(a) (a)").replace(
        "{extra}", "\n(a) Appointed to the position shown above on March 1, 2021.\n"))
    assert not any("(" in name for name in names)
    assert "Paul G. Vantor" in names


def test_note_marks_as_printed_still_read(tmp_path):  # guard: one mark after the name
    names = _names(tmp_path, _NOTES.replace("{mark}", " (a)    ").replace("{extra}", ""))
    assert {"Laurent Marlowe", "Paul G. Vantor"} <= names
    assert not any("(" in name for name in names)
