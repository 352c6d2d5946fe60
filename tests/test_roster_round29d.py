"""Twenty-ninth round (d), issue 13: a table set over two facing pages, and a 13G's Item 2 field by field.

1. A fixed-width table over a spread (Name | Position on the left-hand page, the same rows' occupation, address and
   citizenship on the right-hand page with no name, a row's lines on the same lines of both pages): the right page
   is read beside the left, line by line, only where the rows pair off for certain (kg/forms/roster_facing.py);
   otherwise it stays refused.
2. A one-cell line in the title column right under a name row ('Directors' set a line lower than its row) is that
   row's title, never a section heading making everyone below a director (kg/forms/roster_rowcells.section_row).
3. A joint 13G's Item 2 written field by field: persons by key in 2(a), each address once for its keys in 2(b), each
   citizenship once for its keys in 2(c) (kg/forms/roster_keyed_fields.py); a field any part of which does not read
   is not read at all. A lead in capitals ('EACH OF WHOM IS A DIRECTOR OR EXECUTIVE OFFICER OF X:') followed by
   the keyed clauses is no heading that lists directors (kg/forms/roster_preamble._prose, _keyed_entry).
Texts of our own making, in the layouts of the development families."""
from __future__ import annotations

from test_roster_round28b import KEYED

import kg
from kg.errors import StructureError

LEFT = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF POWER CORPORATION OF CANADA

The following table sets forth the name, present position with Power
Corporation of Canada (the "Company"), present principal occupation or
employment, business address and citizenship of each director and executive
officer of the Company. The table continues on the facing page.

                                  Position with
Name                              Power Corporation of Canada
--------------------------------  ------------------------------------------
Laurent Dassault                  Director



Andre Desmarais                   Director
                                  President and Co-Chief Executive Officer

Daniel Friedberg                  Vice-President


                                    -6-
\f
"""
RIGHT = """








Present Principal Occupation
or Employment                         Business Address                  Citizenship
------------------------------------  --------------------------------  --------------
Managing Director, Dassault           Dassault Investissements          France
Investissements                       9, Rond-Point des Champs-Elysees
                                      75008 Paris, France

                                      751 Victoria Square               Canada
                                      Montreal QC H2Y 2J3

                                      1000 de La Gauchetiere            Canada
                                      Montreal QC H3B 4W5

                                    -7-
