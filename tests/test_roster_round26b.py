"""Issue 13, twenty-sixth round (b): labelled and headed blocks that shifted values onto the next person
(gather18's roman_name_heading_labels and lettered_name_address_stack; the labelled files of
benchmarks/bench_roster_combos.py --seed 3). Small texts of our own making, with the people of the development
rosters retyped.

Each test says whether it fails on main c2d5002 (a fix) or passes on both (a guard of precision)."""
from __future__ import annotations

import kg
from kg.errors import StructureError


def _extract(tmp_path, text: str):
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return kg.extract(path)


def _people(filing) -> dict[str, object]:
    return {p.name: p for p in filing.people}


def _block(mark: str, name: str, occupation: str, address: str | None) -> str:
    lines = [f"{mark:<6}{name}", "    Country of Citizenship:                     United States",
             "    Position(s) with the Company:               Director",
             f"    Present Principal Occupation or Employment: {occupation}"]
    if address:
        lines.append(f"    Residence or Business Address:              {address}")
    return "\n".join(lines) + "\n\n"


_ROMAN_HEAD = """                                  SCHEDULE A

                       EXECUTIVE OFFICERS AND DIRECTORS
                  OF THE ST. PAUL TRAVELERS COMPANIES, INC.

     Set forth below is certain information concerning each executive officer
and director of The St. Paul Travelers Companies, Inc. (the "Company"). Unless
otherwise indicated, each person's business address is HPB/Blackrock.

"""


def test_a_name_after_a_roman_mark_heads_its_block(tmp_path):
    """Fails on main: 'ii.   Kenneth J. Bialkin' after an entry without an address was no name (a roman mark is no
    entry mark there), so every later entry took the values of the one above; 'The St. Paul Travelers' in an
    address was read as the person 'Paul Travelers'."""
    text = _ROMAN_HEAD + _block("i.", "Howard P. Berkowitz", "Chief Executive", None) \
        + _block("ii.", "Kenneth J. Bialkin", "Partner, Skadden", "4 Times Square, New York") \
        + _block("iii.", "Carolyn H. Byrd", "Chairman", "Globaltech Financial") \
        + _block("iv.", "Jay S. Fishman", "Chief Executive", "The St. Paul Travelers") \
        + _block("v.", "Lawrence G. Graev", "Chief Executive", "The GlenRock Group")
    people = _people(_extract(tmp_path, text))
    assert set(people) == {"Howard P. Berkowitz", "Kenneth J. Bialkin", "Carolyn H. Byrd", "Jay S. Fishman",
                           "Lawrence G. Graev"}
    assert people["Kenneth J. Bialkin"].address.startswith("4 Times Square")
    assert people["Carolyn H. Byrd"].address == "Globaltech Financial"
    assert people["Jay S. Fishman"].address == "The St. Paul Travelers"
    assert people["Lawrence G. Graev"].address == "The GlenRock Group"


_MOTOROLA = """SCHEDULE I

DIRECTORS AND EXECUTIVE OFFICERS OF MOTOROLA

Set forth below is certain information concerning the directors and executive
officers of Motorola.

A. GALVIN, Christopher B.
    Director; Chairman of the Board; Chief Executive Officer
----------------------------------------
B. GROWNEY, Robert L.
    Director; President; Chief Operating Officer
----------------------------------------
C. CAIO, Francesco
    Director
    Present Principal Occupation -   Chief Executive Officer, Netscalibur
----------------------------------------
D. CHAN, Ronnie C.
    Director
    Present Principal Occupation -   Chairman, Hang Lung Development Group
----------------------------------------
E. FULLER, H. Laurance
    Director
    Present Principal Occupation -   formerly Co-Chairman of the Board of Directors, BP Amoco, p.l.c.
----------------------------------------
F. JONES, Anne P.
    Director
    Present Principal Occupation -   Consultant
----------------------------------------
"""


