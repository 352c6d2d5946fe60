"""Round 47n (issue 13): tables after Security Capital's Exhibit 1 (NAME | COMPANY | POSITION | BUSINESS ADDRESS |
'PRINCIPAL' over 'OCCUPATION' | CITIZENSHIP, the captions set in five columns over their cells, a dashed rule after
each person).

A narrow occupation column whose wrapped line ('  Investissements') ends one space short of the citizenship cells
leaves no page column blank two spaces wide there, so the body's gutters gave one column fewer than the captions and
the whole roster was refused. Where the captions name a column the gutters miss, and exactly one offset between the
column's start and the caption is blank on every line one column to its left, with every line's text there opening
a chunk of its own (two spaces or more after the text before it), that offset starts the caption's column
(kg/forms/roster_caption_gutters.py, from kg/forms/roster_geometry.py). A word one space after the text before it is
the same cell's: no column starts there, and the roster stays refused.

Texts of our own making. Tests marked "fails on main" fail on main 5236f57; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import pytest

import kg
from kg.errors import StructureError
from kg.records import to_dict

TABLE = """\
Exhibit 99.1


                                                  HARROW & PELL INDUSTRIES, INC.

                                                DIRECTORS AND OFFICERS INFORMATION

----------------------------------------------------------------------------------------------------------------------------------
                                                                                                       PRINCIPAL
     NAME                    COMPANY                   POSITION            BUSINESS ADDRESS            OCCUPATION        CITIZENSHIP
----------------------------------------------------------------------------------------------------------------------------------

Helena M. Ostrowski     Harrow & Pell             Director            Kestrel Investissements     Managing          Switzerland
                          Industries, Inc.                            41 Rue du Rhone               Director,
                                                                      1204 Geneva                   Kestrel
                                                                      Switzerland                   Investissements

----------------------------------------------------------------------------------------------------------------------------------
Tomas R. Vidal          Harrow & Pell             Director/           17 Harbour Lane             President and     Bermuda
                          Industries, Inc.           President and    Hamilton HM 11, Bermuda       Chief
                                                     Chief Executive                                Executive
                                                     Officer                                        Officer

----------------------------------------------------------------------------------------------------------------------------------
Ingrid Saelens          Harrow & Pell             Secretary           17 Harbour Lane             Secretary         Belgium
                          Industries, Inc.                            Hamilton HM 11, Bermuda

----------------------------------------------------------------------------------------------------------------------------------
"""


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "exhibit.txt"
    path.write_text(text)
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


def test_a_caption_over_a_gutter_one_space_wide_starts_its_column(tmp_path):  # fails on main
    people = _people(tmp_path, TABLE)
    assert sorted(people) == ["Helena M. Ostrowski", "Ingrid Saelens", "Tomas R. Vidal"]
    assert {name: p["citizenship"] for name, p in people.items()} == {
        "Helena M. Ostrowski": "Switzerland", "Tomas R. Vidal": "Bermuda", "Ingrid Saelens": "Belgium"}
    assert people["Helena M. Ostrowski"]["other_positions"] == ["Managing Director, Kestrel Investissements"]
    assert people["Helena M. Ostrowski"]["address"] == "Kestrel Investissements, 41 Rue du Rhone, 1204 Geneva, Switzerland"
    assert people["Tomas R. Vidal"]["positions"] == ["Director", "President and Chief Executive Officer"]
    assert people["Ingrid Saelens"]["positions"] == ["Secretary"]


def test_a_word_one_space_after_the_cell_before_it_starts_no_column(tmp_path):  # guard
    text = TABLE.replace("Switzerland                   Investissements\n",
                         "Switzerland                   Investissements Polish\n")
    assert "Investissements Polish" in text
    with pytest.raises(StructureError):
        _people(tmp_path, text)


def test_a_gutter_two_spaces_wide_still_reads(tmp_path):  # guard
    wide = "\n".join(line[:115] + " " + line[115:] if len(line) > 115 and not line.startswith("-") else line
                     for line in TABLE.splitlines()) + "\n"
    people = _people(tmp_path, wide)
    assert people["Helena M. Ostrowski"]["citizenship"] == "Switzerland"
    assert people["Tomas R. Vidal"]["citizenship"] == "Bermuda"
