"""Thirty-fifth round (d), issue 13: tables whose cells one space sets apart, labelled citizenship lines in HTML
cells, row marks in a column of their own, and the organisation a preamble sentence names.

1. A fixed-width line whose text runs across two column starts or more, one space before each ('Biopharmaceutical
   Consultant Tuborg Havnevej 19 USA, United Kingdom'), was cut at the first start only: the address cell kept the
   citizenship. It is cut at each start (kg/forms/roster_rowcells.py split_at_columns); the columns' wrap widths are
   told by the cut cells (kg/forms/roster_widths.py), so a name glued to its title by one space no longer makes its
   column look wider than it is ('7. Francis Michael Cyprian' / '  Cuss': the surname that did not fit).
2. 'Citizenship: United States' as a line of an HTML name cell was read into the address (kg/patterns/roster.yml
   cell_citizen_line: a labelled line states the citizenship).
3. An HTML row one cell longer than its header, its first cell a row mark ('A.'), the header's blank first cell
   dropped, read nobody (kg/forms/roster_table.py: read past the mark).
4. 'The following is a list of the directors and executive officers of IDT Corporation, with the business address
   ...' gave the organisation 'IDT Corporation, with the business address ... citizen of the United States'
   (kg/forms/roster_org.py: the name ends where the sentence goes on; prose after it names none).

Texts of our own making. Each test marked "fails on main" failed on main 2b3fd18 and passes here; the guards pass on
both."""
from __future__ import annotations

import kg


def _read(tmp_path, text: str, suffix: str = ".txt"):
    path = tmp_path / f"annex{suffix}"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


_SINGLE_SPACE = """\
                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HARBOUR MUTUAL HOLDINGS A/S

     The name, position with Harbour Mutual Holdings A/S (the "Company"), present
principal occupation (where other than with the Company), business address and
citizenship of each director and executive officer of the Company are set
forth below.

                             Position with        Present Principal            Business
Name                         the Company          Occupation                   Address            Citizenship
---------------------------- -------------------- ---------------------------- ------------------ -------------------

1. Clara Johanne Abbott      Chair of the Board   Professional Board Director  Langelinie Alle 17 Denmark
                                                                               2900 Hellerup
                                                                               Denmark

2. Peter Karl Barnes         Board Director       Professor of Economics       Langelinie Alle 17 Germany
                                                                               2900 Hellerup
                                                                               Denmark

3. Walter Michael Ferdinand  Board Director       Biopharmaceutical Consultant Langelinie Alle 17 USA, United Kingdom
  Dunn                                                                         2900 Hellerup
                                                                               Denmark

4. Miriam Theresa Cole       Chief Executive                                   Langelinie Alle 17 United Kingdom
                              Officer                                          2900 Hellerup
                                                                               Denmark

5. Nigel Alexander Grimsdyke Board Director       Professional Board Director  Langelinie Alle 17 France
                                                                               2900 Hellerup
                                                                               Denmark
"""


def test_cells_glued_across_several_column_starts(tmp_path):
    """Fails on main: 'Walter Michael Ferdinand' (no surname) with no citizenship and the address 'Langelinie Alle 17
    USA, United Kingdom, ...'."""
    people = _read(tmp_path, _SINGLE_SPACE)
    dunn = people["Walter Michael Ferdinand Dunn"]
    assert dunn.citizenship == "USA, United Kingdom"
    assert dunn.address == "Langelinie Alle 17, 2900 Hellerup, Denmark"
    assert dunn.positions == ["Board Director"]
    assert "Walter Michael Ferdinand" not in people


def test_single_space_table_others_unchanged(tmp_path):
    """Guard (passes on both): the rows whose text crosses one column start keep their values."""
    people = _read(tmp_path, _SINGLE_SPACE)
    assert people["Clara Johanne Abbott"].citizenship == "Denmark"
    assert people["Nigel Alexander Grimsdyke"].citizenship == "France"
    assert people["Miriam Theresa Cole"].positions == ["Chief Executive Officer"]
    assert people["Peter Karl Barnes"].address == "Langelinie Alle 17, 2900 Hellerup, Denmark"


