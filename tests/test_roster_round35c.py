"""Thirty-fifth round (c), issue 13: gather36-37's dot_leader_name_titles_postamble_defaults, given_names_capital_surname
and surname_citizenship_second_titles_last.

1. A dot leader between a name and its title ('COURTER, James A. ..........  Director') was kept in the name cell of a
   fixed-width table ('James A. ........ Courter': a person who is none): a run of dots (or dot-spaces) set off by a
   space, or of five dots or more after a word, is a column gap, never text of a cell (kg/forms/roster_geometry.py).
2. A surname printed first in capitals before given names in mixed case ('CHIA Pei-yuan', 'ROHDE Bruce C.') came out
   'Chia Pei-yuan': the capitals are the surname; the name is put given names first (kg/forms/roster_names.py).
3. A word stacked under a 'Surname, Given' name with more lines under it ('Dassault, Laurent' / 'Dassault' /
   'Investissements' / '9, Rond-Point des') was taken for a wrapped surname ('Laurent Dassault Dassault'): such a name
   holds its surname; the word may open an employer or an address (kg/forms/roster_wrap.py). A word alone under it
   ('Narvekar, Nirmal' / 'Prabhakar') still ends the given names.

Texts of our own making. Each test marked "fails on main" failed on main 2b3fd18 and passes here; the guards pass on
both."""
from __future__ import annotations

import kg
from kg.forms.roster_names import display_name


def _read(tmp_path, text: str):
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


_LEADERS = """                       DIRECTORS AND EXECUTIVE OFFICERS
                                      OF
                          HARBOUR MUTUAL HOLDINGS, INC.

     Set forth below are the names of the directors and executive officers of
Harbour Mutual Holdings, Inc. (the "Company") and the present position(s) each of
them holds with the Company.

Name                                      Position(s) with the Company
----                                      ----------------------------

{first}  Director
    (Partner of Dunmore Advisers LLC)

{second}  Chief Financial Officer
                                          Secretary

     Unless otherwise noted below, the business address of each of the persons
listed above is 12 Harbour Street, Boston, Massachusetts 02110, and each of them
is a citizen of the United States.
"""


def _led(name: str, dots: str = ".") -> str:
    """The name and its leader, 40 characters wide ('Clara J. Abbott ........')."""
    leader = (dots * 40)[:39 - len(name)].rstrip()
    return f"{name} {leader}".ljust(40)


def test_a_dot_leader_is_no_part_of_a_name(tmp_path):
    """Fails on main: 'Clara J. Abbott .......................' and 'Peter K. Barnes ....................' were the
    names."""
    people = _read(tmp_path, _LEADERS.format(first=_led("Clara J. Abbott"), second=_led("Peter K. Barnes")))
    assert set(people) == {"Clara J. Abbott", "Peter K. Barnes"}
    assert people["Peter K. Barnes"].positions == ["Chief Financial Officer", "Secretary"]


def test_a_dot_leader_after_a_surname_first_name(tmp_path):
    """Fails on main: 'ABBOTT, Clara J. ......' came out 'Clara J. ...... Abbott'."""
    people = _read(tmp_path, _LEADERS.format(first=_led("ABBOTT, Clara J."), second=_led("BARNES, Peter K.")))
    assert set(people) == {"Clara J. Abbott", "Peter K. Barnes"}
    assert people["Clara J. Abbott"].positions == ["Director"]


def test_dot_spaces_are_a_leader_too(tmp_path):
    """Fails on main: the roster was refused whole (a kg error; no person read)."""
    text = _LEADERS.format(first=_led("Clara J. Abbott", ". "), second=_led("Peter K. Barnes", ". "))
    people = _read(tmp_path, text)
    assert set(people) == {"Clara J. Abbott", "Peter K. Barnes"}


def test_capitals_first_are_the_surname():
    """Fails on main: 'Chia Pei-yuan', 'Rohde Bruce C.', 'Sløk Torsten'."""
    assert display_name("CHIA Pei-yuan") == "Pei-yuan Chia"
    assert display_name("ROHDE Bruce C.") == "Bruce C. Rohde"
    assert display_name("SLØK Torsten") == "Torsten Sløk"
    assert display_name('JOHNSON Sylvester "Chip"') == 'Sylvester "Chip" Johnson'
    assert display_name("ABDEL-MEGUID Tarek F.") == "Tarek F. Abdel-Meguid"


def test_capitals_last_and_organisations_keep_their_order():
    """Guard (passes on both)."""
    assert display_name("Pei-yuan CHIA") == "Pei-yuan Chia"
    assert display_name("CHIA, Pei-yuan") == "Pei-yuan Chia"
    assert display_name("IBM Corporation") == "Ibm Corporation"
    assert display_name("BRUCE C. ROHDE") == "Bruce C. Rohde"


_STACKED = """                                  SCHEDULE I

                     DIRECTORS AND EXECUTIVE OFFICERS OF
                         HARBOUR MUTUAL HOLDINGS, INC.

     The following table sets forth the name, country of citizenship, present
principal occupation or employment and position(s) with Harbour Mutual Holdings,
Inc. of each director and executive officer. Where no address appears beneath a
person's name, that person's business address is 12 Harbour Street, Boston MA 02110.

                              Country of     Present Principal             Position(s) with
Name                          Citizenship    Occupation or Employment      the Company
----                          -----------    ------------------------      --------------------
(a) Marchetti, Lorenzo        Italy          Managing Director, Marchetti  Director
      Marchetti                                Partners
        Partners
      9, Via della Spiga
      20121 Milan, Italy

(b) Okafor, Adaeze            Nigeria                                      Director
      Chinwe

(c) Lindqvist, Henrik         Sweden                                       Vice-President
"""


def test_a_word_under_a_surname_first_name_with_more_lines_is_no_surname(tmp_path):
    """Fails on main: 'Lorenzo Marchetti Marchetti' (the employer's first word joined to the name)."""
    people = _read(tmp_path, _STACKED)
    assert "Lorenzo Marchetti Marchetti" not in people
    assert "Lorenzo Marchetti" in people


def test_a_word_alone_under_a_surname_first_name_ends_its_given_names(tmp_path):
    """Guard (passes on both): 'Okafor, Adaeze' / 'Chinwe' is Adaeze Chinwe Okafor."""
    people = _read(tmp_path, _STACKED)
    assert "Adaeze Chinwe Okafor" in people
    assert "Henrik Lindqvist" in people
