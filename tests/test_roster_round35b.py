"""Thirty-fifth round (b), issue 13: directors_appendix_prose_overrides (Motorola's two-column appendix).

A list whose titles name the listed organisation after them ('Chairman of the Executive Committee, Harbour Mutual
Holdings, Inc.') printed an outside director's occupation bare ('Chairman, President and CEO. His business address
is: ...'): the bare words were read as titles in the listed organisation, 'Chairman' the value of another person
of the list (kg/forms/roster_named_own.py: where two entries or more name the organisation, an entry that names it
nowhere and holds no board seat is an occupation elsewhere, its address and citizenship sentences the person's).

Texts of our own making. Each test marked "fails on main" failed on main 2b3fd18 and passes here; the guards pass on
both."""
from __future__ import annotations

import kg

_HEAD = """APPENDIX A

INFORMATION CONCERNING THE EXECUTIVE OFFICERS AND DIRECTORS OF HARBOUR MUTUAL
HOLDINGS, INC.

Set forth below are the name and present principal occupation or
employment of each director and executive officer of Harbour Mutual
Holdings, Inc. Except as otherwise noted, each such person is a citizen
of Canada and each such person's business address is 12 Quay Street,
Halifax NS B3J 1A1.


DIRECTORS OF HARBOUR MUTUAL HOLDINGS, INC.

"""
_OWN = """Clara Abbott             Chairman and Co-Chief Executive Officer,
                         Harbour Mutual Holdings, Inc.

Peter Barnes             Chairman of the Executive Committee, Harbour
                         Mutual Holdings, Inc.

"""
_BARE = """Walter Dunn              Chairman, President and CEO. His business
                         address is: Dunn Shipping Inc., 40 Pier Road,
                         Boston, MA 02110. Mr. Dunn is a citizen of the
                         United States.
"""


def _read(tmp_path, text: str):
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_bare_occupation_where_the_list_names_its_organisation(tmp_path):
    """Fails on main: Walter Dunn got positions ['Chairman', 'President and CEO'] ('Chairman' is Clara Abbott's
    title in the listed organisation, his an occupation elsewhere)."""
    people = _read(tmp_path, _HEAD + _OWN + _BARE)
    dunn = people["Walter Dunn"]
    assert "Chairman" not in dunn.positions and "President and CEO" not in dunn.positions
    assert dunn.other_positions == ["Chairman, President and CEO"]
    assert dunn.citizenship == "United States"
    assert dunn.address.startswith("Dunn Shipping Inc., 40 Pier Road")


def test_titles_naming_the_organisation_stay_titles(tmp_path):
    """Guard (passes on both): the entries that name the organisation keep their titles there."""
    people = _read(tmp_path, _HEAD + _OWN + _BARE)
    assert people["Peter Barnes"].positions[-1] == "Chairman of the Executive Committee"
    assert people["Peter Barnes"].other_positions == []
    assert people["Clara Abbott"].other_positions == []

