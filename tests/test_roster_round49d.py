"""Forty-ninth round (d), issue 13: an officers' section row over board titles in a roster with no board row; an
'Other Principal Positions' column.

1. One table whose section row reads 'Executive Officers (Who Are Not Directors)', persons under it printing board
   titles alone ('Chair of the Board of X', 'Board Director of X'): the row gave them the executive officers' body
   beside the board's. The row says its persons are not directors and their titles say they are: the officers' body
   the row alone gave is not kept (kg/forms/roster_officer_section.py). A plain 'Executive Officers' row keeps its
   reading (rounds 36f and 43e: a board's title listed under the officers is an office too; guard).
2. A column captioned 'Other Principal Positions' beside 'Present Position' was read as a second position column:
   the two one-line cells were joined into one value and cut at the comma of 'Companies, Inc.' ('Inc. Chairman' as a
   title in the listed organisation). The caption is an other-positions column (kg/patterns/roster.yml
   column_roles.other_positions).

3. One cell of markup-broken lines, 'Director' / 'President, X, Inc.' / 'Business address: ...' (Southwestern's
   Schedule A as one table): the person's own address line was read only as a sentence of the cell flattened, so the
   lines before it were joined into one value ('Director President, X, Inc.'), and with no full stop before it the
   label was kept in the address, which was then refused. Where the markup breaks the lines, such a line is read
   whole and the other lines stay items (kg/forms/roster_phrases.py `_line_values`).
4. A title column printing a seat named by its own word with the listed organisation after it ('General Partner of
   X, L.P.', 'Directors of X') kept the organisation: only a title naming a board whole ('Member of the
   Supervisory Board of X') keeps it (kg/forms/roster_classify.py `_names_board`).

Texts of our own making. Each test marked "fails on main" failed on main 07034dc and passes here; the guards pass on
both."""
from __future__ import annotations

import kg

_HEAD = """<html><body>
<p align="center"><b>SCHEDULE B</b></p>
<p align="center"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {upper}</b></p>
<p>The following table sets forth the name, present position, other principal positions, citizenship and business
address of each director and executive officer of {org}.</p>
<table border="1">
<tr><th>Name</th><th>Present Position</th><th>{other}</th><th>Citizenship</th><th>Business Address</th></tr>
"""
_BOARD_ROW = ("<tr><td colspan=\"5\"><b><i>Members of the Board of Directors</i></b></td></tr>\n"
              "<tr><td>Ingrid Solberg</td><td>Director of {org}</td><td>Partner, Solberg Advokater</td><td>Norway</td>"
              "<td>Karl Johans gate 5, Oslo</td></tr>\n")
_OFFICERS = """<tr><td colspan="5"><b><i>{row}</i></b></td></tr>
<tr><td>Anders Kjeldgaard</td><td>Chair of the Board of {org}</td><td>Chairman</td><td>Denmark</td><td>{address}</td></tr>
<tr><td>Mette Lindqvist</td><td>Board Director of {org}</td><td>Chief Executive</td><td>Denmark</td><td>{address}</td></tr>
<tr><td>Oskar Brandt</td><td>Chief Executive Officer of {org}</td><td>None</td><td>Denmark</td><td>{address}</td></tr>
</table>
</body></html>
"""


def _read(tmp_path, org: str, *, board_row: bool = False, other: str = "Other Principal Positions",
          address: str = "Strandvejen 12<br>2900 Hellerup, Denmark", row: str = "Executive Officers"):
    text = _HEAD.format(upper=org.upper(), org=org, other=other) + (_BOARD_ROW.format(org=org) if board_row else "") \
        + _OFFICERS.format(org=org, address=address, row=row)
    path = tmp_path / "annex.htm"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_officers_row_over_board_titles_gives_no_officers_body(tmp_path):
    """Fails on main: Kjeldgaard and Lindqvist, board titles alone under 'Executive Officers (Who Are Not
    Directors)', were executive officers too."""
    people = _read(tmp_path, "Halvard Fjord Holdings A/S", row="Executive Officers (Who Are Not Directors)")
    assert people["Anders Kjeldgaard"].bodies == ["board of directors"]
    assert people["Mette Lindqvist"].bodies == ["board of directors"]
    assert people["Oskar Brandt"].bodies == ["executive officers"]
    assert people["Anders Kjeldgaard"].positions == ["Chair of the Board"]


