"""Round 49c (issue 13): recall without a new wrong value in gather67's name_occupation_single_list_prose_overrides
and cells_one_a_line_blank_between_persons.

- Motorola's Appendix I, the occupation column run on in sentences: 'Director, Corvane.  Chairman, Ostrava Mining
  Group.' was read as the seat and a title 'Corvane. Chairman, Ostrava Mining Group' in the listed organisation. The
  first sentence closing on the listed organisation's name holds the titles there; each sentence after it is an
  occupation elsewhere (kg/forms/roster_own_sentence.py).
- The same list at a narrow width: the organisation's name wrapped ('Director, The St. Albans Meridian' / 'Holdings,
  Inc.  Chief Executive.'), the wrap read as an item's end ('Holdings, Inc. Chief Executive' held elsewhere). A ';'
  put inside the listed organisation's name ends no item (kg/forms/roster_own_sentence.py `whole_own_name`).
- 'SURNAME, Given' with a row of '*' between entries: the row was read as the entry's address line, so no entry took
  the preamble's default address (kg/forms/roster_geometry.py RULE: a row of three asterisks or more is a rule).
- Cell lines one a line (a table saved as text) whose first row ends 'U.S.': the paragraph from the opening sentence
  to that row (header cells and all, no blank line between) ended in a full stop and was taken for preamble prose, so
  the body started after the first row and no header was found: the roster was not read at all
  (kg/forms/roster_header_cells.py: a paragraph that holds the header cells anywhere is the table's).
"""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict

SENTENCES = """APPENDIX I

INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF CORVANE

The following table sets forth the name, business address, and
principal occupation or employment at the present time for each
director and executive officer of Corvane.  Unless otherwise noted,
each such person is a citizen of the United States.  In addition,
unless otherwise noted, each such person's business address is
1400 Harbor Road, Tacoma, Washington 98402.


DIRECTORS AND EXECUTIVE OFFICERS OF CORVANE

Nathaniel R. Voss          Director, Chairman of the Board and Chief
                           Executive Officer, Corvane.

Lucia M. Ferrante          Director, Corvane.  Chairman, Ostrava Mining
                           Group.  Her business address is: Ostrava
                           Mining Group, 12 Via Solferino, 20121 Milano,
                           Italy.  Ms. Ferrante is a citizen of Italy.

Desmond K. Achebe          Director, Corvane.  Consultant.  His business
                           address is: 88 Elm Court, Bethesda, MD 20816.

Harriet J. Lindqvist       Executive Vice President and Chief Financial
                           Officer, Corvane.
"""

NAME_WRAPPED = """APPENDIX I

INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF THE ST.
ALBANS MERIDIAN HOLDINGS, INC.

The following table sets forth the name, business address, and
principal occupation or employment at the present time for each
director and executive officer of The St. Albans Meridian Holdings,
Inc. Unless otherwise noted, each such person is a citizen of the
United States. In addition, unless otherwise noted, each such
person's business address is 385 Washington Street, Saint Paul,
Minnesota 55102.


DIRECTORS AND EXECUTIVE OFFICERS OF THE ST. ALBANS MERIDIAN HOLDINGS, INC.

(1) Gregory P. Halloran    Director, The St. Albans Meridian
                           Holdings, Inc.  Chief Executive.

(2) Miriam T. Okafor       Director, The St. Albans Meridian
                           Holdings, Inc.  Chairman.  Her business
                           address is: Okafor Ventures.

(3) Walter E. Brandt       Director, The St. Albans Meridian
                           Holdings, Inc.  Retired Chairman.  His
                           business address is: 2715 Larkspur
                           Heights.

(4) Owen S. Prescott       Chief Executive, The St. Albans Meridian
                           Holdings, Inc.  His business address is: The
                           St. Albans Meridian.
"""

ASTERISK_RULED = """APPENDIX I

INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF CORVANE

The following table sets forth the name, business address, and
principal occupation or employment at the present time for each
director and executive officer of Corvane.  Unless otherwise noted,
each such person is a citizen of the United States.  In addition,
unless otherwise noted, each such person's business address is
1400 Harbor Road, Tacoma, Washington 98402.


DIRECTORS AND EXECUTIVE OFFICERS OF CORVANE

VOSS, Nathaniel R.         Director, Chairman of the Board and Chief
                           Executive Officer, Corvane.
********************
FERRANTE, Lucia M.         Director, Corvane.  Chairman, Ostrava Mining
                           Group.  Her business address is: Ostrava
                           Mining Group, 12 Via Solferino, 20121 Milano,
                           Italy.  Ms. Ferrante is a citizen of Italy.
********************
LINDQVIST, Harriet J.      Executive Vice President and Chief Financial
                           Officer, Corvane.
"""