def test_names_that_do_not_pair_off_with_blocks_are_not_shifted(tmp_path):
    """Fails on main: more names than labelled blocks (two entries print no label, one name is not found): the
    names were aligned with the blocks in order, Growney taking Caio's occupation and Chan Fuller's. Now each block
    takes only the name heading it; the others are reported, not shifted; a value running into the next entry's
    lettered heading ('E. FULLER, H. Laurance') is refused."""
    filing = _extract(tmp_path, _MOTOROLA)
    people = _people(filing)
    owners = {"Chief Executive Officer, Netscalibur": "Francesco Caio",
              "Chairman, Hang Lung Development Group": "Ronnie C. Chan",
              "formerly Co-Chairman of the Board of Directors, BP Amoco, p.l.c.": "H. Laurance Fuller",
              "Consultant": "Anne P. Jones"}
    for person in people.values():
        for other in person.other_positions:
            assert owners.get(other) == person.name, (person.name, other)
    assert people["Francesco Caio"].other_positions == ["Chief Executive Officer, Netscalibur"]
    assert "Chairman of the Board" not in people["Francesco Caio"].positions


_AIG = """SCHEDULE A

DIRECTORS OF AMERICAN INTERNATIONAL GROUP, INC.

A. Pei-yuan Chia
Director
Business Address:
    c/o 70 Pine Street, New York, New York 10270
----------------------------------------
B. Marshall A. Cohen
Director
Business Address:
    {cohen}
----------------------------------------
C. Martin S. Feldstein
Director
Business Address:
    National Bureau of Economic Research, Inc., 1050 Massachusetts Avenue, Cambridge, Massachusetts 02138
----------------------------------------
D. Ellen V. Futter
Director
Business Address:
    American Museum of Natural History, Central Park West at 79th Street, New York, New York 10024
----------------------------------------
"""


def test_partners_joined_by_an_ampersand_are_a_firm(tmp_path):
    """Passes on both (a guard: main refused the surplus name's block): 'Cassels, Brock & Blackwell' in an address
    is no person (partners' names joined by '&' name a firm)."""
    people = _people(_extract(tmp_path, _AIG.format(cohen="Cassels, Brock & Blackwell, 40 King Street West, Toronto")))
    assert "Brock Cassels" not in people


_NOVO = """                                   ANNEX A

                       DIRECTORS AND EXECUTIVE OFFICERS
                             OF NOVO HOLDINGS A/S

     The following table sets forth the name, residence or business address,
position(s) with Novo Holdings A/S (the "Reporting Person") and present
principal occupation of each director and executive officer of the Reporting
Person. Each of the persons named below is a citizen of Denmark unless
otherwise indicated.

<TABLE>
Name and Residence                    Position(s) with the Reporting Person
or Business Address                   and Present Principal Occupation
----------------------------------    ------------------------------------------------
<S>                                   <C>
Lars Green                            Chair of the Board; Professional Board Director
Tuborg Havnevej 19
2900 Hellerup
Denmark

Nirmal Prabhakar Narvekar             Board Director; CEO of Harvard Management
Tuborg Havnevej 19                    Company (USA)
2900 Hellerup
Denmark

Paul Fribourg                         Director; Chairman, President and CEO (United
Tuborg Havnevej 19                    States)
2900 Hellerup
Denmark

Kasim Kutay                           Chief Executive Officer (United Kingdom)
Tuborg Havnevej 19
2900 Hellerup
Denmark

</TABLE>
"""


def test_a_citizenship_in_parentheses_is_the_indication_the_preamble_announces(tmp_path):
    """Fails on main: under 'a citizen of Denmark unless otherwise indicated', '(USA)' closing an entry's cell (a
    country by its capital code) and '(United' / 'States)' wrapped were not read, and Denmark (Lars Green's) was
    put on Narvekar and Fribourg; 'Chief Executive Officer (United Kingdom)' was left out as undecided."""
    people = _people(_extract(tmp_path, _NOVO))
    assert people["Lars Green"].citizenship == "Denmark"
    assert people["Nirmal Prabhakar Narvekar"].citizenship == "USA"
    assert people["Paul Fribourg"].citizenship == "United States"
    assert people["Kasim Kutay"].citizenship == "United Kingdom"
    assert people["Kasim Kutay"].positions == ["Chief Executive Officer"]


