"""Thirty-fourth round (d), issue 13: an HTML table written a <tr> per printed line (a wrapped cell, the name too, goes
on in the same column of the next rows; nothing groups a person's rows); a fixed-width table with no break between
entries whose name wraps onto a line that reads like a name ('Francis Michael' / 'Cyprian Cuss'); a margin mark's note
naming a title in the roster's own organisation ('* Director of Acme Holdings, Inc.'); the organisation of a heading
'Executive Officers and Members of the Board of Directors' / 'of' / 'THE ...'. Texts of our own making. Each test
failed on main 020537d and passes here, except the guards (which pass on both and protect precision)."""
from __future__ import annotations

import html

import kg


def _read(tmp_path, text: str, suffix: str = "txt"):
    path = tmp_path / f"exhibit.{suffix}"
    path.write_text(text, encoding="utf-8")
    filing = kg.extract(path)
    return {p.name: p for p in filing.people}, filing


def _line_rows(rows: list[list[str]]) -> str:
    """An HTML Schedule I whose table is a <tr> per printed line (empty cells '&nbsp;')."""
    def cell(text: str) -> str:
        return f"<td>{html.escape(text) if text else '&nbsp;'}</td>"
    head = "".join(f"<td><b>{h}</b></td>" for h in ["Name", "Position with Acme Holdings, Inc.",
                                                   "Present Principal Occupation", "Business Address", "Citizenship"])
    body = "\n".join("<tr valign=\"top\">" + "".join(cell(c) for c in row) + "</tr>" for row in rows)
    return ("<html><body><p align=\"center\"><b>SCHEDULE I</b></p>\n<p align=\"center\"><b>DIRECTORS AND EXECUTIVE "
            "OFFICERS OF ACME HOLDINGS, INC.</b></p>\n<p>The name, present position with Acme Holdings, Inc. (the "
            "\"Company\"), present principal occupation or employment, business address and citizenship of each of "
            "the directors and executive officers of the Company are set forth below.</p>\n"
            f"<table width=\"100%\">\n<tr>{head}</tr>\n{body}\n</table></body></html>\n")


LINE_ROWS = _line_rows([
    ["PALLADINO, Louis A.,", "Director", "Partner, Baker and Lowe LLP", "Baker and Lowe LLP", "United States"],
    ["Jr.", "Vice President", "", "1585 Broadway", ""],
    ["", "", "", "New York, New York 10036", ""],
    ["Marta Olsen", "President and Chief", "President, Acme Holdings,", "100 Main Street", "Canada"],
    ["", "Executive Officer", "Inc.", "Omaha, Nebraska 68102", ""],
    ["Walter G. Brant", "Secretary", "Secretary, Acme Holdings, Inc.", "100 Main Street", "United States"],
    ["", "", "", "Omaha, Nebraska 68102", ""],
])


def test_a_table_of_a_row_per_printed_line_lists_each_person_once(tmp_path):
    """Fails on main: the name's second line ('Jr.') was no part of it ('Louis A. Palladino' was listed)."""
    people, _filing = _read(tmp_path, LINE_ROWS, "htm")
    assert set(people) == {"Louis A. Palladino, Jr.", "Marta Olsen", "Walter G. Brant"}


def test_the_rows_under_a_persons_first_row_are_that_persons(tmp_path):
    """Fails on main: each person's rows after the first (titles, address lines) were left out."""
    people, _filing = _read(tmp_path, LINE_ROWS, "htm")
    palladino, olsen, brant = people["Louis A. Palladino, Jr."], people["Marta Olsen"], people["Walter G. Brant"]
    assert palladino.positions == ["Director", "Vice President"]
    assert palladino.address == "Baker and Lowe LLP, 1585 Broadway, New York, New York 10036"
    assert "President and Chief Executive Officer" in olsen.positions
    assert (olsen.address, olsen.citizenship) == ("100 Main Street, Omaha, Nebraska 68102", "Canada")
    assert (brant.address_city, brant.citizenship) == ("Omaha", "United States")


def test_a_table_of_one_row_per_person_is_read_as_it_was(tmp_path):
    """Guard (passes on main too): a row per person, no row with its name cell empty, is no table of printed lines."""
    text = _line_rows([
        ["Marta Olsen", "President", "President, Acme Holdings, Inc.", "100 Main Street, Omaha, Nebraska", "Canada"],
        ["Walter G. Brant", "Secretary", "Secretary, Acme Holdings, Inc.", "100 Main Street, Omaha, Nebraska",
         "United States"],
    ])
    people, _filing = _read(tmp_path, text, "htm")
    assert set(people) == {"Marta Olsen", "Walter G. Brant"}
    assert (people["Marta Olsen"].citizenship, people["Walter G. Brant"].positions) == ("Canada", ["Secretary"])


