"""Thirty-ninth round (c), issue 13: '|' cell tables with Yes/No flag columns, a caption over each table, the
notes after each table, and the defaults stated over the first caption.

An HTML table saved as text one cell a line (kg/forms/roster_flagcells.py), split into a directors table and an
executive officers table, each under a caption line of its own:

- a row whose 'Director' flag says No was given the seat 'Director' when the roster's title ('Directors of X', the
  first caption) listed the board only: an explicit No now keeps the seat off (kg/forms/roster_entry.py);
- the second caption, after a blank line, was read as more of the last cell above it (its text an occupation
  'Executive Officers of X'): a line after a blank line is a caption now, and gives the next table's body;
- 'Unless otherwise noted, each person listed below is a citizen of X and has his or her business address at Y.'
  printed over the first caption was not read: a paragraph over the title that speaks of the list below gives the
  roster's defaults when the preamble under the title gives none (kg/forms/roster_above_title.py); 'has his or her
  business address at Y' is a default address (kg/patterns/roster.yml `default_address`).

Texts of our own making. Each test marked "fails on main" failed on main 5e6b226 and passes here; the guards pass on
both."""
from __future__ import annotations

import kg

_DEFAULTS = ("Unless otherwise noted, each person listed below is a citizen of the United States and has his or her "
             "business address at 40 Quarry Road, Hartford, Connecticut 06103.\n\n")

_TABLES = """Directors of Quarry Ridge Consolidated Holdings Company, Inc.
|Executive
|Name
|Director
|Officer
|Present Principal Occupation
|
Helen T. Marsh
|Yes
|No
|Partner, Marsh Brothers
|
Oliver P. Grant (1)
|Yes
|No
|Retired Chairman (1)
|(1)
|The business address of Oliver P. Grant is 9 Elm Court, Albany, New York 12207.

Executive Officers of Quarry Ridge Consolidated Holdings Company, Inc.
|Executive
|Name
|Director
|Officer
|Present Principal Occupation
|
Samuel K. Reyes (1)
|No
|Yes
|Chief Financial Officer of Quarry Ridge Consolidated Holdings Company, Inc. (1)
|
Dana L. Whitfield
|No
|Yes
|General Counsel of Quarry Ridge Consolidated Holdings Company, Inc.
|(1)
|Samuel K. Reyes is a citizen of Canada.
"""


def _people(tmp_path, text: str):
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_no_under_director_keeps_the_seat_off(tmp_path):
    """Fails on main: Samuel K. Reyes and Dana L. Whitfield, 'No' under Director, were given 'Director' (the roster's
    title, 'Directors of X', lists the board only)."""
    people = _people(tmp_path, "Exhibit 99.1\n\n" + _DEFAULTS + _TABLES)
    for name in ("Samuel K. Reyes", "Dana L. Whitfield"):
        assert "Director" not in people[name].positions
        assert "board of directors" not in people[name].bodies
        assert "executive officers" in people[name].bodies
    assert people["Helen T. Marsh"].positions == ["Director"]


def test_caption_after_a_blank_line_is_no_cell_text(tmp_path):
    """Fails on main: with no notes under the first table, the second caption was read into the occupation cell of
    the first table's last row (Oliver P. Grant)."""
    first, second = _TABLES.split("\n\n")
    first = first.replace(" (1)", "").split("|(1)")[0].rstrip("\n")
    people = _people(tmp_path, "Exhibit 99.1\n\n" + _DEFAULTS + first + "\n\n" + second)
    grant = people["Oliver P. Grant"]
    assert not any("Executive Officers" in p for p in grant.positions + grant.other_positions)
    assert grant.other_positions == ["Retired Chairman"]
    assert grant.address == "40 Quarry Road, Hartford, Connecticut 06103"


def test_defaults_over_the_title(tmp_path):
    """Fails on main: the defaults printed over the first caption were not read; each note (numbered afresh under
    each table) is kept to its own table's person."""
    people = _people(tmp_path, "Exhibit 99.1\n\n" + _DEFAULTS + _TABLES)
    assert people["Helen T. Marsh"].address == "40 Quarry Road, Hartford, Connecticut 06103"
    assert people["Helen T. Marsh"].citizenship == "United States"
    assert people["Dana L. Whitfield"].address == "40 Quarry Road, Hartford, Connecticut 06103"
    assert people["Oliver P. Grant"].citizenship == "United States"  # (his note gives an address only)
    assert people["Samuel K. Reyes"].citizenship == "Canada"
    assert people["Samuel K. Reyes"].address == "40 Quarry Road, Hartford, Connecticut 06103"


def test_paragraph_over_the_title_not_about_the_list_gives_no_default(tmp_path):
    """Guard (passes on both): a paragraph over the title that does not speak of the list below gives nobody its
    address or citizenship."""
    other = ("The reporting person has its business address at 40 Quarry Road, Hartford, Connecticut 06103 and each "
             "of its partners is a citizen of the United States.\n\n")
    people = _people(tmp_path, "Exhibit 99.1\n\n" + other + _TABLES)
    assert people["Helen T. Marsh"].address is None
    assert people["Helen T. Marsh"].citizenship is None
    assert people["Oliver P. Grant"].address == "9 Elm Court, Albany, New York 12207"
