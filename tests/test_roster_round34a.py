"""Thirty-fourth round (a), issue 13: precision on recombined layouts (benchmarks/bench_roster_combos.py).

1. Names above their titles, a rule between people ('Fishman, Jay S.' / 'Chief Executive' / '-----'): the title-groups
   reader (titles over the names they head) took the first name, ending in an initial's stop, for a preamble sentence
   and gave each title to the name under it, the next person's (kg/forms/roster_titlegroups.py: a name before any
   title is not that layout); the name-and-title blocks reader now takes a rule between people as it takes a blank
   line (kg/forms/roster_nameblocks.py).
2. A fixed-width table whose entry a page break cuts with no header repeated: the line after the break that goes on
   with the cells above ('American Museum of' / 'Natural History', 'American Museum' / 'of Natural') opened an entry
   of its own, 'Natural History' (kg/forms/roster_continued.py carried_over, used by kg/forms/roster_grid.py).
3. Labelled blocks indented under a preamble at column 0 ('Position:<TAB>Director') were taken for a table
   hard-wrapped at the page's width, a label line for its header (kg/forms/roster_unwrap_head.py).

Texts of our own making. Each test marked "fails on main" failed on main 020537d and passes here; the guards pass on
both."""
from __future__ import annotations

import kg

_RULE = "-" * 40


def _read(tmp_path, text: str):
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def _name_title_rule(entries: list[tuple[str, str]]) -> str:
    head = "ANNEX A\n\nINFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF Harbour Mutual Holdings, Inc.\n\n"
    return head + "".join(f"{name}\n{title}\n{_RULE}\n" for name, title in entries)


_ENTRIES = [("Abbott, Clara J.", "Director"), ("Barnes, Peter K.", "Director"), ("Cole, Miriam T.", "Director"),
            ("Dunn, Walter R.", "Chief Executive"), ("Ellis, Grace M.", "Director")]


def test_names_above_their_titles_between_rules(tmp_path):
    """Fails on main: Walter R. Dunn got 'Director' (the title above his name, Cole's) and Grace M. Ellis his
    'Chief Executive'; Clara J. Abbott (taken for a preamble sentence) was missed."""
    people = _read(tmp_path, _name_title_rule(_ENTRIES))
    assert {name: p.positions for name, p in people.items()} == {
        "Clara J. Abbott": ["Director"], "Peter K. Barnes": ["Director"], "Miriam T. Cole": ["Director"],
        "Walter R. Dunn": ["Chief Executive"], "Grace M. Ellis": ["Director"]}


def test_titles_over_their_names_still_read(tmp_path):
    """Guard (passes on both): titles heading the names under them, one 'Last, First M.' name a line."""
    text = ("SCHEDULE I\n\nEach person listed below is a citizen of the United States.\n\nDirector\nAbbott, Clara J.\n"
            "Barnes, Peter K.\nChief Executive Officer\nDunn, Walter R.\nSecretary\nEllis, Grace M.\n")
    people = _read(tmp_path, text)
    assert {name: p.positions for name, p in people.items()} == {
        "Clara J. Abbott": ["Director"], "Peter K. Barnes": ["Director"], "Walter R. Dunn": ["Chief Executive Officer"],
        "Grace M. Ellis": ["Secretary"]}


_TABLE = """\
EXHIBIT 1

DIRECTORS AND EXECUTIVE OFFICERS OF Harbour Mutual Holdings, Inc.

Each of the persons listed below is a citizen of the United States.

<TABLE>
                                    Principal
                                    Occupation or
Name and Business                   Employment and
Address                 Title       Employer
<S>                     <C>         <C>

Abbott, Clara J.        Director    Retired Vice
c/o 12 Water Street                 Chairman,
New York, New York                  Harbour Bank
10004

Barnes, Peter K.        Director    Professor of
Lake Institute of                   Economics,
Research                            Lake Institute
9 Shore Road                        of Research
Chicago, Illinois 60601

Dunn, Walter R.         Director    President,
Royal Museum of                     Royal Museum

<PAGE>
                                      -5-

Natural History                     of Natural
100 Museum Drive                    History
Boston, Massachusetts
02110

Ellis, Grace M.         Director    Partner, Ellis
22 Harbour Lane                     & Dunn LLP
Portland, Maine 04101

</TABLE>
"""


def test_a_wrapped_cell_after_a_page_break_opens_no_entry(tmp_path):
    """Fails on main: 'Natural History' (the name column's line after the page break, going on from 'Royal Museum
    of') was listed as a person, with Dunn's address."""
    people = _read(tmp_path, _TABLE)
    assert set(people) == {"Clara J. Abbott", "Peter K. Barnes", "Walter R. Dunn", "Grace M. Ellis"}
    dunn = people["Walter R. Dunn"]
    assert dunn.other_positions == ["President, Royal Museum of Natural History"]
    assert "100 Museum Drive" in (dunn.address or "")


