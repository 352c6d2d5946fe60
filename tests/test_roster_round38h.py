"""Thirty-eighth round (h), issue 13: the readers of recent rounds tried in forms a real annex also uses.

1. A two-level ASCII bulleted list ('*' persons, 'o' facts) with a '* Also a director of ...' footnote under it:
   every '*' bullet was taken for the footnote's sign and blanked before the list was read, so nothing was read
   (kg/forms/roster_marks.py: the persons' bullets of such a list are no signs).
2. A label wrapped over THREE lines ('Present Principal' / 'Occupation or' / 'Employment:'), flush right or flush
   left: the first line's value was read into the field above ('Chairman of the Board Present Principal ...')
   (kg/forms/roster_wrapped_labels.py).
3. An acronym legend under the table printed 'EVP - Executive Vice President', 'EVP: ...', one a line, or as a
   two-column table 'Abbreviation  Title' over a rule, or under 'LEGEND': not read, the cells' acronyms were kept
   as the positions ('D, CEO') (kg/forms/roster_acronyms.py).
4. Roman row numbers 'I. ', 'II. ' before the names (one space): kept in the name ('Ii. Peter K. Barnes')
   (kg/forms/roster_romans.py, called from kg/forms/roster_letters.py).
5. Row letters 'A.', 'B.' lettered again from A under each heading (two rows a section): kept as initials
   ('A. Clara J. Abbott') (kg/forms/roster_letters.py).

Texts of our own making. Each test marked "fails on main" failed on main 21bf6ff and passes here; the guards pass
on both."""
from __future__ import annotations

import kg

_HEAD = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HARBOUR MUTUAL HOLDINGS, INC.

"""
_ORG = "Harbour Mutual Holdings, Inc."

_BULLETS = _HEAD + """Set forth below is the name of each director and executive officer of Harbour
Mutual Holdings, Inc., followed by his or her present position(s) with Harbour
Mutual Holdings, Inc., any other present principal occupation or employment and
business address.

*    Clara J. Abbott
     o    Chairman of the Board, Harbour Mutual Holdings, Inc.
     o    12 Quay Street
          Boston, MA 02110

*    Peter K. Barnes*
     o    Director, Harbour Mutual Holdings, Inc.
     o    40 Harbor Road
          Portland, ME 04101

*    Miriam T. Cole
     o    Executive Vice President, Harbour Mutual Holdings, Inc.
     o    12 Quay Street
          Boston, MA 02110

* Also a director of Harbour Mutual Insurance Company.
"""

_RIGHT_LABELS = _HEAD + """The name, position with Harbour Mutual Holdings, Inc. (the "Company"), present
principal occupation or employment, business address and citizenship of each
director and executive officer of the Company are set forth below.

                      Name:  Clara J. Abbott
 Position with the Company:  Chairman of the Board
          Present Principal  Partner, Abbott Capital Partners LLC
              Occupation or
                Employment:
          Business Address:  12 Quay Street
                             Boston, MA 02110
               Citizenship:  United States

                      Name:  Peter K. Barnes
 Position with the Company:  Director
          Present Principal  Professor of Economics, Harvard University;
              Occupation or  President, National Bureau of Economic
                Employment:  Research
          Business Address:  40 Harbor Road
                             Portland, ME 04101
               Citizenship:  Canada

                      Name:  Miriam T. Cole
 Position with the Company:  Executive Vice President
          Business Address:  12 Quay Street
                             Boston, MA 02110
               Citizenship:  United States
"""

_TABLE = _HEAD + """Set forth below are the name, title with Harbour Mutual Holdings, Inc. (the
"Company"), present principal occupation and business address of each director
and executive officer of the Company. Abbreviations used in the table are
explained below the table.

Name                        Title         Present Principal Occupation        Business Address
----                        -----         ----------------------------        ----------------
Clara J. Abbott             D, CEO                                            12 Quay Street
                                                                              Boston, MA 02110

Peter K. Barnes             D             Partner, Abbott Capital Partners    40 Harbor Road
                                           LLC                                Portland, ME 04101

Miriam T. Cole              EVP, CFO                                          12 Quay Street
                                                                              Boston, MA 02110

Walter R. Dunn              SVP, T                                            12 Quay Street
                                                                              Boston, MA 02110

"""
_CODES = [("CEO", "Chief Executive Officer"), ("CFO", "Chief Financial Officer"), ("D", "Director"),
          ("EVP", "Executive Vice President"), ("SVP", "Senior Vice President"), ("T", "Treasurer")]

_LISTED = _HEAD + """The name, present principal occupation and business address of each director
and executive officer of Harbour Mutual Holdings, Inc. are set forth below.
Unless otherwise indicated, each person's business address is 12 Quay Street,
Boston, MA 02110, and each person is a citizen of the United States.