CELLS_ENDING_US = """EXHIBIT 99.2
SCHEDULE A
Information regarding each director and executive officer of Brightwater Foods, Inc. is set forth below.
Brightwater Foods, Inc.
Name, Title
Business Address
Principal Occupation
Citizenship
Gordon A. Whitfield,
Chairman of the Board
Chief Executive Officer
One Brightwater Plaza
Lincoln, NE 68508
Chairman of the Board of Brightwater Foods, Inc.
U.S.

Ingrid L. Sorensen,
Director
One Brightwater Plaza
Lincoln, NE 68508
Director of Brightwater Foods, Inc.
U.S.

Marcus D. Bell,
Director
1512 Canal Street
Denver, CO 80202
Director of Brightwater Foods, Inc.
U.S.
"""



def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path))["people"]}


def test_sentences_after_the_one_naming_the_listed_organisation_are_occupations(tmp_path):
    people = _people(tmp_path, SENTENCES)
    assert people["Lucia M. Ferrante"]["positions"] == ["Director"]
    assert people["Lucia M. Ferrante"]["other_positions"] == ["Chairman, Ostrava Mining Group"]
    assert people["Lucia M. Ferrante"]["address_city"] == "Milano"
    assert people["Desmond K. Achebe"]["positions"] == ["Director"]
    assert people["Desmond K. Achebe"]["other_positions"] == ["Consultant"]


def test_titles_in_the_listed_organisation_alone_stay_positions(tmp_path):  # (guard)
    people = _people(tmp_path, SENTENCES)
    assert people["Nathaniel R. Voss"]["positions"] == ["Director", "Chairman of the Board and Chief Executive Officer"]
    assert people["Nathaniel R. Voss"]["other_positions"] == []
    assert people["Harriet J. Lindqvist"]["positions"] == ["Executive Vice President and Chief Financial Officer"]
    assert people["Harriet J. Lindqvist"]["other_positions"] == []


def test_a_wrap_inside_the_listed_organisations_name_ends_no_item(tmp_path):
    people = _people(tmp_path, NAME_WRAPPED)
    assert people["Gregory P. Halloran"]["positions"] == ["Director"]
    assert people["Gregory P. Halloran"]["other_positions"] == ["Chief Executive"]
    assert people["Miriam T. Okafor"]["other_positions"] == ["Chairman"]
    assert people["Owen S. Prescott"]["positions"] == ["Chief Executive"]
    assert people["Owen S. Prescott"]["other_positions"] == []


def test_a_row_of_asterisks_between_entries_is_no_address(tmp_path):
    people = _people(tmp_path, ASTERISK_RULED)
    assert people["Nathaniel R. Voss"]["address_city"] == "Tacoma"
    assert "*" not in (people["Nathaniel R. Voss"]["address"] or "")
    assert people["Lucia M. Ferrante"]["address_city"] == "Milano"  # (her own, stated)
    assert people["Lucia M. Ferrante"]["other_positions"] == ["Chairman, Ostrava Mining Group"]


def test_header_cells_under_the_opening_sentence_start_the_table(tmp_path):
    people = _people(tmp_path, CELLS_ENDING_US)
    assert sorted(people) == ["Gordon A. Whitfield", "Ingrid L. Sorensen", "Marcus D. Bell"]
    assert people["Gordon A. Whitfield"]["positions"] == ["Chairman of the Board", "Chief Executive Officer"]
    assert people["Marcus D. Bell"]["address_city"] == "Denver"
    assert people["Ingrid L. Sorensen"]["country"] == "US"


def test_the_sentence_over_a_blank_line_still_opens_the_same_table(tmp_path):  # (guard: the preamble apart)
    text = CELLS_ENDING_US.replace("Brightwater Foods, Inc.\nName, Title", "Brightwater Foods, Inc.\n\nName, Title", 1)
    people = _people(tmp_path, text)
    assert sorted(people) == ["Gordon A. Whitfield", "Ingrid L. Sorensen", "Marcus D. Bell"]
    assert people["Ingrid L. Sorensen"]["positions"] == ["Director"]
    assert people["Marcus D. Bell"]["address_city"] == "Denver"


def test_a_sentence_after_the_titles_that_opens_with_no_role_is_left_out(tmp_path):
    text = SENTENCES.replace("Director, Corvane.  Consultant.  His business", "Director, Corvane.  He retired in 2019.  His business")
    people = _people(tmp_path, text)
    assert people["Desmond K. Achebe"]["positions"] == ["Director"]
    assert people["Desmond K. Achebe"]["other_positions"] == []
