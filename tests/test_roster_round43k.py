"""Forty-third round (k), issue 13: a precision hunt on small unusual roster layouts of our own making.

Each layout below was read by main 8b1c36f with a wrong fact: a citizenship holding the next entry's title
('United States — — Director' under headings '— Name —'), a mark as a title ('— —'), a title kept in its brackets
by the last resort ('[Chairman of the Board]') or by a table reader ('[Director]', '[United States]'), a seat read
as a person ('To Be Appointed', 'To Be Named'), a note printed in the title column ('(Mr. Vang also serves as
Treasurer)') read as a title. Each is now refused (the value left out, or the person, with a finding). The tests
marked "fails on main" fail on 8b1c36f; the guards pass on both."""

from __future__ import annotations

import kg

_HEAD = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HARROWGATE FOODS, INC.

      The names of the directors and executive officers of Harrowgate Foods,
      Inc. are set forth below.

"""
_HTML_HEAD = ('<html><body><p align="center"><b>SCHEDULE I</b></p><p align="center"><b>DIRECTORS AND EXECUTIVE '
              'OFFICERS OF HARROWGATE FOODS, INC.</b></p><p>The names of the directors and executive officers of '
              'Harrowgate Foods, Inc. are set forth below.</p>')

_DASH_HEADINGS = _HEAD + """  — Alice M. Fenwick —

  Chairman of the Board

  Citizenship: United States

  — Peter J. Vang —

  Director

  Citizenship: Canada

  — Claire Dubois —

  Director

  Citizenship: France
"""

_DASH_HEADINGS_HTML = _HTML_HEAD + """
<h3>— Alice M. Fenwick —</h3><p>Chairman of the Board</p><p>Citizenship: United States</p>
<h3>— Peter J. Vang —</h3><p>Director</p><p>Citizenship: Canada</p>
<h3>— Claire Dubois —</h3><p>Director</p><p>Citizenship: France</p>
</body></html>
"""

_BRACKETS = _HEAD + """  Alice M. Fenwick   [Chairman of the Board]   (United States)
  Peter J. Vang   [Director]   (Canada)
  Claire Dubois   [Director]   (France)
  Martin K. Osei   [Chief Financial Officer]   (United Kingdom)
"""

_TABLE = _HEAD + """  Name                          Title                         Citizenship
  Alice M. Fenwick              Chairman of the Board         United States
{row}  Peter J. Vang                 Director                      Canada
  Claire Dubois                 Director                      France
"""

_VACANT = _HEAD + """  Name                          Title                         Citizenship
  Peter J. Vang                 Director                      Canada
  To Be Appointed               Chief Financial Officer
  Claire Dubois                 Secretary                     France
"""

_VACANT_HTML = _HTML_HEAD + """<table>
<tr><th>Name</th><th>Title</th><th>Citizenship</th></tr>
<tr><td>Alice M. Fenwick</td><td>Chairman of the Board</td><td>United States</td></tr>
<tr><td>Peter J. Vang</td><td>Director</td><td>Canada</td></tr>
<tr><td>To Be Named</td><td>Chief Financial Officer</td><td></td></tr>
</table></body></html>
"""

_NOTE = _HEAD + """  Name                      Title                         Citizenship
  Alice M. Fenwick          Chairman of the Board         United States
  Peter J. Vang             Director                      Canada
                            (Mr. Vang also serves as Treasurer)
  Claire Dubois             Director                      France
