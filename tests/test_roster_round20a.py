"""Twentieth round (a), issue 13: typed rosters in capitals and positions printed employer first. Texts of our
own making (people and organisations invented here).

- Employer first (kg/forms/roster_employer_first.py): under each name, one line per organisation, the
  organisation in capitals first ('HALDEN MARINE CORPORATION -- Director; Treasurer'), then labelled address and
  citizenship lines. Before, the dash reader took 'ORGANISATION -- Title' for 'Name -- titles' and listed
  organisations as persons.
- Capitals (kg/forms/roster_title.py, roster_org.py, roster_grid.py, roster_own.py, roster_fields.py): a preamble
  typed in capitals is no part of the title; a table row in capitals is no organisation's title; a name-like
  address line under a name ('ONE HALDEN PLAZA') opens no entry where every entry opens after a break with the
  same cells filled; the name column is as wide as its rule ('KENNETH J. MARLOW' / 'VANTERPOOL' is a name and an
  address line); a typist's short forms ('CORP.', '&') name the listed organisation; an address in capitals gives
  its city as printed and its country ('ILL. 60601'); 'VICE PRES.' is an officer's title.
"""
from __future__ import annotations

import kg
from kg.forms.roster_employer_first import read_employer_first
from kg.forms.roster_entry import Roster
from kg.forms.roster_fields import parse_address
from kg.forms.roster_org import is_org_title
from kg.forms.roster_title import roster_title

EMPLOYER_FIRST = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HALDEN MARINE CORPORATION

Set forth below are the name, each present position (the organization in which
it is held first, then the position), the business address and the citizenship
of each director and executive officer of Halden Marine Corporation.

1. Oriana P. Vasquez-Lind
     HALDEN MARINE CORPORATION -- Director; Chair of the Board
     BRISK, TALLOW & ORME -- Senior Counsel
     Business Address: Brisk, Tallow & Orme, 18 Quay Street, Portland, Maine
                       04101
     Citizenship: United States

2. Teodor K. Szalai
     HALDEN MARINE CORPORATION -- Chief Financial Officer
     Independent Consultant
     Business Address: 900 Harbor Road, Halifax, Nova Scotia B3H 1A1
     Citizenship: Canada

<PAGE>
                                      -2-

3. Mirembe A. Okonjo
     HALDEN MARINE CORPORATION -- Director
     NORTHERN LIGHTS UNIVERSITY -- Professor of Naval Architecture
     Business Address: 4 College Lane, Boston, Massachusetts 02115
     Citizenship: United States
