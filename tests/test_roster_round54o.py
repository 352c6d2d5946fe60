"""Round 54o (issue 13): two layouts of gather127 / gather128 read anew. Texts of our own making:

- Trilogy's pipe cells one a line with 'Director' / 'Executive Officer' Yes / No flag cells, a '|' line alone after
  each person (the rule the saved table kept): the empty cell it makes stopped the rows after the first person, and
  every later person was lost (kg/forms/roster_flagcells.py: an empty cell between two rows is skipped);
- an EDGAR table captioned 'NAME AND POSITION' / 'WITH <ORG>' | 'PRINCIPAL OCCUPATION' / 'OUTSIDE <ORG>', underlined
  with '=': where the organisation is one word ('OUTSIDE CANOPY'), the caption's second line looked like a person's
  name, the '=' rule was read on as words of the caption and no roster was found (kg/forms/roster_held_captions.py:
  a rule ends a caption; kg/forms/roster_types.py: 'Occupation Outside <Org>' is a caption, the organisation no word
  of it);
- the same captions wrapped over three lines ('NAME AND POSITION' / 'WITH SOUTHWESTERN ENERGY COMPANY' beside
  'OUTSIDE SOUTHWESTERN ENERGY' / 'COMPANY'): only the last line was taken for the captions, 'COMPANY' alone made an
  organisation's column and 'None' (no outside occupation) the row's organisation (kg/forms/roster_held_captions.py: a
  caption whose words go on under the line to 'with <Org>' is a held-by caption too).

Each test marked "fails on main" fails on main 7e2f4e9c and passes here; the guards pass on both."""
from __future__ import annotations

import kg
from kg.forms import roster_types as rt

FLAGS_HEAD = ("SCHEDULE I\nDIRECTORS AND EXECUTIVE OFFICERS OF HARLOW PAPER CORPORATION\nThe following table sets forth "
              "the name, business address, present principal occupation or employment and citizenship of each director "
              "and executive officer of Harlow Paper Corporation.\n|Executive\n|Name\n|Director\n|Officer\n"
              "|Present Principal Occupation or Employment\n|Business Address\n|Citizenship\n")
FLAG_ROWS = [
    ("|HALE, Victor M.\n|Yes\n|No\n|\nDirector of Harlow Paper Corporation; and Partner, Brandt & Oakes LLP\n"
     "|Brandt & Oakes LLP, 10 Elm Street, Boston, Massachusetts 02110\n|United States\n"),
    ("|ORTIZ, Lena P.\n|No\n|Yes\n|\nChief Financial Officer of Harlow Paper Corporation\n"
     "|400 Mill Road, Dayton, Ohio 45402\n|United States\n"),
    ("|WEBB, Samuel K.\n|Yes\n|Yes\n|\nDirector and President of Harlow Paper Corporation\n"
     "|400 Mill Road, Dayton, Ohio 45402\n|Canada\n"),
]
RULED_FLAGS = FLAGS_HEAD + "|\n".join(FLAG_ROWS)
PLAIN_FLAGS = FLAGS_HEAD + "".join(FLAG_ROWS)

ONE_WORD_ORG = """                                  SCHEDULE I

                     DIRECTORS AND EXECUTIVE OFFICERS OF
                                    ALDER

     The name, position, principal occupation outside the company, business
address and citizenship of each director and executive officer of Alder are
set forth below.

<TABLE>
<CAPTION>
NAME AND POSITION                                     PRINCIPAL OCCUPATION
WITH ALDER                          CITIZENSHIP       OUTSIDE ALDER                       BUSINESS ADDRESS
==================================  ================  ==================================  ============================
<S>                                 <C>               <C>                                 <C>
Martin J. Rowe                      United States     None                                12 Quarry Lane
   President                                                                              Provo, Utah 84601
   Director

Helen Tasker                        Canada            Partner, Dunmore & Pike LLP         90 Front Street
   Director                                                                               Toronto, Ontario M5J 1E3

</TABLE>
"""

