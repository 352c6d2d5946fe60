"""Forty-second round (b), issue 13: a name read with a word of the line under it that would have fitted on the
name's own line.

In the mutation bench (indented_name_address_offices, roster 4, under indent_page and blank_removed) the name
'Kenneth J. Bialkin', with the law firm of his address stacked under it ('Skadden' / 'Arps' / 'Slate'), was read
'Kenneth J. Bialkin Skadden': a person who is none. A typist carries a word of a name over to the next line only
when it does not fit before the next column; a word that would have fitted opens another value. Such a person is
now left out with a `roster-ambiguous` finding (kg/forms/roster_name_overrun.py, called from the last guard,
kg/forms/roster_junk.py).

Texts of our own making. The test marked "fails on main" failed on main b63d17f and passes here; the guard passes
on both."""
from __future__ import annotations

import kg

_HEAD = """                                   SCHEDULE A
   EXECUTIVE OFFICERS AND DIRECTORS OF HALLORAN MILLS CORPORATION
         Set forth below are the name, business address and present principal
occupation or employment of each executive officer and director of Halloran
Mills Corporation. Each such person is a citizen of the United States.
"""

_FIRM_UNDER_NAME = _HEAD + """    (1) Margaret E. Lindqvist               Director of Halloran Mills
    Northgate Capital                       Corporation; Managing Partner
    (2) Thomas R. Abernathy                 Director of Halloran Mills
    Cravath                                 Corporation; Partner, Cravath
    Swaine
    Moore
    (3) Denise K. Okafor                    Director of Halloran Mills
    Halloran Mills Corporation              Corporation; Chief Executive
"""

_NAME_WRAPPED = _HEAD + """
NAME                    PRESENT PRINCIPAL OCCUPATION

Margaret E. Lindqvist   Director of Halloran Mills Corporation
Thomas Alexander        Chief Executive Officer of Halloran Mills
Abernathy-Whitfield     Corporation
Denise K. Okafor        Chief Financial Officer of Halloran Mills
                        Corporation
"""


def _people(tmp_path, text: str) -> dict:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_a_firm_word_under_a_name_that_would_have_fitted_is_no_part_of_it(tmp_path):
    """Fails on main (a person 'Thomas R. Abernathy Cravath')."""
    people = _people(tmp_path, _FIRM_UNDER_NAME)
    assert not any("Cravath" in name for name in people)
    assert {"Margaret E. Lindqvist", "Denise K. Okafor"} <= set(people)


def test_a_surname_carried_over_for_want_of_room_is_still_read(tmp_path):
    """Guard (passes on main too): 'Abernathy-Whitfield' would not fit after 'Thomas Alexander' in its column."""
    people = _people(tmp_path, _NAME_WRAPPED)
    assert "Thomas Alexander Abernathy-Whitfield" in people
    assert people["Thomas Alexander Abernathy-Whitfield"].positions == ["Chief Executive Officer"]
