"""Round 46d (issue 13): the recombined-layout bench, seeds 42 and 43 (`bench_roster_combos.py --wider`).

(1) A citizenship stacked under a surname-first name in a fixed-width table, cut over two lines ('United States of' /
'America') beside a one-line office: 'United States of' holds only words a caption may hold, so it read as the header
printed again and 'America' as the surname's wrap ('Brent America Christensen', a person nobody listed). Where the name
cell of a line and the next line's read as one nationality, the first line is the entry's text.

(2) A table's header printed again after a page break, its long caption wrapped over three lines: the middle line ('of
any Corporation or Other Organization in', one cell, no caption word alone) read as the broken entry's occupation.
A header line of one cell between two caption lines is the caption's; after a page break it is passed over.

(3) 'Name and Citizenship' over stacked cells read as indented name-and-address blocks; (4) a caption line after a page
break taken for a row of a table with no break between its rows (see the sections below)."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "roster.txt"
    path.write_text(text)
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


_CUT_HEAD = """SCHEDULE A

DIRECTORS AND EXECUTIVE OFFICERS OF Harrowgate

Set forth below is certain information concerning the directors and executive
officers of Harrowgate.

The business address of each of the persons named below is 410 North 200 East,
Suite 12, Provo, Utah 84601.

                                               Principal
                                               Occupation
Name and Citizenship     Office Held           of Employer
=======================  ====================  ==========

"""


def _cut_entry(number: int, name: str, offices: list[str]) -> str:
    cells = [f"{number}. {name}", "United States of", "America"]
    rows = max(len(cells), len(offices))
    cells += [""] * (rows - len(cells))
    offices = offices + [""] * (rows - len(offices))
    return "\n".join(f"{c:<25}{o}".rstrip() for c, o in zip(cells, offices)) + "\n\n"


def _cut_roster(two_line_offices: bool) -> str:
    first = ["President", "Director"] if two_line_offices else ["President"]
    return _CUT_HEAD + _cut_entry(1, "Tolland, Mervyn J.", first) + _cut_entry(2, "Barsby, Odile", ["Director"]) \
        + _cut_entry(3, "Quarrie, Lionel", ["General Counsel"])


def test_nationality_cut_over_two_lines_under_a_one_line_office(tmp_path):
    people = _people(tmp_path, _cut_roster(False))
    assert not any("America" in name for name in people)
    assert {"Mervyn J. Tolland", "Odile Barsby", "Lionel Quarrie"} <= set(people)
    assert people["Odile Barsby"]["citizenship"] == "United States of America"
    assert people["Lionel Quarrie"]["positions"] == ["General Counsel"]


def test_nationality_cut_beside_a_two_line_office_still_reads(tmp_path):  # guard: the office goes on beside it
    people = _people(tmp_path, _cut_roster(True))
    assert people["Mervyn J. Tolland"]["positions"] == ["President", "Director"]
    assert people["Mervyn J. Tolland"]["citizenship"] == "United States of America"


_PAGED_HEAD = """                                                          Present Principal Occupation or Employment
                                                          and the Name, Principal Business and Address
                                                          of any Corporation or Other Organization in
Name and Position       Business Address                  which such Employment is Conducted            Citizenship
----------------------  --------------------------------  --------------------------------------------  --------------
"""
_PAGED_TOP = """SCHEDULE A

Executive Officers and Directors of Wexcombe Mutual

Set forth below is certain information concerning the directors and executive
officers of Wexcombe Mutual.

"""
_FIRST = """NORRIS P. ALDGATE       Harlow                            Of Counsel, Harlow, Pindar, Voss, Keane &     United States
Director                Pindar                            Rudd LLP
"""
_REST = """                        18 Queen Street
                        Hartford, CT 06103

------------------------------------------------------------
MARGOT E. TILLEY        c/o Wexcombe Mutual, Inc.         President, Tilley Holdings                    United States
Director                9 Elm Plaza
                        Boston, MA 02110
------------------------------------------------------------
"""


_TAGS = "<S>" + " " * 21 + "<C>" + " " * 31 + "<C>" + " " * 43 + "<C>\n\n"


def test_caption_line_repeated_after_a_page_break_is_no_value(tmp_path):
    text = _PAGED_TOP + "<TABLE>\n" + _PAGED_HEAD + _TAGS + _FIRST + "\n<PAGE>\n                                      -2-\n\n" \
        + _PAGED_HEAD + _TAGS + _REST + "\n</TABLE>\n"
    people = _people(tmp_path, text)
    values = [v for p in people.values() for k, v in p.items() if k in ("positions", "other_positions", "address")]
    assert not any("Organization in" in str(v) for v in values)
    assert people["Norris P. Aldgate"]["other_positions"] == ["Of Counsel, Harlow, Pindar, Voss, Keane & Rudd LLP"]
    assert people["Margot E. Tilley"]["other_positions"] == ["President, Tilley Holdings"]


def test_caption_over_an_unbroken_table_still_reads(tmp_path):  # guard: no page break
    people = _people(tmp_path, _PAGED_TOP + _PAGED_HEAD + "\n" + _FIRST + _REST)
    assert people["Norris P. Aldgate"]["other_positions"] == ["Of Counsel, Harlow, Pindar, Voss, Keane & Rudd LLP"]
    assert people["Margot E. Tilley"]["address"] == "c/o Wexcombe Mutual, Inc., 9 Elm Plaza, Boston, MA 02110"



# (3) Name cells over a stacked line, the header's last caption wrapped ('Position(s) with Bramwell' over 'Name and
# Citizenship   Holdings, Inc.'): the stacked-block reader took the rows for indented name-and-address blocks (no line
# of captions only), and the citizenship under each name for an address ('Canada' as an address). A line whose first
# cell is the names' caption is a table's header: the table reader reads the line under each name as the caption says.

_CAPTIONED = """EXHIBIT 1

