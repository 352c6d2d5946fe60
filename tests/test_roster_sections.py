"""Roster layouts of the second held-out set (issue 13), each on a file of our own making:
sections of one roster, cells of several lines, multi-entity tables. The rule throughout: the
same people back, or a warning; never a value on the wrong person."""
from __future__ import annotations

import kg

SECTIONS = """                                    EXHIBIT 2
                                    ---------

          EXECUTIVE OFFICERS AND DIRECTORS OF HARBOUR LANE HOLDINGS, INC.

The names of the Directors and the names and titles of the Executive Officers of
Harbour Lane Holdings, Inc. ("Harbour") are set forth below. The principal occupation
                   ---
for each of the persons listed below is an officer of Quayside Partners & Co.
Incorporated. If no address is given, the Director's or Executive Officer's
business address is that of Quayside Partners & Co. Incorporated at 40 Pier Street,
Boston, Massachusetts 02110. Unless otherwise indicated, each title set forth
opposite an individual's name refers to Harbour and each individual is a United
States citizen.

             DIRECTORS                        TITLE

         Miriam K. Ostrowski                Director
         Tobias J. Wendt                    Director

             OFFICERS                         TITLE

         Miriam K. Ostrowski                President
         Helena V. Marsh                    Vice President
         Tobias J. Wendt                    Treasurer
"""


def test_sections_of_one_roster_give_one_record_per_person_with_the_preamble_defaults(tmp_path):
    """'DIRECTORS  TITLE' then 'OFFICERS  TITLE': the second header row starts a section (it is no
    wrap of the last director's title); a person in both sections is one record with both
    titles and bodies; 'If no address is given, ... is that of X at Y' and 'The principal
    occupation for each ... is an officer of X' (across an underline printed in the preamble)
    are everyone's."""
    path = tmp_path / "sections.txt"
    path.write_text(SECTIONS, encoding="utf-8")
    people = {p.name: p for p in kg.extract(path).people}
    assert sorted(people) == ["Helena V. Marsh", "Miriam K. Ostrowski", "Tobias J. Wendt"]
    miriam, helena, tobias = people["Miriam K. Ostrowski"], people["Helena V. Marsh"], people["Tobias J. Wendt"]
    assert (miriam.positions, sorted(miriam.bodies)) == (["Director", "President"],
                                                        ["board of directors", "executive officers"])
    assert (tobias.positions, helena.positions) == (["Director", "Treasurer"], ["Vice President"])
    assert helena.bodies == ["executive officers"]
    for person in people.values():
        assert person.organization == "Harbour Lane Holdings, Inc."
        assert person.address == "Quayside Partners & Co. Incorporated, 40 Pier Street, Boston, Massachusetts 02110"
        assert person.address_city == "Boston"
        assert person.other_positions == ["officer of Quayside Partners & Co. Incorporated"]
        assert person.citizenship == "United States"


def test_listings_that_disagree_stay_two_records():
    """The same name listed twice with two different citizenships: kg never picks one; listings
    that agree are one record with both titles."""
    from kg.forms.roster_merge import merge_listings
    from kg.records import Person
    org = "Harbour Lane Holdings, Inc."
    listed = [Person(name="Tobias J. Wendt", organization=org, positions=["Director"], citizenship="United States"),
              Person(name="Tobias J. Wendt", organization=org, positions=["Treasurer"], citizenship="German"),
              Person(name="Helena V. Marsh", organization=org, positions=["Director"]),
              Person(name="Helena V. Marsh", organization=org, positions=["Secretary"], citizenship="Irish"),
              Person(name="Helena V. Marsh", organization="Quayside Partners", positions=["Partner"])]
    merged = merge_listings(listed)
    assert [(p.name, p.positions, p.citizenship) for p in merged] == [
        ("Tobias J. Wendt", ["Director"], "United States"), ("Tobias J. Wendt", ["Treasurer"], "German"),
        ("Helena V. Marsh", ["Director", "Secretary"], "Irish"), ("Helena V. Marsh", ["Partner"], None)]