def test_officers_row_guard_plain_row(tmp_path):
    """Guard (passes on both): under a plain 'Executive Officers' row, with or without a row naming the board, a
    board title is an office too (rounds 36f, 43e), and the board row's director has the board alone."""
    for board_row in (False, True):
        people = _read(tmp_path, "Halvard Fjord Holdings A/S", board_row=board_row, other="Other Positions")
        assert set(people["Anders Kjeldgaard"].bodies) == {"board of directors", "executive officers"}
        assert set(people["Mette Lindqvist"].bodies) == {"board of directors", "executive officers"}
    assert people["Ingrid Solberg"].bodies == ["board of directors"]
    assert people["Ingrid Solberg"].other_positions == ["Partner, Solberg Advokater"]


def test_other_principal_positions_column_is_no_title_column(tmp_path):
    """Fails on main: one-line cells, the position cell ending 'Companies, Inc.': 'Inc. Chairman' and 'Inc. Chief
    Executive' were read as titles in the listed organisation."""
    people = _read(tmp_path, "Larkspur Mutual Companies, Inc.", address="Strandvejen 12, Hellerup")
    assert people["Anders Kjeldgaard"].positions == ["Chair of the Board"]
    assert people["Anders Kjeldgaard"].other_positions == ["Chairman"]
    assert people["Mette Lindqvist"].positions == ["Board Director"]
    assert people["Mette Lindqvist"].other_positions == ["Chief Executive"]
    assert people["Oskar Brandt"].positions == ["Chief Executive Officer"]
    assert not people["Oskar Brandt"].other_positions


def test_other_positions_caption_guard(tmp_path):
    """Guard (passes on both): the caption 'Other Positions' was an other-positions column already."""
    people = _read(tmp_path, "Larkspur Mutual Companies, Inc.", other="Other Positions", address="Strandvejen 12, Hellerup")
    assert people["Anders Kjeldgaard"].positions == ["Chair of the Board"]
    assert people["Anders Kjeldgaard"].other_positions == ["Chairman"]


_ONE_TABLE = """<html><body>
<p style="text-align:center"><b>SCHEDULE A</b></p>
<p><b>1.&nbsp;&nbsp;BRIARWOOD INSTRUMENTS CORPORATION</b></p>
<p>The name, business address, title, present principal occupation or employment of each of the directors and
executive officers of Briarwood Instruments Corporation (&#147;Briarwood&#148;) are set forth below. If no business
address is given, the director&#146;s or executive officer&#146;s business address is 12 Foundry Lane, Worcester,
Massachusetts 01608. Unless otherwise indicated, each occupation set forth opposite an individual&#146;s name refers to
Briarwood. Unless otherwise indicated below, all of the persons listed below are citizens of the United States of
America.</p>
<table>
<tr><td><b>Name</b></td><td>&nbsp;&nbsp;</td><td><b>Present Principal Occupation Including Name and Address of
Employer</b></td></tr>
<tr><td colspan="3"><i>Directors</i></td></tr>
<tr><td valign="top">Rosalind K. Vantongeren</td><td>&nbsp;&nbsp;</td><td valign="top"><p>Director</p><p>President,
Harbor Museum of Maritime Arts{inc}</p><p>Business address: Harbor Museum of Maritime Arts, 80 Wharf Street, Salem,
Massachusetts 01970</p></td></tr>
<tr><td valign="top">Gideon P. Marchetti</td><td>&nbsp;&nbsp;</td><td valign="top"><p>Chief Executive Officer,
Director</p></td></tr>
</table>
</body></html>
"""


def _read_text(tmp_path, text: str, suffix: str = ".htm"):
    path = tmp_path / f"annex{suffix}"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_own_address_line_after_a_line_with_no_full_stop(tmp_path):
    """Fails on main: the address line, no full stop before it, was read with its label and refused."""
    people = _read_text(tmp_path, _ONE_TABLE.format(inc=""))
    vantongeren = people["Rosalind K. Vantongeren"]
    assert vantongeren.address == "Harbor Museum of Maritime Arts, 80 Wharf Street, Salem, Massachusetts 01970"
    assert vantongeren.other_positions == ["President, Harbor Museum of Maritime Arts"]
    assert people["Gideon P. Marchetti"].address == "12 Foundry Lane, Worcester, Massachusetts 01608"


def test_own_address_line_keeps_the_lines_above_apart(tmp_path):
    """Fails on main: 'Director' and 'President, ..., Inc.' were joined into one other position."""
    people = _read_text(tmp_path, _ONE_TABLE.format(inc=", Inc."))
    vantongeren = people["Rosalind K. Vantongeren"]
    assert vantongeren.other_positions == ["President, Harbor Museum of Maritime Arts, Inc."]
    assert vantongeren.positions == ["Director"]
    assert vantongeren.address == "Harbor Museum of Maritime Arts, 80 Wharf Street, Salem, Massachusetts 01970"


