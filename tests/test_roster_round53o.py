"""Round 53o (issue 13): gather112's ucsg_information_concerning_term_four_columns_citizens_preamble (UCSG's Exhibit 1:
the preamble defines the term '("<TERM>")', a table Name | Position with <TERM> | Present Principal Occupation or
Employment | Address, the titles one a line with their wraps set in by two spaces and 'of <TERM>' under the last).

What was wrong: in a title column typed with a hanging indent (kg.forms.roster_hanging_lines), the line 'of SE' at the
column's margin was read as a title of its own ('President' / 'Chief Executive' / '  Officer' / 'Director' / 'of SE'
gave the position 'of SE'); and where the last title was the cell's widest line, 'of SE' (in lower case under it)
was taken for a word cut at the column's edge, the cell was left to the wrap reader, which joined two titles
('General Counsel Corporate Secretary').

What changed: kg/forms/roster_hanging_lines.py: a line at the margin that opens on 'of' and names a body opens no
title and shows no cut word: it goes on the title above (the organisation of the titles; 'Director of SE' is then
read as 'Director' in the roster's organisation).

Texts of our own making. Tests marked "fails on main" fail on main f932fb9; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict

HEAD = """\
<PAGE>

                                   EXHIBIT 1

              Information Concerning the Directors and Officers of
                          Harrowgate Minerals Company

The names and present principal occupations of the directors and executive
officers of Harrowgate Minerals Company ("HM") are set forth below. During the
last five years, none of these individuals has been convicted in any criminal
proceeding (excluding traffic violations and similar misdemeanors) or has been a
party to any civil proceeding of a judicial or administrative body as a result
of which such person was or is subject to a judgment, decree or final order
enjoining future violations of, or prohibiting or mandating activities subject
to, federal or state securities laws or finding violations with respect to such
laws. All of the individuals listed below are citizens of the United States of
America.

<TABLE>
<CAPTION>

                                                 Present Principal
                                                   Occupation or
         Name              Position with HM         Employment                  Address
         ----              ----------------         ----------                  -------
<S>                     <C>                    <C>                   <C>
Martha J. Quill         Director               HM                    400 Ore Road
                        of HM                                        Duluth, MN 55802

Owen T. Brask           President              HM                    400 Ore Road
                        Chief Executive                              Duluth, MN 55802
                          Officer
                        Director
                        of HM

Lena Varga              Executive Vice         HM                    400 Ore Road
                          President                                  Duluth, MN 55802
                        Chief Financial
                          Officer
                        of HM
"""

LACY = """
Paul Orr                Vice President         HM                    400 Ore Road
                        General Counsel                              Duluth, MN 55802
                        Corporate Secretary
                        of HM
"""


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "exhibit1.txt"
    path.write_text(text + "</TABLE>\n", encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path))["people"]}


def test_of_term_under_set_in_titles_is_no_title(tmp_path):  # fails on main
    people = _people(tmp_path, HEAD)
    assert sorted(people["Owen T. Brask"]["positions"]) == ["Chief Executive Officer", "Director", "President"]
    assert sorted(people["Lena Varga"]["positions"]) == ["Chief Financial Officer", "Executive Vice President"]


def test_of_term_under_the_widest_title_is_no_cut_word(tmp_path):  # fails on main
    people = _people(tmp_path, HEAD + LACY)
    assert sorted(people["Paul Orr"]["positions"]) == ["Corporate Secretary", "General Counsel", "Vice President"]


def test_one_title_of_term_and_the_term_as_occupation(tmp_path):  # guard
    people = _people(tmp_path, HEAD + LACY)
    quill = people["Martha J. Quill"]
    assert quill["positions"] == ["Director"]
    assert not quill.get("other_positions")
    assert quill["address"] == "400 Ore Road, Duluth, MN 55802"
    assert quill["citizenship"] == "United States of America"
