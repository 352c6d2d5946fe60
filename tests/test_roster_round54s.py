"""Round 54s (issue 13): gather130's national_grid_name_over_title_lines_postamble_address.

What was wrong: a 'SCHEDULE A' of entries, each a name alone on its line, its title and occupation lines, a
'Business Address:' line only where the address is not the shared one, and a 'Citizenship:' line closing it; the
shared address after the list ('Unless otherwise indicated, the business address of each person listed above is:',
a blank line, the address lines set in). The first entry's first label is 'Citizenship:', so a block began at each
'Citizenship:' and a 'Business Address:' printed in the next entry went to the entry above (its city on the wrong
person); the shared address, set out below the colon in a paragraph of its own, was never read.

What changed: kg/forms/roster_block_opens.py (a label printed under a name set apart above, alone on its line, belongs
to that name's entry: kg/forms/roster_blocks.py opens its block there, and the unlabelled lines under that name are
that entry's, never a value of the entry above); kg/forms/roster_after_colon.py (a paragraph
after the list ending 'is:' is read with the address lines of the next paragraph: kg/forms/roster_after.py
default_after).

Texts of our own making. Tests marked "fails on main" fail on main ef60ab35; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg

HEAD = """\
<PAGE>
                                  SCHEDULE A

Names, positions, corporate affiliations and business addresses of the
directors and executive officers of Corvane Industries:

Corvane Industries

"""

ENTRIES = """\
Harriet L. Osgood
Director, Corvane Industries
Senior Partner of Osgood & Vail, a law firm in Hartford, Connecticut, for
    over ten years
Director of Pellham Mills Corporation
Citizenship: United States of America

Martin J. Fogg
Vice President, Corvane Industries
Director of Ashby Tool Company
Citizenship: Canada

Raymond K. Tillery
Director, Corvane Industries
President and Chief Executive Officer of Tillery Freight Corp.
    for over five years
Business Address: Tillery Freight Corp. 400 River Road,
    Dayton, OH 45402
Citizenship: United States of America

"""

SHARED = """
Unless otherwise indicated, the business address of each person listed above is:

   Osgood & Vail
   90 State Street, Suite 700
   Hartford, CT 06103
"""


def _people(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "roster.txt"
    path.write_text(text)
    return {p.name: p for p in kg.extract(path).people}


def test_an_address_label_belongs_to_the_entry_it_is_printed_in(tmp_path):  # fails on main
    people = _people(tmp_path, HEAD + ENTRIES + SHARED)
    assert people["Raymond K. Tillery"].address_city == "Dayton"
    assert people["Harriet L. Osgood"].address_city != "Dayton"
    assert people["Raymond K. Tillery"].positions == ["Director"]


def test_the_shared_address_set_out_below_the_colon_is_read(tmp_path):  # fails on main
    people = _people(tmp_path, HEAD + ENTRIES + SHARED)
    assert people["Harriet L. Osgood"].address == "Osgood & Vail, 90 State Street, Suite 700, Hartford, CT 06103"
    assert people["Martin J. Fogg"].address_city == "Hartford"
    assert people["Raymond K. Tillery"].address_city == "Dayton"  # (its own address kept)


def test_the_lines_under_a_name_are_its_entrys_not_the_entry_above(tmp_path):  # fails on main
    entries = ENTRIES.replace("Business Address: Tillery Freight Corp. 400 River Road,\n    Dayton, OH 45402\n", "")
    people = _people(tmp_path, HEAD + entries)
    assert sorted(people) == ["Harriet L. Osgood", "Martin J. Fogg", "Raymond K. Tillery"]
    assert people["Martin J. Fogg"].citizenship == "Canada"
    assert all(p.address is None for p in people.values())  # (main: Fogg's title lines were Osgood's address)
    assert people["Martin J. Fogg"].positions == ["Vice President"]


def test_a_list_of_names_with_their_own_addresses_is_no_shared_address(tmp_path):  # guard
    listed = SHARED.replace("   Osgood & Vail\n   90 State Street, Suite 700\n   Hartford, CT 06103\n",
                            "   Harriet L. Osgood     90 State Street, Hartford, CT 06103\n"
                            "   Martin J. Fogg        12 King Street, Toronto, ON M5H 1A1\n")
    people = _people(tmp_path, HEAD + ENTRIES + listed)
    assert people["Martin J. Fogg"].address_city != "Hartford"
