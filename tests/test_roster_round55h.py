"""Round 55h (issue 13): gather138's section_sign_bullet_entries_text and gather136's
bollore_numbered_entries_citizenship_line_each_person.

What was wrong: (1) a one-level bulleted list whose bullet a conversion to plain text left alone at the margin
before each name ('§    Pei-yuan Chia', the Wingdings square bullet; '•', 'o' alike) was read as a row of two cells:
the names were recorded with no other value. (2) 'Chicago, Illinois 60601.' (a labelled address closing with the
sentence's full stop) gave no city nor country: the full stop after the postcode hid the US postcode ending.

What changed: kg/forms/roster_margin_bullets.py (called from kg/forms/roster_pages.py) blanks such a bullet where
every bulleted line at the margin names a person and no deeper bulleted item stands in the roster (the pattern is
data: kg/patterns/roster_bullets.yml `margin_bullet`); kg/forms/roster_fields.parse_address drops a full stop right
after an address's last digit.

Tests marked "fails on main" (and the new module's) fail on main e529d672; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.forms.roster_fields import parse_address

HEAD = """\
                                                                     EXHIBIT A

Names, positions, principal occupations, business addresses and citizenship of
the directors and executive officers of Lakemont Industries, Inc.:

"""

ENTRIES = [("Harriet J. Okafor", ["Director, Lakemont Industries, Inc.", "Retired Partner, Brill & Hale LLP",
                                  "c/o 40 Harbor Drive", "Portland, Maine 04101", "Citizenship: United States"]),
           ("Tomasz Wierzbicki", ["Chief Financial Officer, Lakemont Industries, Inc.", "40 Harbor Drive",
                                  "Portland, Maine 04101", "Citizenship: Poland"]),
           ("Elena M. Castillo", ["Director, Lakemont Industries, Inc.", "President, Castillo Ventures",
                                  "Castillo Ventures", "12 Ocean Avenue", "Miami, Florida 33139",
                                  "Citizenship: Spain"])]


def _list(bullet: str, entries=ENTRIES) -> str:
    lines = []
    for name, body in entries:
        lines += [f"{bullet:<5}{name}" if bullet else f"     {name}"] + [f"     {line}" for line in body] + [""]
    return HEAD + "\n".join(lines) + "\n"


def _people(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def _check(people: dict) -> None:
    assert set(people) == {"Harriet J. Okafor", "Tomasz Wierzbicki", "Elena M. Castillo"}
    assert people["Harriet J. Okafor"].positions == ["Director"]
    assert people["Harriet J. Okafor"].citizenship == "United States"
    assert people["Harriet J. Okafor"].address == "c/o 40 Harbor Drive, Portland, Maine 04101"
    assert people["Tomasz Wierzbicki"].citizenship == "Poland"
    assert people["Tomasz Wierzbicki"].positions == ["Chief Financial Officer"]
    assert people["Elena M. Castillo"].citizenship == "Spain"
    assert people["Elena M. Castillo"].address_city == "Miami"


def test_section_sign_bullets_before_the_names(tmp_path):
    """Fails on main: the three names only, no position, address or citizenship."""
    _check(_people(tmp_path, _list("§")))


def test_symbol_and_wingdings_bullets_before_the_names(tmp_path):
    """Fails on main: '•' and the private-use Wingdings bullet U+F0A7 read as '§' is."""
    _check(_people(tmp_path, _list("•")))
    _check(_people(tmp_path, _list("\uf0a7")))


def test_the_list_without_bullets_is_read_alike(tmp_path):
    """Guard (passes on main): the same list with no bullet."""
    _check(_people(tmp_path, _list("")))


def test_a_bullet_before_no_name_keeps_every_bullet():
    """The new module (absent on main): a bulleted line that names no person (a list of another kind) leaves the text as it is."""
    from kg.forms.roster_margin_bullets import without_margin_bullets
    text = _list("§") + "§    Includes 1,200 shares held in trust\n"
    assert without_margin_bullets(text, 0, len(text)) == text


def test_a_two_level_outline_keeps_its_bullets():
    """The new module (absent on main): a deeper bulleted item under the names is a two-level outline's (kg.forms.roster_bullets)."""
    from kg.forms.roster_margin_bullets import without_margin_bullets
    text = HEAD + "•    Harriet J. Okafor\n     o    Director, Lakemont Industries, Inc.\n\n" \
        "•    Tomasz Wierzbicki\n     o    Chief Financial Officer, Lakemont Industries, Inc.\n"
    assert without_margin_bullets(text, 0, len(text)) == text


