"""Forty-seventh round (u), issue 13: Chittenden's one paragraph per person, printed otherwise (the blind family
prose_name_lead_honorific_sentences, heldout64): '<Name>.  Mr. <Surname> is <titles> of <Org> and is <occupation>.',
"Mr. <Surname>'s business address is <address>." where it is not the preamble's default, 'Mr. <Surname> is a citizen
of <country>.' where not the default; the preamble's organisation ending in a legal form's full stop ('..., Inc. is
<address>'); in other printings a rule under each paragraph with no blank line after it, or '(1)' before each name.

What was wrong: the possessive sentence named the person but was taken for a sentence about someone else ('Mr.
Dassault' followed by "'s"), so the default address went on a person whose own is printed (a value on the wrong
person); paragraphs under rules were read as one (names with their sentence's stop, 'Andre. Desmarais') and '(1)'
before a name was no entry's number; the default address was not read past 'Inc.'; a second 'and is <occupation>'
stayed joined to the first; 'N.A..' (the abbreviation's stop and the sentence's) lost both.

Texts of our own making. Each test marked "fails on main" fails on main 47aa355 and passes here; the guards pass on
both."""
from __future__ import annotations

from pathlib import Path

import kg

_HEAD = """<PAGE>

                                   EXHIBIT B
                                   ---------
                      DIRECTORS AND EXECUTIVE OFFICERS OF
                           GRANITE HOLLOW HOLDINGS, INC.

     Unless otherwise indicated below, the business address of each of the
following directors and/or executive officers of Granite Hollow Holdings,
Inc. is 12 Quarry Road, Barre, Vermont 05641, and each of them is a citizen of
the United States.

"""

_PLAIN = _HEAD + """     Odile Brennan.  Ms. Brennan is a director of Granite Hollow Holdings, Inc.
and is Partner, Lynch & Moy.  Ms. Brennan's business address is Lynch & Moy,
40 King Street West, Toronto, Ontario M5H 3C2.  Ms. Brennan is a citizen of
Canada.

     Tomas Ekdahl.  Mr. Ekdahl is President and Chief Executive Officer of
Granite Hollow Holdings, Inc.

     Piero Castellani.  Mr. Castellani is a director of Granite Hollow
Holdings, Inc. and is Professor of Geology, Dartmouth College and is Chairman,
Vermont Stone Trust, N.A..
"""

_RULED = _HEAD + """     BRENNAN, Odile.  Ms. Brennan is a director of Granite Hollow Holdings,
Inc. and is Partner, Lynch & Moy.  Ms. Brennan's business address is Lynch &
Moy, 40 King Street West, Toronto, Ontario M5H 3C2.
     ----------
     EKDAHL, Tomas.  Mr. Ekdahl is President and Chief Executive Officer of
Granite Hollow Holdings, Inc.
     ----------
     CASTELLANI, Piero.  Mr. Castellani is a director of Granite Hollow
Holdings, Inc.
     ----------
"""

_NUMBERED = _HEAD + """     (1) Odile Brennan.  Ms. Brennan is a director of Granite Hollow Holdings,
Inc. and is Partner, Lynch & Moy.

     (2) Tomas Ekdahl.  Mr. Ekdahl is President and Chief Executive Officer of
Granite Hollow Holdings, Inc.

     (3) Piero Castellani.  Mr. Castellani is a director of Granite Hollow
Holdings, Inc.
"""

_NAMES = ["Odile Brennan", "Tomas Ekdahl", "Piero Castellani"]
_DEFAULT = "12 Quarry Road, Barre, Vermont 05641"


def _people(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "exhibit.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_possessive_address_sentence_is_the_persons_own(tmp_path):  # fails on main
    people = _people(tmp_path, _PLAIN)
    assert people["Odile Brennan"].address == "Lynch & Moy, 40 King Street West, Toronto, Ontario M5H 3C2"
    assert people["Odile Brennan"].citizenship == "Canada"


def test_default_address_read_past_the_organisations_legal_form(tmp_path):  # fails on main
    people = _people(tmp_path, _PLAIN)
    assert people["Tomas Ekdahl"].address == _DEFAULT
    assert people["Piero Castellani"].address == _DEFAULT
    assert people["Tomas Ekdahl"].citizenship == "United States"


def test_each_and_is_clause_is_an_occupation_of_its_own(tmp_path):  # fails on main
    people = _people(tmp_path, _PLAIN)
    assert people["Piero Castellani"].other_positions == ["Professor of Geology, Dartmouth College",
                                                          "Chairman, Vermont Stone Trust, N.A."]
    assert people["Piero Castellani"].positions == ["Director"]


def test_rule_under_each_paragraph_ends_it(tmp_path):  # fails on main
    people = _people(tmp_path, _RULED)
    assert sorted(people) == sorted(_NAMES)
    assert people["Odile Brennan"].address == "Lynch & Moy, 40 King Street West, Toronto, Ontario M5H 3C2"
    assert people["Tomas Ekdahl"].positions == ["President", "Chief Executive Officer"]
    assert people["Piero Castellani"].address == _DEFAULT


def test_parenthesised_number_before_the_name(tmp_path):  # fails on main
    people = _people(tmp_path, _NUMBERED)
    assert sorted(people) == sorted(_NAMES)
    assert people["Odile Brennan"].other_positions == ["Partner, Lynch & Moy"]
    assert people["Tomas Ekdahl"].address == _DEFAULT


def test_another_persons_possessive_is_no_value_of_this_one(tmp_path):  # guard
    text = _HEAD + """     Odile Brennan.  Ms. Brennan is a director of Granite Hollow Holdings, Inc.
Mr. Ekdahl's business address is 9 Elm Street, Montpelier, Vermont 05602.

     Tomas Ekdahl.  Mr. Ekdahl is President of Granite Hollow Holdings, Inc.
"""
    people = _people(tmp_path, text)
    assert people["Odile Brennan"].address != "9 Elm Street, Montpelier, Vermont 05602"


def test_chittenden_paragraphs_still_read(tmp_path):  # guard: gather23's prose_honorific_paragraphs
    text = """     The following persons are the executive officers and/or directors of Granite Hollow Holdings, Inc.
Unless otherwise indicated below, the business address of each of them is 12 Quarry Road, Barre, Vermont
05641, and each of them is a citizen of the United States.

     Odile Brennan.  Ms. Brennan is a director of Granite Hollow Holdings, Inc. and is Partner, Lynch & Moy.
Her business address is Lynch & Moy, 40 King Street West, Toronto, Ontario M5H 3C2.

     Tomas Ekdahl.  Mr. Ekdahl is President of Granite Hollow Holdings, Inc.
"""
    people = _people(tmp_path, text)
    assert people["Odile Brennan"].address == "Lynch & Moy, 40 King Street West, Toronto, Ontario M5H 3C2"
    assert people["Odile Brennan"].other_positions == ["Partner, Lynch & Moy"]
    assert people["Tomas Ekdahl"].address == _DEFAULT
