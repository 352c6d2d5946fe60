"""Twenty-third round (b), issue 13: the roster table inside Item 2 (Identity and Background) of a Schedule 13D
itself, with no schedule heading (the held-out family `item2_embedded_roster`). Texts of our own making (people,
organisations and addresses invented here).

Before, the table was read from the sentence introducing it to the end of Item 2, the '(d)', '(e)' and '(f)'
paragraphs included: their long lines made the name column look wide enough for a wrapped surname, so the surname
went to the occupation and the name was cut ('Nirmal Prabhakar'); the column header 'Position with the' / 'Reporting
Person' was read as a person's name and ended the header, so the address and citizenship columns had no role; a
page header 'CUSIP No. ... Page 4 of 9 Pages' inside the table stood as a name; and every person had no
organisation. Now (kg/forms/roster_item2.py) the list ends at the Item's next lettered paragraph; the organisation
is the one the introducing sentence names, spelt out by its definition in Item 2(a) (with its provenance), or a
`roster-ambiguous` finding and none; kg/forms/roster_pages.py blanks the 13D page header; kg/forms/roster_widths.py
takes no width from prose running across columns; kg/forms/roster_geometry.py reads a defined term under a caption
as caption.
"""
from __future__ import annotations

import kg
from kg.forms.roster_geometry import Line
from kg.forms.roster_widths import wrap_widths

FILER = "Halvorsen Maritime Holdings A/S"
HEADER = """                          Position with the       Present Principal
Name                      Reporting Person        Occupation                    Business Address              Citizenship
------------------------  ----------------------  ----------------------------  ----------------------------  -----------
"""
ROWS = """Ingrid Solveig            Chair of the Board      Professional Board Director   Strandvejen 12                Norway
Marthinsen                                                                      2900 Hellerup
                                                                                Denmark

Bartholomew Quentin       Board Director          Chief Executive Officer,      Strandvejen 12                Denmark
Aalund-Krogh                                      Fjordline Shipping A/S        2900 Hellerup
                                                                                Denmark

Oskar Lindqvist           Chief Financial                                       Strandvejen 12                Sweden
                          Officer                                               2900 Hellerup
                                                                                Denmark
"""
NAMES = {"Ingrid Solveig Marthinsen", "Bartholomew Quentin Aalund-Krogh", "Oskar Lindqvist"}
AFTER = """
          (d) During the last five years, neither the Reporting Person nor, to the best of its knowledge, any
          of the persons named above has been convicted in a criminal proceeding (excluding traffic
          violations or similar misdemeanors).

          (e) During the last five years, neither the Reporting Person nor, to the best of its knowledge, any
          of the persons named above has been a party to a civil proceeding of a judicial or administrative
          body of competent jurisdiction.

          (f) The citizenship of each of the persons named above is set forth in the table.

Item 3.   Source and Amount of Funds or Other Consideration.

          The Reporting Person paid $4,120,000 for the shares of Common Stock reported herein.

Item 4.   Purpose of Transaction.

          The Reporting Person acquired the shares of Common Stock for investment purposes.
"""


def _filing(rows: str = ROWS, whose: str = "the Reporting Person", filed_by: str = FILER):
    return f"""                                 SCHEDULE 13D

CUSIP No. 41877Q105                                             Page 3 of 9 Pages

Item 1.   Security and Issuer.

          This statement relates to the common stock of Brightwater Instruments, Inc. (the "Issuer"). The
          principal executive offices of the Issuer are located at 40 Mill Road, Dover, Delaware 19901.

Item 2.   Identity and Background.

          (a)-(c) This statement is filed by {filed_by} (the "Reporting Person"). The address of the principal
          business and principal office of the Reporting Person is Strandvejen 12, 2900 Hellerup, Denmark.

          The name, position with the Reporting Person, present principal occupation or employment, business
          address and citizenship of each director and executive officer of {whose} are set forth below.

<TABLE>
{HEADER}<S>                       <C>                     <C>                           <C>                           <C>
{rows}
</TABLE>
{AFTER}"""


