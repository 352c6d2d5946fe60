"""Thirty-eighth round (b), issue 13: employer_name_column_table (a fixed-width table Name | Present Principal
Occupation or Employment | Name of Employer | Business Address, after Bear Stearns' Exhibit 1.1) and commas put into
wrapped organisation names.

1. A cell's lines wrapped inside one organisation's name were joined with ', ' ('Northbridge Corporate Trust,
   Company', 'President, Wittington' with 'Investments, Limited' lost): a line naming an organisation was taken to
   open an item of its own. An occupation column beside an employer column of its own holds no employer lines, and
   an address column's line naming an organisation goes on the name the line above began (a name closed by its legal
   form still ends one: 'Commerzbank AG' / 'Kaiserplatz'); '26th' / 'Floor' goes on (kg/forms/roster_wrap.py,
   kg/forms/roster_column_gaps.py, kg/forms/roster_gridentry.py).
2. Beside an employer column of its own: a line under the employer's cell after a whole title starts another
   occupation ('Chair of the Board' / 'Professional Board Director' beside a one-line employer); the column's lines
   wrap at its longest printed line, yet a line ending half-way goes on ('and Chief Executive' / 'Officer'); the items
   printed on the employer's rows are all titles there ('Director; President and' / 'Co-Chief Executive Officer'); a
   later item naming another organisation is held there even beside the listed organisation's own address
   (kg/forms/roster_one_employer.py).

Texts of our own making. Each test marked "fails on main" failed on main 21bf6ff and passes here; the guards pass on
both."""
from __future__ import annotations

from pathlib import Path

import kg

_WIDTHS = (22, 30, 24, 30)
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
_TWO_LINE_EMPLOYER = [
    [("Walter R. Dunn", "Director", "Harbour Mutual", "Wittington Investments,"),
     ("", "", "Corporation", "Limited, 22 St. Clair Avenue"),
     ("", "President, Wittington", "", "East, Suite 2001, Toronto,"),
     ("", "Investments, Limited", "", "ON M4T 2S7")],
    [("Simon P. Ford", "Director; President and", "Harbour Mutual", "Northbridge Corporate Trust"),
     ("", "Co-Chief Executive Officer", "Corporation", "Company, 824 Market Street,"),
     ("", "", "", "Suite 210, Wilmington, DE"),
     ("", "", "", "19801")],
    [("Nora K. Grant", "Director", "Harbour Mutual", "Harbour Mutual Corporation,"),
     ("", "", "Corporation", "12 Quay Street, Boston, MA"),
     ("", "Chief Executive Officer of", "", "02110"),
     ("", "Lakeside Holdings Corporation", "", "")],
    [("Oscar L. Hale", "Chairman of the Board", "Harbour Mutual", "Commerzbank AG"),
     ("", "and Chief Executive", "Corporation", "Kaiserplatz, 60261 Frankfurt"),
     ("", "Officer", "", "am Main, Germany")],
]
_ONE_LINE_EMPLOYER = [
    [("Laura M. Ellis", "Chair of the Board", "Harbour Mutual Corp.", "40 West 57th Street, 26th"),
     ("", "Professional Board Director", "", "Floor, New York, NY 10019")],
    [("Peter J. Moss", "Vice Chair of the Board", "Harbour Mutual Corp.", "12 Quay Street, Boston, MA"),
     ("", "", "", "02110")],
]


def _text(entries) -> str:
    rows = ["".join(f"{cell:<{width}}" for cell, width in zip(cells, _WIDTHS)).rstrip()
            for entry in entries for cells in entry + [("", "", "", "")]]
    return _HEAD + "\n".join(rows) + "\n</TABLE>\n"


