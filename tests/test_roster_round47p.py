"""Round 47p (issue 13): a second occupation on a line of its own that opens in lower case.

A person's occupations printed one a line, each wrapped where it is long: 'Head of the research trust of the
Royal Academy' / 'of Lisbon' / 'main board member of Orbis Shipping, Norway'. The second opens in lower case,
so it was read as the wrap of the first and both were joined into one value that is neither. Where the line
opens with a role ('main board member of X'), no word that goes on a phrase ('of Lisbon', 'and Director'), the
line above ends no phrase half-way and the line's first word would have fitted on the printed line above (in
the value's own longest line, or the fixed-width column), the line above was broken on purpose: it starts an
occupation of its own (kg/forms/roster_lower_role.py; kg/forms/roster_labels.items_by_line for labelled
values, kg/forms/roster_place.occupations_apart for fixed-width cells)."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "roster.txt"
    path.write_text(text)
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


_LABELLED = """                                   SCHEDULE A

           DIRECTORS AND EXECUTIVE OFFICERS OF HALVARD HOLDINGS A/S

PEREIRA, Rui Manuel
     Present Position with Halvard Holdings A/S:
          Board Director
     Present Principal Occupation or Employment:
          Head of the research trust of the Royal Academy of Sciences
          of Lisbon
          {second}
     Citizenship:
          Portugal
     Business Address:
          Strandvejen 40
          2900 Hellerup
          Denmark

LUND, Karen
     Present Position with Halvard Holdings A/S:
          Chief Executive Officer
     Present Principal Occupation or Employment:
          Chief Executive Officer of Halvard Holdings A/S
     Citizenship:
          Denmark
     Business Address:
          Strandvejen 40
          2900 Hellerup
          Denmark
"""


def test_labelled_second_occupation_in_lower_case_is_its_own(tmp_path: Path) -> None:
    people = _people(tmp_path, _LABELLED.format(second="main board member of Orbis Shipping, Norway"))
    assert people["Rui Manuel Pereira"]["other_positions"] == [
        "Head of the research trust of the Royal Academy of Sciences of Lisbon",
        "main board member of Orbis Shipping, Norway"]
    assert people["Karen Lund"]["positions"] == ["Chief Executive Officer"]


def test_labelled_lower_case_continuation_still_wraps(tmp_path: Path) -> None:
    """Guard: a line that goes on the phrase above ('and of its audit committee') stays one occupation."""
    people = _people(tmp_path, _LABELLED.format(second="and of its audit committee"))
    assert people["Rui Manuel Pereira"]["other_positions"] == [
        "Head of the research trust of the Royal Academy of Sciences of Lisbon and of its audit committee"]


_TABLE = """                                   SCHEDULE A

           DIRECTORS AND EXECUTIVE OFFICERS OF HALVARD HOLDINGS A/S

<TABLE>
<CAPTION>
Name and Citizenship          Position with Halvard    Present Principal Occupation
----------------------        ---------------------    ------------------------------------
<S>                           <C>                      <C>
Rui Manuel Pereira            Board Director           Head of the research trust of the
Portugal                                               Royal Academy of Sciences of
                                                       Lisbon
                                                       {second}
                                                       Orbis Shipping, Norway

Karen Lund                    Chief Executive          Chief Executive Officer of Halvard
Denmark                       Officer                  Holdings A/S
</TABLE>
"""


def test_table_second_occupation_in_lower_case_is_its_own(tmp_path: Path) -> None:
    people = _people(tmp_path, _TABLE.format(second="main board member of"))
    assert people["Rui Manuel Pereira"]["other_positions"] == [
        "Head of the research trust of the Royal Academy of Sciences of Lisbon",
        "main board member of Orbis Shipping, Norway"]


def test_table_lower_case_continuation_still_wraps(tmp_path: Path) -> None:
    """Guard: a line that goes on the phrase above ('and member of') continues the occupation above."""
    people = _people(tmp_path, _TABLE.format(second="and member of"))
    occupations = people["Rui Manuel Pereira"]["other_positions"]
    assert len(occupations) == 1  # (one occupation, however its lines are joined)
    assert occupations[0].startswith("Head of the research trust of the Royal Academy of Sciences of Lisbon")
    assert occupations[0].endswith("and member of Orbis Shipping, Norway")
