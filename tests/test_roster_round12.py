"""Roster layouts and checks of the twelfth round (issue 13), each on a text of our own making with
the layout of a development family (gather9's four, measured once as held out after the eleventh
round): the same people back, or a warning; never a value on the wrong person, never an
organisation or an address read as a person."""
from __future__ import annotations

import pytest

import kg
from kg.errors import StructureError
from kg.forms.roster_bodies import read_bodies
from kg.forms.roster_colblocks import read_column_blocks
from kg.forms.roster_preamble import preamble_end
from kg.read.documents import load

ADDRESS_FIRST = """\
                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HOLLOWAY BRICK CORPORATION

<TABLE>
<CAPTION>
                                                                            Present Principal
Business Address                  Name                      Citizenship     Occupation or Employment
--------------------------------  ------------------------  --------------  ----------------------------------
</CAPTION>
<S>                               <C>                       <C>             <C>
Pryce Whitlow                     Agnes T. Morrow           United States   Director of Holloway Brick
Kessler & Dunn LLP                                                          Corporation; Partner, Pryce
18 Canal Street                                                             Whitlow Kessler & Dunn LLP
Albany, New York 12207

c/o Holloway Brick Corporation    Desmond K. Varga          Canada          President of Holloway Brick
400 Kiln Road                                                               Corporation
Troy, New York 12180

</TABLE>

                                       1

<PAGE>

     DIRECTORS AND EXECUTIVE OFFICERS OF HOLLOWAY BRICK CORPORATION (continued)

<TABLE>
<CAPTION>
                                                                            Present Principal
Business Address                  Name                      Citizenship     Occupation or Employment
--------------------------------  ------------------------  --------------  ----------------------------------
</CAPTION>
<S>                               <C>                       <C>             <C>
c/o Holloway Brick Corporation    Lucia M. Ferrante         United States   Treasurer of Holloway Brick
400 Kiln Road                                                               Corporation
Troy, New York 12180

</TABLE>

                                       2
"""