DIRECTORS AND EXECUTIVE OFFICERS OF Bramwell Holdings, Inc.

<TABLE>
                            Position(s) with Bramwell
Name and Citizenship        Holdings, Inc.
--------------------------  ----------------------------
<S>                         <C>

(1) HESTER J. CALLOWAY      Director
United States

(2) DMITRI OLSENKO          Director
Canada

(3) RUFUS T. ABERNATHY      Director
United States

</TABLE>
"""


def test_citizenship_under_a_name_captioned_as_such_is_no_address(tmp_path):
    people = _people(tmp_path, _CAPTIONED)
    assert people["Dmitri Olsenko"]["citizenship"] == "Canada"
    assert not any(p.get("address") for p in people.values())


_BLOCKS = """EXHIBIT 1

DIRECTORS AND EXECUTIVE OFFICERS OF Bramwell Holdings, Inc.

Hester J. Calloway                Chairman of the Board and
One Bramwell Plaza                Chief Executive Officer of Bramwell Holdings
Omaha, NE 68102

Dmitri Olsenko                    Director
12 Harbour Street
Halifax, Nova Scotia B3J 1A1

Rufus T. Abernathy                Director
55 Kiln Lane
Denver, CO 80202
"""


def test_name_and_address_blocks_without_captions_still_read(tmp_path):  # guard: no header line
    people = _people(tmp_path, _BLOCKS)
    assert people["Rufus T. Abernathy"]["address"] == "55 Kiln Lane, Denver, CO 80202"


# (4) The same caption line after a page break in a table with no break between its rows: 'or Place of' (the middle
# line of 'Citizenship' / 'or Place of' / 'Organization') read as a row of the broken entry, its cell in the
# citizenship column only, so the address lines under it seemed to rise above the next name: the table was read as
# one whose cells are centred on their names, its rows run together, and refused whole. A caption line after a page
# break is page furniture there too.

_UNBROKEN_HEAD = """                                                                           Citizenship
                                                                           or Place of
Name                   Office Held                  Address                Organization
=====================  ===========================  =====================  =============
<S>                    <C>                          <C>                    <C>

"""
def _row(name: str = "", office: str = "", address: str = "", citizenship: str = "") -> str:
    return f"{name:<23}{office:<29}{address:<23}{citizenship}".rstrip() + "\n"


_UNBROKEN_ROWS = [
    _row("A. Fenwick, Oriel", "Director; President", "Calder Trust Company", "United States")
    + _row(address="40 Wharf Street") + _row(address="Wilmington, DE 19801"),
    _row("B. Strand, Maura", "Director; Senior Vice", "Calder Trust", "United States")
    + _row(office="President", address="Company"),
    _row(address="40 Wharf Street") + _row(address="Wilmington, DE 19801")
    + _row("C. Pryce, Anselm", "Director", "Calder Advisory", "United States") + _row(address="Group")
    + _row(address="12 Mill Road") + _row(address="Boston, MA 02110")]

_UNBROKEN_TOP = """EXHIBIT 1

Executive Officers and Directors of CALDER TRUST COMPANY

The name, business address, present principal occupation or employment and
citizenship of each director and executive officer of Calder Trust Company are
set forth below.

<TABLE>
"""


def test_caption_line_after_a_page_break_in_an_unbroken_table(tmp_path):
    text = _UNBROKEN_TOP + _UNBROKEN_HEAD + _UNBROKEN_ROWS[0] + _UNBROKEN_ROWS[1] \
        + "\n<PAGE>\n                                      -5-\n\n" + _UNBROKEN_HEAD + _UNBROKEN_ROWS[2] + "</TABLE>\n"
    people = _people(tmp_path, text)
    assert people["Oriel Fenwick"]["positions"] == ["Director", "President"]
    assert people["Anselm Pryce"]["address"] == "Calder Advisory Group, 12 Mill Road, Boston, MA 02110"


def test_unbroken_table_on_one_page_still_reads(tmp_path):  # guard: no page break
    text = _UNBROKEN_TOP + _UNBROKEN_HEAD + "".join(_UNBROKEN_ROWS) + "</TABLE>\n"
    people = _people(tmp_path, text)
    assert people["Oriel Fenwick"]["positions"] == ["Director", "President"]
    assert people["Anselm Pryce"]["address"] == "Calder Advisory Group, 12 Mill Road, Boston, MA 02110"
