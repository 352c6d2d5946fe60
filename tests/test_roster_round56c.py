"""Round 56c (issue 13): two close variants of tests/relayout_heldout145.py.

- castlerigg_grid4col_wide_address_column_one_line (Castlerigg's four-column grid, the address column wide): a name
  wider than its column is printed whole and pushes the rest of its line right ('Francis Michael Cyprian CussBoard
  Director of   Tuborg ...', the address and citizenship four places right of their columns). Read against the
  header's columns the name was cut at the next column ('Francis Michael Cyprian', a person who is none, 'CussBoard
  Director' his title) or the row refused. Now cut where the line's other cells moved (kg/forms/roster_overflow_row.py).
  Under '<ORG> DIRECTORS' every row took the heading's 'Director', the officers' rows too ('Chief Executive Officer of
  Novo Holdings A/S'), where the directors' rows print 'Board Director of Novo Holdings A/S' themselves: the seat is
  no longer given to such a row (kg/forms/roster_unprinted_seat.py).
- trilogy_pipes_position_column_instead_of_yes_no_flags (Trilogy's cells a line each after a '|'): the lone '|'
  closing the table's last row, or a row over a ruled bar ('|-----'), was read as an empty cell, so the row had one
  cell too many and was refused (kg/forms/roster_cells.py).

Each test marked "fails on main" fails on main 11b6e7c7 (run 2026-12-07 23:55 UTC) and passes here; the guards pass
on both."""
from __future__ import annotations

import relayout
from conftest import DATA

import kg

CASTLERIGG = "castlerigg_grid4col_wide_address_column_one_line"
TRILOGY = "trilogy_pipes_position_column_instead_of_yes_no_flags"
ROSTERS = relayout.load_rosters(DATA / "relayout" / "people_dev.json")

RULE = "----------------------- ------------------- ------------------------------------------------- ----------------"
HEAD = [RULE, "          Name               Principal                          Address                         Citizenship",
        "                             Occupation", RULE]


def _grid(rows: list[tuple[str, list[str], str, str]], title: str = "HALDEN PROPERTY TRUST DIRECTORS") -> str:
    lines = [title.center(80), "", "<TABLE>", "<CAPTION>"] + HEAD
    for name, middle, address, citizenship in rows:
        lines.append(f"{name:<24}{middle[0]:<20}{address:<50}{citizenship}".rstrip())
        lines += [f"{'':<24}{cell}" for cell in middle[1:]]
        lines.append(RULE)
    return "\n".join(lines + ["</TABLE>"]) + "\n"


ADDRESS = "12 Harbour Road, Halden, Maine 04101"
ROWS = [
    ("Olivia R. Pemberton", ["Director of Halden", "Property Trust", "Retired"], ADDRESS, "United States"),
    ("Francis Michael Cyprian Cuss", ["Director of Halden", "Property Trust", "Consultant"], ADDRESS, "United Kingdom"),
    ("Walter P. Linden", ["Director of Halden", "Property Trust", "Partner, Linden &", "Co."], ADDRESS, "Canada"),
    ("Bruce R. Sandberg", ["Chief Executive", "Officer of Halden", "Property Trust"], ADDRESS, "United States"),
]


def _read(tmp_path, text: str, suffix: str = ".txt") -> dict:
    path = tmp_path / f"roster{suffix}"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def _real(organisation: str) -> relayout.Roster:
    import sys
    sys.path.insert(0, str(DATA.parent.parent / "benchmarks"))
    import bench_rosters
    return next(r for r in bench_rosters.real_rosters() if organisation in r.organization)


def _rendered(tmp_path, family: str, roster: relayout.Roster, options: relayout.Options) -> tuple[dict, list[dict]]:
    suffix, text, expected = relayout.DEV_FAMILIES[family](roster, options)
    return _read(tmp_path, text, suffix), expected


def test_a_name_wider_than_its_column_is_cut_where_its_line_moved(tmp_path):
    """Fails on main: 'Francis Michael Cyprian' (a person who is none) with 'CussBoard'-like titles."""
    people = _read(tmp_path, _grid(ROWS))
    assert "Francis Michael Cyprian" not in people
    cuss = people["Francis Michael Cyprian Cuss"]
    assert cuss.positions == ["Director"] and cuss.citizenship == "United Kingdom"
    assert cuss.address == ADDRESS


def test_a_name_exactly_as_wide_as_its_column_glued_to_its_title_is_read(tmp_path):
    """Fails on main: 'Sylvester Oakley JohnsonDirector of', a name of 24 characters in a column of 24, was left out."""
    rows = ROWS[:1] + [("Sylvester Oakley Johnson", ["Director of Halden", "Property Trust"], ADDRESS, "France")]
    people = _read(tmp_path, _grid(rows + ROWS[2:3]))
    assert len("Sylvester Oakley Johnson") == 24
    assert people["Sylvester Oakley Johnson"].positions == ["Director"]
    assert people["Sylvester Oakley Johnson"].citizenship == "France"