def _read(tmp_path: Path, entries, name: str) -> dict:
    path = tmp_path / name
    path.write_text(_text(entries), encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_an_address_wrapped_inside_a_firm_name_is_joined_with_a_space(tmp_path):
    """Fails on main: 'Northbridge Corporate Trust, Company, 824 Market Street, ...' (a comma where the line broke)."""
    person = _read(tmp_path, _TWO_LINE_EMPLOYER, "two.txt")["Simon P. Ford"]
    assert person.address == "Northbridge Corporate Trust Company, 824 Market Street, Suite 210, Wilmington, DE 19801"


def test_an_ordinal_then_floor_on_the_next_line_is_one_value(tmp_path):
    """Fails on main: '40 West 57th Street, 26th, Floor, New York, NY 10019'."""
    person = _read(tmp_path, _ONE_LINE_EMPLOYER, "one.txt")["Laura M. Ellis"]
    assert person.address == "40 West 57th Street, 26th Floor, New York, NY 10019"


def test_an_occupation_wrapped_inside_an_organisation_name_is_read_whole(tmp_path):
    """Fails on main: 'President, Wittington' (the line 'Investments, Limited' read as an employer's, left out)."""
    person = _read(tmp_path, _TWO_LINE_EMPLOYER, "two.txt")["Walter R. Dunn"]
    assert person.positions == ["Director"]
    assert person.other_positions == ["President, Wittington Investments, Limited"]


def test_every_title_on_the_employer_rows_is_held_there(tmp_path):
    """Fails on main: 'President and Co-Chief Executive Officer' (after 'Director;' on the employer's rows) was left
    out as a later occupation."""
    person = _read(tmp_path, _TWO_LINE_EMPLOYER, "two.txt")["Simon P. Ford"]
    assert person.positions == ["Director", "President and Co-Chief Executive Officer"]
    assert person.other_positions == []


def test_a_title_wrapped_past_the_employer_cell_goes_on(tmp_path):
    """Fails on main: 'Chairman of the Board' alone ('and Chief Executive' / 'Officer' lost)."""
    person = _read(tmp_path, _TWO_LINE_EMPLOYER, "two.txt")["Oscar L. Hale"]
    assert person.positions == ["Chairman of the Board and Chief Executive Officer"]
    assert person.other_positions == []


def test_a_whole_title_under_a_one_line_employer_starts_another_occupation(tmp_path):
    """Fails on main: 'Chair of the Board Professional Board Director' (two occupations read as one title)."""
    person = _read(tmp_path, _ONE_LINE_EMPLOYER, "one.txt")["Laura M. Ellis"]
    assert person.positions == ["Chair of the Board"]
    assert "Professional Board Director" not in " ".join(person.positions)


def test_an_occupation_naming_another_organisation_beside_the_own_address_is_held_there(tmp_path):
    """Fails on main: 'Chief Executive Officer of Lakeside Holdings Corporation' was read as a title in HMC (the
    business address being HMC's, every occupation was taken for HMC's)."""
    person = _read(tmp_path, _TWO_LINE_EMPLOYER, "two.txt")["Nora K. Grant"]
    assert person.positions == ["Director"]
    assert person.other_positions == ["Chief Executive Officer of Lakeside Holdings Corporation"]


def test_a_firm_closed_by_its_legal_form_still_ends_an_address_item(tmp_path):
    """Guard (passes on both): 'Commerzbank AG' / 'Kaiserplatz, ...' keeps its comma."""
    person = _read(tmp_path, _TWO_LINE_EMPLOYER, "two.txt")["Oscar L. Hale"]
    assert person.address == "Commerzbank AG, Kaiserplatz, 60261 Frankfurt am Main, Germany"


def test_one_occupation_beside_a_one_line_employer_stays_whole(tmp_path):
    """Guard (passes on both): a single title beside the employer, the address wrapping under it."""
    person = _read(tmp_path, _ONE_LINE_EMPLOYER, "one.txt")["Peter J. Moss"]
    assert person.positions == ["Vice Chair of the Board"] and person.other_positions == []
    assert person.address == "12 Quay Street, Boston, MA 02110"


def test_bear_stearns_exhibit_reads_as_before():
    """Guard (passes on both): the real exhibit's wrapped titles and comma-ended address lines."""
    path = Path(__file__).parent / "data" / "rosters_real" / "dev" / "text_fixed5col_employer_bsci.txt"
    people = {p.name: p for p in kg.extract(path).people}
    assert people["James E. Cayne"].positions == ["Chairman of the Board and Chief Executive Officer"]
    assert people["James E. Cayne"].address == "383 Madison Avenue, 28th Floor, New York, New York 10179"
    assert people["Henry S. Bienen"].other_positions == ["President, Northwestern University"]
