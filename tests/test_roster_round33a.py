"""Thirty-third round (a), issue 13: under a preamble's 'Each of the persons named below is a citizen of X, except as
noted.', a citizenship line printed in an entry's cell ('Citizen of Canada', 'Citizen of the USA, Denmark') that no
field took (the cell glued to the titles above it) keeps X off that person: the entry says otherwise, so the default
is refused, not given (kg/forms/roster_inline.py printed_nationality, used by kg/forms/roster_entry.py). Texts of
our own making. Each test marked "fails on main" failed on main ec420f5 and passes here; the guards pass on both."""
from __future__ import annotations

import kg

_CAPTION = """\
<TABLE>
<CAPTION>
                                    Present Principal Occupation or Employment
                                    and the Name, Principal Business and
                                    Address of Any Corporation or Other
                                    Organization in Which Such Employment Is
Name and Business Address           Conducted
--------------------------------    ----------------------------------------
<S>                                 <C>
"""

_PREAMBLE = """\
                                  SCHEDULE I

            DIRECTORS AND EXECUTIVE OFFICERS OF NORTHWIND HOLDINGS, INC.

     Set forth below are the name, business address and present principal
occupation or employment of each director and executive officer of Northwind
Holdings, Inc. Each of the persons named below is a citizen of the United
States, except as noted.

"""

_ROWS = """\
Harold P. Mercer                    Director of Northwind Holdings, Inc.
c/o 12 Water Street                 Retired Chairman, Mercer Shipping Co.
New York, New York 10004

Louise M. Tremblay                  Director of Northwind Holdings, Inc.
Tremblay & Gagnon LLP               Partner, Tremblay & Gagnon LLP
500 Rue Sherbrooke Ouest            Citizen of Canada
Montreal, Quebec H3A 3C6

Anders K. Holm                      Director of Northwind Holdings, Inc.
Strandvejen 100                     Chief Executive Officer, Holm Invest A/S
2900 Hellerup                       Citizen of the USA, Denmark
Denmark

</TABLE>
"""


def _read(tmp_path, text: str):
    path = tmp_path / "exhibit.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_a_citizen_line_in_a_cell_keeps_the_default_off(tmp_path):
    """Fails on main: Louise M. Tremblay and Anders K. Holm were given the preamble's United States (their own
    'Citizen of ...' line left in the title text)."""
    people = _read(tmp_path, _PREAMBLE + _CAPTION + _ROWS)
    assert people["Louise M. Tremblay"].citizenship == "Canada"
    assert people["Anders K. Holm"].citizenship == "USA, Denmark"
    assert not any("Citizen" in value for person in people.values()
                   for value in person.positions + person.other_positions)


def test_the_default_still_covers_an_entry_printing_none(tmp_path):
    """Guard (passes on both): the person with no citizenship line keeps the preamble's default."""
    people = _read(tmp_path, _PREAMBLE + _CAPTION + _ROWS)
    assert people["Harold P. Mercer"].citizenship == "United States"


def test_printed_nationality_reads_citizen_lines_and_not_bank_names():
    """Fails on main (no such function): a citizenship line states a nationality; 'Citizens Bank' and 'Citizens of
    Humanity LLC' name no country."""
    from kg.forms.roster_inline import printed_nationality
    assert printed_nationality("Director of X\nCitizen of Canada")
    assert printed_nationality("CEO\nCitizen of the USA, Denmark")
    assert printed_nationality("Partner\nCanadian citizen")
    assert printed_nationality("Marshall A. Cohen (Canadian)")
    assert not printed_nationality("Director, Citizens Bank of Rhode Island")
    assert not printed_nationality("Chairman, Citizens of Humanity LLC")
    assert not printed_nationality("Chairman, Citizens Financial Group")


def test_indicated_citizenship_takes_only_a_closing_citizen_line():
    """Fails on main (a closing 'Citizen of X' was not an indication): the line is read off the cell's end; a bank
    or a country that is no nationality list is not."""
    from kg.forms.roster_inline import indicated_citizenship
    assert indicated_citizenship("Director of X\nCitizen of Canada") == ("Canada", "Director of X")
    assert indicated_citizenship("Director of X Counsel, Y Citizen of the USA, United Kingdom") == (
        "USA, United Kingdom", "Director of X Counsel, Y")
    assert indicated_citizenship("Director, Citizens of Humanity LLC")[0] is None
    assert indicated_citizenship("Citizen of Canada, then of France since 2001")[0] is None


def test_a_sentence_saying_citizen_of_stays_with_its_sentence():
    """Guard (passes on both): 'Mr. Caio is a citizen of Italy.' closing a cell is a sentence (read elsewhere as the
    person's own), not a citizenship line cut off the cell's end."""
    from kg.forms.roster_inline import indicated_citizenship
    text = "Chief Executive Officer, Netscalibur. Mr. Caio is a citizen of Italy."
    assert indicated_citizenship(text) == (None, text)


def test_a_default_is_refused_where_the_entry_states_another_no_field_read(tmp_path):
    """Fails on main: the right column shifted by a note mark on the name ('Louise M. Tremblay(a)') is lost, so no
    field may hold 'Citizen of Canada'; main gave the preamble's United States. Now refused (or read)."""
    rows = _ROWS.replace("Louise M. Tremblay                  Director",
                         "Louise M. Tremblay(a)                        Director")
    people = _read(tmp_path, _PREAMBLE + _CAPTION + rows)
    assert people["Louise M. Tremblay"].citizenship in (None, "Canada")
    assert people["Harold P. Mercer"].citizenship == "United States"
