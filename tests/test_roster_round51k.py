"""Round 51k (issue 13): a 'Citizenship:' line in a table's left cell read as a labelled block's head
(star_member_name_address_citizenship_left, gather91, after Lor Finance's Exhibit 7).

- A two-column table without table tags, 'NAME AND BUSINESS ADDRESS' | 'PRESENT PRINCIPAL OCCUPATION OR EMPLOYMENT',
  each entry '*  <Name>' over its address lines and a last line 'Citizenship: <country>' in the left cell, the
  titles and outside occupations in the right cell at 37. The 'Citizenship:' lines, the roster's only labels, each
  opening its line, were read as labelled blocks: a block from each label, the name after it taken for the next
  block's, so one person's citizenship, address and occupation landed on the person printed below. A lone kind of
  label that opens its line at the left cell's column, in entries whose lines print a right cell at a column they
  share, is a line of the left cell, no block's head (kg/forms/roster_left_cell_label.py, round 51j's rule, which
  reads this layout too): the table reader reads it.
- The footnote '* Denotes a Director of <Org>.' gave the position 'Denotes a Director'; a leading verb and its
  article are no part of the position (kg/patterns/roster_note_verbs.yml, kg/forms/roster_note_verbs.py).
"""
from __future__ import annotations

from roster_people import read_people

_LEFT_CELL = """                                                                       EXHIBIT C

                 DIRECTORS AND EXECUTIVE OFFICERS OF HALDANE MARITIME LTD.

     The name, business address and present principal occupation or employment
of each of the directors and executive officers of Haldane Maritime Ltd. are
set forth below.

   NAME AND BUSINESS ADDRESS         PRESENT PRINCIPAL OCCUPATION OR EMPLOYMENT
   -------------------------         -----------------------------------------

*  Kwan-ho Seo                       Partner, Brekke & Lund Advokatfirma
   Brekke & Lund Advokatfirma
   Haakon VIIs gate 9
   0161 Oslo, Norway
   Citizenship: Norway

*  Desmond K. Farrow                 Chairman, Bermuda Shipowners Council
   Bermuda Shipowners Council
   14 Harbour Road
   Hamilton HM 11, Bermuda
   Citizenship: Canada

   Marisol T. Quintero               Vice President of Haldane Maritime
   14 Harbour Road                     Ltd.
   Hamilton HM 11, Bermuda           General Counsel of Haldane Maritime
   Citizenship: United States of       Ltd.
   America                           Secretary of Haldane Maritime Ltd.


----------
* Denotes a Director of Haldane Maritime Ltd.
"""

_BLOCKS = """                                   SCHEDULE A

              DIRECTORS AND EXECUTIVE OFFICERS OF HALDANE MARITIME LTD.

The business address of each person listed below is 14 Harbour Road, Hamilton HM 11, Bermuda.

Torvald E. Brekke
Citizenship: Norway
Position: Director

Philippa J. Okonkwo-Reid
Citizenship: United Kingdom
Position: Director

Desmond K. Farrow
Citizenship: Canada
Position: Chief Executive Officer
"""


def test_citizenship_line_in_the_left_cell_stays_with_the_name_above(tmp_path):
    people = read_people(tmp_path, _LEFT_CELL)  # (on the branch point: Farrow got Norway and Seo's occupation)
    assert people["Kwan-ho Seo"]["citizenship"] == "Norway"
    assert people["Kwan-ho Seo"]["other_positions"] == ["Partner, Brekke & Lund Advokatfirma"]
    assert people["Desmond K. Farrow"]["citizenship"] == "Canada"
    assert people["Desmond K. Farrow"]["other_positions"] == ["Chairman, Bermuda Shipowners Council"]
    assert people["Marisol T. Quintero"]["citizenship"] == "United States of America"
    assert people["Marisol T. Quintero"]["address"] == "14 Harbour Road, Hamilton HM 11, Bermuda"
    assert people["Marisol T. Quintero"]["positions"] == ["Vice President", "General Counsel", "Secretary"]
    assert len(people) == 3


def test_denotes_footnote_gives_the_position_without_its_verb(tmp_path):
    people = read_people(tmp_path, _LEFT_CELL)
    assert people["Kwan-ho Seo"]["positions"] == ["Director"]
    assert people["Desmond K. Farrow"]["positions"] == ["Director"]
    assert not any("Denotes" in t for p in people.values() for t in p.get("positions") or [])


def test_labelled_blocks_under_each_name_still_read(tmp_path):
    people = read_people(tmp_path, _BLOCKS)
    assert people["Torvald E. Brekke"]["citizenship"] == "Norway"
    assert people["Philippa J. Okonkwo-Reid"]["citizenship"] == "United Kingdom"
    assert people["Desmond K. Farrow"]["citizenship"] == "Canada"
    assert people["Desmond K. Farrow"]["positions"] == ["Chief Executive Officer"]


# The same entries with a row of dots under each (a dotted rule between entries, no dot leader)
_DOTTED = (_LEFT_CELL.replace("   Citizenship: Norway\n", "   Citizenship: Norway\n   ..............................\n")
           .replace("   Citizenship: Canada\n", "   Citizenship: Canada\n   ..............................\n")
           .replace("   America                           Secretary of Haldane Maritime Ltd.\n",
                    "   America                           Secretary of Haldane Maritime Ltd.\n"
                    "   ..............................\n"))


def test_row_of_dots_between_entries_is_a_rule(tmp_path):
    assert _DOTTED.count("   ..............................\n") == 3
    people = read_people(tmp_path, _DOTTED)  # (on the branch point: no roster read, the dots joined the citizenship)
    assert people["Kwan-ho Seo"]["citizenship"] == "Norway"
    assert people["Desmond K. Farrow"]["citizenship"] == "Canada"
    assert people["Marisol T. Quintero"]["citizenship"] == "United States of America"
    assert people["Marisol T. Quintero"]["positions"] == ["Vice President", "General Counsel", "Secretary"]
