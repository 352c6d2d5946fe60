"""Round 51d (issue 13): a postal code wrapped between its halves is the address's; occupations 'shown in
parentheses under the title', one group each.

- underlined_name_dot_leader_labels_default_address_citizenship_exceptions (gather83): an address value wrapped
  at its label's value column, 'Toronto, Ontario M5H' over '  3C2'. The typed repair of labelled blocks cuts an
  address after a country (or a province kg reads as one, 'Ontario') where more text follows, unless that text is
  a postal code; the test saw only one space between the code's halves, so 'M5H' / '3C2' was cut off and moved to
  the next block's lead: 'M5H 3C2 Director', a value on the wrong person. Now the text after the country is read
  with its spaces squashed (kg/forms/roster_fields.py `address_cut`).
- untagged_fixed_columns_name_title_paren_occupation_address (gather86): 'Any principal occupation other than with
  X is shown in parentheses under the title.' was no preamble kg knew, so '(Chairman)' under 'Director' stayed a
  title (and '(Chief Executive)' made the person an executive officer). Now the preamble says it (kg/patterns/
  roster.yml `elsewhere_in_parentheses`: an occupation or employment 'is shown / given / printed / set forth /
  listed in parentheses' in the same sentence; 'Inc. is', 'The St. Paul' end no sentence), and a cell of titles
  then two groups or more, '(Professor of Economics, Harvard University)' / '(President and CEO, X)', is read one
  occupation a group where the preamble says so, refused where a group could say something of the title or a
  country (kg/forms/roster_inline.py `_titles_then_groups`).
"""
from __future__ import annotations

from pathlib import Path

from roster_people import read_people

from kg.forms import roster_fields as rf
from kg.forms import roster_inline as ri
from kg.forms.roster_rules import rules

_LEADERS = """                                 SCHEDULE II

          DIRECTORS AND EXECUTIVE OFFICERS OF HALVERSTON MINING LTD.

The name, present position with Halverston Mining Ltd. and present principal
occupation of each director and executive officer of Halverston Mining Ltd.
are set forth below. Unless a business address is given below, the business
address of each such person is 900 Bay Road, Denver, Colorado 80202. Each
such person is a citizen of the United States, other than Odile P. Marchand,
who is a citizen of Canada.

Odile P. Marchand
-----------------
    Position with Halverston Mining Ltd. .... Director
    Principal Occupation .................... Partner, Brisebois & Lacroix
    Business Address ........................ Brisebois & Lacroix
                                                1 Place Ville
                                              Montreal, Quebec H3B
                                                4W8

Grover T. Ashdown
-----------------
    Position with Halverston Mining Ltd. .... Director
    Principal Occupation .................... Retired Chairman, Ashdown Mills

Lucinda R. Fairweather
----------------------
    Position with Halverston Mining Ltd. .... Chief Financial Officer
"""


def test_postal_code_wrapped_between_halves_stays_with_its_address(tmp_path: Path) -> None:
    people = read_people(tmp_path, _LEADERS)
    assert people["Odile P. Marchand"]["address"].endswith("Montreal, Quebec H3B 4W8")
    assert people["Grover T. Ashdown"]["positions"] == ["Director"]
    assert people["Grover T. Ashdown"]["address"] == "900 Bay Road, Denver, Colorado 80202"
    assert people["Lucinda R. Fairweather"]["positions"] == ["Chief Financial Officer"]


def test_address_cut_keeps_a_wrapped_postal_code() -> None:
    assert rf.address_cut("Toronto, Ontario M5H\n      3C2") is None
    assert rf.address_cut("Toronto, Ontario\n  M5H 3C2") is None


def test_address_cut_after_a_country_still_cuts_other_text() -> None:
    text = "12 Rue Royale\n75008 Paris, France\nDirector"
    assert text[:rf.address_cut(text)].endswith("France")