HTML_CELLS = """<html><body><p align=center><b>SCHEDULE I</b></p>
<p align=center>DIRECTORS AND EXECUTIVE OFFICERS OF NORTHGATE BREWING COMPANY</p>
<table>
<tr><td><b>Name and Position</b></td><td><b>Citizenship</b></td><td><b>Present Principal Occupation and Business Address</b></td></tr>
<tr><td><b>Ingrid S. Falk</b><br>Director</td><td>Sweden</td><td>Managing Partner, Kestrel Advisers AB<br>12 Birger Jarlsgatan<br>Stockholm, Sweden</td></tr>
<tr><td><b>Oliver P. Grant</b><br>President</td><td>United States</td><td>Chairman and Chief Executive Officer of<br>Northgate Holdings Corp.<br>Trustee, Ashford Museum<br>210 Mill Road<br>Portland, Maine 04101</td></tr>
</table></body></html>
"""


def test_html_cells_of_several_lines_keep_their_lines(tmp_path):
    """'<b>Name</b><br>Title' in one cell, occupations and address lines in another: `<br>`
    separates the name from the title and one occupation from the next (a line that ends
    mid-phrase, 'Officer of', continues); the row's cells never run together."""
    from kg.read.documents import load
    path = tmp_path / "cells.htm"
    path.write_text(HTML_CELLS, encoding="utf-8")
    doc = load(path)
    assert "Ingrid S. Falk Director |" in doc.text  # the row is one line, as before
    falk_break = doc.text.index("Ingrid S. Falk") + len("Ingrid S. Falk")
    assert falk_break in doc.offsets.cell_breaks and doc.text.index(" | Sweden") not in doc.offsets.cell_breaks
    people = {p.name: p for p in kg.extract(path).people}
    assert sorted(people) == ["Ingrid S. Falk", "Oliver P. Grant"]
    falk, grant = people["Ingrid S. Falk"], people["Oliver P. Grant"]
    assert (falk.positions, falk.citizenship, falk.other_positions) == (
        ["Director"], "Sweden", ["Managing Partner, Kestrel Advisers AB"])
    assert falk.address_city == "Stockholm"
    assert grant.positions == ["President"]
    assert grant.other_positions == ["Chairman and Chief Executive Officer of Northgate Holdings Corp.",
                                     "Trustee, Ashford Museum"]
    assert (grant.address_city, grant.citizenship) == ("Portland", "United States")
    assert {p.organization for p in people.values()} == {"Northgate Brewing Company"}


OVERRIDES = """APPENDIX A

INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF HALVARD INSTRUMENTS

The following table sets forth the name, business address, and
principal occupation or employment at the present time for each
director and executive officer of Halvard. Unless otherwise noted,
each such person is a citizen of the United States.  In addition,
unless otherwise noted, each such person's business address is 88
Meridian Parkway, Ann Arbor, Michigan 48104.


DIRECTORS OF HALVARD

Christina M. Hallberg  Chairman of the Board and Chief Executive
                       Officer, Halvard Instruments, Inc.

Howard T. Bellamy      Retired; formerly Co-Chairman of the Board of
                       Directors, Calder Oil, p.l.c. His business address
                       is: 1111 Prairie Road, Suite 257, Naperville IL 60563.

Lucia M. Ferrante      Chief Executive Officer, Arcadia Telematica.  Her
                       business address is: Corso Magenta 4, 20123
                       Milano, Italy.  Ms. Ferrante is a citizen of Italy.

Dennis R. Okafor       Managing Partner, Okafor Ventures. His business
                       address is: 12 Harbour Road, Wan Chai, Hong Kong.
                       Mr. Okafor is a permanent resident of Hong Kong.

Carol J. Whitby        Consultant. Her business address is: 5716 Bent
                       Branch Road, Bethesda, MD 20816.

Peter N. Lindqvist     Professor of Physics, University of Michigan.
"""


