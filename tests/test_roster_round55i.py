"""Round 55i (issue 13): box_drawing_grid_numbered_text (tests/relayout_heldout141.py).

What was wrong: a roster table drawn with the Unicode box-drawing characters ('┌─┬┐' above, '│' between cells,
'╞═╪╡' or '├─┼┤' between rows, '└─┴┘' below, as a word processor's bordered table saved as text draws it) was not
read as a grid: kg.forms.roster_boxgrid framed typed grids only ('+----+', '|'), so the cells ran together and most
values were lost (P 1.000 R 0.103 on main e821ab87).

What changed: kg/patterns/roster_box_drawing.yml (which characters of U+2500-U+257F are rules, walls between cells
and corners/joins) and kg/forms/roster_box_chars.py (validated on load) type each border as '-', '|' or '+', one
character for one; kg.forms.roster_boxgrid finds and frames its grids on the typed borders and keeps the text's
own characters and offsets. A text without a box-drawing character is read exactly as before. Then the titles
stacked one a line in the name cell ('Director of X' / 'President of X', the same in a typed grid) were read as one
position: kg.forms.roster_own_cut.cut_stacked_own_titles cuts the title field after each 'TITLE of X' (X the listed
organisation) where every piece is a title (kg/forms/roster_entry.py calls it on the 'title' field).

Texts of our own making and a rendered development file. Tests marked "fails on main" fail on main e821ab87; the
guards pass on both."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
import relayout
from conftest import DATA

import kg
from kg.errors import DataError
from kg.forms import roster_box_chars
from kg.forms.roster_box_chars import typed_frame
from kg.forms.roster_own_cut import cut_stacked_own_titles

HEAD = """\
                                   SCHEDULE A

           DIRECTORS AND EXECUTIVE OFFICERS OF HALLORAN BRIDGE HOLDINGS, INC.