"""


def _read(tmp_path, text: str, name: str = "annex.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return kg.extract(path)


def test_the_facing_page_is_read_beside_the_left_page_where_the_rows_pair_off(tmp_path):
    """Fails on main (the right-hand page refused: no address, occupation or citizenship read): each row of the
    right page starts on the line of its name on the left page, after the same blank lines."""
    people = {p.name: p for p in _read(tmp_path, LEFT + RIGHT).people}
    assert set(people) == {"Laurent Dassault", "Andre Desmarais", "Daniel Friedberg"}
    assert people["Laurent Dassault"].other_positions == ["Managing Director, Dassault Investissements"]
    assert people["Laurent Dassault"].citizenship == "France"
    assert people["Laurent Dassault"].address.startswith("Dassault Investissements, 9, Rond-Point")
    assert people["Andre Desmarais"].address == "751 Victoria Square, Montreal QC H2Y 2J3"
    assert people["Andre Desmarais"].positions == ["Director", "President and Co-Chief Executive Officer"]
    assert people["Daniel Friedberg"].address == "1000 de La Gauchetiere, Montreal QC H3B 4W5"
    assert people["Daniel Friedberg"].positions == ["Vice-President"]


def test_guard_a_facing_page_a_line_off_is_refused(tmp_path):
    """Guard (passes on main and here): the right page's header one line lower than the left page's, so its rows
    start one line under the names: no row pairs off for certain, nothing of that page is read."""
    filing = _read(tmp_path, LEFT + "\n" + RIGHT)
    people = {p.name: p for p in filing.people}
    assert set(people) == {"Laurent Dassault", "Andre Desmarais", "Daniel Friedberg"}
    assert all(p.address is None and p.citizenship is None and not p.other_positions for p in filing.people)


def test_guard_a_right_page_row_that_runs_across_two_names_is_refused(tmp_path):
    """Guard (passes on main and here): a block of the right page's rows that goes on past the line where the left
    page starts the next entry cannot be cut between the two: the page is not read."""
    crossing = RIGHT.replace("                                      75008 Paris, France\n\n",
                             "                                      75008 Paris, France\n"
                             "                                      Cedex 08\n")
    filing = _read(tmp_path, LEFT + crossing)
    assert all(p.address is None and p.citizenship is None for p in filing.people)


SHIFTED = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF MSDW OIP INVESTORS, INC.

The following table sets forth the name and present position with MSDW OIP
Investors, Inc. (the "Company") of each director and executive officer of the
Company.

<TABLE>
                                  Position with
Name                              MSDW OIP Investors, Inc.
--------------------------------  ------------------------------------------
<S>                               <C>
Tarek F. Abdel-Meguid
                                  Directors
                                  Chairman of the Board

G. Andrea Botta
                                  Director
                                  President

Debra M. Aaron
                                  Vice President

David W. Albert
                                  Vice President
</TABLE>

<TABLE>
Present Principal Occupation
or Employment                         Business Address                  Citizenship
------------------------------------  --------------------------------  --------------
<S>                                   <C>                               <C>
Officer of Morgan Stanley & Co.       1585 Broadway                     United States
Incorporated                          New York, New York 10036

Officer of Morgan Stanley & Co.       1585 Broadway                     United States
Incorporated                          New York, New York 10036
</TABLE>
"""


def test_a_title_set_a_line_under_its_name_is_no_section(tmp_path):
    """Fails on main: 'Directors' alone on the line under 'Tarek F. Abdel-Meguid' (its column's start moved by the
    columns of the table on the next page) was read as a section heading, and every person below it (the vice
    presidents too) was made a 'Director'."""
    people = {p.name: p for p in _read(tmp_path, SHIFTED).people}
    assert people["Debra M. Aaron"].positions == ["Vice President"]
    assert people["David W. Albert"].positions == ["Vice President"]
    assert people["Tarek F. Abdel-Meguid"].positions == ["Directors", "Chairman of the Board"]


ITEM2 = """CUSIP No. 053356552                  13G                   Page 6 of 10 Pages

Item 1(a).  Name of Issuer:

            Meridian Instruments Corporation (the "Issuer")

Item 2(a).  Name of Person Filing:

            This statement is filed jointly by the following persons (each a
            "Reporting Person"), each of whom is a director or executive
            officer of Power Corporation of Canada:

            (i) Laurent Dassault, a Director of Power Corporation of Canada,
            whose present principal occupation is Managing Director, Dassault
            Investissements;
            (ii) Andre Desmarais, a Director and the President and Co-Chief
            Executive Officer of Power Corporation of Canada; and
            (iii) Daniel Friedberg, a Vice-President of Power Corporation of
            Canada.

Item 2(b).  Address of Principal Business Office or, if None, Residence:

            The address of the principal business office of (i) is Dassault
            Investissements, 9, Rond-Point des Champs-Elysees, 75008 Paris,
            France.

            The address of the principal business office of each of (ii) and
            (iii) is 751 Victoria Square, Montreal QC H2Y 2J3.

Item 2(c).  Citizenship:

            (i) is a citizen of France; (ii) and (iii) are citizens of Canada.

Item 2(d).  Title of Class of Securities:

            Common Stock, par value $.10 per share
"""


