"""Forty-sixth round (m), issue 13: a roster in numbered parts ('1. Directors of WH', '2. Executive Officers of WH')
under one preamble that defines the organisation's short name ('Wexford Holdings A/S ("WH")').

Round 46g made each numbered part heading open a part of its own (kg/forms/annex.py _split_by_title); the second
part's heading names the short name 'WH', not the organisation the preamble above speaks for, so the part did not
take the preamble's defaults (kg/forms/roster_preamble.py inherit_defaults): its persons lost the default address,
the citizenship and the preamble's exceptions, were listed under 'WH', and kept 'of WH' in their titles. A part
whose heading names the organisation above or a short name its preamble defined is that organisation's part: it
takes the defaults, the organisation's name and its short names.

The one numbered part heading under the title and preamble ('1. Directors of WH', naming one body of the roster's
organisation or a short name its preamble defined) gives the persons listed under it that body's seat
(kg/forms/roster_part_body.py, read in kg/forms/roster_preamble.py and given in kg/forms/roster_entry.py): a
director whose cell prints no seat ('Managing Partner, Sommer Advisory ApS.') had none.

A cell running on past its titles where the text before the tail ends with a legal form's stop after a comma and
words no stop closes (', N.A. Keller Building. 9 Canal Street, ...'): where the address opens is not certain, so the
tail is no address and the item is left out (kg/forms/roster_leader_tail.py; round 46g's guard, broken on main).

Texts of our own making. Each test marked "fails on main" fails on main 990a84a and passes here; the guards pass on
both."""
from __future__ import annotations

from pathlib import Path

import kg

_DEFAULT = "Strandvejen 40, 2900 Hellerup, Denmark"

_PREAMBLE = """<PAGE>

                                   SCHEDULE I

             DIRECTORS AND EXECUTIVE OFFICERS OF WEXFORD HOLDINGS A/S

          Directors and executive officers of Wexford Holdings A/S ("WH"). The
following table sets forth the name and present principal occupation or
employment, and material occupations, positions, offices or employments for
the past five years of each director and executive officer of WH. Unless
otherwise indicated, the business address of each such person is Strandvejen
40, 2900 Hellerup, Denmark, and each such person is a citizen of Denmark,
except Oskar Halvorsen, who is a citizen of Norway.

1. Directors of WH

                                 Present Principal Occupation and
Name                             Five-Year Employment History
----                             ----------------------------

 Mette Lindgaard...............  Chair of the Board of WH.

 Anders Kofoed.................  Board Director of WH.

 Ingrid Sommer.................  Managing Partner, Sommer Advisory ApS.

"""

_SECOND = """2. Executive Officers of {org}

                                 Present Principal Occupation and
Name                             Five-Year Employment History
----                             ----------------------------

 Oskar Halvorsen...............  Chief Executive Officer of {org}.

 Freja Dalsgaard...............  Chief Financial Officer of {org}.
"""


def _read(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_a_part_under_the_defined_short_name_takes_the_preamble_defaults(tmp_path):
    """fails on main: the executive officers had no address and no citizenship."""
    people = _read(tmp_path, _PREAMBLE + _SECOND.format(org="WH"))
    assert people["Freja Dalsgaard"].address == _DEFAULT
    assert people["Freja Dalsgaard"].citizenship == "Denmark"
    assert people["Oskar Halvorsen"].citizenship == "Norway"  # (the preamble's exception)
    assert people["Oskar Halvorsen"].address == _DEFAULT


def test_a_part_under_the_defined_short_name_is_the_organisations(tmp_path):
    """fails on main: the executive officers were listed under 'WH', their titles 'Chief Executive Officer of WH'."""
    people = _read(tmp_path, _PREAMBLE + _SECOND.format(org="WH"))
    for name, title in (("Oskar Halvorsen", "Chief Executive Officer"), ("Freja Dalsgaard", "Chief Financial Officer")):
        assert people[name].organization == "Wexford Holdings A/S"
        assert people[name].positions == [title]


def test_guard_the_first_part_reads_as_before(tmp_path):
    people = _read(tmp_path, _PREAMBLE + _SECOND.format(org="WH"))
    assert people["Mette Lindgaard"].organization == "Wexford Holdings A/S"
    assert people["Mette Lindgaard"].address == _DEFAULT and people["Mette Lindgaard"].citizenship == "Denmark"


def test_guard_a_part_of_another_organisation_takes_no_defaults(tmp_path):
    """A part naming an organisation the preamble does not speak for: not given that preamble's address or
    citizenship, nor its name."""
    people = _read(tmp_path, _PREAMBLE + _SECOND.format(org="Brightwater Capital Partners"))
    for name in ("Oskar Halvorsen", "Freja Dalsgaard"):
        assert people[name].address != _DEFAULT and people[name].citizenship is None
        assert people[name].organization != "Wexford Holdings A/S"


def test_the_one_numbered_part_heading_gives_its_seat(tmp_path):
    """fails on main: Ingrid Sommer, listed under '1. Directors of WH', had no Director seat."""
    sommer = _read(tmp_path, _PREAMBLE + _SECOND.format(org="WH"))["Ingrid Sommer"]
    assert sommer.positions[:1] == ["Director"] and "board of directors" in sommer.bodies
    assert sommer.organization == "Wexford Holdings A/S"


def test_guard_the_executive_officers_part_gives_no_board_seat(tmp_path):
    people = _read(tmp_path, _PREAMBLE + _SECOND.format(org="WH"))
    for name in ("Oskar Halvorsen", "Freja Dalsgaard"):
        assert "Director" not in people[name].positions and "board of directors" not in people[name].bodies


def test_guard_a_part_heading_naming_two_bodies_gives_no_seat(tmp_path):
    """'1. Directors and Officers of WH': which each person is, the titles say; no seat is given by the heading."""
    text = _PREAMBLE.replace("1. Directors of WH", "1. Directors and Officers of WH")
    sommer = _read(tmp_path, text)["Ingrid Sommer"]
    assert "Director" not in sommer.positions


_RUN_ON = _PREAMBLE.replace(""" Ingrid Sommer.................  Managing Partner, Sommer Advisory ApS.
""", """ Ingrid Sommer.................  Managing Partner, Sommer Advisory ApS.

 Paul R. Heskett...............  Board Director of WH; Director of Fjord Bank,
                                 N.A. Keller Building. 9 Canal Street, Dayton,
                                 OH 45402

 Ruth E. Malling...............  Board Director of WH; Retired, former Senior
                                 Vice President of J.R. Simplot Company. 3308
                                 Catalina, Boise, ID 83705
""")


def test_an_address_opened_after_a_legal_forms_stop_is_not_read(tmp_path):
    """fails on main: ', N.A. Keller Building. 9 Canal Street, ...': the address was read as '9 Canal Street, Dayton,
    OH 45402' (it may open at 'Keller Building') and 'Director of Fjord Bank, N.A. Keller Building' as a title."""
    heskett = _read(tmp_path, _RUN_ON)["Paul R. Heskett"]
    assert heskett.address is None
    assert not any("Keller" in v or "Canal" in v for v in heskett.positions + heskett.other_positions)


def test_guard_initials_in_a_firms_name_keep_the_address(tmp_path):
    """'... of J.R. Simplot Company. 3308 Catalina, Boise, ID 83705': no legal form after a comma: the address reads."""
    malling = _read(tmp_path, _RUN_ON)["Ruth E. Malling"]
    assert malling.address == "3308 Catalina, Boise, ID 83705"
