"""Round 54g (issue 13): gather123's signing_authority_column_table and gather121's
southwestern_header_per_section_address_column.

What was wrong: (1) a note printed in running prose under an EDGAR <TABLE> ('Signing authority as registered with the
commercial register: 'Sole' means ... 'Joint' means together with one other authorised signatory.') was read into the
last row's occupation; the heading 'BOARD OF DIRECTORS AND EXECUTIVE MANAGEMENT OF X' gave the organisation
'Directors and Executive Management of X' and the body 'board of directors' to everyone. (2) an HTML heading
'<B>A.&nbsp;&nbsp;&nbsp;&nbsp;POWER CORPORATION OF CANADA</B>' gave the organisation 'A. Power Corporation of Canada'.

What changed: kg/forms/roster_table_close.py (the rows end at the last '</TABLE>' before a note in running prose),
kg/patterns/roster_listed_bodies.yml + kg/forms/roster_listed_bodies.py (the bodies a title lists before 'of', with
'executive management'), kg/patterns/roster.yml `body_headings` ('executive management': executive officers),
kg/forms/roster_section_letter.py (a section letter the HTML source sets off by two or more spaces), Context.markup.

Texts of our own making. Tests marked "fails on main" fail on main bd51c90c; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg

SIGNING = """\
                                  SCHEDULE I

    BOARD OF DIRECTORS AND EXECUTIVE MANAGEMENT OF HALVORSEN MARITIME HOLDINGS,
                                     INC.

The name, title, principal occupation, address and signing authority of each
member of the board of directors and of the executive management of Halvorsen
Maritime Holdings, Inc. are set forth below.

<TABLE>
<CAPTION>
                                                  SIGNING
NAME                      TITLE                   AUTHORITY   PRINCIPAL OCCUPATION                ADDRESS
------------------------  ----------------------  ----------  ----------------------------------  --------------------------
<S>                       <C>                     <C>         <C>                                 <C>
Ingrid T. Solbakken       Director                Joint       Partner, Solbakken & Moe            Storgata 12
                                                                                                  Oslo, Norway

Anders P. Kvale           President               Sole        President, Halvorsen Maritime       Strandveien 5
                                                                Holdings, Inc.                    Lysaker, Norway

Mette L. Aasen            Director                Joint       Professor of Economics, Bergen      Fosswinckels gate 6
                                                                School of Trade                   Bergen, Norway

</TABLE>

Signing authority as registered with the commercial register: 'Sole' means the
person may bind the company alone; 'Joint' means together with one other
authorised signatory.
"""

# a table whose rows end at </TABLE> with a value sentence under it ('The business address ... is ...'): still read
AFTER_SENTENCE = SIGNING.replace("BOARD OF DIRECTORS AND EXECUTIVE MANAGEMENT OF", "DIRECTORS AND EXECUTIVE OFFICERS OF")


def _section(letter_gap: str, name: str, upper: str) -> str:
    return f"""<HTML><BODY>
<P ALIGN="center"><B><U>SCHEDULE B</U></B></P>
<P><B>{letter_gap}{upper}</B></P>
<P>The name, present principal occupation and business address of each of the directors and executive officers of
{name} are set forth below. All of the persons listed below are citizens of Canada.</P>
<TABLE>
<TR><TD><B>Name</B></TD><TD><B>Present Principal Occupation or Employment</B></TD><TD><B>Business Address</B></TD></TR>
<TR><TD>Gerald P. Moreau</TD><TD>Director</TD><TD>100 Rue Sherbrooke, Montreal QC H3A 1B2</TD></TR>
<TR><TD>Helene R. Tremblay</TD><TD>Director</TD><TD>200 Rue Peel, Montreal QC H3C 2G1</TD></TR>
</TABLE>
</BODY></HTML>
"""


def _people(tmp_path: Path, text: str, suffix: str = ".txt") -> dict:
    path = tmp_path / f"roster{suffix}"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_a_note_under_the_table_is_no_value_of_the_last_row(tmp_path):  # fails on main
    people = _people(tmp_path, SIGNING)
    last = people["Mette L. Aasen"]
    assert last.other_positions == ["Professor of Economics, Bergen School of Trade"]
    assert not any("Joint" in value or "Sole" in value for person in people.values()
                   for value in person.positions + person.other_positions)


def test_executive_management_is_a_body_the_title_lists(tmp_path):  # fails on main
    people = _people(tmp_path, SIGNING)
    assert {p.organization for p in people.values()} == {"Halvorsen Maritime Holdings, Inc."}
    assert people["Ingrid T. Solbakken"].bodies == ["board of directors"]
    assert "board of directors" not in people["Anders P. Kvale"].bodies


def test_the_note_under_a_table_of_directors_and_officers(tmp_path):  # fails on main
    people = _people(tmp_path, AFTER_SENTENCE)
    assert people["Mette L. Aasen"].other_positions == ["Professor of Economics, Bergen School of Trade"]
    assert {p.organization for p in people.values()} == {"Halvorsen Maritime Holdings, Inc."}


def test_a_row_continued_after_the_table_without_prose_is_kept():  # fails on main (a new module)
    from kg.forms.roster_table_close import rows_end
    text = "<TABLE>\nJane Roe     Director\n</TABLE>\nJohn Doe     Director\n"
    assert rows_end(text, text, 0, len(text)) == len(text)  # (a row's columns after the tag: no note)
    prose = text.replace("John Doe     Director", "The signing authority is as registered with the commercial register.")
    assert rows_end(prose, prose, 0, len(prose)) == prose.index("</TABLE>")


def test_a_section_letter_set_off_by_spaces_is_no_part_of_the_organisation(tmp_path):  # fails on main
    text = _section("A.&nbsp;&nbsp;&nbsp;&nbsp;", "Laurentide Corporation of Canada", "LAURENTIDE CORPORATION OF CANADA")
    people = _people(tmp_path, text, ".htm")
    assert {p.organization for p in people.values()} == {"Laurentide Corporation of Canada"}


def test_guard_an_initial_with_one_space_stays_in_the_organisation(tmp_path):
    text = _section("", "A. O. Smith Corporation of Canada", "A. O. SMITH CORPORATION OF CANADA")
    people = _people(tmp_path, text, ".htm")
    assert {p.organization for p in people.values()} == {"A. O. Smith Corporation of Canada"}


def test_guard_a_letter_set_off_in_the_source_but_not_before_the_heading_stays(tmp_path):
    text = _section("", "A. O. Smith Corporation of Canada", "A. O. SMITH CORPORATION OF CANADA").replace(
        "<P ALIGN", "<P>B.&nbsp;&nbsp;&nbsp;Other holdings</P>\n<P ALIGN", 1)
    people = _people(tmp_path, text, ".htm")
    assert {p.organization for p in people.values()} == {"A. O. Smith Corporation of Canada"}