def _extract(tmp_path, text: str, name: str = "roster.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    filing = kg.extract(path)
    return filing, {p.name: p for p in filing.people}


def test_a_column_captioned_business_address_before_the_name_column_holds_addresses_never_names(tmp_path):
    """The caption says what a column holds: 'Pryce Whitlow' under 'Business Address' is a law firm,
    never a person, and 'Agnes T. Morrow' under 'Name' gets her own values."""
    _filing, people = _extract(tmp_path, ADDRESS_FIRST)
    assert set(people) == {"Agnes T. Morrow", "Desmond K. Varga", "Lucia M. Ferrante"}
    assert people["Desmond K. Varga"].citizenship == "Canada"
    assert "Troy" in (people["Lucia M. Ferrante"].address or "")
    assert "Albany" in (people["Agnes T. Morrow"].address or "")
    assert people["Desmond K. Varga"].positions == ["President"]  # (not the repeated caption's 'Present Principal')


def test_the_number_of_the_last_page_is_no_value_of_the_last_entry(tmp_path):
    """'2', alone after the table where the filing ends, is the last page's number: Lucia's title stays hers."""
    _filing, people = _extract(tmp_path, ADDRESS_FIRST)
    assert people["Lucia M. Ferrante"].positions == ["Treasurer"]
    assert people["Lucia M. Ferrante"].citizenship == "United States"


COLUMN_BLOCKS = """\
DIRECTORS AND EXECUTIVE OFFICERS OF QUARRYSIDE MILLS, INC.

Name

Tobias R. Wendell

Harriet J. Okafor

Position with Quarryside Mills, Inc.

Director

Director; Chief Financial
Officer

Present Principal Occupation

Partner, Wendell & Strand
Architects

\u2014

Citizenship

United States

Nigeria

Business Address

Wendell & Strand Architects
12 Loom Street
Lowell, Massachusetts 01852

c/o Quarryside Mills, Inc.
9
Mill Pond Road
Lowell, Massachusetts 01854

1
"""


def test_a_table_printed_one_column_after_another_is_read_by_order_when_every_block_lines_up(tmp_path):
    """Each column a block under its caption, one cell per paragraph: every block has two cells for the
    two names, so the order ties each value to its person ('9', a street number alone on its line inside
    a cell, is no page number; '\u2014' is an empty cell)."""
    _filing, people = _extract(tmp_path, COLUMN_BLOCKS)
    assert set(people) == {"Tobias R. Wendell", "Harriet J. Okafor"}
    assert people["Harriet J. Okafor"].positions == ["Director", "Chief Financial Officer"]
    assert people["Harriet J. Okafor"].citizenship == "Nigeria"
    assert people["Harriet J. Okafor"].other_positions == []
    assert people["Tobias R. Wendell"].other_positions == ["Partner, Wendell & Strand Architects"]
    assert "9, Mill Pond Road" in (people["Harriet J. Okafor"].address or "")


def test_column_blocks_that_do_not_line_up_are_refused_whole(tmp_path):
    """An address cell split by a blank line: the address block has three cells for two names, so any
    value could be another person's. Nothing is read by position; a roster-ambiguous finding says why."""
    text = COLUMN_BLOCKS.replace("Wendell & Strand Architects\n12 Loom", "Wendell & Strand Architects\n\n12 Loom")
    blocks = read_column_blocks(text, 0, len(text))
    assert blocks is not None and blocks.entries == []
    assert "'Business Address' prints 3 cells beside 2 names" in blocks.refusal
    path = tmp_path / "blocks.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(StructureError):  # an exhibit that is only this roster: nobody is recorded from it
        kg.extract(path)


BULLETED = """<html><body><p align=center><b>ANNEX A</b></p><p align=center><b>DIRECTORS AND EXECUTIVE OFFICERS OF
FENWICK SALT COMPANY</b></p><p>Unless otherwise indicated, the business address of each person listed below is
c/o Fenwick Salt Company, 5 Brine Lane, Syracuse, New York 13202.</p>
<p><b>1. Irene V. Kowalczyk</b></p><ul><li>Pos. with Fenwick Salt Company: Director</li>
<li>Pres. Princ. Occ.: Dean, Onondaga School of Mines</li><li><b>Citizen.</b> Poland</li></ul>
<p><b>2. Samuel T. Achebe</b></p><ul><li>Pos. with Fenwick Salt Company: Director; Chief Executive Officer</li>
<li><b>Citizen.</b> United States</li></ul>
<p><b>3. Noor H. Qasim</b></p><ul><li>Pos. with Fenwick Salt Company: Director</li>
<li>Principle Occupation: Partner, Qasim &amp; Hale</li><li><b>Citizen.</b> Canada</li>
<li>Bus. Addr.: Qasim &amp; Hale<br>77 Front Street West<br>Toronto, Ontario M5J 1E3</li></ul>
</body></html>"""


def test_bulleted_items_with_abbreviated_and_misspelt_labels_under_numbered_names(tmp_path):
    """'Pos. with X:', 'Pres. Princ. Occ.:', 'Principle Occupation:', 'Citizen.', 'Bus. Addr.:' are labels; the
    first numbered name ends the preamble, so each list goes to the name above it (a first name taken for a
    numbered heading had paired every list with the next name)."""
    _filing, people = _extract(tmp_path, BULLETED, "bulleted.htm")
    assert set(people) == {"Irene V. Kowalczyk", "Samuel T. Achebe", "Noor H. Qasim"}
    assert people["Irene V. Kowalczyk"].citizenship == "Poland"
    assert people["Irene V. Kowalczyk"].other_positions == ["Dean, Onondaga School of Mines"]
    assert people["Samuel T. Achebe"].positions == ["Director", "Chief Executive Officer"]
    assert people["Samuel T. Achebe"].other_positions == []
    assert people["Noor H. Qasim"].other_positions == ["Partner, Qasim & Hale"]
    assert "Toronto" in people["Noor H. Qasim"].address
    assert "Syracuse" in people["Samuel T. Achebe"].address


BODIES = """\
                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF MARLOWE GLASSWORKS, INC.

     The Board of Directors of Marlowe Glassworks, Inc. consists of Petra
L. Jansen; Oliver B. Tremaine, Jr.; and Ruth K. Abernathy, each of whom is a
Director of Marlowe Glassworks, Inc. The executive officers of Marlowe
Glassworks, Inc. are Ruth K. Abernathy, President; and Felix D. Orr,
Treasurer.

     The present principal occupation or employment of each of the
following persons, other than the positions with Marlowe Glassworks, Inc.
stated above, is: Petra L. Jansen, Professor of Chemistry, Delft University;
and Oliver B. Tremaine, Jr., Partner, Tremaine & Cole LLP.

     Each of the persons named above is a citizen of the United States,
except Petra L. Jansen, who is a citizen of the Netherlands.

     The business address of each of the persons named above is 30 Furnace
Street, Corning, New York 14830, except that the business address of Petra
L. Jansen is Julianalaan 136, 2628 BL Delft, Netherlands.
"""


def test_one_paragraph_per_body_gives_each_named_person_the_values_named_with_them(tmp_path):
    """Nobody is a paragraph of their own: the body sentences list the people (a 'Jr.' inside a ';' list
    stays with its name), and each later sentence gives a value only to the name printed right before it."""
    _filing, people = _extract(tmp_path, BODIES)
    assert set(people) == {"Petra L. Jansen", "Oliver B. Tremaine, Jr.", "Ruth K. Abernathy", "Felix D. Orr"}
    assert people["Ruth K. Abernathy"].positions == ["Director", "President"]
    assert people["Felix D. Orr"].positions == ["Treasurer"]
    assert people["Oliver B. Tremaine, Jr."].other_positions == ["Partner, Tremaine & Cole LLP"]
    assert people["Petra L. Jansen"].citizenship == "Netherlands"
    assert people["Felix D. Orr"].citizenship == "United States"
    assert "Delft" in people["Petra L. Jansen"].address
    assert "Corning" in people["Felix D. Orr"].address


def test_a_body_paragraph_item_that_opens_with_no_listed_name_is_not_read_this_way(tmp_path):
    """An occupation given to 'Dr. Jansen', a name the body sentences do not list: whose it is would be a
    guess, so the paragraphs are not read as a body roster at all (no value goes to a neighbour)."""
    text = BODIES.replace("is: Petra L. Jansen, Professor", "is: Dr. Jansen, Professor")
    assert read_bodies(text, 0, len(text)) is None
    assert read_bodies(BODIES, 0, len(BODIES)) is not None


FILER_HEADED = """\
                                   Exhibit 1

                  Information Concerning The Reporting Person And
                     Its Executive Officers And Directors

EXCEPT AS OTHERWISE INDICATED BELOW, ALL PERSONS NAMED IN THIS EXHIBIT 1 ARE
CITIZENS OF REPUBLIC OF FRANCE. UNLESS ANOTHER ADDRESS IS GIVEN BELOW, THE
PRINCIPAL BUSINESS ADDRESS OF EACH PERSON NAMED IN THIS EXHIBIT 1 IS THAT OF DORVAL
FINANCE.

1.       Dorval Finance

         PRINCIPAL BUSINESS ADDRESS:
         21
         AVENUE MATIGNON
         75008 PARIS
         FRANCE

         DIRECTORS AND EXECUTIVE OFFICERS OF DORVAL FINANCE:

                  (1) Member, Conseil d'Administration:  Gavin Whitcombe

                                     Principal Occupation: Treasury
                                     Department, Norvane


                  (2) Member, Conseil d'Administration:  Elodie Sarrazin.

                                     Principal Occupation: Head of
                                     Central Legal Department, Norvane


                  (3) Member, Conseil d'Administration:  Henri Castelnau

                                     Principal Business Address:
                                     25
                                     avenue Matignon
                                     75008 Paris
                                     France

                                     Principal Occupation:
                                     Executive Manager, Norvane


                  (4) Member, Conseil d'Administration:  Louis Braquet.

                                     Principal Occupation: Head of
                                     Treasury Department, Norvane


"""


def test_a_numbered_heading_naming_the_filer_of_the_preamble_ends_no_preamble_but_a_numbered_person_does(tmp_path):
    """'1. Dorval Finance' reads like a name in title case, but the preamble above names it as the filer: it
    heads the filer's part, and the preamble runs on over it. '1. Irene V. Kowalczyk', named nowhere above, is
    the first entry: the preamble ends before it (read on, it left the first list without its name)."""
    start = FILER_HEADED.index("EXCEPT")
    assert preamble_end(FILER_HEADED, start, len(FILER_HEADED)) > FILER_HEADED.index("1.       Dorval")
    path = tmp_path / "bulleted.htm"
    path.write_text(BULLETED, encoding="utf-8")
    text = load(path).text
    assert preamble_end(text, text.index("Unless"), len(text)) <= text.index("1. Irene")


def test_a_name_set_apart_above_its_labels_heads_its_block_not_the_address_above(tmp_path):
    """'4. Sandra L. West' (the NER misses her), alone between blank lines right above her labels, after
    Qasim's address: she heads her own block; her name is no line of his address."""
    text = BULLETED.replace("</ul>\n</body>", "</ul>\n<p><b>4. Sandra L. West</b></p><ul><li>Pos. with Fenwick Salt "
                            "Company: Secretary</li><li><b>Citizen.</b> United States</li></ul>\n</body>")
    _filing, people = _extract(tmp_path, text, "bulleted.htm")
    assert people["Sandra L. West"].positions == ["Secretary"]
    assert "Sandra" not in people["Noor H. Qasim"].address