def test_sentences_in_a_cell_give_that_person_own_values_never_the_default(tmp_path):
    """'Her business address is: ...', 'Ms. X is a citizen of Italy.' inside one entry's cell are
    that person's values in place of the preamble's; a sentence that speaks of residence in
    another way keeps the default citizenship off that person; others get the defaults."""
    path = tmp_path / "overrides.txt"
    path.write_text(OVERRIDES, encoding="utf-8")
    people = {p.name: p for p in kg.extract(path).people}
    ferrante, okafor = people["Lucia M. Ferrante"], people["Dennis R. Okafor"]
    whitby, lindqvist = people["Carol J. Whitby"], people["Peter N. Lindqvist"]
    assert (ferrante.citizenship, ferrante.address) == ("Italy", "Corso Magenta 4, 20123 Milano, Italy")
    assert ferrante.positions + ferrante.other_positions == ["Director", "Chief Executive Officer, Arcadia Telematica"]
    assert (okafor.citizenship, okafor.address) == (None, "12 Harbour Road, Wan Chai, Hong Kong")
    assert (whitby.citizenship, whitby.address) == ("United States", "5716 Bent Branch Road, Bethesda, MD 20816")
    assert "Consultant" in whitby.positions + whitby.other_positions
    assert (lindqvist.citizenship, lindqvist.address_city) == ("United States", "Ann Arbor")
    assert not [p for p in people.values() if any("address" in v for v in p.positions + p.other_positions)]



def test_a_cell_that_wraps_into_running_text_is_no_section_and_no_entry_is_dropped(tmp_path):
    """'Directors, Calder Oil, p.l.c. His business address' wraps in the second column: it is no
    'Directors' section row (which cut the cell and let the default address in); the first entry,
    whose gap before its occupation is two spaces only, is read like the others."""
    path = tmp_path / "overrides.txt"
    path.write_text(OVERRIDES, encoding="utf-8")
    people = {p.name: p for p in kg.extract(path).people}
    hallberg, bellamy = people["Christina M. Hallberg"], people["Howard T. Bellamy"]
    assert hallberg.positions == ["Chairman of the Board and Chief Executive Officer"]  # 'of Halvard Instruments, Inc.'
    assert (bellamy.address_city, bellamy.positions) == ("Naperville", ["Director"])
    assert bellamy.other_positions == ["formerly Co-Chairman of the Board of Directors, Calder Oil, p.l.c."]
    assert len(people) == 6 and all(p.organization == "Halvard Instruments" for p in people.values())


LABELLED = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF FJORDLINE HOLDINGS A/S

Name:                  Astrid Holm
Title:                 Chair of the Board
Principal Occupation:  Professional Board Director
Country of Citizenship: Denmark
Business Address:      Strandvejen 70, 2900 Hellerup, Denmark

Name:                  Samuel Okoye
Title:                 Board Director
Principal Occupation:  Chief Economist of Larchmont Capital
Country of Citizenship: USA, Denmark
Business Address:      Strandvejen 70, 2900 Hellerup, Denmark

