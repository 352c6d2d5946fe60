"""Round 56g (issue 13): typographic glyphs of a conversion, and a name wrapped beside an open bracket.

What was wrong: (1) pilcrow_paragraph_marks_name_title_citizenship (tests/relayout_heldout150.py): a file converted
with its formatting marks shown ends every line, blank ones too, with a pilcrow '¶'; the pilcrows stayed in the
text, so values kept them ('Director¶') and the table's rows were not read as rows. (2)
unicode_ellipsis_leaders_twocol_history (same file): the dot leaders are runs of U+2026 '…' (AutoCorrect's '...'),
no leader to any reader: 'no roster found'. (3) sbc_twocol_narrow_name_column_long_names_wrap
(tests/relayout_heldout148.py): 'Francis Michael' / 'Cyprian Cuss' in the name column beside 'Board Director
(Biopharmaceutical' / 'Consultant)' read as two persons, 'Cyprian Cuss' a person who is none.

What changed: kg/read/glyphs.py (new), called by kg/read/documents.normalise_text: line-final pilcrows become spaces
where (nearly) every line ends with one; a run of '…' used as a leader becomes as many periods (length-preserving:
the columns stay). kg/forms/roster_name_wrap.name_wraps: a name cell under a row whose other cells leave a bracket
open goes on with that row's name.

Texts of our own making and rendered development files. Tests marked "fails on main" fail on main 5f1c3c78; the
guards pass on both."""
from __future__ import annotations

import sys
from pathlib import Path

import relayout
from conftest import DATA

import kg
from kg.read.glyphs import ellipsis_leaders_as_dots, without_paragraph_marks

PILCROW_TABLE = """\
<Page>
                                 EXHIBIT 99.A

      DIRECTORS AND EXECUTIVE OFFICERS OF HALLORAN BRIDGE HOLDINGS, INC.

Set forth below are the names and titles of the Directors and Executive
Officers of Halloran Bridge Holdings, Inc.

<Table>
<Caption>
NAME                             TITLE (AND CITIZENSHIP)
----                             -----------------------
<S>                              <C>
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


def _marked(text: str) -> str:
    return "".join(line.rstrip() + "\u00b6\n" for line in text.split("\n")[:-1])


def test_pilcrow_ending_every_line_is_no_text(tmp_path):
    """Fails on main: the values kept the pilcrows ('Director¶') or the rows were not read."""
    people = _people(tmp_path, _marked(PILCROW_TABLE))
    assert set(people) == {"Ingrid Solberg", "Daniel R. Whitcomb", "Miriam Alcott"}
    assert people["Ingrid Solberg"].positions == ["Director"]
    assert people["Ingrid Solberg"].citizenship == "Norway"
    assert people["Miriam Alcott"].positions == ["Chief Financial Officer"]
    assert not any("\u00b6" in value for p in people.values() for value in p.positions + p.other_positions)


def test_guard_pilcrow_table_without_marks(tmp_path):
    """Guard (passes on both): the same table without pilcrows reads the same."""
    people = _people(tmp_path, PILCROW_TABLE)
    assert people["Daniel R. Whitcomb"].positions[0] == "Director"
    assert people["Ingrid Solberg"].citizenship == "Norway"


def test_guard_pilcrow_in_running_text_is_kept():
    """Guard: a pilcrow in running text, or ending a few lines only, is text."""
    text = "Under Section 5 \u00b6 3 the holder may\nvote.\u00b6\nNothing else.\nOne more line.\nAnd one more.\n"
    assert without_paragraph_marks(text) == text
    marked = "one\u00b6\ntwo\u00b6\n\u00b6\nsee \u00b6 4\u00b6\nfive\u00b6\n"
    assert without_paragraph_marks(marked) == "one \ntwo \n \nsee \u00b6 4 \nfive \n"


def test_ellipsis_leader_becomes_dots_prose_ellipsis_kept():
    """Each '…' of a leader becomes one '.', the columns stay; an ellipsis in prose is kept."""
    line = " Jane Roe\u2026\u2026\u2026\u2026  Director of Acme\n"
    assert ellipsis_leaders_as_dots(line) == " Jane Roe....  Director of Acme\n"
    assert ellipsis_leaders_as_dots(" Kenneth M. Duberstein\u2026  Director\n") == " Kenneth M. Duberstein.  Director\n"
    prose = "and so on\u2026 The holder\n"
    assert ellipsis_leaders_as_dots(prose) == prose


def _rendered(family: str, index: int, options: relayout.Options) -> str:
    sys.path.insert(0, str(DATA.parent.parent / "benchmarks"))
    import bench_rosters
    rosters = relayout.load_rosters(bench_rosters.DATA / "relayout" / "people_dev.json") + bench_rosters.real_rosters()
    return relayout.DEV_FAMILIES[family](rosters[index], options)[1]


def test_rendered_ellipsis_leaders(tmp_path):
    """Fails on main: file 4_2 of unicode_ellipsis_leaders_twocol_history was refused ('no roster found')."""
    text = _rendered("unicode_ellipsis_leaders_twocol_history", 4, relayout.Options(numbered=True, markers=False,
                                                                                      width=28))
    people = _people(tmp_path, text)
    assert people["Howard P. Berkowitz"].positions == ["Director"]
    assert people["Kenneth J. Bialkin"].other_positions == ["Partner, Skadden"]
    assert "Kenneth M. Duberstein" in people


def test_rendered_sbc_name_wrapped_beside_open_bracket(tmp_path):
    """Fails on main: file 3_0 of sbc_twocol_narrow_name_column_long_names_wrap read 'Francis Michael' and
    'Cyprian Cuss' (a person who is none) apart."""
    people = _people(tmp_path, _rendered("sbc_twocol_narrow_name_column_long_names_wrap", 3, relayout.Options()))
    assert "Cyprian Cuss" not in people and "Francis Michael" not in people
    assert people["Francis Michael Cyprian Cuss"].positions == ["Board Director"]
    assert people["Francis Michael Cyprian Cuss"].other_positions == ["Biopharmaceutical Consultant"]
    assert people["Susanne Antonie Schaffert"].positions == ["Board Director"]


SBC_ROWS = """\
Directors and Executive Officers

Name                  Present Principal Occupation or Employment

Ingrid Solberg        Director (Managing Partner, Fjordline Capital)
Daniel R. Whitcomb    Director (Professor of Economics,
                      Lowell College)
Miriam Alcott         Chief Financial Officer
Oliver J. Pratt       Director
"""


def test_guard_closed_brackets_keep_rows_apart(tmp_path):
    """Guard (passes on both): names beside closed brackets, or none, stay persons of their own."""
    people = _people(tmp_path, SBC_ROWS)
    assert {"Ingrid Solberg", "Daniel R. Whitcomb", "Miriam Alcott", "Oliver J. Pratt"} <= set(people)