"""


def _people(tmp_path, text: str, name: str = "schedule_i.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_employer_first_lines_give_positions_here_and_roles_elsewhere(tmp_path):
    """Before, 'BRISK, TALLOW & ORME -- Senior Counsel' was read as a person ('Tallow & Orme -- Senior Counsel
    Brisk'); now the listed organisation's line gives the positions, another's a role read 'Title, ORGANISATION'."""
    people = _people(tmp_path, EMPLOYER_FIRST)
    assert sorted(people) == ["Mirembe A. Okonjo", "Oriana P. Vasquez-Lind", "Teodor K. Szalai"]
    oriana = people["Oriana P. Vasquez-Lind"]
    assert oriana.positions == ["Director", "Chair of the Board"]
    assert oriana.other_positions == ["Senior Counsel, BRISK, TALLOW & ORME"]
    assert oriana.address == "Brisk, Tallow & Orme, 18 Quay Street, Portland, Maine 04101"
    assert oriana.citizenship == "United States" and oriana.organization == "Halden Marine Corporation"
    teodor = people["Teodor K. Szalai"]  # (a line with no organisation: a role as printed)
    assert teodor.positions == ["Chief Financial Officer"] and teodor.other_positions == ["Independent Consultant"]
    assert teodor.address_city == "Halifax" and teodor.address_country == "CA" and teodor.country == "CA"
    mirembe = people["Mirembe A. Okonjo"]  # (after the page break)
    assert mirembe.other_positions == ["Professor of Naval Architecture, NORTHERN LIGHTS UNIVERSITY"]
    assert mirembe.address_city == "Boston"


def test_employer_first_layout_with_a_label_it_does_not_know_is_left_to_the_other_readers():
    """An entry with a line such as 'Age: 61' is not this layout throughout: no entry is read from it here."""
    text = EMPLOYER_FIRST.replace("     Citizenship: Canada\n", "     Citizenship: Canada\n     Age: 61\n")
    roster = Roster(organization="Halden Marine Corporation", listed_bodies=set())
    start = text.index("1. Oriana")
    assert read_employer_first(EMPLOYER_FIRST, start, len(EMPLOYER_FIRST), roster) is not None
    assert read_employer_first(text, start, len(text), roster) is None


def test_employer_first_without_the_listed_organisation_named_twice_is_not_guessed():
    """Where no title names the organisation and the entries' first lines name different ones, which line
    holds positions is not known: the reader reads nothing rather than guess."""
    text = EMPLOYER_FIRST.replace("2. Teodor K. Szalai\n     HALDEN MARINE CORPORATION", "2. Teodor K. Szalai\n"
                                  "     QUILL SHIPPING LTD.")
    start = text.index("1. Oriana")
    assert read_employer_first(text, start, len(text), Roster(organization=None, listed_bodies=set())) is None


CAPITALS = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HALDEN MARINE CORPORATION

THE FOLLOWING TABLE SETS FORTH THE NAME, BUSINESS ADDRESS, PRESENT PRINCIPAL
OCCUPATION OR EMPLOYMENT AND CITIZENSHIP OF EACH DIRECTOR AND EXECUTIVE
OFFICER OF HALDEN MARINE CORPORATION.

<TABLE>
NAME AND                            PRESENT PRINCIPAL
BUSINESS ADDRESS                    OCCUPATION OR EMPLOYMENT            CITIZENSHIP
--------------------------------    ----------------------------------  -----------
<S>                                 <C>                                 <C>
KENNETH J. MARLOW                   DIRECTOR OF HALDEN MARINE CORP.;    U.S.A.
VANTERPOOL                          PARTNER, VANTERPOOL & REESE
ARDEN
SLOANE

LUCINDA R. FAIRWEATHER              VICE PRES. OF HALDEN MARINE CORP.   U.S.A.
ONE HALDEN PLAZA
CHICAGO, ILL. 60601

AUGUSTIN DELACROIX-MOREAU           DIRECTOR OF HALDEN MARINE CORP.;    FRANCE
ROND-POINT DES CHAMPS-ELYSEES       CHAIRMAN, BELLEROSE & FILS S.A.
75008 PARIS
FRANCE
</TABLE>
"""


def test_a_typed_roster_in_capitals_lists_its_people_and_no_one_else(tmp_path):
    """Before: 'Kenneth J. Marlow Vanterpool' (an address line glued to the name), 'One Halden Plaza' and
    'Rond-Point des Champs-Elysees' listed as persons, and every title 'OF HALDEN MARINE CORP.' read as held
    elsewhere (the preamble in capitals read as part of the title: no organisation)."""
    people = _people(tmp_path, CAPITALS)
    assert sorted(people) == ["Augustin Delacroix-Moreau", "Kenneth J. Marlow", "Lucinda R. Fairweather"]
    kenneth = people["Kenneth J. Marlow"]
    assert kenneth.organization == "Halden Marine Corporation"
    assert kenneth.positions == ["DIRECTOR"] and kenneth.other_positions == ["PARTNER, VANTERPOOL & REESE"]
    assert kenneth.address == "VANTERPOOL, ARDEN, SLOANE" and kenneth.citizenship == "U.S.A."
    lucinda = people["Lucinda R. Fairweather"]
    assert lucinda.positions == ["VICE PRES."] and lucinda.bodies == ["executive officers"]
    assert lucinda.address == "ONE HALDEN PLAZA, CHICAGO, ILL. 60601"
    assert (lucinda.address_city, lucinda.address_country) == ("CHICAGO", "US")
    augustin = people["Augustin Delacroix-Moreau"]
    assert augustin.address_city == "PARIS" and augustin.address_country == "FR" and augustin.country == "FR"
    assert augustin.other_positions == ["CHAIRMAN, BELLEROSE & FILS S.A."]


def test_a_person_whose_row_lacks_the_blank_line_still_opens_an_entry(tmp_path):
    """The same table, Lucinda's row right under Kenneth's last line: her row fills the citizenship column as every
    entry's first row does, so it is an entry of its own (never a line of Kenneth's)."""
    people = _people(tmp_path, CAPITALS.replace("SLOANE\n\nLUCINDA", "SLOANE\nLUCINDA"))
    assert sorted(people) == ["Augustin Delacroix-Moreau", "Kenneth J. Marlow", "Lucinda R. Fairweather"]
    assert people["Kenneth J. Marlow"].positions == ["DIRECTOR"]
    assert people["Lucinda R. Fairweather"].positions == ["VICE PRES."]


def test_a_preamble_in_capitals_is_no_part_of_the_title():
    _start, _end, title = roster_title(CAPITALS, 0, len(CAPITALS))
    assert title == "SCHEDULE I DIRECTORS AND EXECUTIVE OFFICERS OF HALDEN MARINE CORPORATION"


def test_a_table_row_in_capitals_is_no_organisations_title():
    assert is_org_title("DIRECTORS AND EXECUTIVE OFFICERS OF HALDEN MARINE CORPORATION")
    assert not is_org_title("LUCINDA R. FAIRWEATHER              VICE PRES. OF HALDEN MARINE CORP.   U.S.A.")


def test_an_address_in_capitals_gives_its_city_as_printed():
    assert parse_address("ONE HALDEN PLAZA, CHICAGO, ILL. 60601")[1:] == ("CHICAGO", "US")
    assert parse_address("40 KING ST. WEST, TORONTO, ONT. M5H 3C2")[1:] == ("TORONTO", "CA")
    assert parse_address("One Halden Plaza, Chicago, Ill. 60601")[1:] == ("Chicago", "US")


def test_employer_first_lines_with_a_dash_read_the_same(tmp_path):
    people = _people(tmp_path, EMPLOYER_FIRST.replace(" -- ", " \u2014 "))
    assert sorted(people) == ["Mirembe A. Okonjo", "Oriana P. Vasquez-Lind", "Teodor K. Szalai"]
    assert people["Oriana P. Vasquez-Lind"].other_positions == ["Senior Counsel, BRISK, TALLOW & ORME"]


def test_employer_first_entries_at_another_margin_and_a_paragraph_after_them(tmp_path):
    """The whole roster indented three spaces (a converter's margin), and a paragraph after it at that margin:
    before, names off the first column were no entries and the dash reader listed organisations."""
    indented = "\n".join("   " + line if line.strip() else line for line in EMPLOYER_FIRST.split("\n"))
    people = _people(tmp_path, indented + "\n   None of the persons named above owns any Shares of the Issuer.\n")
    assert sorted(people) == ["Mirembe A. Okonjo", "Oriana P. Vasquez-Lind", "Teodor K. Szalai"]
    assert people["Mirembe A. Okonjo"].positions == ["Director"]


def test_a_name_holding_a_dash_is_no_persons_name():
    from kg.forms.roster_name_guard import _not_a_name
    assert _not_a_name("N.a. -- Retired Vice Chairman Citicorp And Citibank")
    assert _not_a_name("Jean-Paul Saillard") is None


def test_a_title_in_title_case_names_its_organisation(tmp_path):
    """'Directors And Executive Officers Of Halden Marine Corporation': before, 'Of' was no connector and the
    organisation was read from the preamble ('Each Director And ...'); so every title read as held elsewhere."""
    text = CAPITALS.replace("DIRECTORS AND EXECUTIVE OFFICERS OF HALDEN MARINE CORPORATION",
                            "Directors And Executive Officers Of Halden Marine Corporation")
    people = _people(tmp_path, text.replace("\n", "\r\n"))
    assert people["Kenneth J. Marlow"].organization == "Halden Marine Corporation"
    assert people["Kenneth J. Marlow"].positions == ["DIRECTOR"]


def test_a_capitals_table_with_no_blank_line_between_entries_lists_no_address_line(tmp_path):
    """The entries right under one another: 'ONE HALDEN PLAZA' and 'ROND-POINT DES CHAMPS-ELYSEES' (no
    citizenship beside them, the occupation beside them going on from the line above) are address lines, where
    the first row under the header and two rows or more fill those cells and fewer name-like rows leave one empty."""
    head, table = CAPITALS.split("<S>", 1)
    people = _people(tmp_path, head + "<S>" + table.replace("\n\n", "\n"))
    assert sorted(people) == ["Augustin Delacroix-Moreau", "Kenneth J. Marlow", "Lucinda R. Fairweather"]
    assert people["Lucinda R. Fairweather"].address == "ONE HALDEN PLAZA, CHICAGO, ILL. 60601"
    assert people["Augustin Delacroix-Moreau"].positions == ["DIRECTOR"]
