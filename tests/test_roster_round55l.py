"""Round 55l (issue 13): deutsche_narrow_name_address_column_addresses_wrap (tests/relayout_heldout139.py).

What was wrong: in Deutsche Acquisition's two columns ('Name' over the address, 26 wide; the titles right) a word
under a name whole by its shape that would not have fitted beside it ('Kenneth J. Bialkin' / 'Skadden' / 'Arps',
'Kenneth E. Stinson' / 'Kiewit Construction' / '  Group, Inc.') was read as the name's last: persons who are none
('Kenneth J. Bialkin Skadden').

What changed: kg/forms/roster_address_under_name.py: a table where at least two lines right under a name whole by
its shape print, at its margin, a line no name's wrap can be (a digit, an address line, an organisation) stacks the
address under the name; there a word under a name whole by its shape is the address's (kg/forms/roster_grid.py
`_name_goes_on`, kg/forms/roster_gridentry.py `shared`).

Texts of our own making. Tests marked "fails on main" fail on main e821ab87; the guard passes on both."""
from __future__ import annotations

import kg

HEAD = """\
                              Exhibit 3

                     The Halloran Bridge Companies, Inc.

                          Officers and Directors

The following table sets forth the name, position with The Halloran Bridge
Companies, Inc. ("Purchaser") and present principal occupation of each Director
and Executive Officer of Purchaser. Each individual listed below is a citizen of
the United States.

<TABLE>
Name                      Title
----                      -----
<S>                       <C>
"""

STACKED = HEAD + """\
Harold P. Wexmouth        Director of Purchaser; Chief Executive
Wexmouth Holdings, Inc.

Kenneth J. Bialkin        Director of Purchaser; Partner, Skadden
Skadden
Arps
Slate

Carolyn H. Byrd           Director of Purchaser; Chairman
Globaltech Financial

Leslie B. Disharoon       Director of Purchaser; Retired Chairman
2715 Farmington Heights

Janet M. Dolan            Director of Purchaser; Chief Executive
Tennant Company

</TABLE>
"""

WRAPPED = HEAD + """\
Francis Michael Cyprian   Director of Purchaser
Cuss

Ann Lyle Wexford          Director of Purchaser

</TABLE>
"""


def _people(text: str, tmp_path) -> dict:
    path = tmp_path / "roster.txt"
    path.write_text(text)
    return {p.name: p for p in kg.extract(path).people}


def test_word_under_whole_name_is_the_address(tmp_path):
    """Fails on main: 'Kenneth J. Bialkin Skadden', a person who is none."""
    people = _people(STACKED, tmp_path)
    assert "Kenneth J. Bialkin" in people
    assert not any("Skadden" in name or "Globaltech" in name for name in people)


def test_every_whole_name_read(tmp_path):
    """Fails on main: 'Carolyn H. Byrd' / 'Globaltech Financial' was read as one name and left out."""
    people = _people(STACKED, tmp_path)
    assert {"Harold P. Wexmouth", "Kenneth J. Bialkin", "Carolyn H. Byrd", "Leslie B. Disharoon",
            "Janet M. Dolan"} <= set(people)


def test_guard_name_wrapped_without_stacked_addresses(tmp_path):
    """Guard (passes on both): no address stands under a whole name, so a name's wrapped word is not touched."""
    people = _people(WRAPPED, tmp_path)
    assert "Ann Lyle Wexford" in people
    assert not any(name.startswith("Ann Lyle Wexford ") for name in people)
