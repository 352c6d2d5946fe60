"""Round 56k (issue 13): a sole title stacked under another title in a name | title table, read for two people.

What was wrong: pilcrow_paragraph_marks_name_title_citizenship (tests/relayout_heldout150.py, Citigroup's NAME |
TITLE (AND CITIZENSHIP) table) prints each director's titles and then his occupations elsewhere in the title cell,
alike ('Director' / 'Chief Executive' / '(United States)'); every line was read as a title of the listed
organisation, so 'Chief Executive', Jay S. Fishman's own first and only title, was read for three directors too:
12 values on the wrong person (files 4_*; 'Chairman' on 9_*).

What changed: kg/forms/roster_sole_stacked.py (new), called by kg/forms/annex.py for title-column tables: a sole
title (kg/patterns/roster_sole_titles.yml) read for two or more people of one organisation, one at least printing
it under another of his titles, where exactly one holder prints it first: it is his, and the others' line is an
occupation elsewhere (else as before: as printed).

Texts of our own making and a rendered development file. Tests marked "fails on main" fail on main 4c02a367; the
guards pass on both."""
from __future__ import annotations

import sys
from pathlib import Path

import relayout
from conftest import DATA

import kg

HEAD = """\
                                 EXHIBIT 99.A

      DIRECTORS AND EXECUTIVE OFFICERS OF HALLORAN BRIDGE HOLDINGS, INC.

Set forth below are the names and titles of the Directors and Executive
Officers of Halloran Bridge Holdings, Inc.

<Table>
<Caption>
NAME                             TITLE (AND CITIZENSHIP)
----                             -----------------------
<S>                              <C>
"""

STACKED_CHIEF = HEAD + """\
Ingrid Solberg                   Director
                                 Chief Executive
                                 (Norway)

Daniel R. Whitcomb               Director
                                 Partner, Whitcomb & Lyle
                                 (United States)

Oliver J. Pratt                  Director
                                 Chief Executive
                                 (United States)

Miriam Alcott                    Chief Executive
                                 (United States)

</Table>
"""

STACKED_CHAIRMEN = HEAD + """\
Ingrid Solberg                   Director
                                 Chairman
                                 (Norway)

Oliver J. Pratt                  Director
                                 Chairman
                                 (United States)

Miriam Alcott                    Chief Financial Officer
                                 (United States)

</Table>
"""

ONE_HOLDER = HEAD + """\
Ingrid Solberg                   Director
                                 (Norway)

Daniel R. Whitcomb               Director
                                 President and Chief Executive Officer
                                 (United States)

Miriam Alcott                    Chief Financial Officer
                                 (United States)

</Table>
"""


def _people(tmp_path: Path, text: str) -> dict[str, object]:
    path = tmp_path / "exhibit.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_stacked_sole_title_printed_first_by_another_is_an_occupation(tmp_path):
    """Fails on main: 'Chief Executive' under 'Director' was read as a title of Halloran Bridge for Solberg and
    Pratt, while Miriam Alcott prints it as her own first title."""
    people = _people(tmp_path, STACKED_CHIEF)
    for name in ("Ingrid Solberg", "Oliver J. Pratt"):
        assert people[name].positions == ["Director"]
        assert people[name].other_positions == ["Chief Executive"]
    assert people["Miriam Alcott"].positions == ["Chief Executive"]
    assert people["Ingrid Solberg"].citizenship == "Norway"


def test_guard_stacked_sole_title_nobody_prints_first_is_as_printed(tmp_path):
    """Passes on main and here: where no holder prints 'Chairman' first, the text does not say which reading is
    another organisation's (a table may give a parent's and a subsidiary's titles): the rule reads nothing new."""
    people = _people(tmp_path, STACKED_CHAIRMEN)
    for name in ("Ingrid Solberg", "Oliver J. Pratt"):
        assert people[name].positions[0] == "Director"
        assert "Chairman" not in people[name].other_positions
    assert people["Miriam Alcott"].positions == ["Chief Financial Officer"]


def test_guard_one_holder_of_stacked_title_keeps_it(tmp_path):
    """Passes on main and here: one person's stacked 'President and Chief Executive Officer' is his title."""
    people = _people(tmp_path, ONE_HOLDER)
    assert "President and Chief Executive Officer" in " ".join(people["Daniel R. Whitcomb"].positions) or \
        {"President", "Chief Executive Officer"} <= set(people["Daniel R. Whitcomb"].positions)
    assert people["Daniel R. Whitcomb"].other_positions == []
    assert people["Miriam Alcott"].positions == ["Chief Financial Officer"]


def _rendered(family: str, index: int, options: relayout.Options) -> str:
    sys.path.insert(0, str(DATA.parent.parent / "benchmarks"))
    import bench_rosters
    rosters = relayout.load_rosters(bench_rosters.DATA / "relayout" / "people_dev.json") + bench_rosters.real_rosters()
    return relayout.DEV_FAMILIES[family](rosters[index], options)[1]


def test_rendered_pilcrow_chief_executive_is_fishmans(tmp_path):
    """Fails on main: in file 4 of pilcrow_paragraph_marks_name_title_citizenship, Berkowitz, Dolan and Graev were
    each given 'Chief Executive', Jay S. Fishman's title, as a title of The St. Paul Travelers Companies."""
    people = _people(tmp_path, _rendered("pilcrow_paragraph_marks_name_title_citizenship", 4, relayout.Options()))
    for name in ("Howard P. Berkowitz", "Janet M. Dolan", "Lawrence G. Graev"):
        assert people[name].positions == ["Director"]
        assert people[name].other_positions == ["Chief Executive"]
    assert people["Jay S. Fishman"].positions == ["Chief Executive"]
