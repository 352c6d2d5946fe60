"""Fortieth round (f), issue 13: names whose last word is a street's ('Bill Way', 'Susan Park', 'Grant Hill',
'Ana Lane') and legends of codes given in prose.

1. Labelled blocks whose names stand alone over their labels, underlined (underlined_name_headings roster 5): the
   underline is blanked as a speck before the blocks are read, so 'Bill Way' stood alone between blank lines, and a
   line whose last word is 'Way' was taken for a line of the address above it: his entry was missed and his name
   joined to the address of the entry above. Now a heading standing where the roster's other names stand (alone
   between blank lines, in their column, right over the label under them) is a name whatever its last word
   (kg/forms/roster_block_names.py).

Texts of our own making. Each test marked "fails on main" failed on main eedc97a and passes here; the guards pass
on both."""
from __future__ import annotations

import kg

_PEOPLE = [("Julian Bott", "Director", "10000 Energy Drive", "Spring, Texas 77389"),
           ("Bill Way", "President", "10000 Energy Drive", "Spring, Texas 77389"),
           ("Susan Park", "Director", "1 Market Plaza", "San Francisco, California 94105"),
           ("Grant Hill", "Chief Financial Officer", "200 Elm Street", "Denver, Colorado 80202"),
           ("Ana Lane", "Secretary", "45 Ocean Avenue", "Miami, Florida 33139")]
_PREAMBLE = """SCHEDULE I

DIRECTORS AND EXECUTIVE OFFICERS OF HARBOR ENERGY CORPORATION

     Set forth below, for each director and executive officer of Harbor
     Energy Corporation (the "Company"), are the name, present position with
     the Company, business address and citizenship.

"""


def _blocks(heading, between: str = "") -> str:
    out = _PREAMBLE
    for index, (name, title, street, city) in enumerate(_PEOPLE):
        out += "".join(f"     {line}\n" for line in heading(index, name))
        out += (f"     {'Position with the Company:':<27}{title}\n     {'Business Address:':<27}{street}\n"
                f"     {'':<27}{city}\n     {'Citizenship:':<27}United States of America\n\n{between}")
    return out


def _column() -> str:
    out = _PREAMBLE.replace("business address and citizenship.", "and business address. Each is a citizen of\n"
                            "     the United States.")
    out += f"     {'Name':<20}{'Position':<26}Business Address\n     {'-' * 18}  {'-' * 24}  {'-' * 30}\n"
    for name, title, street, city in _PEOPLE:
        out += f"     {name:<20}{title:<26}{street}\n     {'':<20}{'':<26}{city}\n\n"
    return out


def _read(tmp_path, text: str) -> dict:
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: (p.positions, p.address) for p in kg.extract(path).people}


def _expected() -> dict:
    return {name: ([title], f"{street}, {city}") for name, title, street, city in _PEOPLE}


def test_underlined_names_ending_in_a_street_word_head_their_blocks(tmp_path):
    """Fails on main: 'Bill Way' and 'Ana Lane' were read as the first line of the address above them."""
    read = _read(tmp_path, _blocks(lambda i, name: [name, "-" * len(name)]))
    assert read == _expected()


def test_underlined_names_between_ruled_entries(tmp_path):
    """Fails on main: the same with a full-width rule between entries."""
    read = _read(tmp_path, _blocks(lambda i, name: [name, "-" * len(name)], "-" * 78 + "\n\n"))
    assert read == _expected()


def test_numbered_names_ending_in_a_street_word(tmp_path):
    """Guard (passes on both): a numbered heading is a name whatever its last word."""
    read = _read(tmp_path, _blocks(lambda i, name: [f"{i + 1}. {name}"]))
    assert read == _expected()


def test_names_set_apart_ending_in_a_street_word(tmp_path):
    """Guard (passes on both): a heading set apart by a blank line over its labels."""
    assert _read(tmp_path, _blocks(lambda i, name: [name])) == _expected()


def test_names_in_a_name_column_ending_in_a_street_word(tmp_path):
    """Guard (passes on both): in the name column of a table the last word may be a street's."""
    assert _read(tmp_path, _column()) == _expected()
