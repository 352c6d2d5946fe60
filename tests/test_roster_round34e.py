"""Thirty-fourth round (e), issue 13: (1) name-and-address blocks stacked in a left column beside an offices cell
whose items (a title held in the listed organisation, '<Title> of <Org>', then outside jobs) stand one a line, each
wrapping under itself, perhaps a closing 'Citizen of X' line: the cell's lines are put back into items where the
text shows a wrap (kg/forms/roster_cell_items.py, used by kg/forms/roster_stacked.py), the closing line read as the
citizenship; (2) an HTML table whose first column only numbers the rows, its header cell empty, in rows with an
empty cell too (kg/forms/roster_table.py); (3) cells saved one a line whose address opens with an employer shaped as
a name or closes on 'ON M4T 2S7' (kg/forms/roster_cell_types.py). Texts of our own making. Each test marked "fails on main" failed on main
020537d and passes here; the guards pass on both."""
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

_TITLE = """\
                                  SCHEDULE I

            DIRECTORS AND EXECUTIVE OFFICERS OF NORTHWIND HOLDINGS, INC.

     Set forth below are the name, business address and present principal
occupation or employment of each director and executive officer of Northwind
Holdings, Inc.{citizens}

"""

_ROWS = """\
Harold P. Mercer                    Director of Northwind Holdings, Inc.
c/o 12 Water Street                 Retired Chairman, Mercer Shipping
New York, New York 10004            Company

Louise M. Tremblay                  Director of Northwind Holdings, Inc.
Tremblay & Gagnon LLP               Partner, Tremblay & Gagnon LLP
500 Rue Sherbrooke Ouest            Professor of Law, McGill University
Montreal, Quebec H3A 3C6            Citizen of Canada

Walter J. Brennan                   Executive Vice President of Northwind
45 Harbor Road                      Holdings, Inc.
Stamford, Connecticut 06902         Chief Financial Officer of Northwind
                                    Holdings, Inc.

</TABLE>
"""