DIRECTORS

I. Clara J. Abbott          Chairman of the Board and Chief Executive Officer
II. Peter K. Barnes          Director; Partner, Abbott Capital Partners LLC
III. Ivan L. Vogel            Director; Professor of Economics, Harvard University

EXECUTIVE OFFICERS

IV. Miriam T. Cole           Executive Vice President and Chief Financial Officer
V. Walter R. Dunn           Senior Vice President and Treasurer
"""

_SECTIONS = _HEAD + """The name, position with Harbour Mutual Holdings, Inc., business address and
citizenship of each director and executive officer of Harbour Mutual Holdings,
Inc. are set forth below.

DIRECTORS

A. Clara J. Abbott
     Position:           Chairman of the Board
     Business Address:   12 Quay Street, Boston, MA 02110
     Citizenship:        United States

B. Peter K. Barnes
     Position:           Director
     Business Address:   40 Harbor Road, Portland, ME 04101
     Citizenship:        Canada

EXECUTIVE OFFICERS

A. Miriam T. Cole
     Position:           Executive Vice President
     Business Address:   12 Quay Street, Boston, MA 02110
     Citizenship:        United States

B. Walter R. Dunn
     Position:           Treasurer
     Business Address:   12 Quay Street, Boston, MA 02110
     Citizenship:        United States
