"""Thirty-eighth round (d), issue 13: directors_appendix_prose_overrides and position_with_defined_term_table.

A cell the layout gives to titles kept a title as printed when it held one: 'Vice-President, Power Corporation of
Canada.' (a one-line row under its own heading, read as a name | title list) and 'Director of Canopy' / 'Director of
ConAgra' (UCSG's Exhibit 1 layout: the short name the text defines, '("Canopy")', after each title) stayed whole; only
a list of titles ('President and CEO of UCSG') or a defined name other than the organisation's own lost it. Now the
organisation goes when it is appended after a comma, as an occupation names its employer, or printed as the short name
the text defines (kg/forms/roster_entry.py, _classify); a title printed with the organisation's full name and no
defined term ('Member of the Supervisory Board of STMicroelectronics N.V.') is still kept as printed. 'Director,
Canopy.' split into the seat and 'Canopy', which was read as a second title: an item that is only the listed
organisation's name is no title in a title cell either (roster_own_cut.without_own_name, as for titles in running text).

Texts of our own making, the development renderer's and a real roster. Each test marked "fails on main" failed on main
21bf6ff and passes here; the guards pass on both."""
from __future__ import annotations

import json

import relayout
from conftest import DATA

import kg
from kg.evaluate import score
from kg.records import to_dict

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


_DEFINED = """                                   EXHIBIT 1

         Information Concerning the Executive Officers and Directors of
                                 Larkspur, Inc.

The names, positions with Larkspur, present principal occupations and business
addresses of the executive officers and directors of Larkspur, Inc.
("Larkspur") are set forth below. Each of the individuals listed below is a
citizen of the United States.

                           Position with          Present Principal
         Name                Larkspur              Occupation                Business Address
         ----                --------              ----------                ----------------
Anna K. Lindqvist       Director of Larkspur   Partner, Fenwick Hall     12 Harbor Street
                                               LLP                       Portland, ME 04101

Thomas E. Weir          Treasurer of Larkspur  Larkspur                  400 Mill Road
                                                                         Lewiston, ME 04240
"""

_SEATS = """APPENDIX A

INFORMATION CONCERNING THE DIRECTORS OF LARKSPUR

Set forth below are the name and present principal occupation or
employment of each director of Larkspur. Except as otherwise noted, each
such person is a citizen of the United States and each such person's
business address is 400 Mill Road, Lewiston, Maine 04240.


DIRECTORS OF LARKSPUR

Anna K. Lindqvist        President, Larkspur.

Thomas E. Weir           Director, Larkspur.

Paul R. Stanton          Director, Larkspur.
"""


def test_a_title_naming_the_short_name_the_text_defines_loses_it(tmp_path):
    """Fails on main: 'Director of Larkspur' and 'Treasurer of Larkspur' kept the short name the text defines for
    'Larkspur, Inc.' (a short name that is the full name less its legal form was taken for the full name)."""
    people = _people(tmp_path, "defined.txt", _DEFINED)
    assert people["Anna K. Lindqvist"].positions == ["Director"]
    assert people["Thomas E. Weir"].positions == ["Treasurer"]


def test_the_seat_before_the_organisation_is_the_only_title(tmp_path):
    """Fails on main: 'Director, Larkspur.' gave the seat and 'Larkspur' as a second title."""
    people = _people(tmp_path, "seats.txt", _SEATS)
    assert people["Thomas E. Weir"].positions == ["Director"]
    assert people["Paul R. Stanton"].positions == ["Director"]
    assert people["Anna K. Lindqvist"].positions == ["Director", "President"]


def test_a_title_printed_with_the_full_name_in_a_position_column_is_kept(tmp_path):
    """Guard (passes on both): the real STMicroelectronics annex prints 'Member of the Supervisory Board of
    STMicroelectronics N.V.' in its Position column, no short name defined: kept as printed, as its gold has it."""
    source = DATA / "rosters" / "html_boards_stmicro_relayout.htm"
    gold = json.loads((DATA / "rosters" / "html_boards_stmicro_relayout.gold.json").read_text(encoding="utf-8"))
    people = score({"people": gold["people"]}, {"people": to_dict(kg.extract(source))["people"]}).areas["people"]
    assert people.precision == 1.0 and people.recall == 1.0