def _extract(tmp_path, text: str, name: str = "item2.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return kg.extract(path)


def test_wrapped_names_in_an_item2_table_are_whole(tmp_path):
    """Fails on main: 'Ingrid Solveig' and 'Bartholomew Quentin' (surnames cut off into the occupation)."""
    filing = _extract(tmp_path, _filing())
    assert {p.name for p in filing.people} == NAMES
    by_name = {p.name: p for p in filing.people}
    assert by_name["Bartholomew Quentin Aalund-Krogh"].other_positions == [
        "Chief Executive Officer, Fjordline Shipping A/S"]
    assert by_name["Ingrid Solveig Marthinsen"].other_positions == ["Professional Board Director"]


def test_item2_table_reads_address_and_citizenship_under_a_two_line_caption(tmp_path):
    """Fails on main: 'Reporting Person' under 'Position with the' was taken for a name; no column had a role."""
    filing = _extract(tmp_path, _filing())
    by_name = {p.name: p for p in filing.people}
    assert by_name["Oskar Lindqvist"].citizenship == "Sweden"
    assert by_name["Oskar Lindqvist"].address == "Strandvejen 12, 2900 Hellerup, Denmark"
    assert by_name["Oskar Lindqvist"].positions == ["Chief Financial Officer"]


def test_item2_roster_belongs_to_the_reporting_person_item2a_names(tmp_path):
    """Fails on main (organisation null): the sentence says 'of the Reporting Person', Item 2(a) defines it."""
    text = _filing()
    filing = _extract(tmp_path, text)
    assert {p.organization for p in filing.people} == {FILER}
    person = filing.people[0]
    start, end = person.spans["organization"]
    assert text[start:end] == FILER and person.printed["organization"] == FILER
    assert text.rfind("filed by", 0, start) == start - len("filed by ")  # (the definition in Item 2(a))


def test_item2_roster_of_an_organisation_named_in_the_sentence(tmp_path):
    """Fails on main (organisation null): 'of Halvorsen Maritime Holdings A/S are set forth below'."""
    filing = _extract(tmp_path, _filing(whose=FILER))
    assert {p.organization for p in filing.people} == {FILER}
    assert {p.name for p in filing.people} == NAMES


def test_item2_roster_whose_organisation_is_not_told_is_a_finding(tmp_path):
    """Fails on main (no finding): 'of its general partner' names no organisation the text spells out; the people
    are read, with no organisation, and a `roster-ambiguous` finding says so."""
    filing = _extract(tmp_path, _filing(whose="its general partner"))
    assert {p.name for p in filing.people} == NAMES
    assert {p.organization for p in filing.people} == {None}
    assert any(w.code == "roster-ambiguous" and "no organisation" in w.message for w in filing.warnings)


def test_a_13d_page_header_inside_the_table_is_page_furniture(tmp_path):
    """Fails on main: 'CUSIP No. 41877Q105' stood in the name column (an unassigned name) and the wrapped rest of
    the name after the page break was lost ('Bartholomew Quentin')."""
    rows = ROWS.replace("Aalund-Krogh                                      Fjordline", "\n<PAGE>\nCUSIP No. 41877Q105"
                        "                                             Page 4 of 9 Pages\n\nAalund-Krogh"
                        "                                      Fjordline", 1)
    filing = _extract(tmp_path, _filing(rows))
    assert {p.name for p in filing.people} == NAMES
    assert not [w for w in filing.warnings if w.code == "unassigned-name"]
    assert not [v for p in filing.people for v in p.positions + p.other_positions + [p.address or ""] if "Page" in v]


def test_prose_across_the_columns_tells_no_wrap_width():
    """Fails on main (the name column's width was that of the prose lines): a line of prose running over the
    columns' starts is no cell."""
    starts = [0, 26, 50]
    body = [Line(0, "Ingrid Solveig            Chair of the Board      Norway"), Line(60, "Marthinsen"),
            Line(80, "Oskar Lindqvist           Director                Sweden")]
    prose = [Line(200 + i, "          (d) During the last five years, neither the Reporting Person nor any of")
             for i in range(4)]
    assert wrap_widths(body + prose, starts)[0] == wrap_widths(body, starts)[0]


def test_item2_describing_the_reporting_persons_yields_no_roster(tmp_path):
    """Guard (passes on main too): an Item 2 that describes the reporting persons and points to a schedule for
    their officers lists nobody in Item 2."""
    text = _filing().replace("are set forth below.", "are set forth in Schedule I hereto.")
    start, end = text.index("<TABLE>"), text.index("</TABLE>") + len("</TABLE>")
    text = text[:start] + text[end:]
    try:
        filing = _extract(tmp_path, text)
    except kg.KgError:
        return
    assert filing.people == []


ENTITIES = """Name                              Principal Business Address               Place of Organization
--------------------------------  ---------------------------------------  ---------------------
<S>                               <C>                                      <C>
Halvorsen Maritime Fund L.P.      Strandvejen 12, 2900 Hellerup, Denmark   Delaware

Halvorsen Maritime GP ApS         Strandvejen 12, 2900 Hellerup, Denmark   Denmark
"""


def test_item2_table_of_the_reporting_persons_and_their_general_partner_is_no_roster(tmp_path):
    """Guard (passes on main too): Item 2 printing the reporting persons and their general partner, entities with
    their addresses, under 'of each Reporting Person and of its general partner are set forth below', records no
    person."""
    text = _filing(filed_by="Halvorsen Maritime Fund L.P. and its general partner, Halvorsen Maritime GP ApS")
    text = text.replace("The name, position with the Reporting Person, present principal occupation or employment, "
                        "business\n          address and citizenship of each director and executive officer of the "
                        "Reporting Person are set forth below.", "The name, principal business address and place of "
                        "organization of each Reporting\n          Person and of its general partner are set forth "
                        "below.")
    start, end = text.index("<TABLE>") + len("<TABLE>\n"), text.index("</TABLE>")
    text = text[:start] + ENTITIES + text[end:]
    assert "general partner are set forth below" in text
    try:
        filing = _extract(tmp_path, text)
    except kg.KgError:
        return
    assert filing.people == []
