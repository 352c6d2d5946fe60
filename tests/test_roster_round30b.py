"""Thirtieth round (b), issue 13: a name and its business address printed as one comma-joined string in the first
column of an EDGAR fixed-width table ('Bruce C. Rohde, One ConAgra' / 'Drive, Omaha, NE 68102'): the comma is the
one between the name and the address, not an inverted name's, so no person 'One ConAgra Bruce C. Rohde' may be
listed. Texts of our own making. Tests marked "fails on main" failed on main 9fbb707 and pass here; the guards
pass on both and protect precision."""
from __future__ import annotations

import kg
from kg.errors import KgError

HEAD = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF ACME FOODS, INC.

<TABLE>
Name and                          Position with           Present Principal
Business Address                  Acme Foods, Inc.        Occupation                          Citizenship
--------------------------------  ----------------------  ----------------------------------  --------------
<S>                               <C>                     <C>                                 <C>
"""


def _read(tmp_path, text: str):
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    try:
        return {p.name: p for p in kg.extract(path).people}
    except KgError:  # (no roster read: every row refused)
        return {}


def _row(first: str, rest: list[str], position: str = "Director") -> str:
    lines = [f"{first:<34}{position:<24}{'--':<36}U.S."] + rest
    return "\n".join(lines) + "\n\n"


JOINED = HEAD + _row("Bruce C. Rohde, One ConAgra", ["Drive, Omaha, NE 68102-5001"], "Chairman of the Board") \
    + _row("Philip B. Fletcher, One ConAgra", ["Drive, Omaha, NE 68102-5001"]) \
    + _row("Mogens Bay, Valmont Industries,", ["Inc., Highway 275, Valley, NE 68064"]) \
    + _row("Carl E. Reichardt, Wells Fargo", ["Bank, 420 Montgomery Street, San", "Francisco, CA 94104"]) + "</TABLE>\n"


def _address_words(names) -> list[str]:
    return [n for n in names if any(w in n for w in ("ConAgra", "Valmont", "Wells", "Fargo", "Central"))]


def test_name_and_address_in_one_cell_lists_no_joined_name(tmp_path):
    """Fails on main (lists 'One ConAgra Bruce C. Rohde' and 'Wells Fargo Carl E. Reichardt')."""
    people = _read(tmp_path, JOINED)
    assert _address_words(people) == []


def test_inverted_name_joined_to_address_is_refused(tmp_path):
    """Fails on main (lists 'Bruce C., One ConAgra Rohde'): 'ROHDE, Bruce C., One ConAgra' is a surname, a given
    name and the address's first words."""
    text = HEAD + _row("ROHDE, Bruce C., One ConAgra", ["Drive, Omaha, NE 68102-5001"], "Chairman of the Board") \
        + _row("FLETCHER, Philip B., One ConAgra", ["Drive, Omaha, NE 68102-5001"]) \
        + _row("REICHARDT, Carl E., Wells Fargo", ["Bank, 420 Montgomery Street, San", "Francisco, CA 94104"]) \
        + "</TABLE>\n"
    assert _address_words(_read(tmp_path, text)) == []


def test_guard_inverted_names_with_their_own_address_column_still_read(tmp_path):
    """Guard (passes on both): 'ROHDE, Bruce C.' with the address in its own column is an inverted name."""
    text = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF ACME FOODS, INC.

<TABLE>
Name                    Position with Acme          Business Address                  Citizenship
----------------------  --------------------------  --------------------------------  -----------
<S>                     <C>                         <C>                               <C>
ROHDE, Bruce C.         Chairman of the Board       One ConAgra Drive, Omaha, NE      U.S.
FLETCHER, Philip B.     Director                    One ConAgra Drive, Omaha, NE      U.S.
REICHARDT, Carl E.      Director                    420 Montgomery Street, San        U.S.
                                                    Francisco, CA 94104
</TABLE>
"""
    people = _read(tmp_path, text)
    assert {"Bruce C. Rohde", "Philip B. Fletcher", "Carl E. Reichardt"} <= set(people)
    assert people["Philip B. Fletcher"].positions == ["Director"]