def _ends_before_the_break() -> str:
    """_TABLE with Dunn's entry ended before the page break."""
    return _TABLE.replace("Royal Museum of                     Royal Museum\n",
                          "Royal Museum                        Royal Museum\n"
                          "1 Museum Drive                      of Science\n").replace(
        "Natural History                     of Natural\n100 Museum Drive                    History\n"
        "Boston, Massachusetts\n02110\n\n", "")


def test_a_new_entry_after_a_page_break_still_opens(tmp_path):
    """Guard (passes on both): an entry that ends before the page break; the name after it opens the next entry."""
    text = _ends_before_the_break()
    people = _read(tmp_path, text)
    assert set(people) == {"Clara J. Abbott", "Peter K. Barnes", "Walter R. Dunn", "Grace M. Ellis"}
    assert people["Grace M. Ellis"].other_positions == ["Partner, Ellis & Dunn LLP"]


def test_labelled_lines_under_a_wider_margin_are_no_wrapped_table(tmp_path):
    """Fails on main: the blocks, indented under a preamble at column 0, were taken for a table hard-wrapped at the
    page's width ('Position:   Director' for its header, the next lines for its rests): every position went to the
    first person (kg/forms/roster_unwrap_head.py: a label and its value are no header)."""
    rows = [("1. Clara J. Abbott", "Director"), ("2. Peter K. Barnes", "Director"),
            ("3. Walter R. Dunn", "Director; Officer; Chief Financial Officer")]
    text = ("SCHEDULE A\n\nDIRECTORS AND EXECUTIVE OFFICERS OF HARBOUR MUTUAL CORP.\n\nThe name, business address, "
            "present principal occupation or employment and\ncitizenship of each director and executive officer of "
            "Harbour Mutual Corp. are\nset forth below.\n\n") + "".join(
        f"        Name of Director or Executive Officer:\t{name}\n        Position:\t{title}\n"
        "        Citizenship or Place of Organization:\tCanadian\n\n" for name, title in rows)
    people = _read(tmp_path, text)
    assert {name: p.positions for name, p in people.items()} == {
        "Clara J. Abbott": ["Director"], "Peter K. Barnes": ["Director"],
        "Walter R. Dunn": ["Director", "Officer", "Chief Financial Officer"]}


def test_a_label_under_a_name_heading_is_no_title(tmp_path):
    """Fails on main: names as headings, a title stacked under each, then 'Present Principal Occupation:' and the
    occupation; read as titles over the names under them, each occupation went to the next person (with the rules
    taken as blank lines, as name-and-title blocks, the label line was read as a title):
    kg/forms/roster_nameblocks.py now takes a label line for another layout's."""
    rows = [("A. ABBOTT, Clara J.", "Chief Executive"), ("B. BARNES, Peter K.", "Partner, Barnes & Cole"),
            ("C. COLE, Miriam T.", "Chairman"), ("D. DUNN, Walter R.", "Retired Chairman")]
    text = "SCHEDULE I\n\nDIRECTORS AND EXECUTIVE OFFICERS OF HARBOUR MUTUAL CORP.\n\n" + "".join(
        f"{name}\n        Director\n        Present Principal Occupation:\n            {job}\n{_RULE}\n"
        for name, job in rows)
    people = _read(tmp_path, text)
    assert {name: (p.positions, p.other_positions) for name, p in people.items()} == {
        "Clara J. Abbott": (["Director"], ["Chief Executive"]), "Peter K. Barnes": (["Director"], ["Partner, Barnes & Cole"]),
        "Miriam T. Cole": (["Director"], ["Chairman"]), "Walter R. Dunn": (["Director"], ["Retired Chairman"])}


def test_a_state_code_ends_an_address_line(tmp_path):
    """Guard (passes on both): 'Indianapolis, IN' ends a stacked address (a state's code, no open word); the name
    under it, after a page break, opens the next entry."""
    text = _ends_before_the_break().replace("c/o 12 Water Street                 Chairman,\nNew York, New York                  "
                          "Harbour Bank\n10004\n", "c/o 12 Water Street                 Chairman,\n"
                          "Indianapolis, IN                    Harbour Bank\n\n<PAGE>\n")
    people = _read(tmp_path, text)
    assert set(people) == {"Clara J. Abbott", "Peter K. Barnes", "Walter R. Dunn", "Grace M. Ellis"}
    assert people["Peter K. Barnes"].other_positions == ["Professor of Economics, Lake Institute of Research"]
    assert "Lake" not in (people["Clara J. Abbott"].address or "")