"""


def _filing(tmp_path, text: str, name: str = "roster.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return kg.extract(path)


def _people(tmp_path, text: str, name: str = "roster.txt") -> dict:
    return {p.name: p for p in _filing(tmp_path, text, name).people}


def _values(person) -> list[str]:
    return [*person.positions, *person.other_positions, person.citizenship or "", person.address or ""]


def test_a_citizenship_run_into_the_next_entry_is_refused(tmp_path):
    """Fails on main: 'United States — — Director' (Peter J. Vang's title) as Alice's citizenship, and a position
    '— —' (the marks of his heading)."""
    filing = _filing(tmp_path, _DASH_HEADINGS)
    people = {p.name: p for p in filing.people}
    assert all("— —" not in value for p in people.values() for value in _values(p))
    assert people["Alice M. Fenwick"].citizenship is None and people["Peter J. Vang"].citizenship is None
    assert people["Alice M. Fenwick"].positions == ["Chairman of the Board"]
    assert people["Claire Dubois"].country == "FR"
    assert any(w.code == "roster-ambiguous" and "holds a title" in w.message for w in filing.warnings)


def test_the_same_headings_in_html(tmp_path):
    """Fails on main: 'Canada — — Director' as Peter J. Vang's citizenship (Claire Dubois's title)."""
    people = _people(tmp_path, _DASH_HEADINGS_HTML, "roster.htm")
    assert all("Director" not in (p.citizenship or "") for p in people.values())
    assert people["Claire Dubois"].citizenship == "France"


def test_a_bracketed_title_is_not_read_by_the_last_resort(tmp_path):
    """Fails on main: '[Chairman of the Board]' as a title, brackets and all."""
    people = _people(tmp_path, _BRACKETS)
    assert set(people) == {"Alice M. Fenwick", "Peter J. Vang", "Claire Dubois", "Martin K. Osei"}
    assert all(not any(c in value for c in "[]") for p in people.values() for value in _values(p))
    assert people["Martin K. Osei"].country == "GB"


def test_a_seat_to_be_filled_is_no_person(tmp_path):
    """Fails on main: 'To Be Appointed' read as a person, Chief Financial Officer."""
    filing = _filing(tmp_path, _VACANT)
    people = {p.name: p for p in filing.people}
    assert set(people) == {"Peter J. Vang", "Claire Dubois"}
    assert people["Claire Dubois"].positions == ["Secretary"]
    assert any(w.code == "roster-ambiguous" and "To Be Appointed" in w.message for w in filing.warnings)


def test_a_seat_to_be_filled_in_html_is_no_person(tmp_path):
    """Fails on main: 'To Be Named' read as a person."""
    people = _people(tmp_path, _VACANT_HTML, "roster.htm")
    assert set(people) == {"Alice M. Fenwick", "Peter J. Vang"}


def test_a_note_in_the_title_column_is_no_title(tmp_path):
    """Fails on main: '(Mr. Vang also serves as Treasurer)' as Peter J. Vang's title."""
    people = _people(tmp_path, _NOTE)
    assert people["Peter J. Vang"].positions == ["Director"]
    assert people["Alice M. Fenwick"].positions == ["Chairman of the Board"]


def test_bracketed_cells_of_a_table_are_refused(tmp_path):
    """Fails on main: '[Chairman of the Board]' as a title and '[United States]' as a citizenship, brackets kept."""
    text = _HTML_HEAD + """<table>
<tr><th>Name</th><th>Title</th><th>Citizenship</th></tr>
<tr><td>Alice M. Fenwick</td><td>[Chairman of the Board]</td><td>[United States]</td></tr>
<tr><td>Peter J. Vang</td><td>[Director]</td><td>[Canada]</td></tr>
<tr><td>Claire Dubois</td><td>[Director]</td><td>[France]</td></tr>
</table></body></html>
"""
    filing = _filing(tmp_path, text, "roster.htm")
    assert filing.people and all(not any(c in value for c in "[]") for p in filing.people for value in _values(p))
    assert any(w.code == "roster-ambiguous" and "square bracket" in w.message for w in filing.warnings)


# guards: the neighbouring layouts still read (pass on main and here)

def test_guard_a_plain_table_reads_every_row(tmp_path):
    people = _people(tmp_path, _TABLE.format(row=""))
    assert set(people) == {"Alice M. Fenwick", "Peter J. Vang", "Claire Dubois"}
    assert people["Alice M. Fenwick"].positions == ["Chairman of the Board"]
    assert people["Alice M. Fenwick"].country == "US"


def test_guard_an_employer_in_the_occupation_cell_stays(tmp_path):
    text = _HEAD + """  Name                  Citizenship       Present Principal Occupation
  ----                  -----------       ----------------------------
  Alice M. Fenwick      United States     Chairman of the Board
  Peter J. Vang         Canada            Director
  Claire Dubois         France            Director; Partner, Dubois & Cie
  Martin K. Osei        United Kingdom    Chief Financial Officer
"""
    people = _people(tmp_path, text)
    assert people["Claire Dubois"].other_positions == ["Partner, Dubois & Cie"]
    assert people["Martin K. Osei"].positions == ["Chief Financial Officer"]


def test_guard_a_title_wrapped_beside_a_blank_name_cell_stays(tmp_path):
    text = _HEAD + """  Name                      Title                         Citizenship
  Alice M. Fenwick          Chairman of the Board and     United States
                            Chief Executive Officer
  Peter J. Vang             Director                      Canada
"""
    people = _people(tmp_path, text)
    assert people["Alice M. Fenwick"].positions == ["Chairman of the Board and Chief Executive Officer"]


def test_guard_the_last_resort_still_reads_plain_titles(tmp_path):
    text = _HEAD + """  Alice M. Fenwick / Chairman of the Board / United States
  Peter J. Vang / Director / Canada
  Claire Dubois / Director / France
"""
    people = _people(tmp_path, text)
    assert people["Alice M. Fenwick"].positions == ["Chairman of the Board"]
    assert people["Peter J. Vang"].country == "CA"
