"""Round 47r (issue 13): a precision sweep on recombined layouts (bench_roster_combos seeds 46-48).

- A title cell whose text runs on past its titles no full stop closes made the reader crash (a merge left
  kg.forms.roster_leader_tail importing `stated_citizenship` from the module it had moved out of).
- A fixed-width header whose occupation caption wraps over twelve narrow lines beside 'Position(s) with ...' wrapped
  one word a line: the caption's capitalised middle lines ('Organization in') ended the header, so the titles column
  had no caption and the occupation was read as the titles.
"""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict

RAN_ON = """SCHEDULE A

Executive Officers and Directors of Tarnby Holdings A/S

Unless otherwise indicated, the business address of each person listed below
is Strandvejen 7, 2900 Hellerup, Denmark.

<TABLE>
                                                                                      Position(s) with
      Principal Occupation                          Name                              Tarnby Holdings A/S
----  --------------------------------------------  --------------------------------  --------------------
<S>   <C>                                           <C>                               <C>

(1)   Professional Board Director                   Holm, Jens                        Chair of the Board

(2)   Head of the endowment fund for the National   Park, Min Ho                      Board Director
      University of Singapore; main board member
      of Hanwa Electronics, Korea

(3)   Biopharmaceutical Consultant                  Varga, Peter Laszlo               Board Director
</TABLE>
"""

NARROW_CAPTIONS = """ANNEX A

Executive Officers and Directors of Elmridge Master Fund Ltd.

                      Present Principal
                      Occupation or
                      Employment and
                      the Name,
                      Principal
                      Business and
                      Address of any
                      Corporation or     Position(s)
                      Other              with
                      Organization in    Elmridge
                      which such         Master
Name of Director or   Employment is      Fund
Executive Officer     Conducted          Ltd.           Principal Business Address
====================  =================  =============  ============================

(1) Anders Lindqvist  Portfolio Manager  Director       40 West 57th Street
                                                        26th Floor
                                                        New York, NY 10019

------------------------------------------------------------

(2) Marc Dubois       Fund Analyst       Director       12 Rue du Rhone
                                                        1204 Geneva
                                                        SWITZERLAND
------------------------------------------------------------
"""


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


def test_guard_a_title_cell_running_on_past_its_titles_reads_without_crashing(tmp_path):
    people = _people(tmp_path, RAN_ON)
    assert people["Jens Holm"]["positions"] == ["Chair of the Board"]
    assert people["Peter Laszlo Varga"]["positions"] == ["Board Director"]
    assert "Min Ho Park" in people


def test_an_occupation_caption_wrapped_over_twelve_lines_keeps_the_titles_column(tmp_path):
    people = _people(tmp_path, NARROW_CAPTIONS)
    for name, occupation in (("Anders Lindqvist", "Portfolio Manager"), ("Marc Dubois", "Fund Analyst")):
        assert people[name]["positions"] == ["Director"]
        assert occupation not in people[name]["positions"]


def test_guard_a_short_wrapped_caption_beside_position_with_still_reads(tmp_path):
    text = NARROW_CAPTIONS.replace("""                      Present Principal
                      Occupation or
                      Employment and
                      the Name,
                      Principal
                      Business and
                      Address of any
                      Corporation or     Position(s)
                      Other              with
                      Organization in    Elmridge
                      which such         Master
Name of Director or   Employment is      Fund
Executive Officer     Conducted          Ltd.""", """                                         Position(s)
                                         with
                      Principal          Elmridge
Name of Director or   Occupation or      Master Fund
Executive Officer     Employment         Ltd.""")
    people = _people(tmp_path, text)
    assert people["Anders Lindqvist"]["positions"] == ["Director"]
    assert people["Marc Dubois"]["positions"] == ["Director"]
