"""Round 47o (issue 13): labelled blocks saved from HTML whose value's width is taken from its longest line.

(1) 'Professor of Geology, Tallmont University' / 'Chair and CEO, Institute for Coastal' / 'Studies': the second
occupation's first word would not have fitted on the line above, so the two read as one. A line at the value's
column that opens with a whole title, after a line that reads whole as '<title>, <organisation>', is an item of its
own (kg/forms/roster_item_opens.py).

(2) 'Head of the pension fund for the Royal' / 'Academy of Engravers' / 'main board member of Okonkwo Textiles,' /
'Lagos': a second occupation in lower case that is no wrap (its first word would have fitted above) and reads as a
role in an organisation is an item of its own.

(3) 'Position(s) with Brint Mills Corp.:Chairman of the Board' / 'Treasurer': the label ran past the label cell, the
value's next lines stand at the column the block's other values start at; there they are at the value's column
(two whole titles stacked), no wrap (kg/forms/roster_item_opens.cell_column)."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "roster.txt"
    path.write_text(text)
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


_HEAD = """                                 EXHIBIT 99.2

          Directors and Executive Officers of Harrowgate Lumber Holdings, Inc.

In this Exhibit, the "Company" means Harrowgate Lumber Holdings, Inc.

"""
_TWO_OCCUPATIONS = _HEAD + """Name:                         Odile M. Branscombe
Position(s) with the Company: Director
Principal Occupation:         Professor of Geology, Tallmont University
                              Chair and CEO, Institute for Coastal
                              Studies
Business Address:             410 Tamarack Road
                              Duluth, Minnesota 55802
Citizenship:                  United States

Name:                         Pieter J. Vandermolen
Position(s) with the Company: Director
Principal Occupation:         Head of the pension fund for the Royal
                              Academy of Engravers
                              main board member of Okonkwo Textiles,
                              Lagos
Business Address:             410 Tamarack Road
                              Duluth, Minnesota 55802
Citizenship:                  Netherlands
"""


def test_a_title_line_after_a_title_at_a_whole_organisation_is_an_occupation_of_its_own(tmp_path):
    odile = _people(tmp_path, _TWO_OCCUPATIONS)["Odile M. Branscombe"]
    assert odile["other_positions"] == ["Professor of Geology, Tallmont University",
                                        "Chair and CEO, Institute for Coastal Studies"]


def test_a_lower_case_role_line_that_is_no_wrap_is_an_occupation_of_its_own(tmp_path):
    pieter = _people(tmp_path, _TWO_OCCUPATIONS)["Pieter J. Vandermolen"]
    assert pieter["other_positions"] == ["Head of the pension fund for the Royal Academy of Engravers",
                                         "main board member of Okonkwo Textiles, Lagos"]


def test_guard_a_wrapped_organisation_and_a_joined_role_stay_one_item(tmp_path):
    text = _TWO_OCCUPATIONS.replace("Professor of Geology, Tallmont University\n", "Professor of Geology, Tallmont\n") \
        .replace("                              Chair and CEO, Institute for Coastal\n                              Studies\n",
                 "                              University Research Station\n") \
        .replace("                              main board member of", "                              and member of")
    people = _people(tmp_path, text)
    assert people["Odile M. Branscombe"]["other_positions"] == [
        "Professor of Geology, Tallmont University Research Station"]
    assert people["Pieter J. Vandermolen"]["other_positions"] == [
        "Head of the pension fund for the Royal Academy of Engravers and member of Okonkwo Textiles, Lagos"]


_LONG_LABEL = """                                 EXHIBIT 99.2

                Directors and Executive Officers of Brint Mills Corp.

Name:                         Harold T. Quennell
Position(s) with Brint Mills Corp.:Chairman of the Board
                              Treasurer
Business Address:             c/o Brint Mills Corp.
                              12 Weir Street
                              Paterson, NJ 07501
Citizenship:                  United States

Name:                         Agnes R. Fairweather
Position(s) with Brint Mills Corp.:Chief Executive Officer
                              Vice Chairman of the Board
Business Address:             c/o Brint Mills Corp.
                              12 Weir Street
                              Paterson, NJ 07501
Citizenship:                  United States
"""


def test_titles_under_a_label_longer_than_the_label_cell_are_items_of_their_own(tmp_path):
    people = _people(tmp_path, _LONG_LABEL)
    assert people["Harold T. Quennell"]["positions"] == ["Chairman of the Board", "Treasurer"]
    assert people["Agnes R. Fairweather"]["positions"] == ["Chief Executive Officer", "Vice Chairman of the Board"]


def test_guard_a_title_wrapped_under_a_long_label_stays_one(tmp_path):
    text = _LONG_LABEL.replace("Corp.:Chief Executive Officer\n                              Vice Chairman of the Board",
                               "Corp.:Chairman of the Board and Chief\n                              Executive Officer")
    people = _people(tmp_path, text)
    assert people["Agnes R. Fairweather"]["positions"] == ["Chairman of the Board and Chief Executive Officer"]
    assert people["Harold T. Quennell"]["positions"] == ["Chairman of the Board", "Treasurer"]
