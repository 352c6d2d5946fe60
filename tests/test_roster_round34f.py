"""Thirty-fourth round (f), issue 13: a collapsed row joined by two spaces, a heading whose lines join the bodies
to the organisation, and two text columns with the citizenship in brackets under the name and the occupations
typed with a hanging indent. Texts of our own making (people, organisations and addresses invented here).

Each test says whether it fails on main 020537d (and why) or is a guard that passes on both.
"""
from __future__ import annotations

import kg


def _people(tmp_path, text: str, name: str = "exhibit.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    filing = kg.extract(path)
    return {p.name: p for p in filing.people}, filing


# ---- a collapsed table: a row joined by two spaces ----------------------------------------------------------------
COLLAPSED = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF BRAMBLEWOOD FREIGHT, INC.

Name  Position with Bramblewood Freight, Inc.  Present Principal Occupation  Business Address  Citizenship
Odile M. Farquharson    Executive Vice President        12 Tanner Street, Dayton, Ohio 45402    United States
Caspar J. Lindqvist  Treasurer    12 Tanner Street, Dayton, Ohio 45402  Sweden
"""


def test_a_row_joined_by_two_spaces_places_its_empty_cell_where_the_table_shows_its_converter_does(tmp_path):
    """Fails on main ('Treasurer' left out as ambiguous): the row above, joined by four spaces, shows an empty cell
    as two separators side by side (its gap of eight); so the two-space row's gap of four after 'Treasurer' is its
    empty occupation, and 'Treasurer' its position."""
    people, _filing = _people(tmp_path, COLLAPSED)
    assert people["Odile M. Farquharson"].positions == ["Executive Vice President"]
    assert people["Caspar J. Lindqvist"].positions == ["Treasurer"]
    assert people["Caspar J. Lindqvist"].other_positions == []
    assert people["Caspar J. Lindqvist"].citizenship == "Sweden"


def test_a_row_joined_by_two_spaces_alone_still_proves_nothing(tmp_path):
    """Guard (passes on main too): with no row of the table joined by three spaces or more placed by its gaps, a gap
    of four in a row joined by two is no proof: 'Treasurer' is left out with a finding."""
    text = COLLAPSED.replace("Odile M. Farquharson    Executive Vice President        12 Tanner Street, Dayton, Ohio "
                             "45402    United States", "Odile M. Farquharson  Executive Vice President  Retired  12 "
                             "Tanner Street, Dayton, Ohio 45402  United States")
    people, filing = _people(tmp_path, text)
    assert people["Caspar J. Lindqvist"].positions == [] and people["Caspar J. Lindqvist"].other_positions == []
    assert any(w.code == "roster-ambiguous" and "'Treasurer'" in w.message for w in filing.warnings)


def test_a_title_the_other_rows_put_under_another_column_stays_in_doubt(tmp_path):
    """Fails on main ('Treasurer' read as the occupation, where a full row puts it): the two-space row's own gaps,
    in a table that shows its empty cells so, put it under the position; the two readings disagree: left out."""
    text = COLLAPSED.replace("Caspar J. Lindqvist", "Ines P. Okonkwo  Director  Treasurer  12 Tanner Street, Dayton, "
                             "Ohio 45402  Nigeria\nCaspar J. Lindqvist")
    people, _filing = _people(tmp_path, text)
    assert people["Caspar J. Lindqvist"].positions == [] and people["Caspar J. Lindqvist"].other_positions == []


# ---- a heading whose lines join the bodies to the organisation ----------------------------------------------------
HEADED = """                                   SCHEDULE A

                        EXECUTIVE OFFICERS AND DIRECTORS
                    HALVORSEN SHIPPING CORPORATION OF NORWAY

     The name, title, present principal occupation or employment and business
address of each executive officer and director of Halvorsen Shipping Corporation of Norway
are set forth below.

Name                     Title                   Business Address                          Citizenship
----                     -----                   ----------------                          -----------

Sigrid T. Aaland         Director                Strandgata 4, 5013 Bergen, Norway         Norway

Petter J. Omdal          Chief Financial         Strandgata 4, 5013 Bergen, Norway         Norway
                         Officer
"""


def test_the_organisation_named_whole_on_the_heading_line_after_the_bodies(tmp_path):
    """Fails on main (organisation 'Norway': the 'OF NORWAY' inside the organisation's own name, its heading line
    joined to 'EXECUTIVE OFFICERS AND DIRECTORS' above)."""
    people, _filing = _people(tmp_path, HEADED)
    assert set(people) == {"Sigrid T. Aaland", "Petter J. Omdal"}
    assert {p.organization for p in people.values()} == {"Halvorsen Shipping Corporation of Norway"}


def test_bodies_of_an_organisation_still_name_it(tmp_path):
    """Guard (passes on main too): 'EXECUTIVE OFFICERS AND DIRECTORS OF HALVORSEN SHIPPING CORPORATION' names the
    organisation after its 'OF'."""
    text = HEADED.replace("EXECUTIVE OFFICERS AND DIRECTORS\n                    HALVORSEN SHIPPING CORPORATION OF NORWAY",
                          "EXECUTIVE OFFICERS AND DIRECTORS OF HALVORSEN SHIPPING CORPORATION").replace(
        "Halvorsen Shipping Corporation of Norway", "Halvorsen Shipping Corporation")
    people, _filing = _people(tmp_path, text)
    assert {p.organization for p in people.values()} == {"Halvorsen Shipping Corporation"}


# ---- two text columns, the citizenship in brackets under the name -------------------------------------------------
PREAMBLE = """                                  EXHIBIT 2

            EXECUTIVE OFFICERS AND DIRECTORS OF {upper}

The name, present principal occupation or employment and citizenship of each
executive officer and director of {org} are set forth below.
Unless otherwise indicated, each person's business address is 40 Quarry Road,
Montpelier, Vermont 05602.

Name and Citizenship            Present Principal Occupation or Employment
--------------------            ------------------------------------------

"""


def _exhibit(org: str, body: str) -> str:
    return PREAMBLE.format(upper=org.upper(), org=org) + body


def test_a_long_country_name_in_brackets_is_the_citizenship(tmp_path):
    """Fails on main (citizenship '(United States of America)', brackets kept: a country of four words was no
    nationality in brackets)."""
    text = _exhibit("Quarrymen", """Thaddeus R. Pemberton           President, Quarrymen
(United States of America)      Director, Quarrymen

Lucinda F. Abernathy            Treasurer, Quarrymen
(United States of America)
""")
    people, _filing = _people(tmp_path, text)
    assert {p.citizenship for p in people.values()} == {"United States of America"}


def test_a_column_typed_with_a_hanging_indent_holds_one_item_a_line(tmp_path):
    """Fails on main ('Quarrymen Chief Executive Officer' and 'Quarrymen Consultant' read as titles): the table sets
    each wrapped line in by two spaces under its item ('Chairman of the Executive Committee,' / '  Quarrymen'), so a
    line at the column's margin never wraps the one above: each is an item."""
    text = _exhibit("Quarrymen", """Thaddeus R. Pemberton           Director, Quarrymen
(United States)                 Chairman of the Board, Quarrymen
                                Chief Executive Officer, Quarrymen

Lucinda F. Abernathy            Director, Quarrymen
(United States)                 Chairman of the Executive Committee,
                                  Quarrymen

Ignatius P. Holloway            Director, Quarrymen
(Ireland)                       formerly Managing Partner of Holloway
                                  Brothers, Ltd.

Margery S. Whitcombe            Director, Quarrymen
(United States)                 Consultant
""")
    people, _filing = _people(tmp_path, text)
    assert people["Thaddeus R. Pemberton"].positions == ["Director", "Chairman of the Board", "Chief Executive Officer"]
    assert people["Margery S. Whitcombe"].positions == ["Director"]
    assert people["Margery S. Whitcombe"].other_positions == ["Consultant"]
    assert not any("Quarrymen" in v for p in people.values() for v in p.positions)


def test_a_citizenship_line_beside_the_occupations_wrap_is_no_header(tmp_path):
    """Fails on main (no citizenship and 'Director, Pell Corporate Trust' cut short: the line '(United States)
    Company' reads as captions repeated, every word a header's, and was dropped)."""
    text = _exhibit("Pell Corporate Trust Company", """Winifred A. Castellanos         Director, Pell Corporate Trust
(United States)                   Company
                                President, Pell Corporate Trust
                                  Company

Barnaby Q. Etheridge            Director, Pell Corporate Trust
(United States)                   Company
                                Senior Vice President, Pell Corporate
                                  Trust Company
""")
    people, _filing = _people(tmp_path, text)
    assert people["Winifred A. Castellanos"].citizenship == "United States"
    assert people["Winifred A. Castellanos"].positions == ["Director", "President"]
    assert people["Barnaby Q. Etheridge"].positions == ["Director", "Senior Vice President"]
    assert people["Barnaby Q. Etheridge"].other_positions == []


LETTERED = """A. Thaddeus R. Pemberton        Director, Quarrymen
   (Denmark)                    Professional Board Director

B. Lucinda F. Abernathy         Director, Quarrymen
   (USA, Denmark)               Chief Economist of Granite Holdings

C. Bartholomew Augustin Radek   Director, Quarrymen
   Tomlinsonn                   Biopharmaceutical Consultant
   (USA, United Kingdom)

D. Ignatius P. Holloway         Chief Financial Officer, Quarrymen
   (Ireland)
"""


def test_a_lettered_name_wrapped_onto_the_next_line_keeps_its_surname(tmp_path):
    """Fails on main (a person 'Bartholomew Augustin Radek' who is none, with the position 'Tomlinsonn (USA, United
    Kingdom) Director'): 'Tomlinsonn' would have left one space before the next column's text, so it did not fit
    on the name's line; a name column shared with the citizenship takes it as the surname (no nationality)."""
    people, _filing = _people(tmp_path, _exhibit("Quarrymen", LETTERED))
    assert set(people) == {"Thaddeus R. Pemberton", "Lucinda F. Abernathy", "Bartholomew Augustin Radek Tomlinsonn",
                           "Ignatius P. Holloway"}
    assert people["Bartholomew Augustin Radek Tomlinsonn"].positions == ["Director"]
    assert people["Bartholomew Augustin Radek Tomlinsonn"].citizenship == "USA, United Kingdom"


def test_countries_in_brackets_under_a_lettered_name_keep_the_default_address(tmp_path):
    """Fails on main (no address for Lucinda F. Abernathy: '(USA, Denmark)' under the name read as an occupation
    line set in under it, which may be an address): countries alone in brackets state the citizenship."""
    people, _filing = _people(tmp_path, _exhibit("Quarrymen", LETTERED))
    assert people["Lucinda F. Abernathy"].citizenship == "USA, Denmark"
    assert people["Lucinda F. Abernathy"].address == "40 Quarry Road, Montpelier, Vermont 05602"
