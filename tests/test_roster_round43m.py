"""Forty-third round (m), issue 13: the mutation bench on families 111 to the last (relayout_mutations.FAMILIES).

rewrap x edgar_surname_titles_under_citizenship_second_address_exceptions: an EDGAR <TABLE> whose name cell stacks
the titles under the surname-first name with a hanging indent of three spaces. At a width where the occupation cell
takes one line, the first entry's 'Directors' stood alone on its line, read as a section heading: every person below
got 'Director' (22 values on the wrong person), the first person none. Titles stacked under a name were known only
when set at the name's own column (kg/forms/roster_rowcells.py `stacked_titles`); now also under a hanging indent.

A text of our own making. The test marked "fails on main" failed on main 2aeea59 and passes here; the guard passes on
both."""
from __future__ import annotations

import kg

_HEAD = """                                  SCHEDULE I

         INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS
                         OF HARBOUR LANE PARTNERS, INC.

     The following table sets forth the name, position, country of citizenship
and present principal occupation or employment of each director and executive
officer of Harbour Lane Partners, Inc. (the "Reporting Person"). Unless otherwise
indicated, each person's business address is 40 Wall Street, New York, New York 10005.

<TABLE>
<CAPTION>
Name and                                            Present Principal Occupation
Position(s) with                    Country of      or Employment and
the Reporting Person                Citizenship     Business Address
----------------------------------  --------------  ----------------------------------------------
<S>                                 <C>             <C>
"""
_ROWS = """WHITCOMB, Arthur L.                 United States   officer of Harbour Lane Securities LLC
   Directors
   Chairman of the Board
====================================================================================================
FENWICK, Clara J.                   United States   officer of Harbour Lane Securities LLC
   Director
   President
====================================================================================================
OSTRANDER, Paul M.                  United States   officer of Harbour Lane Securities LLC
   Vice President
====================================================================================================
REYES, Dana K.                      United States   officer of Harbour Lane Securities LLC
   Vice President
====================================================================================================
</TABLE>
"""
_SECTIONED = """Directors
WHITCOMB, Arthur L.                 United States   officer of Harbour Lane Securities LLC
====================================================================================================
FENWICK, Clara J.                   United States   officer of Harbour Lane Securities LLC
====================================================================================================
</TABLE>
"""


def _people(tmp_path, text: str) -> dict[str, dict]:
    path = tmp_path / "roster.txt"
    path.write_text(text)
    return {p.name: p for p in kg.extract(path).people}


def test_titles_under_a_hanging_indent_are_no_section_heading(tmp_path):  # fails on main
    people = _people(tmp_path, _HEAD + _ROWS)
    assert people["Arthur L. Whitcomb"].positions == ["Directors", "Chairman of the Board"]
    assert people["Clara J. Fenwick"].positions == ["Director", "President"]
    assert people["Paul M. Ostrander"].positions == ["Vice President"]
    assert people["Dana K. Reyes"].positions == ["Vice President"]


def test_a_heading_over_a_name_still_heads_its_section(tmp_path):  # guard
    people = _people(tmp_path, _HEAD + _SECTIONED)
    assert "Director" in people["Arthur L. Whitcomb"].positions
    assert "Director" in people["Clara J. Fenwick"].positions