UNBROKEN = """\
                                  SCHEDULE I

              DIRECTORS AND EXECUTIVE OFFICERS OF NORDHAVN HOLDINGS A/S

The name, present position with Nordhavn Holdings A/S (the "Company"), present principal occupation, business
address and citizenship of each of the directors and executive officers of the Company are set forth below.

Name                  Position                    Present Principal Occupation        Business Address     Citizenship
Lars Green            Chair of the Board          Professional Board Director         Tuborg Havnevej 19   Denmark
                                                                                      2900 Hellerup
                                                                                      Denmark
Francis Michael       Board Director              Biopharmaceutical Consultant        Tuborg Havnevej 19   United Kingdom
Cyprian Cuss                                                                          2900 Hellerup
                                                                                      Denmark
Viviane Monges        Board Director              Professional Board Director         Tuborg Havnevej 19   France
                                                                                      2900 Hellerup
                                                                                      Denmark
Kasim Kutay           Chief Executive Officer                                         Tuborg Havnevej 19
                                                                                      2900 Hellerup
                                                                                      Denmark
"""


def test_a_name_wrapped_onto_a_line_that_reads_like_a_name_is_one_person(tmp_path):
    """Fails on main: 'Francis Michael' and 'Cyprian Cuss' were two persons, both of them none."""
    people, _filing = _read(tmp_path, UNBROKEN)
    assert set(people) == {"Lars Green", "Francis Michael Cyprian Cuss", "Viviane Monges", "Kasim Kutay"}
    assert people["Francis Michael Cyprian Cuss"].citizenship == "United Kingdom"


def test_a_person_whose_row_leaves_a_column_empty_stays_a_person_of_his_own(tmp_path):
    """Guard (passes on main too): 'Kasim Kutay' (no occupation, no citizenship printed) under the last address line
    of the entry above is a person of his own, never a line of that entry."""
    people, _filing = _read(tmp_path, UNBROKEN)
    assert people["Kasim Kutay"].positions == ["Chief Executive Officer"]
    assert people["Viviane Monges"].positions == ["Board Director"]
    assert people["Viviane Monges"].address == "Tuborg Havnevej 19, 2900 Hellerup, Denmark"


MARKED = """\
                                                                       EXHIBIT 2

            Executive Officers and Members of the Board of Directors
                                       of
                           THE ACME HOLDINGS COMPANY

      The names of the members of the Board of Directors and the names and
titles of the executive officers of The Acme Holdings Company, their
business addresses and their present principal occupations are set forth
below. Unless otherwise indicated, each individual is a citizen of the United
States.

  NAME AND BUSINESS ADDRESS             PRINCIPAL OCCUPATION OR EMPLOYMENT

*  Marta Olsen                          Partner, Baker and Lowe LLP
   Baker and Lowe LLP
   100 Main Street
   Omaha, Nebraska 68102

   Walter G. Brant                      Secretary, The Acme Holdings
   The Acme Holdings Company            Company
   100 Main Street
   Omaha, Nebraska 68102


-----------
* Director of The Acme Holdings Company
"""


def test_a_margin_marks_note_naming_the_rosters_organisation_gives_the_title(tmp_path):
    """Fails on main: the position was the note whole, 'Director of The Acme Holdings Company'."""
    people, _filing = _read(tmp_path, MARKED)
    assert people["Marta Olsen"].positions == ["Director"]
    assert people["Walter G. Brant"].positions == ["Secretary"]


def test_the_organisation_of_a_heading_over_three_lines_is_the_one_after_its_last_of(tmp_path):
    """Fails on main: 'Directors of THE ACME HOLDINGS COMPANY' (the bodies before the last 'of' kept), re-cased
    with the preamble's 'the'."""
    people, _filing = _read(tmp_path, MARKED)
    assert {p.organization for p in people.values()} == {"The Acme Holdings Company"}


def test_a_character_no_one_sees_takes_no_room_in_a_table_of_printed_lines(tmp_path):
    """Fails on main (the table's rows after each first one unread): a soft hyphen inside a name and a title ('Wal\\xadter',
    'Secre\\xadtary') is not shown, so the name is read and the columns stay in line (no title on another person)."""
    text = LINE_ROWS.replace("Walter G. Brant", "Wal\u00adter G. Brant").replace("Secretary", "Secre\u00adtary", 1)
    people, _filing = _read(tmp_path, text, "htm")
    assert set(people) == {"Louis A. Palladino, Jr.", "Marta Olsen", "Walter G. Brant"}
    assert people["Walter G. Brant"].positions == ["Secretary"]
    assert "Secretary" not in people["Marta Olsen"].positions
