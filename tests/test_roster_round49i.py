"""Round 49i (issue 13): a precision sweep on recombined and mutated layouts (bench_roster_combos seeds 49-50,
bench_roster_mutations seeds 42-43).

- A fixed-width table whose 'Name and Business Address' column prints the employer under the name, its name wrapped
  over two lines beside the entry's titles ('Edmund Martinez  Director' / 'Smith Barney Corporate  Executive
  Officer' / 'Trust Company  President'): the first line of the employer's name read as a person, who took the titles
  of every entry it stood in (kg/forms/roster_org_wraps.py).
- A dot-leader entry whose own address lines are set deeper than its title column (a new page's margins), with no
  number that is not in the preamble's default ('Chairman.' / 'The Tarrant Group'; 'Ridout Financial Corporation' /
  '88 Bay Street' where the default is 'Ridout Holdings Inc., 88 Bay Street'): the paragraph was left out, and the
  default was given to that person; it is refused now (kg/forms/roster_leaders.py).
"""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict

ORG_WRAPPED = """ANNEX A

DIRECTORS AND EXECUTIVE OFFICERS OF HALVERSON FIDUCIARY TRUST COMPANY

The name, business address, present principal occupation or employment and
citizenship of each director and executive officer of Halverson Fiduciary
Trust Company are set forth below.

Unless otherwise indicated, each person listed below is a citizen of the
United States.

                                                 Present Principal
Name and Business                                Occupation or
Address                 Office Held              Employment
----------------------  -----------------------  -------------------

Gerald Ostrowski        Director                 Managing Director,
Halverson Advisory                               Halverson Advisory
Group                                            Group
250 Park Avenue
New York, NY 10177

Teresa Lindqvist        Director
Halverson Fiduciary     Executive Officer
Trust Company           President
1100 King Street,       Chief Executive Officer
Suite 400
Wilmington, DE 19801

Miriam Castellano       Director
Halverson Fiduciary     Executive Officer
Trust Company           Senior Vice President
1100 King Street,
Suite 400
Wilmington, DE 19801

Dennis Whitcombe        Director                 Managing Director,
Halverson Advisory                               Halverson Advisory
Group                                            Group
250 Park Avenue
New York, NY 10177
"""

# (guard: a person right under the entry above, no blank line between, an employer of their own under the name:
# 'Halverson Trust Inc.' has a word of a name, so 'Robert Jameson' is no organisation's name wrapped)
PERSON_OVER_EMPLOYER = ORG_WRAPPED.replace("""Wilmington, DE 19801

Dennis Whitcombe""", """Wilmington, DE 19801
Robert Jameson          Director
Halverson Trust Inc.
52 Elm Street
Dover, DE 19901

Dennis Whitcombe""")

SHIFTED_LEADERS = """                                  Exhibit 8

       DIRECTORS AND EXECUTIVE OFFICERS OF RIDOUT HOLDINGS INC.

          The following table sets forth the name and present principal
occupation or employment of each director and executive officer of Ridout
Holdings Inc. Unless otherwise indicated below, the business address of each
such person is Ridout Holdings Inc., 88 Bay Street, Toronto ON M5J 2S1, and
each such person is a citizen of Canada.

1. Directors of Ridout Holdings Inc.

                             Present Principal Occupation or Employment
Name                         and Business Address
----                         -------------------------------------

 Margaret L. Ferris........  Director, Ridout Holdings Inc.; Chairman of
                             the Audit Committee, Ridout Holdings Inc.

 Owen P. Tarrant...........  Director, Ridout Holdings Inc.;
                                    Chairman.
                                    The Tarrant Group

 Helene Marchand...........  Director, Ridout Holdings Inc.; President
                             and CEO, Ridout Financial Corporation.
                                    Ridout Financial Corporation
                                    88 Bay Street
                                    Toronto ON M5J 2S1

 Stuart K. Bellamy.........  Director, Ridout Holdings Inc.; Vice-Chairman,
                             Ridout Holdings Inc.
"""

DEFAULT = "Ridout Holdings Inc., 88 Bay Street, Toronto ON M5J 2S1"


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path))["people"]}


def test_employer_wrapped_under_the_name_is_no_person(tmp_path):
    people = _people(tmp_path, ORG_WRAPPED)
    assert sorted(people) == ["Dennis Whitcombe", "Gerald Ostrowski", "Miriam Castellano", "Teresa Lindqvist"]
    assert people["Teresa Lindqvist"]["positions"] == ["Director", "Executive Officer", "President",
                                                       "Chief Executive Officer"]
    assert people["Miriam Castellano"]["positions"] == ["Director", "Executive Officer", "Senior Vice President"]
    assert people["Teresa Lindqvist"]["address"] == ("Halverson Fiduciary Trust Company, 1100 King Street, Suite 400, "
                                                     "Wilmington, DE 19801")


def test_employer_name_set_as_a_column_line_guard(tmp_path):
    people = _people(tmp_path, ORG_WRAPPED)  # (the employer under the name, the title column empty beside it)
    assert people["Gerald Ostrowski"]["address"] == "Halverson Advisory Group, 250 Park Avenue, New York, NY 10177"
    assert people["Gerald Ostrowski"]["positions"] == ["Director"]


def test_whole_person_over_an_employer_is_no_wrap(tmp_path):
    people = _people(tmp_path, PERSON_OVER_EMPLOYER)
    assert people["Robert Jameson"]["address"] == "Halverson Trust Inc., 52 Elm Street, Dover, DE 19901"
    assert people["Robert Jameson"]["positions"] == ["Director"]  # (a person of their own, never a line above)


def test_shifted_paragraph_under_a_leader_refuses_the_default(tmp_path):
    people = _people(tmp_path, SHIFTED_LEADERS)
    assert people["Owen P. Tarrant"]["address"] is None  # (his own lines: 'The Tarrant Group')
    assert people["Helene Marchand"]["address"] in (None, "Ridout Financial Corporation, 88 Bay Street, Toronto ON M5J "
                                                    "2S1")  # (another organisation at the default's street, never
    # the default: read as her own since the fifty-third round (d), kg/forms/roster_leader_block.py)


def test_leader_entries_without_a_paragraph_keep_the_default(tmp_path):
    people = _people(tmp_path, SHIFTED_LEADERS)
    assert people["Margaret L. Ferris"]["address"] == DEFAULT
    assert people["Stuart K. Bellamy"]["address"] == DEFAULT
