"""Round 47v (issue 13): a rule between name-headed blocks, and a footnote whose sign marks no name.

(1) Unlabelled stacked entries (the name on a line of its own, its lines indented under it) set apart by a row of
SPACED underscores ('_ _ _ _ _', a typist's separator; spaced '=' signs in a ruled variant) with no blank line
around it were not read at all: the rule was taken as the first line of the next block, so no block opened on a
name. A rule line, solid or spaced (kg/patterns/roster_bullets.yml rule), sets two blocks apart as a blank line
does (kg/forms/roster_headed.py), and a head numbered '1. Name' heads its block (the number no part of the name).

(2) A list under two columns (name over address | titles) with the note '* Director of X' under a short rule but no
name marked by the '*' (no director in the list): the note was read into the list and nothing was recorded. A
footnote under the footnotes' rule whose sign marks no name is blanked like any footnote (kg/forms/roster_marks.py).
"""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "roster.txt"
    path.write_text(text)
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


_HEAD = """                                  SCHEDULE B

          DIRECTORS AND EXECUTIVE OFFICERS OF QUARRYSIDE HOLDINGS, INC.

The name, present principal occupation or employment and business address and
citizenship of each director and executive officer of Quarryside Holdings, Inc.
are set forth below.

"""
_ENTRIES = [("Helena M. Okafor", ["Director, Quarryside Holdings, Inc.", "Partner, Brindle & Tate LLP",
                                  "200 Clarendon Street", "Boston, Massachusetts 02116", "Citizen of United States"]),
            ("Rupert J. Vallance", ["President and Chief Executive Officer, Quarryside Holdings, Inc.",
                                    "45 Harbour Road", "Toronto, Ontario M5J 2N8", "Citizen of Canada"]),
            ("Ines Marchetti", ["Director, Quarryside Holdings, Inc.", "Professor of Law, Lakeview University",
                                "9 Campus Drive", "Evanston, Illinois 60208", "Citizen of Italy"])]


def _blocks(separator: str, numbered: bool = False) -> str:
    lines = [separator]
    for index, (name, body) in enumerate(_ENTRIES):
        lines.append(f"{index + 1}. {name}" if numbered else name)
        lines += ["    " + line for line in body]
        lines.append(separator)
    return _HEAD + "\n".join(lines) + "\n"


def _check_read(people: dict[str, dict]) -> None:
    assert set(people) == {"Helena M. Okafor", "Rupert J. Vallance", "Ines Marchetti"}
    assert people["Helena M. Okafor"]["positions"] == ["Director"]
    assert people["Helena M. Okafor"]["other_positions"] == ["Partner, Brindle & Tate LLP"]
    assert people["Helena M. Okafor"]["citizenship"] == "United States"
    assert people["Rupert J. Vallance"]["address"] == "45 Harbour Road, Toronto, Ontario M5J 2N8"
    assert people["Rupert J. Vallance"]["citizenship"] == "Canada"
    assert people["Ines Marchetti"]["citizenship"] == "Italy"
    assert people["Ines Marchetti"]["other_positions"] == ["Professor of Law, Lakeview University"]


def test_blocks_apart_by_spaced_underscores_are_read(tmp_path):
    _check_read(_people(tmp_path, _blocks("_ " * 23 + "_")))


def test_numbered_blocks_apart_by_spaced_equals_signs_are_read(tmp_path):
    _check_read(_people(tmp_path, _blocks("= " * 23 + "=", numbered=True)))


def test_blocks_apart_by_a_solid_rule_are_read(tmp_path):
    _check_read(_people(tmp_path, _blocks("_" * 47)))


def test_guard_blocks_apart_by_blank_lines_still_read(tmp_path):
    _check_read(_people(tmp_path, _blocks("")))


_COLUMNS = """                                                                    EXHIBIT 99.3

                        Directors and Executive Officers
                                       of
                               TALLOWMERE CAPITAL A/S

      The names of the directors and the names and titles of the executive
officers of Tallowmere Capital A/S and their business addresses and present
principal occupations are set forth below. Unless otherwise indicated, each
individual is a citizen of Denmark.

  NAME, BUSINESS ADDRESS                 PRESENT PRINCIPAL OCCUPATION

{m1}Signe Halvorsen                       Chief Executive Officer, Tallowmere
   Strandvejen 60                          Capital A/S
   2900 Hellerup
   Denmark

{m2}Mikkel Aagaard                        Chief Financial Officer, Tallowmere
   Strandvejen 60                          Capital A/S
   2900 Hellerup                         Citizen of Norway
   Denmark


-----------
* Director of Tallowmere Capital A/S
"""


def test_a_footnote_that_marks_no_name_is_no_entry(tmp_path):
    people = _people(tmp_path, _COLUMNS.format(m1="   ", m2="   "))
    assert set(people) == {"Signe Halvorsen", "Mikkel Aagaard"}
    assert people["Signe Halvorsen"]["positions"] == ["Chief Executive Officer"]
    assert people["Signe Halvorsen"]["address"] == "Strandvejen 60, 2900 Hellerup, Denmark"
    assert people["Signe Halvorsen"]["citizenship"] == "Denmark"
    assert people["Mikkel Aagaard"]["positions"] == ["Chief Financial Officer"]
    assert people["Mikkel Aagaard"]["citizenship"] == "Norway"


def test_guard_a_marked_name_still_takes_the_footnote_seat(tmp_path):
    people = _people(tmp_path, _COLUMNS.format(m1="*  ", m2="   "))
    assert set(people) == {"Signe Halvorsen", "Mikkel Aagaard"}
    assert "Director" in people["Signe Halvorsen"]["positions"]
    assert "Chief Executive Officer" in people["Signe Halvorsen"]["positions"]
    assert "Director" not in people["Mikkel Aagaard"]["positions"]