THREE_LINE_CAPTIONS = """                                  SCHEDULE I

                     DIRECTORS AND EXECUTIVE OFFICERS OF
                         NORTHWIND TIMBER COMPANY

     The name, position, principal occupation outside the company, business
address and citizenship of each director and executive officer of Northwind
Timber Company are set forth below.

<TABLE>
<CAPTION>
                                                      PRINCIPAL OCCUPATION
NAME AND POSITION                                     OUTSIDE NORTHWIND TIMBER
WITH NORTHWIND TIMBER COMPANY       CITIZENSHIP       COMPANY                             BUSINESS ADDRESS
==================================  ================  ==================================  ============================
<S>                                 <C>               <C>                                 <C>
Clara B. Voss                       United States     None                                500 Cedar Avenue
   Director                                                                               Eugene, Oregon 97401

Dale R. Ferris                      United States     Partner, Hollis & Greer LLP         500 Cedar Avenue
   Director                                                                               Eugene, Oregon 97401

</TABLE>
"""


def _read(tmp_path, text: str) -> dict:
    path = tmp_path / "schedule.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_a_pipe_line_alone_between_flag_rows_is_no_cell(tmp_path):
    """Fails on main: only Victor M. Hale was read; the '|' line alone after him shifted every later row."""
    people = _read(tmp_path, RULED_FLAGS)
    assert sorted(people) == ["Lena P. Ortiz", "Samuel K. Webb", "Victor M. Hale"]
    webb = people["Samuel K. Webb"]
    assert "Director" in webb.positions and "President" in webb.positions
    assert webb.citizenship == "Canada"
    assert webb.address == "400 Mill Road, Dayton, Ohio 45402"
    ortiz = people["Lena P. Ortiz"]
    assert "Director" not in ortiz.positions  # (a No under 'Director')
    assert ortiz.address == "400 Mill Road, Dayton, Ohio 45402"


def test_flag_rows_without_the_rule_still_read(tmp_path):
    """Guard (passes on main too): the same rows without the '|' line between them."""
    people = _read(tmp_path, PLAIN_FLAGS)
    assert sorted(people) == ["Lena P. Ortiz", "Samuel K. Webb", "Victor M. Hale"]
    assert people["Victor M. Hale"].other_positions == ["Partner, Brandt & Oakes LLP"]
    assert people["Lena P. Ortiz"].citizenship == "United States"


def test_one_word_organisation_in_captions_underlined_with_equals(tmp_path):
    """Fails on main: 'OUTSIDE ALDER' looked like a person's name and the '=' rule a caption's words: no roster."""
    people = _read(tmp_path, ONE_WORD_ORG)
    assert sorted(people) == ["Helen Tasker", "Martin J. Rowe"]
    assert people["Martin J. Rowe"].positions == ["President", "Director"]
    assert people["Martin J. Rowe"].other_positions == []
    assert people["Helen Tasker"].other_positions == ["Partner, Dunmore & Pike LLP"]
    assert people["Helen Tasker"].citizenship == "Canada"
    assert people["Helen Tasker"].address == "90 Front Street, Toronto, Ontario M5J 1E3"


def test_captions_wrapped_over_three_lines_name_no_company_column(tmp_path):
    """Fails on main: 'COMPANY' alone was taken for an organisation's column, 'None' the row's organisation."""
    people = _read(tmp_path, THREE_LINE_CAPTIONS)
    assert sorted(people) == ["Clara B. Voss", "Dale R. Ferris"]
    for person in people.values():
        assert person.organization == "Northwind Timber Company"
        assert person.positions == ["Director"]
    assert people["Dale R. Ferris"].other_positions == ["Partner, Hollis & Greer LLP"]
    assert people["Clara B. Voss"].other_positions == []


def test_occupation_outside_caption_words():
    """Fails on main: 'Principal Occupation Outside Alder' was no caption. Guard: 'Outside' alone, or an occupation
    held outside the home, is still none."""
    assert rt.is_header("PRINCIPAL OCCUPATION OUTSIDE ALDER")
    assert rt.is_header("Position with Alder Holdings, Inc.")
    assert not rt.is_header("Principal Occupation Outside")
    assert not rt.is_header("Retired; occupation outside the home")
