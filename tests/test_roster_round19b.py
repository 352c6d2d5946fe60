"""Nineteenth round (b) (issue 13): wrapped roles and the mutation bench's precision. Texts of our own making (people
and organisations invented here).

- A fixed-width occupation cell holding two outside roles, each wrapped: a printed line that ends short of the column
  ('University') followed by a line opening with a title ('President and CEO, ...') whose first word would have
  fitted after it is two occupations; a line the next word would not have fitted on is one wrapped occupation.
- A roster title in title case ('Directors And Executive Officers Of X', as a heading's case is changed) names the
  organisation as its capitals do, and a preamble printed in capitals under it is no more of the title.
"""
from __future__ import annotations

import kg

OCCUPATIONS = """\
                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HALVERSTON MILLS, INC.

<TABLE>
                            Position with Halverston    Present Principal Occupation
Name                        Mills, Inc.                 (if different)
------------------------    ------------------------    --------------------------------
Odile P. Marchetti          Director                    Professor of Geology, Brackwater
                                                        College
                                                        President, Society of Applied
                                                        Sedimentology

Rupert K. Vallance          Director                    Retired Senior Vice President and
                                                        Treasurer, Ostrander Freight
                                                        Lines, Inc.

Wilma J. Trask              Chief Financial Officer

</TABLE>
"""


def _people(tmp_path, text: str, name: str = "schedule_i.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_a_line_ending_short_before_a_title_starts_an_occupation_of_its_own(tmp_path):
    """'College' ends short of the column and 'President' would have fitted after it: two occupations (before:
    'Professor of Geology, Brackwater College, President, Society of Applied Sedimentology', one)."""
    odile = _people(tmp_path, OCCUPATIONS)["Odile P. Marchetti"]
    assert odile.positions == ["Director"]
    assert odile.other_positions == ["Professor of Geology, Brackwater College",
                                     "President, Society of Applied Sedimentology"]


def test_a_line_the_next_word_would_not_have_fitted_on_is_wrapped(tmp_path):
    """'Retired Senior Vice President and' / 'Treasurer, ...': the first line ends in 'and' and is full; one
    occupation, never 'Treasurer, Ostrander Freight Lines, Inc.' apart."""
    rupert = _people(tmp_path, OCCUPATIONS)["Rupert K. Vallance"]
    assert rupert.other_positions == ["Retired Senior Vice President and Treasurer, Ostrander Freight Lines, Inc."]


def test_a_full_line_before_a_title_word_is_still_a_wrap(tmp_path):
    """The same cell with the first role's line full ('Professor of Geology, Brackwater Hill' and 'College' would
    not have fitted): 'College' then a title line is still split only where 'College' ends short."""
    text = OCCUPATIONS.replace("Professor of Geology, Brackwater\n", "Professor of Geology, Brackwater Hill\n")
    text = text.replace("President, Society of Applied\n", "Director, Society of Applied\n")
    odile = _people(tmp_path, text)["Odile P. Marchetti"]
    assert odile.other_positions == ["Professor of Geology, Brackwater Hill College",
                                     "Director, Society of Applied Sedimentology"]


TITLE_CASE = """\
                                   Schedule A

      Directors And Executive Officers Of Pellworth Biologics, Inc.
SET FORTH BELOW IS THE NAME, CITIZENSHIP, BUSINESS ADDRESS AND PRESENT
PRINCIPAL OCCUPATION OF EACH DIRECTOR AND EXECUTIVE OFFICER OF PELLWORTH
BIOLOGICS, INC.

     Agnes T. Rowbotham, a citizen of the United States, is Director of
Pellworth Biologics, Inc. Agnes T. Rowbotham is also Managing Partner,
Fenlow Ventures. The business address of Agnes T. Rowbotham is 9 Quarry
Lane, Tulsa, Oklahoma 74103.

     Desmond L. Okafor, a citizen of Nigeria, is Chief Executive Officer of
Pellworth Biologics, Inc. The business address of Desmond L. Okafor is
300 Harbor Road, Mobile, Alabama 36602.
"""


def test_a_title_in_title_case_names_the_organisation(tmp_path):
    """'... Officers Of Pellworth Biologics, Inc.' (before: no organisation, so 'Director of Pellworth Biologics,
    Inc.' was an occupation elsewhere); the preamble in capitals under it is not read into the title."""
    people = _people(tmp_path, TITLE_CASE)
    agnes, desmond = people["Agnes T. Rowbotham"], people["Desmond L. Okafor"]
    assert agnes.organization == "Pellworth Biologics, Inc." and desmond.organization == "Pellworth Biologics, Inc."
    assert agnes.positions == ["Director"] and agnes.other_positions == ["Managing Partner, Fenlow Ventures"]
    assert desmond.positions == ["Chief Executive Officer"] and desmond.other_positions == []
