"""Round 55g (issue 13): two families of tests/relayout_heldout137.py.

- pipe_cells_address_before_occupation_citizenship_postamble_exceptions (St. Paul Travelers' pipe cells, the
  citizenship said once AFTER the list): the postamble's prose after the last '|' line made the whole table no
  table of pipe cells (kg/forms/roster_pipecells.py refused any text between or after the cells), so nothing was
  read; and a name wrapped in its narrow cell ('Francis Michael Cyprian' / 'Cuss') under a caption that names no
  address was refused.
- edgar_dot_leader_names_section_rows_occupation_address_column_citizenship_last (AIG's EDGAR <TABLE>, a dot leader
  after each name): the leader ran the name column into the next and the columns were misread (the citizenship
  joined to the titles); a name wrapped with its leader on the line under it ('Francis Michael Cyprian' /
  '  Cuss .......') gave a person who is none.

Each test marked "fails on main" fails on main b7c3e9ac (run 21:19 UTC) and passes here; the guards pass on both."""
from __future__ import annotations

import sys

import relayout
from conftest import DATA

import kg

PIPE = "pipe_cells_address_before_occupation_citizenship_postamble_exceptions"
EDGAR = "edgar_dot_leader_names_section_rows_occupation_address_column_citizenship_last"


def _rosters() -> list:
    """The rosters family_bench renders: the development people, then the real development rosters' people."""
    sys.path.insert(0, str(DATA.parent.parent / "benchmarks"))
    import bench_rosters
    return relayout.load_rosters(DATA / "relayout" / "people_dev.json") + bench_rosters.real_rosters()


def _people(tmp_path, family: str, index: int) -> dict:
    roster = _rosters()[index]
    suffix, text, _expected = relayout.DEV_FAMILIES[family](roster, relayout.Options())
    path = tmp_path / f"roster{suffix}"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def _read(tmp_path, text: str) -> dict:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_pipe_cells_with_a_citizenship_postamble_are_read(tmp_path):
    """Fails on main: 'no roster of directors or officers found' (the postamble's prose after the cells)."""
    people = _people(tmp_path, PIPE, 0)
    assert list(people) == ["Pei-yuan Chia", "Marshall A. Cohen", "Martin S. Feldstein", "Ellen V. Futter"]
    assert people["Marshall A. Cohen"].citizenship == "Canada"  # (the postamble's exception)
    assert people["Pei-yuan Chia"].citizenship == "United States"  # (its default)
    assert people["Pei-yuan Chia"].positions == ["Director"]
    assert people["Pei-yuan Chia"].address == "c/o 70 Pine Street, New York, New York 10270"
    assert people["Ellen V. Futter"].other_positions == ["President, American Museum of Natural History"]


def test_a_pipe_cell_name_wrapped_in_its_column_is_one_name(tmp_path):
    """Fails on main: 'Francis Michael Cyprian' / 'Cuss' in its name cell (and two more) were refused, and the
    postamble naming them was applied to no one."""
    people = _people(tmp_path, PIPE, 3)
    assert "Francis Michael Cyprian Cuss" in people and "Francis Michael Cyprian" not in people
    assert people["Francis Michael Cyprian Cuss"].citizenship == "USA, United Kingdom"
    assert people["Nirmal Prabhakar Narvekar"].citizenship == "USA"
    assert people["Lars Green"].citizenship == "Denmark"


NAME_OVER_EMPLOYER = "\n".join([
    "EXHIBIT 1", "DIRECTORS AND EXECUTIVE OFFICERS OF", "HARROW INSTRUMENTS, INC.",
    "The names and present principal occupations of the directors and executive officers of",
    "Harrow Instruments, Inc. are set forth below. All of them are citizens of the United States.",
    "Harrow Instruments, Inc.",
    "|", "Name", "|", "|", "Position", "|", "|", "Present Principal Occupation", "|",
    "|", "Walter P. Linden", "|", "|", "Director", "|", "|", "Retired", "|",
    "|", "Ruth Q. Hallorann", "|", "|", "Director", "|", "|", "President, Brill Optics", "|",
    "|", "Dana Ivers", "|", "|", "Director", "|", "|", "President, Kestrel", "|",
    "|", "Augustin M. Oberholt", "|", "|", "Director", "|", "|", "Consultant", "|",
    "|", "Bernard Q. Kowalczyk", "Kestrel", "|", "|", "Director", "|", "|", "Partner, Kestrel", "|", ""])