def _html(marked: bool) -> str:
    mark = '<td width="5%">&nbsp;</td>' if marked else ""
    rows = [("A.", "Clara J. Abbott", ["12 Harbour Road", "Boston, Massachusetts 02110"], "United States",
             ["Director", "Partner, Abbott &amp; Lane"]),
            ("B.", "Peter K. Barnes", ["40 King Street West", "Toronto, Ontario M5H 3C2"], "Canada",
             ["Director", "President, Barnes Capital"])]
    body = "".join(
        f'<tr>{f"<td>{m}</td>" if marked else ""}<td><b>{name}</b><br>{"<br>".join(address)}<br>Citizenship: {country}'
        f'</td><td>{"<br>".join(titles)}</td></tr>' for m, name, address, country, titles in rows)
    return ('<html><body><p align="center"><b>ANNEX A</b></p><p align="center"><b>DIRECTORS AND EXECUTIVE OFFICERS OF '
            'HARBOUR MUTUAL HOLDINGS, INC.</b></p><p>The name, business address, position with Harbour Mutual Holdings, '
            'Inc., present principal occupation and citizenship of each director and executive officer are set forth '
            f'below.</p><table><tr>{mark}<td><b><u>Name, Business Address and Citizenship</u></b></td><td><b><u>Position '
            f'and Present Principal Occupation</u></b></td></tr>{body}</table></body></html>')


def test_labelled_citizenship_line_in_name_cell(tmp_path):
    """Fails on main: no citizenship and no address ('Citizenship: Canada' read as an address line, then refused)."""
    people = _read(tmp_path, _html(False), ".htm")
    assert people["Peter K. Barnes"].citizenship == "Canada"
    assert people["Peter K. Barnes"].address == "40 King Street West, Toronto, Ontario M5H 3C2"
    assert people["Clara J. Abbott"].citizenship == "United States"


def test_row_marks_in_a_column_of_their_own(tmp_path):
    """Fails on main: nobody read (each row one cell longer than its header, 'A.' first)."""
    people = _read(tmp_path, _html(True), ".htm")
    assert set(people) == {"Clara J. Abbott", "Peter K. Barnes"}
    assert people["Clara J. Abbott"].positions == ["Director"]
    assert people["Peter K. Barnes"].citizenship == "Canada"


_LABELLED = """\
<PAGE>

                                                                       EXHIBIT 2

                        DIRECTORS AND EXECUTIVE OFFICERS

     The following is a list of the directors and executive officers of ADT
Corporation, with the business address and present principal occupation of each.
Each of them is a citizen of the United States.

Name:                              Clara J. Abbott

Business Address:                  c/o ADT Corporation
                                   520 Broad Street
                                   Newark, NJ 07102

Principal Occupation:              Chairman of the Board of ADT
                                   Corporation

Name and address of                ADT Corporation
corporation or other               c/o ADT Corporation
organization in which              520 Broad Street
such employment is                 Newark, NJ 07102
conducted:

Name:                              Peter K. Barnes

Business Address:                  c/o ADT Corporation
                                   520 Broad Street
                                   Newark, NJ 07102

Principal Occupation:              President of ADT Corporation

Name and address of                ADT Corporation
corporation or other               c/o ADT Corporation
organization in which              520 Broad Street
such employment is                 Newark, NJ 07102
conducted:
"""


def test_organisation_ends_where_the_sentence_goes_on(tmp_path):
    """Fails on main: the organisation 'ADT Corporation, with the business address and present principal
    occupation of each. Each of them is a citizen of the United States'."""
    people = _read(tmp_path, _LABELLED)
    assert {p.organization for p in people.values()} == {"ADT Corporation"}