def test_the_headings_seat_is_not_given_to_an_officer_row_where_the_rows_print_theirs(tmp_path):
    """Fails on main: 'Director' on Bruce R. Sandberg, whose row prints 'Chief Executive Officer of Halden Property
    Trust' where every director's row prints 'Board Director of Halden Property Trust' (Novo Holdings' way)."""
    board = ["Board Director of", "Halden Property", "Trust"]
    rows = [(name, board, address, citizenship) for name, _middle, address, citizenship in ROWS[:3]] + ROWS[3:]
    people = _read(tmp_path, _grid(rows))
    assert people["Bruce R. Sandberg"].positions == ["Chief Executive Officer"]
    assert people["Olivia R. Pemberton"].positions == ["Board Director"]
    assert people["Walter P. Linden"].positions == ["Board Director"]


def test_guard_the_headings_seat_stays_where_the_rows_print_none(tmp_path):
    """Guard (passes on main too): Motorola's rows print titles and occupations with no 'Director of <org>'; listed
    under 'MOTOROLA DIRECTORS' each keeps the heading's seat."""
    rows = [("Robert L. Growney", ["President and Chief", "Operating Officer,", "Motorola"], ADDRESS, "United States"),
            ("Anne P. Jones", ["Consultant"], ADDRESS, "United States"),
            ("Walter P. Linden", ["Partner, Linden &", "Co."], ADDRESS, "Canada")]
    people = _read(tmp_path, _grid(rows, "MOTOROLA DIRECTORS"))
    assert "Director" in people["Robert L. Growney"].positions
    assert people["Anne P. Jones"].positions == ["Director"]


def test_castlerigg_wide_address_rows_give_no_person_who_is_none(tmp_path):
    """Fails on main: roster 3 (Novo Holdings) gave 'Francis Michael Cyprian' and left out Narvekar and Schaffert;
    roster 5 (Southwestern, names in capitals, ruled) gave 'Director' to five officers."""
    for organisation, options in (("Novo Holdings", relayout.Options()),
                                  ("Southwestern Energy", relayout.Options(upper_last_first=True, rules=True))):
        people, expected = _rendered(tmp_path, CASTLERIGG, _real(organisation), options)
        assert sorted(people) == sorted(p["name"] for p in expected)
        for person in expected:
            assert people[person["name"]].positions == person["positions"], person["name"]


def _pipes(last_citizenship: str = "Canada", ruled: bool = False) -> str:
    rows = [("Pei-yuan Chia", "Director of Harrow Instruments, Inc.", "Retired Vice Chairman, Citicorp", "United States"),
            ("Marshall A. Cohen", "Director of Harrow Instruments, Inc.", "Counsel, Cassels, Brock & Blackwell", "Canada"),
            ("Ellen V. Futter", "President of Harrow Instruments, Inc.", "None", last_citizenship)]
    lines = ["DIRECTORS AND EXECUTIVE OFFICERS OF HARROW INSTRUMENTS, INC.", "", "|Name", "|Position",
             "|Present Principal Occupation or Employment", "|Citizenship", "|"]
    for name, position, occupation, citizenship in rows:
        lines += [name, "|" + position, "|" + occupation, "|" + citizenship, "|"] + (["|" + "-" * 20] if ruled else [])
    return "\n".join(lines) + "\n"


def test_the_bar_closing_the_tables_last_row_is_no_cell(tmp_path):
    """Fails on main: the last row's closing '|' read as a fifth cell, the row refused ('Ellen V. Futter' left out)."""
    futter = _read(tmp_path, _pipes())["Ellen V. Futter"]
    assert futter.positions == ["President"] and futter.citizenship == "Canada"


def test_a_bar_over_a_ruled_bar_closes_its_row(tmp_path):
    """Fails on main: every row over '|-----' refused (nothing read but the names)."""
    people = _read(tmp_path, _pipes(ruled=True))
    assert people["Marshall A. Cohen"].citizenship == "Canada"
    assert people["Marshall A. Cohen"].other_positions == ["Counsel, Cassels, Brock & Blackwell"]
    assert people["Ellen V. Futter"].positions == ["President"]


def test_guard_trilogy_flag_cells_read_as_before(tmp_path):
    """Guard (passes on main too): Trilogy's real layout, its Director / Executive Officer Yes/No cells."""
    people, expected = _rendered(tmp_path, "trilogy_pipe_cells_director_officer_flags_address_citizenship",
                                 ROSTERS[0], relayout.Options())
    assert sorted(people) == sorted(p["name"] for p in expected)
    for person in expected:
        assert people[person["name"]].citizenship == person["citizenship"]
