"""Thirty-eighth round (d), issue 13: directors_appendix_prose_overrides and position_with_defined_term_table.

A cell of titles (a column the layout gives to positions) that names the listed organisation after the title, 'Treasurer,
Northgate Holdings, Inc.' or 'Vice-President, Power Corporation of Canada.', kept the organisation in the title when
the cell held one title: only a list of titles ('President and CEO of UCSG') or a short name the text defines ('Director
of AIG') lost it. What names the listed organisation now goes from every title (kg/forms/roster_entry.py, _classify):
the person's position there is the title alone.

Texts of our own making and of the development renderer. Each test marked "fails on main" failed on main 21bf6ff and
passes here; the guards pass on both."""
from __future__ import annotations

import relayout
from conftest import DATA

import kg

ROSTERS = relayout.load_rosters(DATA / "relayout" / "people_dev.json")

_APPENDIX = """APPENDIX A

INFORMATION CONCERNING THE EXECUTIVE OFFICERS AND DIRECTORS OF NORTHGATE
HOLDINGS, INC.

Set forth below are the name and present principal occupation or
employment of each director and executive officer of Northgate
Holdings, Inc. Except as otherwise noted, each such person is a
citizen of the United States and each such person's business
address is 200 Clarendon Street, Boston, Massachusetts 02116.


DIRECTORS OF NORTHGATE HOLDINGS, INC.

Helen T. Marsh           Chief Executive Officer, Northgate Holdings, Inc.

Oliver P. Grant          Partner, Grant & Weller LLP.

EXECUTIVE OFFICERS OF NORTHGATE HOLDINGS, INC.

Samuel R. Ortiz          Treasurer, Northgate Holdings, Inc.
"""


def _people(tmp_path, name: str, text: str) -> dict:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_a_one_line_title_naming_the_listed_organisation_loses_it(tmp_path):
    """Fails on main: 'Treasurer, Northgate Holdings, Inc.' was the position, the organisation kept."""
    people = _people(tmp_path, "appendix.txt", _APPENDIX)
    assert people["Samuel R. Ortiz"].positions == ["Treasurer"]
    assert people["Helen T. Marsh"].positions == ["Director", "Chief Executive Officer"]


def test_another_organisation_after_the_title_stays_an_occupation_elsewhere(tmp_path):
    """Guard (passes on both): a partner of another firm holds no title in the listed organisation."""
    people = _people(tmp_path, "appendix.txt", _APPENDIX)
    assert people["Oliver P. Grant"].positions == ["Director"]
    assert people["Oliver P. Grant"].other_positions == ["Partner, Grant & Weller LLP"]


def test_directors_appendix_sections_of_one_person_each(tmp_path):
    """Fails on main: the renderer's rosters 1 and 2 put one person under a heading, a title on one line
    ('Vice-President, Power Corporation of Canada.'), read with the organisation in the title."""
    for index in (1, 2):
        suffix, text, expected = relayout.DEV_FAMILIES["directors_appendix_prose_overrides"](
            ROSTERS[index], relayout.Options())
        people = _people(tmp_path, f"appendix_{index}{suffix}", text)
        for person in expected:
            assert people[person["name"]].positions == person["positions"], person["name"]
            assert people[person["name"]].other_positions == person["other_positions"], person["name"]
