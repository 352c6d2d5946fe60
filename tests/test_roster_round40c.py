"""Fortieth round (c), issue 13: employer_name_column_table (a fixed-width table Name | Present Principal Occupation
or Employment | Name of Employer | Business Address, after Bear Stearns' Exhibit 1.1): a later occupation printed
beside an empty employer cell.

1. The employer column names the listed organisation beside the first occupation only ('Director' beside 'Harbour
   Mutual' / 'Corporation'); an occupation on the rows under the employer's cell, that cell empty beside it
   ('Portfolio Manager'), was left out (it could have been a title there or an occupation elsewhere). In a fixed-width
   table the rows show it: the column gives that occupation no employer, so it is held outside the listed
   organisation, its employer what its own words name, or none (kg/forms/roster_one_employer.py). A cell of HTML
   shows no rows: there it is still left out; beside the listed organisation's own address it is still a title there.
2. In a later run of the occupation column (under the employer's cell) every line was taken to start an occupation
   of its own ('Professional Board' / 'Director' read as two): only the run's first line does, the others go on unless
   the text shows a break (kg/forms/roster_column_gaps.py).
3. html_yes_no_flags_preamble_exceptions (an HTML table Name | Director | Executive Officer | Present Principal
   Occupation or Employment, its cells Yes or No): a No under a flag column was dropped, so a director's occupation
   naming no organisation ('Chief Executive', 'Self Employed Businessman') was read as a title in the listed
   organisation (and 'Chief Executive' of four persons refused as one title claimed by several). A No is kept
   (kg/forms/roster_flag_header.py); a No under the officers keeps an officer's title naming no organisation out of
   the listed organisation's (held elsewhere), and a row that is a director's only (Yes under 'Director', not under
   the officers) reads an occupation naming no office as the director's own, as under a 'DIRECTORS' heading
   (kg/forms/roster_flag_denied.py, kg/forms/roster_bare.py). A board's own title ('Chairman') is read as before.

Texts of our own making. Each test marked "fails on main" failed on main eedc97a and passes here; the guards pass on
both."""
from __future__ import annotations

import json
from pathlib import Path

import kg

_HEAD = """<PAGE>

                                                                       EXHIBIT 2

                  IDENTITY AND BACKGROUND OF THE DIRECTORS AND
                  EXECUTIVE OFFICERS OF HARBOUR MUTUAL CORPORATION

To the knowledge of the Reporting Persons, the following sets forth the name,
present principal occupation or employment, and the name and business address of
the employer of each director and executive officer of Harbour Mutual
Corporation ("HMC"). All of the individuals listed below are citizens of the
United States.

<TABLE>
<CAPTION>
                           Present Principal
        Name            Occupation or Employment       Name of Employer           Business Address
--------------------  ----------------------------  ----------------------  ----------------------------
<S>                   <C>                           <C>                     <C>
"""
_WIDTHS = (22, 30, 24, 30)
_ENTRIES = [
    [("Walter R. Dunn", "Director", "Harbour Mutual", "40 West 57th Street, 26th"),
     ("", "", "Corporation", "Floor, New York, NY 10019"),
     ("", "Portfolio Manager", "", "")],
    [("Simon P. Ford", "Director", "Harbour Mutual", "2715 Farmington Heights"),
     ("", "", "Corporation", ""),
     ("", "Retired Chairman", "", "")],
    [("Laura M. Ellis", "Chair of the Board", "Harbour Mutual Corp.", "Tuborg Havnevej 19, 2900"),
     ("", "Professional Board", "", "Hellerup, Denmark"),
     ("", "Director", "", "")],
    [("Nora K. Grant", "Director", "Harbour Mutual", "Harbour Mutual Corporation,"),
     ("", "", "Corporation", "12 Quay Street, Boston, MA"),
     ("", "Treasurer", "", "02110")],
    [("Peter J. Moss", "President and Chief", "Harbour Mutual", "Harbour Mutual Corporation,"),
     ("", "Executive Officer", "Corporation", "12 Quay Street, Boston, MA"),
     ("", "", "", "02110")],
]