_PARTNERS = """<html><body>
<p align="center"><b>ANNEX C</b></p>
<p align="center"><b>GENERAL PARTNERS OF QUARRY HILL PARTNERS, L.P.</b></p>
<p>The following table sets forth the name, present position, other positions and business address of each general
partner of Quarry Hill Partners, L.P.</p>
<table border="1">
<tr><th>Name</th><th>Present Position</th><th>Other Positions</th><th>Business Address</th></tr>
<tr><td>Harriet M. Okafor</td><td>{first} of Quarry Hill Partners, L.P.</td><td>None</td><td>410 Park Avenue, New York,
NY 10022</td></tr>
<tr><td>Desmond R. Achterberg</td><td>General Partner of Quarry Hill Partners, L.P.</td><td>Trustee, Belmont Library
Foundation</td><td>410 Park Avenue, New York, NY 10022</td></tr>
</table>
</body></html>
"""


def test_seat_named_by_its_own_word_leaves_the_organisation(tmp_path):
    """Fails on main: 'General Partner of Quarry Hill Partners, L.P.' was kept whole in the title column."""
    people = _read_text(tmp_path, _PARTNERS.format(first="General Partner"))
    assert people["Harriet M. Okafor"].positions == ["General Partner"]
    assert people["Desmond R. Achterberg"].positions == ["General Partner"]
    assert people["Desmond R. Achterberg"].other_positions == ["Trustee, Belmont Library Foundation"]


def test_board_named_whole_keeps_the_organisation_guard(tmp_path):
    """Guard (passes on both): 'Member of the Supervisory Board of X' names a board whole and stays as printed."""
    people = _read_text(tmp_path, _PARTNERS.format(first="Member of the Supervisory Board"))
    assert "Member of the Supervisory Board of Quarry Hill Partners, L.P." in people["Harriet M. Okafor"].positions


def test_own_address_wrapped_over_two_lines_guard(tmp_path):
    """Guard (passes on both): an address line broken by the markup before its city is not read line by line: its
    city line is no occupation, and the address, not certain, is refused (as on main), the default not given."""
    text = _ONE_TABLE.format(inc="").replace(
        "<p>Business address: Harbor Museum of Maritime Arts, 80 Wharf Street, Salem,\nMassachusetts 01970</p>",
        "<p>Business address: 80 Wharf Street,</p><p>Salem, Massachusetts 01970</p>")
    assert "<p>Salem, Massachusetts 01970</p>" in text
    people = _read_text(tmp_path, text)
    assert people["Rosalind K. Vantongeren"].address is None
    assert not any("Salem" in value for value in people["Rosalind K. Vantongeren"].other_positions)


_HELD_AT = _ONE_TABLE.format(inc="").replace(
    "<p>Director</p><p>President,\nHarbor Museum of Maritime Arts</p><p>Business address: Harbor Museum of Maritime "
    "Arts, 80 Wharf Street, Salem,\nMassachusetts 01970</p>",
    "<p>Director</p><p>President and Chief Operating Officer</p><p>Business address: {address}</p>")


def test_offices_at_the_employer_an_address_line_names(tmp_path):
    """Fails on main: under 'Directors', 'President and Chief Operating Officer' over 'Business address: Alder
    Aerospace Ltd., ...' (another organisation): the offices are held there (round 47h's reading of an address
    cell, now of an address line), the seat stays the listed organisation's."""
    assert "Alder" not in _HELD_AT and "{address}" in _HELD_AT
    people = _read_text(tmp_path, _HELD_AT.replace("{address}", "Alder Aerospace Ltd., 400 Cote Road, Dorval, Quebec H4S 1Y9"))
    vantongeren = people["Rosalind K. Vantongeren"]
    assert vantongeren.positions == ["Director"]
    assert vantongeren.other_positions == ["President and Chief Operating Officer"]
    assert vantongeren.address == "Alder Aerospace Ltd., 400 Cote Road, Dorval, Quebec H4S 1Y9"


def test_offices_over_a_street_address_line_stay_positions_guard(tmp_path):
    """Guard (passes on both): where the address line opens with a street, no other organisation is named: the
    offices are the listed organisation's, as the preamble says."""
    people = _read_text(tmp_path, _HELD_AT.replace("{address}", "17 Elm Street, Dorval, Quebec H4S 1Y9"))
    vantongeren = people["Rosalind K. Vantongeren"]
    assert vantongeren.positions == ["Director", "President and Chief Operating Officer"]
    assert not vantongeren.other_positions
