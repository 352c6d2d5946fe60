"""Round 54d (issue 13): gather115's chittenden_term_is_sentences_citizenship_postamble read whole.

What was wrong: (1) '(a) Pei-yuan Chia.  Mr. Chia is Director of AIG.': a paragraph opening with a letter in
parentheses was no prose entry (only '1.' and '(1)' were numbering), so the numbered variant read no one; (2) 'The
business address of each of the following directors and/or executive officers of Ariel Capital Management, Inc.
("ACM") is 307 North Michigan Avenue, ...': the legal form's full stop before the defined short name ended the
sentence, so no default address was read; (3) 'DIRECTORS AND EXECUTIVE OFFICERS OF' / 'LOR FINANCE': the
organisation's line, shaped like a person's name, ended the title as the first entry's name, so the preamble's
sentence opened after 'LOR FINANCE' and no default address was read.

What changed: kg/forms/roster_prose.py `_NUMBER` and kg/forms/roster_prose_paragraphs.py `OPENING`,
`OPENING_INVERTED` ('(a)' numbers a paragraph); kg/patterns/roster.yml `default_address` (a legal form's stop followed
by a quoted short name in parentheses, then 'is', ends nothing); kg/forms/roster_title.py (the line under a title line
closing on '... DIRECTORS / OFFICERS / PARTNERS ... OF' is the title's organisation, never the first entry's name).

Texts of our own making. Tests marked "fails on main" fail on main e61d9da3; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg

LETTERED = """\

                                   EXHIBIT 2
                                   ---------
                      DIRECTORS AND EXECUTIVE OFFICERS OF
                          HALVERSTON TRUST COMPANY

     Set forth below are the name, business address and present principal
occupation of each director and executive officer of Halverston Trust Company
("HTC").

     (a) Rupert G. Oakhill.  Mr. Oakhill is Director of HTC.  Mr. Oakhill is also
President, Oakhill Orchards Ltd.  Mr. Oakhill's business address is 4 Mill
Lane, Hartford, Connecticut 06103.

     (b) Nadia P. Quarrell.  Ms. Quarrell is Director and Secretary of HTC.  Ms.
Quarrell's business address is 90 State Street, Albany, New York 12207.

     (c) Tobias E. Wrenfield.  Mr. Wrenfield is Treasurer of HTC.  Mr.
Wrenfield's business address is 12 Elm Row, Boston, Massachusetts 02108.

     All of the persons listed above are citizens of the United States, except
Nadia P. Quarrell, who is a citizen of Canada.
"""

TERM_AFTER_INC = """\
<PAGE>

                                   EXHIBIT 2
                                   ---------
                      DIRECTORS AND EXECUTIVE OFFICERS OF
                         HARROWGATE ASSET PARTNERS, INC.

     The business address of each of the following directors and/or executive
officers of Harrowgate Asset Partners, Inc. ("HAP") is 12 Dearborn Plaza,
Suite 300, Chicago, Illinois 60603, unless otherwise indicated below.

     Walter K. Penrose.  Mr. Penrose is Executive Vice President of HAP.

     Delia R. Ashcombe.  Ms. Ashcombe is Director and President of HAP.  Ms.
Ashcombe's business address is 40 Wacker Drive, Chicago, Illinois 60606.

     All of the persons listed above are citizens of the United States.
"""

NAME_SHAPED_ORG = """\
<PAGE>

                                   EXHIBIT 2
                                   ---------
                      DIRECTORS AND EXECUTIVE OFFICERS OF
                                 KESTREL FINANCE

     The business address of each of the following directors and/or executive
officers of Kestrel Finance ("KF") is 8, rue Royale, 75008 Paris, France,
unless otherwise indicated below.

     Luc Ferrand.  Mr. Ferrand is President of KF.  Mr. Ferrand is also Head of
Treasury, Banque Orme.

     Odile Marchetti.  Ms. Marchetti is Director of KF.  Ms. Marchetti's business