def _text(entries) -> str:
    rows = ["".join(f"{cell:<{width}}" for cell, width in zip(cells, _WIDTHS)).rstrip()
            for entry in entries for cells in entry + [("", "", "", "")]]
    return _HEAD + "\n".join(rows) + "\n</TABLE>\n"


def _read(tmp_path: Path, name: str = "table.txt") -> dict:
    path = tmp_path / name
    path.write_text(_text(_ENTRIES), encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_an_occupation_beside_an_empty_employer_cell_is_held_elsewhere(tmp_path):
    """Fails on main: 'Portfolio Manager' (under the employer's cell, its own cell empty) was left out."""
    person = _read(tmp_path)["Walter R. Dunn"]
    assert person.positions == ["Director"]
    assert person.other_positions == ["Portfolio Manager"]


def test_a_title_word_beside_an_empty_employer_cell_is_no_title_of_the_listed_organisation(tmp_path):
    """Fails on main: 'Retired Chairman' was left out (a title word, yet the employer column names HMC only beside
    'Director')."""
    person = _read(tmp_path)["Simon P. Ford"]
    assert person.positions == ["Director"]
    assert person.other_positions == ["Retired Chairman"]


def test_a_later_occupation_wrapped_under_the_employer_cell_is_one_value(tmp_path):
    """Fails on main: nothing after 'Chair of the Board' (the later lines, 'Professional Board' / 'Director', read as
    two occupations, both left out)."""
    person = _read(tmp_path)["Laura M. Ellis"]
    assert person.positions == ["Chair of the Board"]
    assert person.other_positions == ["Professional Board Director"]


def test_beside_the_listed_organisations_own_address_a_later_title_is_held_there(tmp_path):
    """Guard (passes on both): the business address is HMC's own: 'Treasurer' is a title at HMC."""
    person = _read(tmp_path)["Nora K. Grant"]
    assert person.positions == ["Director", "Treasurer"]
    assert person.other_positions == []


def test_a_title_wrapped_on_the_employer_rows_stays_one_title(tmp_path):
    """Guard (passes on both): 'President and Chief' / 'Executive Officer' beside the employer's two lines."""
    person = _read(tmp_path)["Peter J. Moss"]
    assert person.positions == ["President and Chief Executive Officer"]
    assert person.other_positions == []


def test_every_person_is_read_and_none_is_an_organisation(tmp_path):
    """Guard (passes on both): the five names, no more."""
    assert sorted(_read(tmp_path)) == ["Laura M. Ellis", "Nora K. Grant", "Peter J. Moss", "Simon P. Ford",
                                       "Walter R. Dunn"]


def test_in_an_html_cell_a_later_occupation_beside_the_listed_employer_is_still_left_out(tmp_path):
    """Guard (passes on both): an HTML cell shows no rows; 'Portfolio Manager' under 'Director' in the occupation
    cell, the employer cell naming HMC, reads both ways and is left out."""
    html = ("<html><body><p>The following sets forth the name, present principal occupation or employment, and the "
            "name and business address of the employer of each director and executive officer of Harbour Mutual "
            "Corporation (\"HMC\").</p><table>"
            "<tr><th>Name</th><th>Present Principal Occupation or Employment</th><th>Name of Employer</th>"
            "<th>Business Address</th></tr>"
            "<tr><td>Walter R. Dunn</td><td>Director<br>Portfolio Manager</td><td>Harbour Mutual Corporation</td>"
            "<td>40 West 57th Street, New York, NY 10019</td></tr>"
            "<tr><td>Simon P. Ford</td><td>Director</td><td>Harbour Mutual Corporation</td>"
            "<td>2715 Farmington Heights, Fort Wayne, IN 46815</td></tr>"
            "</table></body></html>")
    path = tmp_path / "table.htm"
    path.write_text(html, encoding="utf-8")
    people = {p.name: p for p in kg.extract(path).people}
    assert "Portfolio Manager" not in people["Walter R. Dunn"].positions
    assert people["Simon P. Ford"].positions == ["Director"]


def _flags_table(tmp_path: Path, rows: list[tuple[str, ...]], officer_column: bool = True) -> dict:
    head = "<tr><td>Name</td><td>Director</td>" + ("<td>Executive Officer</td>" if officer_column else "") + \
        "<td>Present Principal Occupation or Employment</td></tr>"
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    html = ("<html><body><p><b>DIRECTORS AND EXECUTIVE OFFICERS OF SCOUT CAPITAL CORP.</b></p><p>The name and "
            "present principal occupation or employment of each director and executive officer of Scout Capital "
            "Corp. are set forth below. The business address of each such person is 4028 Comanche Road N.W., "
            "Calgary, Alberta T2L 0N8. Each such person is a Canadian citizen.</p>"
            f"<table>{head}{body}</table></body></html>")
    path = tmp_path / "flags.htm"
    path.write_text(html, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


_FLAG_ROWS = [("Thomas H. Field", "Yes", "No", "Self Employed Businessman"),
              ("Howard P. Berkowitz", "Yes", "No", "Chief Executive"),
              ("Janet M. Dolan", "Yes", "No", "Chief Executive"),
              ("Jay S. Fishman", "No", "Yes", "Chief Executive of Scout Capital Corp."),
              ("John Tomanek", "Yes", "Yes", "Chief Financial Officer")]


def test_a_no_under_the_officers_keeps_an_officers_title_out_of_the_listed_organisation(tmp_path):
    """Fails on main: 'Chief Executive' of Berkowitz and Dolan (No under 'Executive Officer') was read as Scout's and,
    claimed by three, refused for all three, Fishman too."""
    people = _flags_table(tmp_path, _FLAG_ROWS)
    assert people["Howard P. Berkowitz"].positions == ["Director"]
    assert people["Howard P. Berkowitz"].other_positions == ["Chief Executive"]
    assert people["Janet M. Dolan"].other_positions == ["Chief Executive"]
    assert people["Jay S. Fishman"].positions == ["Chief Executive"]
    assert "board of directors" not in people["Jay S. Fishman"].bodies


def test_a_directors_occupation_naming_no_office_is_held_elsewhere(tmp_path):
    """Fails on main: 'Self Employed Businessman' read as a title in Scout Capital Corp."""
    person = _flags_table(tmp_path, _FLAG_ROWS)["Thomas H. Field"]
    assert person.positions == ["Director"]
    assert person.other_positions == ["Self Employed Businessman"]


def test_a_director_only_flag_column_reads_an_occupation_naming_no_office_as_the_directors_own(tmp_path):
    """Fails on main: 'Portfolio Manager' (Yes under 'Director', no officers' column) read as a title there."""
    person = _flags_table(tmp_path, [("Thomas Sandell", "Yes", "Portfolio Manager")], officer_column=False)["Thomas Sandell"]
    assert person.positions == ["Director"]
    assert person.other_positions == ["Portfolio Manager"]


def test_an_officer_flagged_yes_keeps_the_title_in_the_listed_organisation(tmp_path):
    """Guard (passes on both): Yes under both flags, 'Chief Financial Officer' is Scout's."""
    person = _flags_table(tmp_path, _FLAG_ROWS)["John Tomanek"]
    assert "Chief Financial Officer" in person.positions
    assert person.other_positions == []


def test_the_trilogy_flag_tables_read_as_before():
    """Guard (passes on both): the real Trilogy exhibits (Yes/No flag columns) keep their people and titles."""
    for name in ("html_as_text_pipes_yes_no_flag_columns_footnotes_trilogy_2008",
                 "html_as_text_pipes_yes_no_flag_columns_three_tables_trilogy_2009"):
        base = Path(__file__).parent / "data" / "rosters_real" / "dev" / name
        gold = json.loads(base.with_suffix(".gold.json").read_text(encoding="utf-8"))["people"]
        people = {p.name: p for p in kg.extract(base.with_suffix(".txt")).people}
        assert sorted(people) == sorted(p["name"] for p in gold)
        for expected in gold:
            assert sorted(people[expected["name"]].positions) == sorted(expected["positions"])
            assert sorted(people[expected["name"]].other_positions) == sorted(expected["other_positions"])
