"""Thirty-eighth round (g), issue 13: an organisation's name or a place read as a person in the roster combination
bench (benchmarks/bench_roster_combos.py --wider, seeds 28 to 31).

1. Labelled blocks whose business address opens on the label's line ('Business Address - Skadden, Arps, Slate'):
   the NER's 'Skadden, Arps' (a law firm's partners, inverted as 'Surname, Given') became a person 'Arps Skadden',
   and a street's words ('3030 Signal Hill Drive S.W.') became 'Signal Hill'. A name with words before it on its
   line and the same run going on right after it (one space or a comma between) in an address is part of that
   value; an address line is measured from after its label (kg/forms/roster_name_values.py). The entries' headings
   'B. BIALKIN, KENNETH J.' were lost as names (one space after the row letter read as an initial): a letter before
   a surname printed first is a row's (kg/forms/roster_block_names.py).
2. A fixed-width table whose names' caption wraps ('Name of Executive' / 'Officer or Director') beside a first
   column 'Principal Occupation': the wrapped caption was not read, the first column was taken for the names and
   'Economic Research' (an occupation's wrapped line) became a person. A header line whose first cell opens with
   the names' caption is a header (kg/forms/roster_types.py wrapped_captions; roster_geometry, roster_stacked).
3. 'B. DESMARAIS, ANDRE' was named 'Andre B. Desmarais': no initial stands before a surname printed first
   (kg/forms/roster_names.py display_name).

Texts of our own making. Each test marked "fails on main" failed on main 21bf6ff and passes here; the guards pass on
both."""
from __future__ import annotations

import kg
from kg.forms.roster_names import display_name

_FIRM = """EXHIBIT 1

DIRECTORS AND EXECUTIVE OFFICERS OF The St. Paul Travelers Companies, Inc.

A. BERKOWITZ, Howard P.
    Title -            Director
    Citizenship -      United States
    Business Address - HPB/Blackrock

B. BIALKIN, KENNETH J.
    Title -            Director
    Citizenship -      United States
    Business Address - Skadden, Arps, Slate

C. BYRD, Carolyn H.
    Title -            Director
    Citizenship -      United States
    Business Address - Globaltech Financial
"""

_STREET = """SCHEDULE I

DIRECTORS AND EXECUTIVE OFFICERS OF SCOUT CAPITAL CORP.

The name, business address, present principal occupation or employment and
citizenship of each director and executive officer of Scout Capital Corp. are
set forth below.

A. Field, Thomas H.
Director of Scout Capital Corp.; Self Employed Businessman
Residence or Business Address:              4028 Comanche Road N.W., Calgary, Alberta T2L 0N8
----------------------------------------
B. Smith, Geoffrey P.
Director of Scout Capital Corp.; Self Employed Businessman
Residence or Business Address:              3030 Signal Hill Drive S.W., Calgary, Alberta T3H 2X7
----------------------------------------
C. Tomanek, John
Director of Scout Capital Corp.; Officer of Scout Capital Corp.; Chief Financial Officer of Scout Capital Corp.
Residence or Business Address:              400, 521 - 3rd Avenue S.W., Calgary, Alberta T2P 3T3
----------------------------------------
"""

_WRAPPED_CAPTION = """SCHEDULE A

INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF American International Group, Inc.

                                              Name of Executive
Principal Occupation                          Officer or Director   Address        Position
--------------------------------------------  --------------------  -------------  ----------

Retired Vice Chairman, Citicorp and           Chia, Pei-yuan        c/o 70 Pine    Director
Citibank, N.A.                                                      Street
                                                                    New York, New
                                                                    York 10270

------------------------------------------------------------

Professor of Economics, Harvard University;   Feldstein, Martin S.  National       Director
President and CEO, National Bureau of                               Bureau of
Economic Research                                                   Economic
                                                                    Research,
                                                                    Inc.
                                                                    1050
                                                                    Massachusetts
                                                                    Avenue
                                                                    Cambridge,
                                                                    Massachusetts
                                                                    02138
------------------------------------------------------------
"""