address is 3, quai Voltaire, 75007 Paris, France.

     All of the persons listed above are citizens of France.
"""

SHARED = "12 Dearborn Plaza, Suite 300, Chicago, Illinois 60603"


def _people(tmp_path: Path, text: str, name: str = "roster.txt") -> dict:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_lettered_paragraphs_are_entries(tmp_path):  # fails on main
    people = _people(tmp_path, LETTERED)
    assert sorted(people) == ["Nadia P. Quarrell", "Rupert G. Oakhill", "Tobias E. Wrenfield"]
    assert people["Rupert G. Oakhill"].positions == ["Director"]
    assert people["Rupert G. Oakhill"].other_positions == ["President, Oakhill Orchards Ltd."]
    assert people["Nadia P. Quarrell"].address == "90 State Street, Albany, New York 12207"
    assert people["Nadia P. Quarrell"].citizenship == "Canada"
    assert people["Tobias E. Wrenfield"].citizenship == "United States"
    assert people["Tobias E. Wrenfield"].address == "12 Elm Row, Boston, Massachusetts 02108"


def test_default_address_after_a_legal_form_and_its_defined_short_name(tmp_path):  # fails on main
    people = _people(tmp_path, TERM_AFTER_INC)
    assert sorted(people) == ["Delia R. Ashcombe", "Walter K. Penrose"]
    assert people["Walter K. Penrose"].address == SHARED
    assert people["Delia R. Ashcombe"].address == "40 Wacker Drive, Chicago, Illinois 60606"  # her own, not the default


def test_an_organisation_shaped_like_a_name_under_the_title_is_no_entry(tmp_path):  # fails on main
    people = _people(tmp_path, NAME_SHAPED_ORG)
    assert sorted(people) == ["Luc Ferrand", "Odile Marchetti"]
    assert people["Luc Ferrand"].address == "8, rue Royale, 75008 Paris, France"
    assert people["Luc Ferrand"].organization == "Kestrel Finance"
    assert people["Odile Marchetti"].address == "3, quai Voltaire, 75007 Paris, France"


def test_unnumbered_paragraphs_and_a_default_without_a_short_name_still_read(tmp_path):  # guard
    text = TERM_AFTER_INC.replace('Harrowgate Asset Partners, Inc. ("HAP") is', "Harrowgate Asset Partners is")
    people = _people(tmp_path, text)
    assert sorted(people) == ["Delia R. Ashcombe", "Walter K. Penrose"]
    assert people["Walter K. Penrose"].address == SHARED
    assert people["Walter K. Penrose"].citizenship == "United States"


def test_a_person_in_capitals_under_a_complete_title_still_opens_the_list(tmp_path):  # guard
    text = """\
                                  SCHEDULE A

                     DIRECTORS AND EXECUTIVE OFFICERS OF
                           HARROWGATE ASSET PARTNERS

WALTER K. PENROSE
   Executive Vice President
   12 Dearborn Plaza, Chicago, Illinois 60603
   Citizen of the United States

DELIA R. ASHCOMBE
   Director and President
   12 Dearborn Plaza, Chicago, Illinois 60603
   Citizen of the United States
"""
    people = _people(tmp_path, text)
    assert {n.casefold() for n in people} == {"walter k. penrose", "delia r. ashcombe"}


def test_roman_numbered_paragraphs_and_a_the_defined_term(tmp_path):  # fails on main
    text = LETTERED.replace("(a) ", "(i) ").replace("(b) ", "(ii) ").replace("(c) ", "(iii) ")
    people = _people(tmp_path, text)
    assert sorted(people) == ["Nadia P. Quarrell", "Rupert G. Oakhill", "Tobias E. Wrenfield"]
    assert people["Tobias E. Wrenfield"].positions == ["Treasurer"]
    people = _people(tmp_path, TERM_AFTER_INC.replace('("HAP") is', '(the "Company") is').replace(" of HAP.",
                                                                                                  " of the Company."))
    assert people["Walter K. Penrose"].address == SHARED
