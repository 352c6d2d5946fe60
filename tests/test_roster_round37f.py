"""Thirty-seventh round (f), issue 13: a roster saved from a word processor's two-level bulleted list as ASCII text
(each person a '*', '-' or 'n.' item at the margin, his facts 'o' items under it with no label) was not read at all.
kg/forms/roster_bullets.py (patterns in kg/patterns/roster_bullets.yml) now reads it, each item's kind from what
it says: a title naming the roster's organisation last, 'Citizen of ...', an address's stacked lines closed by a
city or country line, an occupation elsewhere naming its company or the person's work; a bare title counts as
held elsewhere only after a title that names the organisation; an item of no certain kind is left out with a
finding.

Texts of our own making. Each test marked "fails on main" failed on main 7498b25 and passes here; the guards pass
on both."""
from __future__ import annotations

import kg

_HEAD = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HARBOUR MUTUAL HOLDINGS, INC.

Set forth below is the name of each director and executive officer of Harbour
Mutual Holdings, Inc., followed by his or her present position(s) with Harbour
Mutual Holdings, Inc., any other present principal occupation or employment,
business address and citizenship.

"""

_OUTLINE = _HEAD + """*    Margaret L. Okafor
     o    Chairman of the Board, Harbour Mutual Holdings, Inc.
     o    Chief Executive Officer, Harbour Mutual Holdings, Inc.
     o    12 Quay Street
          Portland, ME 04101
     o    Citizen of the United States

*    Dieter K. Falkenrath
     o    Director, Harbour Mutual Holdings, Inc.
     o    Managing Director, Nordsee Kapital GmbH
     o    Nordsee Kapital GmbH
          Ballindamm 7
          20095 Hamburg
          Germany
     o    Citizen of Germany

*    Henry O. Tallis
     o    Director, Harbour Mutual Holdings, Inc.
     o    Chairman
     o    Tallis Ventures
     o    Citizen of U.S.
"""


def _read(tmp_path, text: str):
    path = tmp_path / "annex.txt"
    path.write_text(text)
    return kg.extract(path)


def test_bulleted_outline_reads_each_fact(tmp_path):
    """Fails on main (no person read: 'no roster of directors or officers found')."""
    people = {p.name: p for p in _read(tmp_path, _OUTLINE).people}
    okafor = people["Margaret L. Okafor"]
    assert okafor.positions == ["Chairman of the Board", "Chief Executive Officer"]
    assert okafor.other_positions == []
    assert okafor.address == "12 Quay Street, Portland, ME 04101"
    assert okafor.citizenship == "United States"
    falkenrath = people["Dieter K. Falkenrath"]
    assert falkenrath.positions == ["Director"]
    assert falkenrath.other_positions == ["Managing Director, Nordsee Kapital GmbH"]
    assert falkenrath.address == "Nordsee Kapital GmbH, Ballindamm 7, 20095 Hamburg, Germany"
    assert falkenrath.citizenship == "Germany"


def test_bare_title_after_the_organisations_is_held_elsewhere(tmp_path):
    """Fails on main. 'Chairman' naming no organisation, after 'Director, <Org>': an occupation elsewhere; 'U.S.'
    keeps its full stop."""
    tallis = {p.name: p for p in _read(tmp_path, _OUTLINE).people}["Henry O. Tallis"]
    assert tallis.positions == ["Director"]
    assert tallis.other_positions == ["Chairman"]
    assert tallis.citizenship == "U.S."


def test_item_of_no_certain_kind_is_left_out(tmp_path):
    """Fails on main (nothing read). 'Tallis Ventures' alone on its item could be an employer or an address: neither
    is read, and a finding says so."""
    filing = _read(tmp_path, _OUTLINE)
    tallis = {p.name: p for p in filing.people}["Henry O. Tallis"]
    assert tallis.address is None
    assert "Tallis Ventures" not in tallis.other_positions
    assert any("Tallis Ventures" in w.message for w in filing.warnings if w.code == "roster-ambiguous")


def test_numbered_persons_and_dash_items(tmp_path):
    """Fails on main. Persons numbered '1.', facts under a '-' bullet; a title that wraps to the organisation's name
    on the next line is still the organisation's."""
    text = _HEAD + """1.   Margaret L. Okafor
     -    Executive Vice President, Operations Control and Development, Harbour
          Mutual Holdings, Inc.
     -    12 Quay Street
          Portland, ME 04101
     -    Citizen of Canada

2.   Dieter K. Falkenrath
     -    Director, Harbour Mutual Holdings, Inc.
     -    Ballindamm 7
          20095 Hamburg
          Germany
     -    Citizen of Germany
"""
    people = {p.name: p for p in _read(tmp_path, text).people}
    okafor = people["Margaret L. Okafor"]
    assert okafor.positions == ["Executive Vice President, Operations Control and Development"]
    assert okafor.citizenship == "Canada"
    assert people["Dieter K. Falkenrath"].address == "Ballindamm 7, 20095 Hamburg, Germany"


def test_bare_title_before_any_of_the_organisations_is_left_out(tmp_path):
    """Guard (fails on main only because nothing is read there). 'Treasurer' first, naming no organisation, before
    any title that names it: whose it is is not shown; it is neither a position nor an occupation elsewhere."""
    text = _OUTLINE.replace("     o    Director, Harbour Mutual Holdings, Inc.\n     o    Chairman\n",
                            "     o    Treasurer\n     o    Director, Harbour Mutual Holdings, Inc.\n")
    tallis = {p.name: p for p in _read(tmp_path, text).people}["Henry O. Tallis"]
    assert tallis.positions == ["Director"]
    assert tallis.other_positions == []

