"""Forty-first round (c), issue 13: an HTML table saved as text with '|' cells whose first column, 'Name and Business
Address', stacks the name over the address lines (pipe_cells_name_address_sections_named_citizens, gather45).

On main the reader of '|' cells (kg/forms/roster_pipecells.py) joined a cell's lines into one value: the name and
the law firm under it became one person ('Kenneth J. Bialkin Skadden Arps Slate'); a 'Directors' section cell
shifted every row after it; a page mark ('B-2') between two cells stopped the table; and the preamble's 'Each of the
persons named below is a citizen of Canada, except that Laurent Dassault is a citizen of France' gave everyone
Canada (kg/forms/roster_excepted.py read 'except X, who is ...' but not 'except that X is ...').

Texts of our own making. Each test marked "fails on main" failed on main 099f5a0 and passes here; the guards pass
on both."""
from __future__ import annotations

import kg


def _cell(*lines: str) -> list[str]:
    return ["|", *lines, "|"]


def _table(preamble: str, caption: str, rows: list[list[list[str]]], page_after: int | None = None) -> str:
    lines = ["SCHEDULE B", "DIRECTORS AND EXECUTIVE OFFICERS OF HARBOUR MUTUAL HOLDINGS, INC.", preamble]
    head = _cell(caption) + _cell("Position(s) with Harbour Mutual Holdings, Inc.") \
        + _cell("Present Principal Occupation or Employment")
    lines += head
    for index, row in enumerate(rows):
        for cell in row:
            lines += _cell(*cell)
        if index == page_after:
            lines += ["B-2"] + head
    return "\n".join(lines) + "\n"


_PREAMBLE = ("The name, business address, position(s) with Harbour Mutual Holdings, Inc. and present principal "
             "occupation or employment of each of the directors and executive officers of Harbour Mutual Holdings, "
             "Inc. are set forth below. Each of the persons named below is a citizen of Canada, except that Laurent "
             "Dassault is a citizen of France.")
_ROWS = [
    [["Directors"]],
    [["Alice M. Fenwick", "Fenwick Partners", "12 Bay Street", "Toronto, Ontario M5J 2N8"], ["Director"],
     ["Managing Partner, Fenwick Partners"]],
    [["Kenneth J. Bialkin", "Skadden", "Arps", "Slate"], ["Director"], ["Partner, Skadden"]],
    [["Laurent Dassault", "9, Rond-Point des Champs-Elysees", "75008 Paris, France"], ["Director"],
     ["Deputy Chief Executive Officer,", "Groupe Industriel Marcel Dassault"]],
    [["Executive Officers"]],
    [["Carla J. Moreno", "12 Bay Street", "Toronto, Ontario M5J 2N8"], ["President and Chief Executive", "Officer"],
     []],
]


def _people(tmp_path, text: str):
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_a_name_stacked_over_its_address_is_the_cell_s_first_line(tmp_path):
    """Fails on main: the name and the address lines under it were one person ('Kenneth J. Bialkin Skadden Arps
    Slate'); the others were no one. The first line is the name, the rest the address."""
    people = _people(tmp_path, _table(_PREAMBLE, "Name and Business Address", _ROWS))
    assert set(people) == {"Alice M. Fenwick", "Kenneth J. Bialkin", "Laurent Dassault", "Carla J. Moreno"}
    assert people["Kenneth J. Bialkin"].address == "Skadden, Arps, Slate"
    assert people["Alice M. Fenwick"].address == "Fenwick Partners, 12 Bay Street, Toronto, Ontario M5J 2N8"
    assert people["Alice M. Fenwick"].positions == ["Director"]
    assert people["Carla J. Moreno"].positions == ["President and Chief Executive Officer"]
    assert people["Carla J. Moreno"].bodies == ["executive officers"]


def test_except_that_a_person_is_a_citizen_of_another_country(tmp_path):
    """Fails on main: 'except that X is a citizen of France' was no list of exceptions (kg.forms.roster_excepted
    read only 'except X, who is ...'), so X took the preamble's Canada wherever the default was given."""
    from kg.forms.roster_excepted import excepted
    assert excepted(_PREAMBLE) == ("Canada", {"laurent dassault": "France"})
    people = _people(tmp_path, _table(_PREAMBLE, "Name and Business Address", _ROWS))
    assert people["Laurent Dassault"].citizenship == "France"
    assert people["Alice M. Fenwick"].citizenship == "Canada"


def test_a_page_mark_and_the_captions_again_between_cells(tmp_path):
    """Fails on main: 'B-2' and the captions again after it, between two rows, were read as cells."""
    people = _people(tmp_path, _table(_PREAMBLE, "Name and Business Address", _ROWS, page_after=2))
    assert set(people) == {"Alice M. Fenwick", "Kenneth J. Bialkin", "Laurent Dassault", "Carla J. Moreno"}
    assert people["Laurent Dassault"].address == "9, Rond-Point des Champs-Elysees, 75008 Paris, France"


def test_a_whole_name_over_lines_no_caption_names_is_refused(tmp_path):
    """Fails on main (the joined 'Kenneth J. Bialkin Skadden Arps Slate' was a person): under a caption 'Name' that
    names no address, a cell whose first line is a whole name over other lines is refused, never joined."""
    rows = _ROWS + [[["Peter J. Vang"], ["Director"], ["Partner, Cravath"]]]
    people = _people(tmp_path, _table(_PREAMBLE, "Name", rows))
    assert not any("Skadden" in name or "Fenwick Partners" in name for name in people)
    assert "Kenneth J. Bialkin" not in people
    assert people["Peter J. Vang"].positions == ["Director"]  # (a name alone in its cell is read)


def test_except_that_without_a_citizenship_excepts_no_one():
    """Guard (passes on both): 'except that ...' naming no citizenship is no list of exceptions (the default
    sentence is read as before)."""
    from kg.forms.roster_excepted import excepted
    assert excepted("Each of the persons named below is a citizen of Canada, except that no address is given for "
                    "Laurent Dassault.") is None