def _read(tmp_path, text: str, name: str = "exhibit.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_each_line_of_the_offices_cell_is_an_item(tmp_path):
    """Fails on main: the cell came back as one value ('Director of Northwind Holdings, Inc. Retired Chairman,
    Mercer Shipping Company'); now the title in the listed organisation and the outside job are apart."""
    people = _read(tmp_path, _TITLE.format(citizens=" Each of the persons named below is a citizen of the United "
                                           "States, except as noted.") + _CAPTION + _ROWS)
    assert people["Harold P. Mercer"].positions == ["Director"]
    assert people["Harold P. Mercer"].other_positions == ["Retired Chairman, Mercer Shipping Company"]
    assert people["Louise M. Tremblay"].positions == ["Director"]
    assert people["Louise M. Tremblay"].other_positions == ["Partner, Tremblay & Gagnon LLP",
                                                            "Professor of Law, McGill University"]
    assert people["Walter J. Brennan"].positions == ["Executive Vice President", "Chief Financial Officer"]
    assert people["Walter J. Brennan"].other_positions == []


def test_a_closing_citizen_line_is_read_without_a_preamble_default(tmp_path):
    """Fails on main: with no citizenship in the preamble, 'Citizen of Canada' stayed in the offices text and
    nobody's citizenship was read; now it is Louise M. Tremblay's, and nobody else gets one."""
    people = _read(tmp_path, _TITLE.format(citizens="") + _CAPTION + _ROWS)
    assert people["Louise M. Tremblay"].citizenship == "Canada"
    assert people["Harold P. Mercer"].citizenship is None
    assert not any("Citizen" in value for person in people.values()
                   for value in person.positions + person.other_positions)


def test_a_title_wrapped_after_a_comma_or_a_title_word_stays_one_item(tmp_path):
    """Guard (passes on both): 'Executive Vice President,' / 'Operations Control and' / 'Development of X' and
    '..., Chief Financial Officer and Corporate' / 'Secretary of X' are one title each, though a line stops short."""
    text = """\
                                  SCHEDULE I

         ConAgra-like Foods, Inc.'s executive officers and directors are listed below, along with the
offices held by each. Each individual is a U.S. citizen.

      James P. Dole                    Executive Vice President, Chief
      One Harbor Drive                 Financial Officer and Corporate
      Omaha, NE 68102                  Secretary of Harbor Foods

      Dwight J. Gale                   Executive Vice President,
      One Harbor Drive                 Operations Control and
      Omaha, NE 68102                  Development of Harbor Foods
"""
    people = _read(tmp_path, text)
    assert not any(p.endswith(",") for person in people.values() for p in person.positions + person.other_positions)
    for name, words in (("Dwight J. Gale", "President, Operations Control and Development"),
                        ("James P. Dole", "Financial Officer and Corporate Secretary")):
        assert len(people[name].positions + people[name].other_positions) == 1
        assert words in (people[name].positions + people[name].other_positions)[0]


def test_an_item_ending_in_a_legal_form_is_whole(tmp_path):
    """Fails on main: 'Chair of the Board of Northwind Holdings A/S' / 'Professional Board Director' came back as
    one text; the legal form ends the title, the next line is the outside occupation."""
    text = _TITLE.replace("NORTHWIND HOLDINGS, INC.", "NORTHWIND HOLDINGS A/S").format(citizens="").replace(
        "Northwind\nHoldings, Inc.", "Northwind\nHoldings A/S") + _CAPTION + """\
Lars Nygaard                        Chair of the Board of Northwind Holdings
Strandvejen 19                      A/S
2900 Hellerup                       Professional Board Director
Denmark

Mette Skov                          Board Director of Northwind Holdings A/S
Strandvejen 19                      Chief Executive Officer, Ambu Medical A/S
2900 Hellerup
Denmark

</TABLE>
"""
    people = _read(tmp_path, text)
    assert people["Lars Nygaard"].other_positions == ["Professional Board Director"]
    assert people["Mette Skov"].other_positions == ["Chief Executive Officer, Ambu Medical A/S"]


_HTML = """\
<html><body><pre>
                                 SCHEDULE I

          DIRECTORS AND EXECUTIVE OFFICERS OF NORTHWIND HOLDINGS, INC.

The name, present position with Northwind Holdings, Inc. (the "Company"), present principal occupation,
business address and citizenship of each of the directors and executive officers of the Company are set
forth below.
</pre>
<table border="0">
<tr><td><b>&nbsp;</b></td><td><b>Name</b></td><td><b>Position with the Company</b></td>
<td><b>Present Principal Occupation</b></td><td><b>Business Address</b></td><td><b>Citizenship</b></td></tr>
<tr valign="top"><td>1.</td><td>Harold P. Mercer</td><td>Director</td><td>&nbsp;</td>
<td>12 Water Street<br>New York, New York 10004</td><td>United States</td></tr>
<tr valign="top"><td>2.</td><td>Louise M. Tremblay</td><td>Director<br>President</td><td>&nbsp;</td>
<td>500 Rue Sherbrooke Ouest<br>Montreal, Quebec H3A 3C6</td><td>Canada</td></tr>
</table>
<pre>
                                  -13-
</pre></body></html>
"""


def test_a_numbered_first_column_under_an_empty_header_cell_with_empty_cells(tmp_path):
    """Fails on main (no person read: 'no roster found'): the row number under the empty header cell is read past
    where the row's empty occupation cell leaves as many cells as the header has."""
    people = _read(tmp_path, _HTML, "exhibit.htm")
    assert sorted(people) == ["Harold P. Mercer", "Louise M. Tremblay"]
    assert people["Louise M. Tremblay"].citizenship == "Canada"
    assert people["Louise M. Tremblay"].positions == ["Director", "President"]
    assert people["Harold P. Mercer"].address_city == "New York"


def test_the_unnumbered_table_still_reads(tmp_path):
    """Guard (passes on both): the same table without the number column."""
    text = _HTML.replace("<td><b>&nbsp;</b></td>", "").replace("<td>1.</td>", "").replace("<td>2.</td>", "")
    people = _read(tmp_path, text, "exhibit.htm")
    assert sorted(people) == ["Harold P. Mercer", "Louise M. Tremblay"]
    assert people["Harold P. Mercer"].citizenship == "United States"


def test_cells_that_part_items_by_semicolons_stay_run_on_text(tmp_path):
    """Guard (passes on both): where the roster's offices cells part their items by ';', each line break is a wrap
    ('Board Director of Northwind' / 'Holdings A/S; Chief'): no line is an item of its own."""
    text = _TITLE.replace("NORTHWIND HOLDINGS, INC.", "NORTHWIND HOLDINGS A/S").format(citizens="").replace(
        "Northwind\nHoldings, Inc.", "Northwind\nHoldings A/S") + """\
    (1) Lars Nygaard                    Chair of the Board of Northwind
    Strandvejen 19                      Holdings A/S; Professional
    2900 Hellerup                       Board Director
    Denmark

    (2) Mette Skov                      Board Director of Northwind
    Strandvejen 19                      Holdings A/S; Chief
    2900 Hellerup                       Economist of Apollo Global
    Denmark                             Management
"""
    people = _read(tmp_path, text)
    values = [v for person in people.values() for v in person.positions + person.other_positions]
    assert not {"Professional", "Holdings A/S", "Board Director of Northwind"} & set(values)
    assert "Professional Board Director" in people["Lars Nygaard"].other_positions


_SAVED = """\
Schedule I
Directors and Executive Officers of Northwind Trust Company

The name, residence or business address, position(s) with Northwind Trust Company (the "Reporting Person"), present \
principal occupation or employment and country of citizenship of each of the directors and executive officers of the \
Reporting Person are set forth below.

Name
Residence or Business Address
Position(s) with the Reporting Person
Present Principal Occupation or Employment
Country of Citizenship

Paula Hatchet
Northwind Consulting Group
388 Greenwich Street
18th Floor
New York, NY 10013
Director
Executive Vice President, Northwind Consulting Group
United States

Andrew Graves
Wittington Investments
Limited
22 St. Clair Avenue East, Suite 2001
Toronto
ON M4T 2S7
Director
President, Wittington Investments, Limited
Canada

Edmund Marsh
Northwind Trust Company
824 Market Street, Suite 210
Wilmington, DE 19801
Director; President
—
United States
"""


def test_saved_cells_an_employer_shaped_as_a_name_and_a_province_line_end_the_address(tmp_path):
    """Fails on main: Paula Hatchet's row ('Northwind Consulting Group' over the street, typed as a person's name)
    and Andrew Graves's ('Toronto' / 'ON M4T 2S7', no line kg saw as the address's last) were refused."""
    people = _read(tmp_path, _SAVED)
    assert sorted(people) == ["Andrew Graves", "Edmund Marsh", "Paula Hatchet"]
    assert people["Paula Hatchet"].address.startswith("Northwind Consulting Group, 388 Greenwich Street")
    assert people["Paula Hatchet"].positions == ["Director"]
    assert people["Andrew Graves"].citizenship == "Canada"
    assert people["Andrew Graves"].other_positions == ["President, Wittington Investments, Limited"]