def test_addresses_and_citizenships_keyed_to_the_persons_of_item_2a(tmp_path):
    """Fails on main (nothing read: roman keys, and no field tied to a person): each person gets the address and
    citizenship given for his key, and his titles in the organisation the lead names."""
    people = {p.name: p for p in _read(tmp_path, ITEM2, "item2.txt").people}
    assert set(people) == {"Laurent Dassault", "Andre Desmarais", "Daniel Friedberg"}
    assert people["Laurent Dassault"].address == "Dassault Investissements, 9, Rond-Point des Champs-Elysees, 75008 Paris, France"
    assert people["Laurent Dassault"].citizenship == "France"
    assert people["Andre Desmarais"].address == people["Daniel Friedberg"].address == "751 Victoria Square, Montreal QC H2Y 2J3"
    assert people["Andre Desmarais"].citizenship == people["Daniel Friedberg"].citizenship == "Canada"
    assert people["Daniel Friedberg"].positions == ["Vice-President"]
    assert people["Daniel Friedberg"].organization == "Power Corporation of Canada"
    assert people["Laurent Dassault"].other_positions == ["Managing Director, Dassault Investissements"]


def test_guard_a_keyed_field_that_does_not_read_whole_gives_no_one_a_value(tmp_path):
    """Guard (passes on main and here): a 2(b) paragraph kg cannot account for ('(ii) and (iii) share an office
    at ...') could hold anyone's address: 2(b) is not read at all; a 2(c) naming a key no person has neither."""
    text = ITEM2.replace("The address of the principal business office of each of (ii) and\n            (iii) is",
                         "Persons (ii) and (iii) share an office at").replace("(ii) and (iii) are citizens", "(ii) and (iv) are citizens")
    try:
        people = _read(tmp_path, text, "item2.txt").people
    except StructureError:  # (main reads no one from roman keys)
        people = []
    assert all(p.address is None and p.citizenship is None for p in people)


def _in_capitals(text: str) -> str:
    """A keyed Item 2 as the mutation bench's `heading_case` prints it: the headings and the lead in capitals (up to
    Item 2(d))."""
    out, lead = [], False
    for line in text[:text.index("Item 2(d)")].splitlines(keepends=True):
        lead = lead or line.strip().startswith("This statement")
        out.append(line.upper() if lead or line.startswith(("CUSIP", "Item ")) else line)
        lead = lead and not line.rstrip().endswith(":")
    return "".join(out)


CAPITALS = _in_capitals(KEYED)  # (tests/test_roster_round28b.py's joint 13G)


def test_a_lead_in_capitals_before_keyed_clauses_lists_no_directors(tmp_path):
    """Fails on main: with the lead in capitals ('EACH OF WHOM IS A DIRECTOR OR EXECUTIVE OFFICER OF ...:') the
    keyed clauses under it were read as preamble prose, '(1) ..., a Directors and ...' made the roster one of
    directors, and the vice presidents were made directors. Here the titles are each person's, in the organisation
    as the clauses print it, and the address of 2(b) is every key's."""
    people = {p.name: p for p in _read(tmp_path, CAPITALS, "item2.txt").people}
    assert people["Debra M. Aaron"].positions == ["Vice President"]
    assert people["David W. Albert"].positions == ["Vice President"]
    assert people["Tarek F. Abdel-Meguid"].positions == ["Directors", "Chairman of the Board"]
    assert people["Debra M. Aaron"].organization == "MSDW OIP Investors, Inc."
    assert people["David W. Albert"].citizenship == "United States"


def test_guard_a_next_page_whose_rows_open_with_names_is_no_facing_page(tmp_path):
    """Guard (passes on main and here): a next page whose rows open with a person's name, though its captions name
    no name column, goes on with names of its own: never the facing page of the table above, its values are not put
    beside the names of the left page."""
    other = RIGHT.replace("Managing Director, Dassault           ", "Paul Desmarais, Jr.                   ")
    other = other.replace("Investissements                       9,", "                                      9,")
    filing = _read(tmp_path, LEFT + other)
    people = {p.name: p for p in filing.people}
    assert people["Laurent Dassault"].address is None and people["Laurent Dassault"].citizenship is None
