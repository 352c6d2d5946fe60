"""Round 54j (issue 13): gather124's novo_cells_one_a_line_annex_ii_real_labels on the MSDW roster (a table saved as
text, one cell line a line, the name with no comma after it, the labels 'Name, Title' / 'Address' / ... once at the
top).

What was wrong: the first person's cells print 'Directors' on a line of its own under his name ('Tarek F.
Abdel-Meguid' / 'Directors' / 'Chairman of the Board'); the preamble's reader took that short line for a heading of
the roster naming one body, the board, and every officer below ('Debra M. Aaron' / 'Vice President' / ...) was given
the seat 'Director' and the body 'board of directors': values on the wrong person. A line right under a name alone
and over another cell of that entry (a title, an address, a city) is the entry's cell, no heading
(kg.forms.roster_under_bare_name); a heading between entries has a name (or captions) under it, and stays one.

Texts of our own making. Tests marked "fails on main" fail on main 095ac9f0; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg

CELLS = """\
EXHIBIT 99.2
ANNEX II
Information regarding each director and executive officer of Harrowgate Capital Holdings, Inc. is set forth below.
Harrowgate Capital Holdings, Inc.
Name, Title
Address
Principal Occupation
Citizenship
{n1}Marguerite L. Oyelaran
Directors
Chairman of the Board
Harrowgate Capital Partners LLC
410 Park Avenue
New York, New York 10022
officer of Harrowgate Capital Partners LLC
United States
{n2}Conrad T. Vasquez-Whitfield
Director
President
Harrowgate Capital Partners LLC
410 Park Avenue
New York, New York 10022
officer of Harrowgate Capital Partners LLC
United States
{n3}Priya R. Castellano
Vice President
Harrowgate Capital Partners LLC
410 Park Avenue
New York, New York 10022
officer of Harrowgate Capital Partners LLC
United States
{n4}Desmond A. Fairweather
Treasurer
Harrowgate Capital Partners LLC
410 Park Avenue
New York, New York 10022
officer of Harrowgate Capital Partners LLC
United States
"""

NAMES_ONLY = """\
DIRECTORS
Harriet J. Okonkwo-Lind
Roland P. Szymanski
Executive Officers
Vivienne M. Aldercott
President
"""


def _people(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def _cells(numbered: bool) -> str:
    return CELLS.format(**{f"n{i}": f"{i}. " if numbered else "" for i in (1, 2, 3, 4)})


def test_the_line_under_the_name_is_that_entrys_cell():  # fails on main (no such module)
    from kg.forms.roster_under_bare_name import under_bare_name
    text = _cells(False)
    assert under_bare_name(text, text.index("Directors\n"))
    assert not under_bare_name(text, text.index("Chairman of the Board"))  # (under 'Directors', no name)


def test_no_officer_is_seated_on_the_board(tmp_path):  # fails on main
    for numbered in (False, True):
        people = _people(tmp_path, _cells(numbered))
        for name, title in (("Priya R. Castellano", "Vice President"), ("Desmond A. Fairweather", "Treasurer")):
            assert people[name].positions == [title]
            assert "board of directors" not in people[name].bodies


def test_the_directors_keep_their_seats(tmp_path):  # guard (passes on main too)
    people = _people(tmp_path, _cells(False))
    assert people["Conrad T. Vasquez-Whitfield"].positions == ["Director", "President"]
    assert "board of directors" in people["Marguerite L. Oyelaran"].bodies


def test_a_heading_over_a_name_stays_a_heading():  # fails on main (no such module)
    from kg.forms.roster_under_bare_name import under_bare_name
    assert not under_bare_name(NAMES_ONLY, NAMES_ONLY.index("Executive Officers"))  # (a name under it)


def test_section_headings_between_entries_still_read(tmp_path):  # guard (passes on main too)
    text = _cells(False).replace("Citizenship\n", "Citizenship\nDirectors\n", 1).replace(
        "Oyelaran\nDirectors\n", "Oyelaran\nDirector\n").replace("States\nPriya", "States\nExecutive Officers\nPriya")
    people = _people(tmp_path, text)
    for name, title in (("Priya R. Castellano", "Vice President"), ("Desmond A. Fairweather", "Treasurer")):
        assert people[name].positions == [title]
        assert people[name].bodies == ["executive officers"]