"""
GRID = """\
┌──────────────────────────────┬────────────────┬──────────────────────────────┬──────────────────────────────┐
│ NAME                         │ CITIZENSHIP    │ BUSINESS ADDRESS             │ PRESENT PRINCIPAL OCCUPATION │
╞══════════════════════════════╪════════════════╪══════════════════════════════╪══════════════════════════════╡
│ Ingrid Solberg               │ Norway         │ Bryggen 12                   │ Managing Partner, Fjordline  │
│ Director of Halloran Bridge  │                │ 5003 Bergen, Norway          │   Capital AS                 │
│   Holdings, Inc.             │                │                              │                              │
├──────────────────────────────┼────────────────┼──────────────────────────────┼──────────────────────────────┤
│ Daniel R. Whitcomb           │ United States  │ 40 Wharf Street              │ --                           │
│ Director of Halloran Bridge  │                │ Boston, Massachusetts 02110  │                              │
│   Holdings, Inc.             │                │                              │                              │
│ President of Halloran Bridge │                │                              │                              │
│   Holdings, Inc.             │                │                              │                              │
├──────────────────────────────┼────────────────┼──────────────────────────────┼──────────────────────────────┤
│ Miriam Alcott                │ Canada         │ 1 College Green              │ Professor of Economics,      │
│ Director of Halloran Bridge  │                │ Lowell, Massachusetts 01854  │   Lowell College             │
│   Holdings, Inc.             │                │                              │                              │
└──────────────────────────────┴────────────────┴──────────────────────────────┴──────────────────────────────┘
"""


def _people(tmp_path: Path, text: str, name: str = "schedule.txt") -> dict[str, object]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_box_drawn_grid_reads_each_cell(tmp_path):
    """Fails on main: the cells of a box-drawn grid ran together and their values were lost."""
    people = _people(tmp_path, HEAD + GRID)
    assert set(people) == {"Ingrid Solberg", "Daniel R. Whitcomb", "Miriam Alcott"}
    assert people["Ingrid Solberg"].citizenship == "Norway"
    assert people["Ingrid Solberg"].address == "Bryggen 12, 5003 Bergen, Norway"
    assert people["Ingrid Solberg"].other_positions == ["Managing Partner, Fjordline Capital AS"]
    assert people["Daniel R. Whitcomb"].address == "40 Wharf Street, Boston, Massachusetts 02110"
    assert people["Miriam Alcott"].citizenship == "Canada"
    assert people["Miriam Alcott"].other_positions == ["Professor of Economics, Lowell College"]


def test_spans_are_the_texts_own(tmp_path):
    """Guard (passes on main too): the view keeps the text's offsets, so a span read in the box-drawn grid points
    at its value in the file."""
    path = tmp_path / "schedule.txt"
    text = HEAD + GRID
    path.write_text(text, encoding="utf-8")
    people = {p.name: p for p in kg.extract(path).people}
    start, end = people["Miriam Alcott"].spans["name"]
    assert text[start:end] == "Miriam Alcott"


def test_titles_stacked_in_the_name_cell_are_each_a_title(tmp_path):
    """Fails on main: 'Director of X' / 'President of X' under one name was one position ('Director of X
    President')."""
    people = _people(tmp_path, HEAD + GRID)
    assert people["Daniel R. Whitcomb"].positions == ["Director", "President"]
    assert "board of directors" in people["Daniel R. Whitcomb"].bodies


def test_guard_stacked_cut_only_between_titles():
    """Guard: a cut is made only where every piece is a title in the listed organisation."""
    names = ["Halloran Bridge Holdings, Inc."]
    assert cut_stacked_own_titles(["Director of Halloran Bridge\n  Holdings, Inc.\nPresident of Halloran"
                                   " Bridge Holdings, Inc."], names) == \
        ["Director of Halloran Bridge Holdings, Inc.", "President of Halloran Bridge Holdings, Inc."]
    kept = "Director of Halloran Bridge Holdings, Inc.\nTrust Company Limited"
    assert cut_stacked_own_titles([kept], names) == [kept]


def _rendered(tmp_path: Path, organisation: str, options: relayout.Options) -> dict[str, object]:
    sys.path.insert(0, str(DATA.parent.parent / "benchmarks"))
    import bench_rosters
    rosters = relayout.load_rosters(bench_rosters.DATA / "relayout" / "people_dev.json") + bench_rosters.real_rosters()
    roster = next(r for r in rosters if organisation in r.organization)
    render = relayout.HELD_OUT_FAMILIES.get("box_drawing_grid_numbered_text") \
        or relayout.DEV_FAMILIES["box_drawing_grid_numbered_text"]
    _suffix, text, _gold = render(roster, options)
    return _people(tmp_path, text)


def test_rendered_ruled_grid(tmp_path):
    """Fails on main: file 0_1 (AIG, '╞═╪╡' between entries) read one value of several per person."""
    people = _rendered(tmp_path, "American International Group", relayout.Options(upper_last_first=True, rules=True))
    chia = people["Pei-yuan Chia"]
    assert chia.positions == ["Director"]
    assert chia.citizenship == "United States"
    assert chia.address == "c/o 70 Pine Street, New York, New York 10270"
    assert chia.other_positions == ["Retired Vice Chairman, Citicorp and Citibank, N.A."]
    assert people["Marshall A. Cohen"].citizenship == "Canada"


def test_guard_typed_grid_reads_the_same(tmp_path):
    """Guard (passes on main too): the same grid typed with '+', '-', '=' and '|' reads as it always did, and the
    box-drawn one (now) gives the same people and values."""
    typed = GRID.translate(str.maketrans("┌┬┐├┼┤└┴┘╞╪╡─═│", "+" * 12 + "-=|"))
    assert "│" not in typed and "+--" in typed
    people = _people(tmp_path, HEAD + typed, "typed.txt")
    assert people["Ingrid Solberg"].address == "Bryggen 12, 5003 Bergen, Norway"
    assert people["Miriam Alcott"].positions == ["Director"]


def test_guard_typed_frame_leaves_other_text_alone():
    """Guard: a text without a box-drawing character is the same text; one with them keeps its length and every
    other character, and the block's half lines and diagonals are no borders."""
    plain = "+----+----+\n| A  | B  |\n+----+----+\n"
    assert typed_frame(plain) is plain
    drawn = "┌──┬──┐ ╱ ╴\n│a │b │\n╘══╧══╛"
    assert typed_frame(drawn) == "+--+--+ ╱ ╴\n|a |b |\n+--+--+"


def test_lookup_is_validated_on_load(monkeypatch):
    """The lookup refuses a point outside the block and a point in two groups."""
    with pytest.raises(DataError):
        roster_box_chars._points("rule", ["2600"])
    roster_box_chars._table.cache_clear()
    monkeypatch.setattr(roster_box_chars, "load_yaml",
                        lambda name: {"rule": ["2500"], "wall": ["2500"], "joint": ["250C"]})
    try:
        with pytest.raises(DataError):
            roster_box_chars._table()
    finally:
        roster_box_chars._table.cache_clear()
