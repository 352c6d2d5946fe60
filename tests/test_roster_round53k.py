"""Round 53k (issue 13): gather106's employer_citizenship_column_bsci (BSCI's Exhibit 1.1: an EDGAR <TABLE> Name |
Present Principal Occupation or Employment | Name of Employer | Business Address | Citizenship, every cell wrapping
under itself).

What was wrong: the title 'IDENTITY AND BACKGROUND OF SOUTHWESTERN ENERGY'S DIRECTORS AND OFFICERS' gives the roster
its organisation as the short name 'Southwestern Energy', which the preamble defines as 'Southwestern Energy Company
("Southwestern Energy")'; the definition was spelt out only for a one-word short name ('AIG', 'Canopy'), so the
employer cell 'Southwestern' / 'Energy Company' was not read as the listed organisation: every title there became an
occupation elsewhere ('Director, Southwestern Energy Company'), the outside occupations under it joined to it
('Chair of the Board Professional Board Director, Novo Holdings A/S').

What changed: kg/forms/roster_defined.py `with_legal_form` (new): a short name of several words defined as the full
name less its legal form gives that full name (where every definition prints the same one), which
kg/forms/roster_preamble.py makes the listed organisation's name, so the employer column naming it reads as the listed
one; kg/forms/roster_classify.py: a role naming an alias that opens the spelt-out name ('Officer of Scout Capital' of
'Scout Capital Corp.') is still a title there.

Texts of our own making. Tests marked "fails on main" fail on main 3ddbca1; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict

TABLE = """\
<PAGE>

                                                                   EXHIBIT 1.2

          IDENTITY AND BACKGROUND OF {TERM_UPPER}'S DIRECTORS AND
                                    OFFICERS

To the knowledge of the Reporting Persons, the following represents the names,
present principal occupations or employment, the names of the employers, the
business addresses and the citizenship of the directors and officers of
{DEFINED}.

{TERM}'s Directors and Officers

<TABLE>
<CAPTION>
                            Present Principal             Name of                Business
        Name             Occupation or Employment         Employer               Address          Citizenship
--------------------   ---------------------------   ------------------   ---------------------   -----------
<S>                    <C>                           <C>                  <C>                     <C>
Catherine A. Walton    Director                      Eastfield            400 Ridge Road,         United States
                                                     Energy Company       Tulsa, Oklahoma 74103   of America

Gregory P. Lind        Chair of the Board            Eastfield            400 Ridge Road,         United States
                                                     Energy Company       Tulsa, Oklahoma 74103   of America
                       Professional Board Director

Helen M. Sato          Chief Financial Officer       Eastfield            400 Ridge Road,         United States
                                                     Energy Company       Tulsa, Oklahoma 74103   of America
</TABLE>
"""


def _people(tmp_path: Path, term: str, defined: str) -> dict[str, dict]:
    path = tmp_path / "exhibit.txt"
    path.write_text(TABLE.format(TERM=term, TERM_UPPER=term.upper(), DEFINED=defined), encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path))["people"]}


def test_a_defined_short_name_of_two_words_names_the_employer_column(tmp_path):  # fails on main
    people = _people(tmp_path, "Eastfield Energy", 'Eastfield Energy Company ("Eastfield Energy")')
    assert people["Catherine A. Walton"]["positions"] == ["Director"]
    assert people["Catherine A. Walton"]["other_positions"] == []
    assert people["Helen M. Sato"]["positions"] == ["Chief Financial Officer"]
    assert people["Helen M. Sato"]["other_positions"] == []
    assert people["Gregory P. Lind"]["positions"] == ["Chair of the Board"]
    assert people["Gregory P. Lind"]["other_positions"] == ["Professional Board Director"]
    assert people["Helen M. Sato"]["organization"] == "Eastfield Energy Company"  # (the name in full, as defined)


def test_no_value_is_read_into_another_when_the_employer_is_the_listed_organisation(tmp_path):  # fails on main
    people = _people(tmp_path, "Eastfield Energy", 'Eastfield Energy Company ("Eastfield Energy")')
    values = [v for p in people.values() for v in p["positions"] + p["other_positions"]]
    assert not any("Eastfield" in v for v in values)  # (the employer column's value is no part of a title)


def test_a_short_name_is_spelt_out_only_where_a_legal_form_alone_follows_it():  # fails on main (no such reader)
    from kg.forms.roster_defined import with_legal_form
    assert with_legal_form("Power Corporation", 'of Power Corporation of Canada ("Power Corporation").') is None
    assert with_legal_form("Eastfield Energy", 'of Eastfield Energy Company ("Eastfield Energy") and of Eastfield '
                                               'Energy Inc. ("Eastfield Energy").') is None  # (two definitions differ)
    assert with_legal_form("Eastfield Energy", "of Eastfield Energy Company.") is None  # (no definition printed)
    assert with_legal_form("AIG", 'of American International Group, Inc. ("AIG").') is None  # (one word: spelt_out's)
    assert with_legal_form("Novo Holdings", 'of Novo\nHoldings A/S ("Novo Holdings").') == "Novo Holdings A/S"


def test_guard_a_one_word_short_name_is_still_spelt_out_from_its_initials():
    from kg.forms.roster_defined import spelt_out
    assert spelt_out("AIG", 'of American International Group, Inc. ("AIG").') == "American International Group, Inc."


def test_guard_another_employer_is_still_an_occupation_elsewhere(tmp_path):
    text = TABLE.replace("Catherine A. Walton    Director                      Eastfield            400 Ridge Road,",
                         "Catherine A. Walton    Partner                       Hale & Dorr          400 Ridge Road,") \
        .replace("                                                     Energy Company       Tulsa, Oklahoma 74103   of America\n\n"
                 "Gregory", "                                                     LLP                  Tulsa, Oklahoma 74103"
                 "   of America\n\nGregory", 1)
    path = tmp_path / "exhibit.txt"
    path.write_text(text.format(TERM="Eastfield Energy", TERM_UPPER="EASTFIELD ENERGY",
                                DEFINED='Eastfield Energy Company ("Eastfield Energy")'), encoding="utf-8")
    people = {p["name"]: p for p in to_dict(kg.extract(path))["people"]}
    assert people["Catherine A. Walton"]["positions"] == []
    assert people["Catherine A. Walton"]["other_positions"] == ["Partner, Hale & Dorr LLP"]


def test_a_role_of_the_short_name_is_a_title_of_the_spelt_out_organisation():  # fails on main
    from kg.forms.roster_classify import classify
    item = "Director, Officer and Chief Financial Officer of Scout Capital 400"  # (a suite number joined to it)
    assert classify(item, "Scout Capital Corp.", ("Scout Capital",), False)[0] == "position"


def test_guard_a_role_of_another_organisation_stays_elsewhere():
    from kg.forms.roster_classify import classify
    item = "Managing Director, Dassault Investissements"
    assert classify(item, "Scout Capital Corp.", ("Scout Capital", "SC"), False)[0] == "other"