def test_a_word_under_a_pipe_cell_name_that_the_row_names_stays_out(tmp_path):
    """Guard (passes on main too): 'Bernard Q. Kowalczyk' / 'Kestrel', the row's occupation naming Kestrel, is no
    wrapped name: the entry is refused, never read as 'Bernard Q. Kowalczyk Kestrel'; the others are read."""
    people = _read(tmp_path, NAME_OVER_EMPLOYER)
    assert not any("Kowalczyk" in name for name in people)
    assert people["Ruth Q. Hallorann"].other_positions == ["President, Brill Optics"]
    assert people["Dana Ivers"].positions == ["Director"]


def test_dot_leaders_after_edgar_names_are_no_column(tmp_path):
    """Fails on main: the leaders ran the name column into the next; 'Director of American International' and
    'United States' were read as one occupation, no citizenship, the titles as occupations."""
    people = _people(tmp_path, EDGAR, 0)
    assert list(people) == ["Pei-yuan Chia", "Marshall A. Cohen", "Martin S. Feldstein", "Ellen V. Futter"]
    assert people["Marshall A. Cohen"].citizenship == "Canada"
    assert people["Pei-yuan Chia"].citizenship == "United States"
    assert people["Pei-yuan Chia"].positions == ["Director"]
    assert people["Pei-yuan Chia"].other_positions == ["Retired Vice Chairman, Citicorp and Citibank, N.A."]
    assert people["Marshall A. Cohen"].address == \
        "Cassels, Brock & Blackwell, 40 King Street West, 20th Floor, Toronto, Ontario M5H 3C2"


def test_a_leader_on_the_line_under_a_name_ends_it(tmp_path):
    """Fails on main: 'Francis Michael Cyprian' / '  Cuss .......' gave 'Francis Michael Cyprian' (a person who is
    none) with the title 'Cuss Board Director'."""
    people = _people(tmp_path, EDGAR, 3)
    assert "Francis Michael Cyprian" not in people
    assert people["Francis Michael Cyprian Cuss"].positions == ["Board Director"]
    assert people["Francis Michael Cyprian Cuss"].citizenship == "USA, United Kingdom"


def _edgar(rows: list[tuple]) -> str:
    lines = ["EXHIBIT A".rjust(78), "", "DIRECTORS AND EXECUTIVE OFFICERS OF HARROW INSTRUMENTS, INC.".center(78), "",
             "     The following table sets forth the name, present principal occupation, business",
             "address and citizenship of each director and executive officer of Harrow Instruments, Inc.", "",
             "<TABLE>", "<CAPTION>", " " * 30 + "PRESENT PRINCIPAL OCCUPATION",
             f"{'NAME':30}{'AND BUSINESS ADDRESS':38}CITIZENSHIP", f"{'-' * 28}  {'-' * 36}  {'-' * 14}",
             f"{'<S>':30}{'<C>':38}<C>"]
    for name, right, citizenship in rows:
        for index in range(max(len(name), len(right))):
            cells = [name[index] if index < len(name) else "", right[index] if index < len(right) else "",
                     citizenship if index == 0 else ""]
            lines.append(f"{cells[0]:30}{cells[1]:38}{cells[2]}".rstrip())
        lines.append("")
    return "\n".join(lines + ["</TABLE>", ""])


EDGAR_ROWS = [(["Walter P. Linden ..........."], ["Director of Harrow Instruments,", "  Inc.", "Retired",
                                                   "40 Mill Road", "Dayton, OH 45402"], "United States"),
              (["Augustin Maximilian", "  Oberholtzer ............."], ["Director of Harrow Instruments,", "  Inc.",
                                                                        "Consultant", "Kaiserstrasse 9",
                                                                        "60311 Frankfurt", "Germany"], "Germany"),
              (["Peter J. Ramsey ............"], ["Treasurer of Harrow Instruments,", "  Inc.", "9 Birch Street",
                                                  "Boise, ID 83705"], "United States")]


def test_an_edgar_table_of_leader_names_of_our_own_making(tmp_path):
    """Guard (passes on main too): a short EDGAR table with leaders, one name wrapped, reads each person's own."""
    people = _read(tmp_path, _edgar(EDGAR_ROWS))
    assert list(people) == ["Walter P. Linden", "Augustin Maximilian Oberholtzer", "Peter J. Ramsey"]
    assert people["Augustin Maximilian Oberholtzer"].citizenship == "Germany"
    assert people["Augustin Maximilian Oberholtzer"].address == "Kaiserstrasse 9, 60311 Frankfurt, Germany"
    assert people["Peter J. Ramsey"].positions == ["Treasurer"]
    assert people["Peter J. Ramsey"].citizenship == "United States"