"""


def _read(tmp_path, text: str):
    path = tmp_path / "annex.txt"
    path.write_text(text)
    people = kg.extract(path).people
    return {p.name: p for p in people}


# ---- 1. a '*' footnote under an ASCII bulleted list -------------------------------------------------------------
def test_bullet_list_with_a_star_footnote_is_read(tmp_path):
    """Fails on main: no roster was found (every '*' bullet was blanked as the footnote's sign)."""
    people = _read(tmp_path, _BULLETS)
    assert sorted(people) == ["Clara J. Abbott", "Miriam T. Cole", "Peter K. Barnes"]
    assert people["Clara J. Abbott"].positions == ["Chairman of the Board"]
    assert people["Peter K. Barnes"].positions == ["Director"]
    assert people["Peter K. Barnes"].address == "40 Harbor Road, Portland, ME 04101"
    assert people["Miriam T. Cole"].positions == ["Executive Vice President"]


def test_footnote_line_is_no_person_nor_value(tmp_path):
    """Fails on main (nothing read): the "* Also a director of ..." note is no person, no value of the last one."""
    people = _read(tmp_path, _BULLETS)
    assert all("Also" not in name for name in people)
    cole = people["Miriam T. Cole"]
    assert cole.address == "12 Quay Street, Boston, MA 02110"
    assert not cole.other_positions


def test_dash_bullets_with_a_star_footnote(tmp_path):
    """Guard (passes on both): '-' bullets, the footnote's '*' apart from them."""
    people = _read(tmp_path, _BULLETS.replace("*    ", "-    "))
    assert sorted(people) == ["Clara J. Abbott", "Miriam T. Cole", "Peter K. Barnes"]
    assert people["Clara J. Abbott"].positions == ["Chairman of the Board"]


def test_marked_names_outside_a_bullet_list_keep_their_note(tmp_path):
    """Guard (passes on both): '*' before some names of a plain table, the note '* Director' under it: a sign."""
    text = _HEAD + """Name                          Present Principal Occupation

*  Clara J. Abbott             Chairman, Abbott Capital Partners LLC
   Peter K. Barnes             Partner, Barnes Capital LLC
*  Ivan L. Vogel               Professor of Economics, Harvard University

* Director of Harbour Mutual Holdings, Inc.
"""
    people = _read(tmp_path, text)
    assert "Director" in people["Clara J. Abbott"].positions
    assert "Director" in people["Ivan L. Vogel"].positions
    assert "Director" not in people["Peter K. Barnes"].positions


# ---- 2. a label wrapped over three lines ---------------------------------------------------------------------
def test_three_line_label_flush_right(tmp_path):
    """Fails on main: 'Chairman of the Board Present Principal Partner, ...' was read as one occupation."""
    people = _read(tmp_path, _RIGHT_LABELS)
    assert people["Clara J. Abbott"].positions == ["Chairman of the Board"]
    assert people["Clara J. Abbott"].other_positions == ["Partner, Abbott Capital Partners LLC"]
    assert people["Peter K. Barnes"].positions == ["Director"]
    assert people["Peter K. Barnes"].other_positions == ["Professor of Economics, Harvard University",
                                                         "President, National Bureau of Economic Research"]


def test_three_line_label_flush_left(tmp_path):
    """Fails on main: Peter K. Barnes got no position and 'Present Principal Partner, ...' was an occupation."""
    lines = []
    for line in _RIGHT_LABELS.splitlines():
        stripped = line.strip()
        if line.startswith("   ") and (":" in stripped or stripped.split("  ")[0] in (
                "Present Principal", "Occupation or")):
            head, _gap, rest = stripped.partition("  ")
            lines.append(f"{head:<29}{rest.strip()}".rstrip())
        else:
            lines.append(line)
    text = "\n".join(lines) + "\n"
    assert "\nPresent Principal            Partner" in text and "\nEmployment:" in text
    people = _read(tmp_path, text)
    assert people["Clara J. Abbott"].positions == ["Chairman of the Board"]
    assert people["Clara J. Abbott"].other_positions == ["Partner, Abbott Capital Partners LLC"]
    assert people["Peter K. Barnes"].positions == ["Director"]
    assert people["Peter K. Barnes"].other_positions == ["Professor of Economics, Harvard University",
                                                         "President, National Bureau of Economic Research"]


def test_two_line_label_still_read(tmp_path):
    """Guard (passes on both): 'Present Principal' / 'Occupation:' over two lines."""
    text = _RIGHT_LABELS.replace("              Occupation or\n                Employment:\n",
                                 "                Occupation:\n")
    text = text.replace("              Occupation or  President, National Bureau of Economic\n"
                        "                Employment:  Research\n",
                        "                Occupation:  President, National Bureau of Economic Research\n")
    people = _read(tmp_path, text)
    assert people["Clara J. Abbott"].other_positions == ["Partner, Abbott Capital Partners LLC"]
    assert people["Peter K. Barnes"].positions == ["Director"]


# ---- 3. acronym legends in other forms -------------------------------------------------------------------------
def _legend_checks(people):
    assert people["Clara J. Abbott"].positions == ["Director", "Chief Executive Officer"]
    assert people["Peter K. Barnes"].positions == ["Director"]
    assert people["Peter K. Barnes"].other_positions == ["Partner, Abbott Capital Partners LLC"]
    assert people["Miriam T. Cole"].positions == ["Executive Vice President", "Chief Financial Officer"]
    assert people["Walter R. Dunn"].positions == ["Senior Vice President", "Treasurer"]


def test_legend_with_dashes(tmp_path):
    """Fails on main: 'EVP - Executive Vice President' lines were not read; 'D, CEO' was kept as a position."""
    text = _TABLE + "LEGEND\n\n" + "\n".join(f"     {code} - {title}" for code, title in _CODES) + "\n"
    _legend_checks(_read(tmp_path, text))


def test_legend_with_colons_under_an_introduction(tmp_path):
    """Fails on main: 'EVP: Executive Vice President' lines were not read."""
    text = _TABLE + "Abbreviations used in the column \"Title\":\n\n" + "\n".join(
        f"     {code}: {title}" for code, title in _CODES) + "\n"
    _legend_checks(_read(tmp_path, text))


def test_legend_one_equation_a_line(tmp_path):
    """Fails on main: 'EVP = Executive Vice President' one a line (no ';' between) was not read."""
    text = _TABLE + "\n".join(f"{code} = {title}" for code, title in _CODES) + "\n"
    _legend_checks(_read(tmp_path, text))


def test_legend_as_a_two_column_table(tmp_path):
    """Fails on main: the legend 'Abbreviation   Title' over a rule, then one acronym a row, was not read."""
    text = _TABLE + "     Abbreviation        Title\n     ------------        -----\n" + "\n".join(
        f"     {code:<20}{title}" for code, title in _CODES) + "\n"
    _legend_checks(_read(tmp_path, text))


def test_legend_list_after_a_colon_still_read(tmp_path):
    """Guard (passes on both): the family's own list under a line ending in ':'."""
    text = _TABLE + "Abbreviations used in the column \"Title\":\n\n" + "\n".join(
        f"     {code:<8}{title}" for code, title in _CODES) + "\n"
    _legend_checks(_read(tmp_path, text))


def test_one_signed_line_is_no_legend(tmp_path):
    """Guard: a single 'D - Director' line with no heading gives no legend: the other acronyms stay unread."""
    text = _TABLE + "     D - Director\n"
    people = _read(tmp_path, text)
    assert "Executive Vice President" not in people["Miriam T. Cole"].positions


# ---- 4. roman row numbers -------------------------------------------------------------------------------------
def test_roman_numbers_one_space_before_names(tmp_path):
    """Fails on main: the names were 'I. Clara J. Abbott', 'Ii. Peter K. Barnes', 'Iv. Miriam T. Cole'."""
    people = _read(tmp_path, _LISTED)
    assert sorted(people) == ["Clara J. Abbott", "Ivan L. Vogel", "Miriam T. Cole", "Peter K. Barnes",
                              "Walter R. Dunn"]
    assert people["Peter K. Barnes"].other_positions == ["Partner, Abbott Capital Partners LLC"]


def test_roman_numbers_again_from_one_under_each_heading(tmp_path):
    """Fails on main: 'I. Miriam T. Cole', 'Ii. Walter R. Dunn' under the second heading."""
    text = _LISTED.replace("IV. Miriam", "I. Miriam").replace("V. Walter", "II. Walter")
    people = _read(tmp_path, text)
    assert {"Miriam T. Cole", "Walter R. Dunn", "Clara J. Abbott"} <= set(people)


def test_roman_numbers_in_capitals(tmp_path):
    """Fails on main: 'II. PETER K. BARNES' was read as 'Ii. Peter K. Barnes'."""
    text = _LISTED
    for name in ("Clara J. Abbott", "Peter K. Barnes", "Ivan L. Vogel", "Miriam T. Cole", "Walter R. Dunn"):
        text = text.replace(name, name.upper())
    people = _read(tmp_path, text)
    assert sorted(people) == ["Clara J. Abbott", "Ivan L. Vogel", "Miriam T. Cole", "Peter K. Barnes",
                              "Walter R. Dunn"]


def test_lone_initial_i_is_kept(tmp_path):
    """Guard (passes on both): one 'I.' opening a name, no numeral run: an initial, kept."""
    text = _LISTED.replace("II. Peter", "Peter").replace("III. Ivan", "Ivan").replace("IV. Miriam", "Miriam")
    text = text.replace("V. Walter", "Walter").replace("I. Clara J. Abbott", "I. Clara Abbott  ")
    people = _read(tmp_path, text)
    assert "I. Clara Abbott" in people
    assert "Peter K. Barnes" in people


# ---- 5. row letters of two rows a section -----------------------------------------------------------------------
def test_letters_again_from_a_under_each_heading(tmp_path):
    """Fails on main: 'A. Clara J. Abbott', 'B. Peter K. Barnes', 'A. Miriam T. Cole', 'B. Walter R. Dunn'."""
    people = _read(tmp_path, _SECTIONS)
    assert sorted(people) == ["Clara J. Abbott", "Miriam T. Cole", "Peter K. Barnes", "Walter R. Dunn"]
    assert people["Peter K. Barnes"].citizenship == "Canada"
    assert people["Walter R. Dunn"].positions == ["Treasurer"]


def test_parenthesised_letters_two_rows(tmp_path):
    """Guard (passes on both): '(a)', '(b)' before the names of a roster of two."""
    text = _SECTIONS.split("EXECUTIVE OFFICERS\n")[0].replace("\nA. ", "\n(a) ").replace("\nB. ", "\n(b) ")
    people = _read(tmp_path, text)
    assert sorted(people) == ["Clara J. Abbott", "Peter K. Barnes"]


def test_letters_of_a_roster_of_two(tmp_path):
    """Guard (passes on both): 'A.', 'B.' before the two names of a roster of two."""
    people = _read(tmp_path, _SECTIONS.split("EXECUTIVE OFFICERS\n")[0])
    assert sorted(people) == ["Clara J. Abbott", "Peter K. Barnes"]


def test_an_initial_a_under_one_heading_is_kept(tmp_path):
    """Guard: one section lettered 'A.', 'B.' and another with an 'A.' initial alone: the lone 'A.' is a name's
    initial (not every letter read is in a run of two)."""
    text = _SECTIONS.replace("B. Walter R. Dunn", "Walter R. Dunn").replace("A. Miriam T. Cole", "A. Miriam Cole  ")
    people = _read(tmp_path, text)
    assert "A. Miriam Cole" in people


def test_star_citizenship_note_under_a_bullet_list(tmp_path):
    """Fails on main: 'Peter K. Barnes*' ... '* Citizen of Canada.' under a '*' bulleted list: nothing was read (and
    with the list read, the later persons' '*' bullets were taken for second notes of the sign: no citizenship)."""
    text = _BULLETS.replace("* Also a director of Harbour Mutual Insurance Company.", "* Citizen of Canada.")
    people = _read(tmp_path, text)
    assert people["Peter K. Barnes"].citizenship == "Canada"
    assert people["Clara J. Abbott"].citizenship is None
    assert people["Miriam T. Cole"].citizenship is None