_COLUMNS = """                                                                     Exhibit 2

The St. Kilda Holdings Group, Inc. - Directors and Executive Officers

Set forth below is the name, title, business address and citizenship of each
director and executive officer of The St. Kilda Holdings Group, Inc. Any
principal occupation other than with The St. Kilda Holdings Group, Inc. is
shown in parentheses under the title.

NAME                        TITLE                               BUSINESS ADDRESS                CITIZENSHIP
--------------------------  ----------------------------------  ------------------------------  --------------

Rosalind M. Okafor          Director                            Okafor Ventures                 United States
                            (Managing Partner, Okafor           12 Elm Street
                             Ventures)                          Boston, Massachusetts 02110

Bertrand L. Quist           Director                            Quist Institute                 United States
                            (Professor of Geology, Hallam       400 Oak Avenue
                             University)                        Chicago, Illinois 60601
                            (Chairman, Quist Institute)

Mirela D. Santangelo        Chief Executive Officer             c/o 55 Harbor Way               United States
                            Director                            Tampa, Florida 33602
"""


def test_occupations_shown_in_parentheses_under_the_title(tmp_path: Path) -> None:
    people = read_people(tmp_path, _COLUMNS)
    assert people["Rosalind M. Okafor"]["positions"] == ["Director"]
    assert people["Rosalind M. Okafor"]["other_positions"] == ["Managing Partner, Okafor Ventures"]
    assert people["Bertrand L. Quist"]["positions"] == ["Director"]
    assert people["Bertrand L. Quist"]["other_positions"] == ["Professor of Geology, Hallam University",
                                                              "Chairman, Quist Institute"]
    assert people["Mirela D. Santangelo"]["positions"] == ["Chief Executive Officer", "Director"]
    assert not people["Mirela D. Santangelo"]["other_positions"]


def test_preamble_sentence_said_of_the_occupation_only() -> None:
    said = rules().elsewhere_in_parentheses
    assert said.search("Any principal occupation other than with The St. Paul Travelers Companies, Inc. is\nshown "
                       "in parentheses under the title.")
    assert not said.search("Each person is a citizen of the United States unless another country is shown in "
                           "parentheses after the person's title.")
    assert not said.search("The principal occupation of each person is set forth below. A country other than the "
                           "United States is shown in parentheses.")


def test_groups_that_may_say_something_of_the_title_are_refused() -> None:
    assert ri.titles_then_elsewhere("Director; (Professor, Hallam University); (Chairman, Quist Institute)") == (
        "Director", ["Professor, Hallam University", "Chairman, Quist Institute"])
    assert ri.titles_then_elsewhere("Chief Executive Officer (Principal Executive Officer) (Partner, X)") is None
    assert ri.titles_then_elsewhere("Director (Canada) (Partner, Okafor Ventures)") is None
    assert ri.titles_then_elsewhere("Director (Chairman) (Partner, X)", told=False) is None


_COUNTRY = """                                                                     Exhibit 2

Pellmore Shipping Co. - Directors and Executive Officers

Set forth below is the name, title and business address of each director and
executive officer of Pellmore Shipping Co. Each person is a citizen of the
United States unless another country is shown in parentheses under the title.

NAME                        TITLE                               BUSINESS ADDRESS
--------------------------  ----------------------------------  ------------------------------

Rosalind M. Okafor          Director                            12 Elm Street
                            (Canada)                            Boston, Massachusetts 02110

Bertrand L. Quist           Director                            400 Oak Avenue
                                                                Chicago, Illinois 60601
"""


def test_country_in_parentheses_under_the_title_stays_a_citizenship(tmp_path: Path) -> None:
    people = read_people(tmp_path, _COUNTRY)
    assert people["Rosalind M. Okafor"]["citizenship"] == "Canada"
    assert people["Rosalind M. Okafor"]["positions"] == ["Director"]
    assert not people["Rosalind M. Okafor"]["other_positions"]
    assert people["Bertrand L. Quist"]["citizenship"] == "United States"