Name:                  Priya Raman
Title:                 Board Director
Principal Occupation:  Chief Executive Officer of Tessel Labs
Country of Citizenship: USA
Business Address:      Strandvejen 70, 2900 Hellerup, Denmark
"""


def test_labelled_citizenship_of_two_countries_or_a_country_code_stays_the_citizenship(tmp_path):
    """'USA, Denmark' (a dual citizen) and 'USA' under a citizenship label are that person's
    citizenship; never an address line (whose country then cut the address and moved the rest of it
    into the next person's title)."""
    path = tmp_path / "labelled.txt"
    path.write_text(LABELLED, encoding="utf-8")
    people = {p.name: p for p in kg.extract(path).people}
    assert [(p.citizenship, p.address, p.positions) for p in people.values()] == [
        ("Denmark", "Strandvejen 70, 2900 Hellerup, Denmark", ["Chair of the Board"]),
        ("USA, Denmark", "Strandvejen 70, 2900 Hellerup, Denmark", ["Board Director"]),
        ("USA", "Strandvejen 70, 2900 Hellerup, Denmark", ["Board Director"])]


DEFINED_TERM = """Exhibit 4


                           Larkspur Merger Sub Inc.

                             Officers and Directors



                  The following table sets forth the name, position with
Larkspur Merger Sub Inc. ("Purchaser") and present principal occupation of
each Director and Executive Officer of Purchaser. Each individual listed below
is a citizen of the United States.


<TABLE>
Name                                Title
----                                -----
<S>                                 <C>
Rosalind K. Meyer                   Director and President of Purchaser; Head of
9 Hanover Square                    Leveraged Finance, Tidewater Bank Group
New York, New York  10004

Gregory P. Lund                     Assistant Secretary of Purchaser; Office of the
9 Hanover Square                    Secretary, Tidewater Bank Group
New York, New York  10004
</TABLE>
"""

RESTATED = """                       DIRECTORS AND EXECUTIVE OFFICERS OF
                     QUILLON NETWORKS CORPORATION AS OF MARCH 2, 2001

         The name, position, principal occupation and business address of each
executive officer and director of Quillon Networks Corporation is set forth below.
Unless otherwise indicated, each occupation set forth opposite an executive officer's
name refers to employment with Quillon Networks Corporation. Each person listed below
is a citizen of the United States.

<TABLE>
<CAPTION>
Name                        Position                      Principal Occupation            Business Address
----                        --------                      --------------------            ----------------
<S>                         <C>                           <C>                             <C>
Harriet B. Oyelaran         Chief Executive Officer       Chief Executive Officer         c/o Quillon Networks
                                                                                          88 Canal Street
                                                                                          Hoboken, NJ 07030

Marcus D. Feld              President                     President                       c/o Quillon Networks
                                                                                          88 Canal Street
                                                                                          Hoboken, NJ 07030
</TABLE>
"""


def test_an_organisation_named_only_by_its_defined_term_is_the_roster_s(tmp_path):
    """A mixed-case title and a preamble that defines 'X Inc. ("Purchaser")' and lists the
    directors 'of Purchaser': the roster is X's (never null), and 'President of Purchaser' is the
    title 'President' there."""
    path = tmp_path / "defined.txt"
    path.write_text(DEFINED_TERM, encoding="utf-8")
    people = {p.name: p for p in kg.extract(path).people}
    assert {p.organization for p in people.values()} == {"Larkspur Merger Sub Inc."}
    assert people["Rosalind K. Meyer"].positions == ["Director", "President"]
    assert people["Gregory P. Lund"].positions == ["Assistant Secretary"]


def test_an_occupation_column_that_restates_the_title_adds_no_other_position(tmp_path):
    """Position and occupation columns printing the same title (the preamble: occupations refer to
    the listed organisation): one position, no other position; 'AS OF <date>' is no part of the
    organisation's name."""
    path = tmp_path / "restated.txt"
    path.write_text(RESTATED, encoding="utf-8")
    people = {p.name: p for p in kg.extract(path).people}
    assert [(p.positions, p.other_positions) for p in people.values()] == [
        (["Chief Executive Officer"], []), (["President"], [])]
    assert {p.organization for p in people.values()} == {"Quillon Networks Corporation"}


COMPANY_COLUMN = """Exhibit 2


<TABLE>
<CAPTION>

         HALDEN PROPERTY TRUST AND HALDEN HOLDINGS S.A.

                       DIRECTORS AND OFFICERS INFORMATION

----------------------------------------------------------------------------------------------------------------------------
<S>                 <C>                                <C>                 <C>                           <C>
                                                                                                           PRINCIPAL
     NAME                  COMPANY                       POSITION             BUSINESS ADDRESS             OCCUPATION
----------------------------------------------------------------------------------------------------------------------------

Dr. Wilhelm Brandt  Halden Property Trust              Director            Rheinbank AG                  Retired
                                                                           Goetheplatz
                                                                           60313 Frankfurt am Main
                                                                           Germany

----------------------------------------------------------------------------------------------------------------------------
Olivia R. Pemberton Halden Property Trust              Director/Managing   Halden (UK) Advisers Ltd      Managing Director
                                                          Director         12 Curzon Street
                    Halden Holdings S.A.               Director            London W1J 5HL
                                                                           United Kingdom

----------------------------------------------------------------------------------------------------------------------------
</TABLE>
"""


def test_a_company_column_gives_each_company_line_its_own_record(tmp_path):
    """Caption under the <S>/<C> row, a COMPANY column: a person serving two companies is one
    record per company, each with the titles printed beside that company only; 'Frankfurt am
    Main' is the city; 'Director/Managing Director' is two titles."""
    path = tmp_path / "companies.txt"
    path.write_text(COMPANY_COLUMN, encoding="utf-8")
    people = [(p.name, p.organization, p.positions) for p in kg.extract(path).people]
    assert people == [("Wilhelm Brandt", "Halden Property Trust", ["Director"]),
                      ("Olivia R. Pemberton", "Halden Property Trust", ["Director", "Managing Director"]),
                      ("Olivia R. Pemberton", "Halden Holdings S.A.", ["Director"])]
    brandt = kg.extract(path).people[0]
    assert (brandt.address_city, brandt.address_country, brandt.other_positions) == ("Frankfurt am Main", "DE", [])


FOOTNOTED = """                                                                       EXHIBIT 9

         Executive Officers and Members of the Conseil d'Administration
                                       of
                                   VELMONT GESTION

      The names of the Members of the Conseil d'Administration and the names
and titles of the Executive Officers of Velmont Gestion and their business
addresses and principal occupations are set forth below. Unless otherwise
indicated, each individual is a citizen of the Republic of France.

  NAME, BUSINESS ADDRESS               PRESENT PRINCIPAL OCCUPATION

*  Helene Marchetti                    Head of Treasury, Groupe Orsay
   14, rue de Lille
   75007 Paris, France

   Bastien Rocheteau                   Chief Financial Officer, Groupe
   14, rue de Lille                    Orsay
   75007 Paris, France

*  Claire Dufresnoy                    Director of Legal Affairs, Groupe
   16, rue de Lille                    Orsay
   75007 Paris, France


-----------
* Member, Conseil d'Administration
"""


def test_a_footnote_sign_before_a_name_gives_what_the_footnote_says(tmp_path):
    """'*  Name' with the footnote '* Member, Conseil d'Administration': the sign is no part of the
    name, the footnote is a position (a seat on the board) of the marked people only, and the
    footnote line is no entry."""
    path = tmp_path / "footnoted.txt"
    path.write_text(FOOTNOTED, encoding="utf-8")
    people = {p.name: p for p in kg.extract(path).people}
    assert sorted(people) == ["Bastien Rocheteau", "Claire Dufresnoy", "Helene Marchetti"]
    for name in ("Helene Marchetti", "Claire Dufresnoy"):
        assert people[name].positions == ["Member, Conseil d'Administration"]
        assert people[name].bodies == ["board of directors"]
    assert people["Bastien Rocheteau"].positions == []
    assert people["Claire Dufresnoy"].other_positions == ["Director of Legal Affairs, Groupe Orsay"]
    assert {(p.organization, p.country, p.address_city) for p in people.values()} == {("Velmont Gestion", "FR", "Paris")}


CELL_PER_LINE = """EXHIBIT 99.2
SCHEDULE I
Information regarding each director and executive officer of both Aalborg Invest A/S and the Skagen Foundation is set forth below.
Aalborg Invest A/S
Name, Title
Address
Principal Occupation
Citizenship
Mette Lindqvist,
Chair of the Board
Strandgade 44
1401 Copenhagen
Denmark
Professional Board Director
Denmark
Oskar Brandt
Board Director
Strandgade 44
1401 Copenhagen
Denmark
Chief Executive Officer,
Fyrtaarn Shipping A/S
Sweden
Germany
Skagen Foundation
Name, Title
Address
Principal Occupation
Citizenship
Ingrid Holm
Chief Executive Officer
Strandgade 44
1401 Copenhagen
Denmark
Chief Executive Officer,
Skagen Foundation
Norway
Peter Aagaard
Board Director
Professional Board Director
Denmark
"""


def test_cells_one_per_line_of_varying_length_are_typed_into_their_columns(tmp_path):
    """An HTML table saved as text with one cell per line, two entities each with its own header:
    the name cell with its title under it, three address lines up to the country, a two-line
    occupation, one or two citizenship lines; a row that does not fit the columns (no address)
    is refused with a finding, never guessed at."""
    path = tmp_path / "cells.txt"
    path.write_text(CELL_PER_LINE, encoding="utf-8")
    filing = kg.extract(path)
    people = [(p.name, p.organization, p.positions, p.other_positions, p.citizenship, p.address_city)
              for p in filing.people]
    assert people == [
        ("Mette Lindqvist", "Aalborg Invest A/S", ["Chair of the Board"], ["Professional Board Director"], "Denmark",
         "Copenhagen"),
        ("Oskar Brandt", "Aalborg Invest A/S", ["Board Director"], ["Chief Executive Officer, Fyrtaarn Shipping A/S"],
         "Sweden, Germany", "Copenhagen"),
        ("Ingrid Holm", "Skagen Foundation", ["Chief Executive Officer"], [], "Norway", "Copenhagen")]
    assert any(w.code in ("roster-ambiguous", "unassigned-name") and "Peter Aagaard" in w.message
               for w in filing.warnings)


SURNAME_FIRST = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF FJORDLINE HOLDINGS A/S

HOLM, Astrid Kirstine
     Position: Chair of the Board
     Citizenship: Denmark
     Business Address: Strandvejen 70
                       2900 Hellerup
                       Denmark

OKOYE, Samuel Chidi
     Position: Board Director
     Citizenship: Nigeria
     Business Address: Strandvejen 70
                       2900 Hellerup
                       Denmark
"""


def test_a_surname_first_name_alone_on_its_line_is_read_whole(tmp_path):
    """'HOLM, Astrid Kirstine': the whole line is the name (the NER may stop after the first given
    name); a label word after a name ('Carlo Bozotti Position') is never part of it."""
    path = tmp_path / "surnames.txt"
    path.write_text(SURNAME_FIRST, encoding="utf-8")
    people = [(p.name, p.positions, p.citizenship) for p in kg.extract(path).people]
    assert people == [("Astrid Kirstine Holm", ["Chair of the Board"], "Denmark"),
                      ("Samuel Chidi Okoye", ["Board Director"], "Nigeria")]


GRID_MONACO = """                CORMORANT MASTER FUND LTD. DIRECTORS

<TABLE>
<CAPTION>
----------------------- ------------------- -------------------------- --------------------------
<S>                     <C>                 <C>                           <C>
         Name               Principal                Address              Citizenship
                            Occupation
----------------------- ------------------- -------------------------- --------------------------
Henrik Dahlberg         Portfolio           12 East 49th Street,          Sweden
                        Manager             14th Floor
                                            New York, NY  10017
----------------------- ------------------- -------------------------- --------------------------
Luc Verhaegen           Investment          Villa Les Lauriers            Belgium
                        Adviser             7 Boulevard de
                                            Suisse
                                            MC-98000 Monte-Carlo
                                            MONACO
----------------------- ------------------- -------------------------- --------------------------
</TABLE>
"""


def test_an_address_ending_in_a_postal_code_line_and_a_country_in_capitals(tmp_path):
    """'MC-98000 Monte-Carlo' starts a line of its own and 'MONACO' is the country: never joined to
    the line above as a wrap; the city is Monte-Carlo."""
    path = tmp_path / "monaco.txt"
    path.write_text(GRID_MONACO, encoding="utf-8")
    people = {p.name: p for p in kg.extract(path).people}
    luc = people["Luc Verhaegen"]
    assert (luc.address_city, luc.address_country, luc.citizenship) == ("Monte-Carlo", "MC", "Belgium")
    assert luc.address.endswith("MC-98000 Monte-Carlo, MONACO")
    assert (people["Henrik Dahlberg"].address_city, people["Henrik Dahlberg"].citizenship) == ("New York", "Sweden")
