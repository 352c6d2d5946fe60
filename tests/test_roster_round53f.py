"""Round 53f (issue 13): Canopy's exhibit with the organisation on the line under the title and sentences by the short
name it defines: gather109's canopy_controlling_persons_term_sentences_26_14.

What was wrong: the title 'Directors and Executive Officers, and Controlling Persons' names no organisation; the line
right under it, 'of American International Group, Inc. ("AIG")', was never read, so the roster had no organisation
and 'AIG' was no name of it: 'Mr. Chia is a Director of AIG.' gave an occupation elsewhere, 'Director of AIG', and
'He is also Retired Vice Chairman, X.' (a sentence by pronoun) stayed glued to it: 'Director of AIG. He is also
Retired Vice Chairman, Citicorp and Citibank, N.A.' as one other position.

What changed: kg/forms/roster_title_under.py (new): a title of bodies that names no organisation, with 'of <Org>'
(and a short name defined in quotes) alone on the line(s) right under it: that organisation is the roster's, its
short name an alias. kg/forms/roster_phrases.py `sentence_roles`: a sentence 'He/She is also <role>.' after the first
is another role of the same person, as 'Mr. X is also <role>.' was.

Texts of our own making. Tests marked "fails on main" fail on main 8f28a27; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict

TITLE = "Directors and Executive Officers, and Controlling Persons"
BLOCKS = [
    ["Harriet P. Quenby", "14 Larkspur Road", "Tulsa, Oklahoma 74103",
     "Principal Occupation:     Ms. Quenby is the President and a Director of BWE.",
     "Citizenship:  United States"],
    ["Osric T. Penhallow", "9 Cathedral Close", "Bristol BS1 5TJ", "United Kingdom",
     "Principal Occupation:     Mr. Penhallow is a Director of BWE. He is also",
     "                          Senior Partner, Marlowe & Finch LLP.",
     "Citizenship:  United Kingdom"],
    ["Delphine Ravenscroft", "14 Larkspur Road", "Tulsa, Oklahoma 74103",
     "Principal Occupation:     Ms. Ravenscroft is the Chief Financial Officer of",
     "                          BWE.",
     "Citizenship:  United States"],
]


def _exhibit(under: list[str], blocks: list[list[str]] = BLOCKS) -> str:
    lines = [TITLE, *under, "", ""]
    for block in blocks:
        lines += block + [""]
    return "\n".join(lines) + "\n"


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "exhibit.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


UNDER = ['of Bramblewick Energy Company ("BWE")']


def test_the_organisation_under_the_title_is_the_rosters(tmp_path):
    """Fails on main: no organisation was read (the line under the title was left), 'BWE' no name of it."""
    people = _people(tmp_path, _exhibit(UNDER))
    assert {p["organization"] for p in people.values()} == {"Bramblewick Energy Company"}
    assert people["Harriet P. Quenby"]["positions"] == ["President", "Director"]
    assert people["Harriet P. Quenby"]["other_positions"] == []
    assert people["Delphine Ravenscroft"]["positions"] == ["Chief Financial Officer"]


def test_a_pronoun_sentence_gives_another_role_of_the_same_person(tmp_path):
    """Fails on main: 'Director of BWE. He is also Senior Partner, Marlowe & Finch LLP' as one other position."""
    person = _people(tmp_path, _exhibit(UNDER))["Osric T. Penhallow"]
    assert person["positions"] == ["Director"]
    assert person["other_positions"] == ["Senior Partner, Marlowe & Finch LLP"]
    assert person["citizenship"] == "United Kingdom"


def test_a_pronoun_sentence_of_another_kind_is_refused_not_a_role(tmp_path):
    """Fails on main ('Director of BWE. He retired in 1999' as an occupation): a sentence by pronoun that gives no
    role ('He retired in 1999.') is not read as one; the value is refused with a finding."""
    blocks = [BLOCKS[0], [*BLOCKS[1][:4], "Principal Occupation:     Mr. Penhallow is a Director of BWE. He retired",
                          "                          in 1999.", "Citizenship:  United Kingdom"]]
    path = tmp_path / "exhibit.txt"
    path.write_text(_exhibit(UNDER, blocks), encoding="utf-8")
    filing = kg.extract(path)
    person = next(p for p in filing.people if p.name == "Osric T. Penhallow")
    assert not any("retired" in t for t in person.positions + person.other_positions)
    assert any(w.code == "roster-ambiguous" and "retired" in w.message for w in filing.warnings)


def test_guard_a_line_under_the_title_that_is_a_persons_name_is_no_organisation(tmp_path):
    """Guard (passes on both): the title names no organisation and the first person's block follows two blank lines
    (the real Canopy exhibit): no organisation is read from the person's lines (the one every sentence names is)."""
    people = _people(tmp_path, _exhibit([]))
    assert {p.get("organization") for p in people.values()} == {"BWE"}
    assert people["Osric T. Penhallow"]["address"] == "9 Cathedral Close, Bristol BS1 5TJ, United Kingdom"
    assert people["Harriet P. Quenby"]["citizenship"] == "United States"


def test_guard_a_title_naming_its_organisation_keeps_it(tmp_path):
    """Guard (passes on both): a title that names its organisation ('... Persons of Bramblewick Energy Company') keeps
    it; a further line under it is not read as another organisation."""
    text = _exhibit([]).replace(TITLE, f"{TITLE} of Bramblewick Energy Company", 1)
    people = _people(tmp_path, text)
    assert {p["organization"] for p in people.values()} == {"Bramblewick Energy Company"}