_LETTERED = """SCHEDULE A

Executive Officers and Directors of POWER CORPORATION OF CANADA

Name of Executive                                                     Position(s) with Power
Officer or Director      Principal Occupation                         Corporation of Canada

FRANCE CITIZENS

A. DASSAULT, Laurent     Managing Director, Dassault Investissements  Director

CANADA CITIZENS

B. DESMARAIS, ANDRE                                                   Director
                                                                      President and Co-Chief
                                                                      Executive Officer

C. FRIEDBERG, Daniel                                                  Vice-President
"""


def _read(tmp_path, text: str):
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    filing = kg.extract(path)
    return {p.name: p for p in filing.people}, filing


def test_a_firms_name_opening_an_address_on_its_label_line_is_no_person(tmp_path):
    """Fails on main: 'Skadden, Arps' (of 'Business Address - Skadden, Arps, Slate') was a person 'Arps Skadden',
    and only the first of the three entries was read."""
    people, _ = _read(tmp_path, _FIRM)
    assert sorted(people) == ["Carolyn H. Byrd", "Howard P. Berkowitz", "Kenneth J. Bialkin"]
    assert people["Kenneth J. Bialkin"].positions == ["Director"]
    assert people["Carolyn H. Byrd"].citizenship == "United States"


def test_a_two_word_place_inside_a_street_address_is_no_person(tmp_path):
    """Fails on main: 'Signal Hill' (of '3030 Signal Hill Drive S.W.') was a person, with John Tomanek's address."""
    people, _ = _read(tmp_path, _STREET)
    assert sorted(people) == ["Geoffrey P. Smith", "John Tomanek", "Thomas H. Field"]
    assert people["Geoffrey P. Smith"].address.startswith("3030 Signal Hill Drive S.W.")
    assert people["John Tomanek"].address.startswith("400, 521 - 3rd Avenue S.W.")


def test_a_names_caption_wrapped_over_two_header_lines_names_the_column(tmp_path):
    """Fails on main: the first column ('Principal Occupation') was taken for the names and 'Economic Research'
    became a person; the names under 'Name of Executive / Officer or Director' are read."""
    people, _ = _read(tmp_path, _WRAPPED_CAPTION)
    assert sorted(people) == ["Martin S. Feldstein", "Pei-yuan Chia"]
    assert people["Pei-yuan Chia"].positions == ["Director"]
    assert people["Pei-yuan Chia"].address == "c/o 70 Pine Street, New York, New York 10270"


def test_a_row_letter_before_a_surname_printed_first_is_no_initial(tmp_path):
    """Fails on main: 'B. DESMARAIS, ANDRE' and 'C. FRIEDBERG, Daniel' were named 'Andre B. Desmarais' and 'Daniel
    C. Friedberg' (persons not listed; the table was read as stacked blocks under a header it did not know)."""
    people, _ = _read(tmp_path, _LETTERED)
    assert "Andre Desmarais" in people and "Daniel Friedberg" in people
    assert "Andre B. Desmarais" not in people and "Daniel C. Friedberg" not in people


def test_display_name_drops_only_a_row_letter_before_an_inverted_surname():
    """Fails on main for the first: a single letter before a one-word surname printed first is a row's letter.
    The others are guards (pass on both)."""
    assert display_name("B. DESMARAIS, ANDRE") == "Andre Desmarais"
    assert display_name("(C) Smith, John") == "John Smith"
    assert display_name("SMITH, John B.") == "John B. Smith"
    assert display_name("J. Robert SMITH") == "J. Robert Smith"


def test_headings_after_a_one_space_row_letter_are_read_beside_a_plain_address(tmp_path):
    """Fails on main (only the first entry was read: 'B. BIALKIN, KENNETH J.', one space after its row letter, was
    taken for words before a name on an address's line): the headings of labelled blocks are read."""
    text = _FIRM.replace("Skadden, Arps, Slate", "One Manhattan West")
    people, _ = _read(tmp_path, text)
    assert sorted(people) == ["Carolyn H. Byrd", "Howard P. Berkowitz", "Kenneth J. Bialkin"]
