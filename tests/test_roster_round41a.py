"""Forty-first round (a), issue 13: a board seat a heading gives, where the person's other listing prints one.

After MSDW OIP's 2001 Exhibit 3 (family sections_name_title_lists_preamble_defaults): indented 'DIRECTORS' and
'EXECUTIVE OFFICERS' lists of name | title, a person on both lists listed twice with nothing beside his name under
DIRECTORS and 'Chairman of the Board' under the officers. The heading gave him 'Director' on top of the printed
seat (kg/forms/roster_implied_seat.py: the heading's word is no title of his where another listing of the same
person prints a board seat; the body stays the board's).

After ConAgra's 2000 Schedule I (family justified_preamble_name_address_term_titles): stacked name-and-address
blocks with '<Title> of <Term>' offices wrapping with a hanging indent (kg/forms/roster_stacked_hang.py), a lowercase role under a title closed
on the defined term (kg/forms/roster_wrap.py) and 'L.P.' before the term (kg/forms/roster_org.py).

Texts of our own making. Each test marked "fails on main" failed on main 099f5a0 and passes here; the guards pass
on both."""
from __future__ import annotations

import kg

_LISTS = """                                  EXHIBIT 99.4
                                  ------------

                      DIRECTORS AND EXECUTIVE OFFICERS OF
                             HARTWELL FOODS, INC.

The names of the Directors and the names and titles of the Executive Officers of
Hartwell Foods, Inc. ("Hartwell") are set forth below. If no address is given, the
Director's or Executive Officer's business address is that of Hartwell at 12 Mill
Road, Omaha, NE 68102. Unless otherwise indicated, each title set forth opposite
an individual's name refers to Hartwell and each individual is a citizen of the U.S..

   DIRECTORS                                 Title

     Anna P. Keller
     Brian T. Osgood                         Director
     Celia M. Verhoeven
     Dennis R. Lowe                          Director
       400 Elm Street
       Lincoln, NE 68508

   EXECUTIVE OFFICERS                        Title

     Anna P. Keller                          Chairman of the Board
                                             Chief Executive Officer
     Celia M. Verhoeven                      Chief Financial Officer
     Edward J. Pratt                         Vice President
"""


def _people(tmp_path, text: str) -> dict:
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_a_printed_seat_in_the_other_listing_drops_the_headings_word(tmp_path):
    """Fails on main: 'Anna P. Keller' got ['Director', 'Chairman of the Board', 'Chief Executive Officer']."""
    people = _people(tmp_path, _LISTS)
    keller = people["Anna P. Keller"]
    assert keller.positions == ["Chairman of the Board", "Chief Executive Officer"]
    assert "board of directors" in keller.bodies


def test_a_blank_beside_a_director_whose_other_title_is_no_seat_keeps_the_heading(tmp_path):
    """Guard: 'Chief Financial Officer' is no seat on the board: the heading's 'Director' is all that says it."""
    people = _people(tmp_path, _LISTS)
    assert people["Celia M. Verhoeven"].positions == ["Director", "Chief Financial Officer"]
    assert people["Brian T. Osgood"].positions == ["Director"]
    assert people["Edward J. Pratt"].positions == ["Vice President"]


_STACKED = """SCHEDULE B

     The name, business address and present principal occupation of each of
the executive officers and directors of Corbel Harbor Partners, L.P. ("CHP") (the
"Individuals") are listed below, along with the offices held by each Individual.
Unless otherwise indicated, the business address for each Individual is 21,
avenue Matignon, 75008 Paris, France. Each Individual is a citizen of France.

      (a) Marc Audrin                   Member, Conseil
      21 avenue Matignon                 d'Administration of CHP
      75008 Paris                       Treasury Department, AXA
      France

      (b) Francine Caron-Dubé           General Partner of CHP
      21 avenue Matignon                Head of Central Legal
      75008 Paris                        Department, AXA
      France

      (c) Jean-Paul Saillard            Vice President of CHP
      21 avenue Matignon                officer of Morgan Stanley &
      75008 Paris                        Co. Incorporated
      France
"""


def test_stacked_offices_typed_with_a_hanging_indent(tmp_path):
    """Fails on main: the line at the margin under a set-in line was joined to the title above it (the column's
    width said a wrap), and 'L.P.' before '("CHP")' kept the term from naming the organisation."""
    people = _people(tmp_path, _STACKED)
    audrin = people["Marc Audrin"]
    assert audrin.positions == ["Member, Conseil d'Administration"]
    assert audrin.other_positions == ["Treasury Department, AXA"]
    vaillant = people["Francine Caron-Dubé"]
    assert vaillant.positions == ["General Partner"]
    assert vaillant.other_positions == ["Head of Central Legal Department, AXA"]
    saillard = people["Jean-Paul Saillard"]
    assert saillard.positions == ["Vice President"]
    assert saillard.other_positions == ["officer of Morgan Stanley & Co. Incorporated"]


def test_stacked_offices_without_a_hanging_indent_still_wrap_by_width(tmp_path):
    """Fails on main: with no set-in line anywhere the width decides,
    and a lowercase role ('officer of ...') under a title closed on the defined term ('Vice President of CHP')
    opens an item of its own (kg/forms/roster_wrap.py)."""
    text = _STACKED.replace("                 d'Administration of CHP", "                d'Administration of CHP")
    text = text.replace("                        Department, AXA", "                       Department, AXA")
    text = text.replace("                        Co. Incorporated", "                       Co. Incorporated")
    people = _people(tmp_path, text)
    assert people["Jean-Paul Saillard"].positions == ["Vice President"]
