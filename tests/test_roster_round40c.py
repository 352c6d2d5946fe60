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

Texts of our own making. Each test marked "fails on main" failed on main eedc97a and passes here; the guards pass on
both."""
from __future__ import annotations

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
