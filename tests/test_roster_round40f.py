"""Fortieth round (f), issue 13: names whose last word is a street's ('Bill Way', 'Susan Park', 'Grant Hill',
'Ana Lane') and legends of codes given in prose.

1. Labelled blocks whose names stand alone over their labels, underlined (underlined_name_headings roster 5): the
   underline is blanked as a speck before the blocks are read, so 'Bill Way' stood alone between blank lines, and a
   line whose last word is 'Way' was taken for a line of the address above it: his entry was missed and his name
   joined to the address of the entry above. Now a heading standing where the roster's other names stand (alone
   between blank lines, in their column, right over the label under them) is a name whatever its last word
   (kg/forms/roster_block_names.py).
2. A legend of the capacity codes given in a sentence of the preamble, before the table ('In the table, "D" means
   Director, "EO" means Executive Officer and "CB" means Chairman of the Board.'; 'positions are abbreviated as
   follows: D - Director; EO - Executive Officer; CB - Chairman of the Board'): only legend lines ('A = Director')
   and legends under the table were read, so the codes were refused, or printed raw where a run of them held a
   code of two letters ('D, CB'). Now such a sentence is read where it is certain (kg/forms/roster_prose_legend.py,
   through kg/forms/roster_legend.py), and a run of codes holding a letter ('D, CB') is refused like a lone letter
   (kg/forms/roster_guard.py).

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


_ROWS = [("Julian Bott", "D, CB", "10000 Energy Drive, Spring, TX 77389"),
         ("Anne Taylor", "D", "1 Market Plaza, San Francisco, CA 94105"),
         ("Clay Carrell", "EO", "200 Elm Street, Denver, CO 80202"),
         ("Jenny McCauley", "D, EO", "45 Ocean Avenue, Miami, FL 33139")]
_TITLES = {"Julian Bott": ["Director", "Chairman of the Board"], "Anne Taylor": ["Director"],
           "Clay Carrell": ["Executive Officer"], "Jenny McCauley": ["Director", "Executive Officer"]}


def _coded(sentence: str, rows=_ROWS) -> str:
    out = ("SCHEDULE A\n\nDIRECTORS AND EXECUTIVE OFFICERS OF HARBOR ENERGY CORPORATION\n\n" + sentence + "\n\n"
           f"{'Name':<21}{'Position':<11}{'Business Address':<42}Citizenship\n"
           f"{'-' * 18}   {'-' * 8}   {'-' * 39}   {'-' * 13}\n")
    return out + "".join(f"{name:<21}{codes:<11}{address:<42}United States\n" for name, codes, address in rows)


_INTRO = ("The following table sets forth the name, position with Harbor Energy\nCorporation, business address and "
          "citizenship of each director and\nexecutive officer")


def _positions(tmp_path, text: str) -> dict:
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p.positions for p in kg.extract(path).people}


def test_legend_of_quoted_codes_in_a_sentence_before_the_table(tmp_path):
    """Fails on main: the codes were refused ('D') or read raw ('D, CB', 'EO')."""
    text = _coded(_INTRO + '. In the table, "D" means Director, "EO" means Executive\nOfficer and "CB" means '
                  "Chairman of the Board.")
    assert _positions(tmp_path, text) == _TITLES


def test_legend_of_dashed_codes_in_a_sentence_before_the_table(tmp_path):
    """Fails on main: the same with 'D - Director; EO - Executive Officer' in parentheses."""
    text = _coded(_INTRO + " (positions are abbreviated as follows: D - Director;\nEO - Executive Officer; "
                  "CB - Chairman of the Board).")
    assert _positions(tmp_path, text) == _TITLES


def test_a_code_the_sentence_does_not_give_is_refused(tmp_path):
    """Fails on main (no legend read; 'D, CB' read raw): a code the legend does not give ('VC') leaves that
    capacity unread, never raw."""
    rows = [*_ROWS[:3], ("Jenny McCauley", "D, VC", "45 Ocean Avenue, Miami, FL 33139")]
    text = _coded(_INTRO + '. In the table, "D" means Director, "EO" means Executive\nOfficer and "CB" means '
                  "Chairman of the Board.", rows)
    read = _positions(tmp_path, text)
    assert read["Jenny McCauley"] == [] and read["Julian Bott"] == ["Director", "Chairman of the Board"]


def test_codes_without_a_legend_are_never_read_raw(tmp_path):
    """Fails on main: with no legend, 'D, CB' and 'D, EO' were read as positions."""
    read = _positions(tmp_path, _coded(_INTRO + "."))
    assert read["Julian Bott"] == [] and read["Jenny McCauley"] == [] and read["Anne Taylor"] == []


def test_a_sentence_whose_items_are_no_titles_is_no_legend(tmp_path):
    """Fails on main ('D, CB' read raw): 'HE - Harbor Energy' is no title: nothing is decoded (the codes are
    refused)."""
    text = _coded(_INTRO + ' (the "Company": HE - Harbor Energy; D - Delaware).')
    read = _positions(tmp_path, text)
    assert read["Julian Bott"] == [] and read["Anne Taylor"] == []