_LETTERED_GRID = """                                   ANNEX A

                       DIRECTORS AND EXECUTIVE OFFICERS
                               OF CONAGRA, INC.

     The following table sets forth the name, residence or business address,
position(s) with ConAgra, Inc. (the "Reporting Person") and present principal
occupation of each director and executive officer of the Reporting Person.
Each of the persons named below is a citizen of the U.S. unless otherwise
indicated.

Name and Residence                    Position(s) with the Reporting Person
or Business Address                   and Present Principal Occupation
----------------------------------    ------------------------------------------
A.  Bruce C. Rohde                    Chairman of the Board; Chief Executive
    One ConAgra Drive                 Officer
    Omaha, NE 68102-5001

B.  Philip B. Fletcher                Director
    One ConAgra Drive
    Omaha, NE 68102-5001

C.  Charles M. Harper                 Director
    One Central Park Plaza, Suite
    1500
    Omaha, NE 68102

D.  Robert A. Krane                   Director
    1512 Larimer Street
    Denver, CO 80202-1619

E.  Mogens Bay                        Director
    Valmont Industries, Inc.
    Highway 275 (P.O. Box 358)
    Valley, NE 68064

F.  Carl E. Reichardt                 Director
    Wells Fargo Bank
    420 Montgomery Street
    San Francisco, CA 94104

G.  Ronald W. Roskens                 Director
    One Central Park Plaza, Suite
    1501
    Omaha, NE 68102

H.  Marjorie M. Scardino              Director
    The Economist Newspaper
    LTD
    25 St. James's Street
    London SW1A 1HG England
    UNITED KINGDOM

I.  Walter Scott, Jr.                 Director
    Peter Kiewit Sons, Inc.
    1000 Kiewit Plaza
    Omaha, NE 68131

J.  Kenneth E. Stinson                Director
    Kiewit Construction Group, Inc.
    1000 Kiewit Plaza
    Omaha, NE 68131

K.  Clayton K. Yeutter                Director
    1325 Merrie Ridge Road
    McLean, VA 22101

"""  # (with the blank line that ends it)


def test_a_grid_whose_row_marks_are_left_over_is_refused(tmp_path):
    """Fails on main: the rows were cut at the address lines under the names, 'One ConAgra Drive' read as a person
    and the row letters 'C.', 'D.' left over as names. Now a grid that leaves its row marks over is refused with a
    finding: no person who is none."""
    try:
        names = {p.name for p in _extract(tmp_path, _LETTERED_GRID).people}
    except StructureError:
        return  # (refused whole, with a typed error)
    assert "One ConAgra Drive" not in names
    assert names <= {"Bruce C. Rohde", "Philip B. Fletcher", "Charles M. Harper", "Robert A. Krane", "Mogens Bay",
                     "Carl E. Reichardt", "Ronald W. Roskens", "Marjorie M. Scardino", "Walter Scott, Jr.",
                     "Kenneth E. Stinson", "Clayton K. Yeutter"}


def test_guard_headed_blocks_that_pair_off_read_as_before(tmp_path):
    """Passes on both (a guard): names heading their blocks, as many as the blocks, each read with its own values."""
    text = _ROMAN_HEAD + _block("1.", "Carolyn H. Byrd", "Chairman", "Globaltech Financial") \
        + _block("2.", "John H. Dasburg", "Chairman", "ASTAR Air Cargo, Inc.") \
        + _block("3.", "Janet M. Dolan", "Chief Executive", "Tennant Company")
    people = _people(_extract(tmp_path, text))
    assert set(people) == {"Carolyn H. Byrd", "John H. Dasburg", "Janet M. Dolan"}
    assert people["John H. Dasburg"].address == "ASTAR Air Cargo, Inc."
    assert people["Janet M. Dolan"].address == "Tennant Company"


def test_each_persons_business_address_unless_otherwise_indicated_is_the_default(tmp_path):
    """Fails on main: 'Unless otherwise indicated, each person's business address is HPB/Blackrock.' (no 'such')
    was no default address: the entries printing no address got none; an address printed stays the person's."""
    text = _ROMAN_HEAD + _block("1.", "Howard P. Berkowitz", "Chief Executive", None) \
        + _block("2.", "Carolyn H. Byrd", "Chairman", "Globaltech Financial")
    people = _people(_extract(tmp_path, text))
    assert people["Howard P. Berkowitz"].address == "HPB/Blackrock"
    assert people["Carolyn H. Byrd"].address == "Globaltech Financial"