def test_bullets_blanked_keep_the_offsets():
    """The new module (absent on main): the bullets blanked, every other character where it was."""
    from kg.forms.roster_margin_bullets import without_margin_bullets
    text = _list("§")
    blanked = without_margin_bullets(text, 0, len(text))
    assert len(blanked) == len(text) and "§" not in blanked
    assert blanked.replace(" ", "") == text.replace("§", "").replace(" ", "")


def test_section_sign_family_rendered(tmp_path):
    """Fails on main: section_sign_bullet_entries_text (tests/relayout_heldout138.py, development data) on the first
    development roster read the names only."""
    import relayout
    roster = relayout.load_rosters(Path(__file__).parent / "data" / "relayout" / "people_dev.json")[0]
    _suffix, text, gold = relayout.DEV_FAMILIES["section_sign_bullet_entries_text"](roster, relayout.Options())
    people = _people(tmp_path, text)
    assert set(people) == {g["name"] for g in gold}
    for expected in gold:
        person = people[expected["name"]]
        assert person.positions == expected["positions"]
        assert person.citizenship == expected["citizenship"]
        assert person.address == expected["address"]


BOLLORE = """\
EXHIBIT 1


              INFORMATION CONCERNING THE EXECUTIVE OFFICERS AND
                 DIRECTORS OF ARIEL CAPITAL MANAGEMENT, INC.


1.       JAMES W. ATKINSON
         Principal Business Address:
         307 North Michigan Avenue, Suite 500
         Chicago, Illinois 60601.

         Principal Occupation:  Executive Vice President of Ariel Capital
                                Management, Inc.

         Citizenship:  United States.


2.       MELLODY L. HOBSON
         Principal Business Address:
         200 East Randolph Street
         Chicago, Illinois 60601.

         Principal Occupation:  Director of Ariel Capital Management, Inc.

         Citizenship:  United States.
"""


def test_address_closing_with_a_full_stop_gives_its_city(tmp_path):
    """Fails on main: no city nor country for 'Chicago, Illinois 60601.'."""
    people = _people(tmp_path, BOLLORE)
    assert set(people) == {"James W. Atkinson", "Mellody L. Hobson"}
    assert people["James W. Atkinson"].address_city == "Chicago"
    assert people["James W. Atkinson"].address_country == "US"
    assert people["Mellody L. Hobson"].address == "200 East Randolph Street, Chicago, Illinois 60601"
    assert people["Mellody L. Hobson"].address_city == "Chicago"


def test_parse_address_full_stop_after_postcode():
    """Fails on main: (address, None, None)."""
    assert parse_address("307 North Michigan Avenue\nChicago, Illinois 60601.") == (
        "307 North Michigan Avenue, Chicago, Illinois 60601", "Chicago", "US")


def test_parse_address_without_full_stop_unchanged():
    """Guard: the same address with no full stop, and one ending in a country with its full stop."""
    assert parse_address("307 North Michigan Avenue\nChicago, Illinois 60601") == (
        "307 North Michigan Avenue, Chicago, Illinois 60601", "Chicago", "US")
    assert parse_address("9, Rond-Point des Champs-Elysees\n75008 Paris, France.")[1:] == ("Paris", "FR")
