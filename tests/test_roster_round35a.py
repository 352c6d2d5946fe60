"""Thirty-fifth round (a), issue 13: a Name | Office/Position list set in two halves side by side.

1. The typist set the list in two halves side by side under a caption printed twice ('Name  Office/Position    Name
   Office/Position'), the persons running down the left half, then down the right: each line holds two unrelated
   persons. The table reader took each line's four cells as one row and put the right half's persons and the left
   half's wrapped titles on one another. A caption line whose captions are one group printed twice now splits the
   list at the second group's column and each half is read as a table of its own (kg/forms/roster_halves.py); where
   any line of the list has text across that column the list is refused whole.
2. A preamble giving the default citizenship '..., except as noted after the list below', then 'Marshall A. Cohen is a
   citizen of Canada.' after the list: the default was given to Cohen and the sentence then disagreed with it, so
   both were left out. A person's own sentence now replaces the preamble's default where the preamble says its
   exceptions follow the list (exceptions_after in kg/patterns/roster.yml; kg/forms/roster_after_citizens.py).
3. A title cell closing its titles with semicolons ('Director;' / 'Executive' / 'Officer;'): a line closing on none
   was taken for a title of its own where the next word would have fitted after it; it now wraps into the next line
   (kg/forms/roster_place.py).

Texts of our own making. Each test marked "fails on main" failed on main 2b3fd18 and passes here; the guards pass on
both."""
from __future__ import annotations

import pytest

import kg
from kg.errors import StructureError

_HEAD = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HARBOUR MUTUAL HOLDINGS, INC.

     Set forth below are the name and the office or position held with Harbour
Mutual Holdings, Inc. of each of its directors and executive officers. The
business address of each such person is 12 Quay Street, Boston, MA 02110 and
each such person is a citizen of the United States{tail}.

"""
_CAPTION = """Name                    Office/Position       Name                    Office/Position
----                    ---------------       ----                    ---------------

"""
_HALVES = """Clara J. Abbott         Director;             Walter R. Dunn          Director
                         Chairman of
                         the Board

Peter K. Barnes         Director;             Grace M. Ellis          Treasurer;
                         President;                                    Chief
                         Chief                                         Financial
                         Executive                                     Officer
                         Officer

Miriam T. Cole          Secretary
"""


def _read(tmp_path, text: str):
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    filing = kg.extract(path)
    return {p.name: p for p in filing.people}, filing


def test_two_halves_side_by_side_are_read_half_by_half(tmp_path):
    """Fails on main: Clara J. Abbott got Walter R. Dunn's 'Director' with her own, Walter R. Dunn none of his, and
    the titles of the right half's persons were mixed with the left half's wrapped lines."""
    people, _filing = _read(tmp_path, _HEAD.format(tail="") + _CAPTION + _HALVES)
    assert sorted(people) == ["Clara J. Abbott", "Grace M. Ellis", "Miriam T. Cole", "Peter K. Barnes",
                              "Walter R. Dunn"]
    assert people["Clara J. Abbott"].positions == ["Director", "Chairman of the Board"]
    assert people["Walter R. Dunn"].positions == ["Director"]
    assert people["Peter K. Barnes"].positions == ["Director", "President", "Chief Executive Officer"]
    assert people["Grace M. Ellis"].positions == ["Treasurer", "Chief Financial Officer"]
    assert people["Miriam T. Cole"].positions == ["Secretary"]


def test_two_halves_whose_text_crosses_the_column_are_refused(tmp_path):
    """Fails on main: the line's cells were paired as one row ('Director; Chairman of the Executive Committee' running
    into the right half): values on the wrong person. Now no person is recorded from the list (the exhibit's only
    roster: a StructureError)."""
    crossing = _HALVES.replace("Clara J. Abbott         Director;             Walter R. Dunn          Director",
                               "Clara J. Abbott         Director; Chairman of the Board Walter R. Dunn  Director")
    path = tmp_path / "annex.txt"
    path.write_text(_HEAD.format(tail="") + _CAPTION + crossing, encoding="utf-8")
    with pytest.raises(StructureError):  # (the exhibit's only roster refused whole: no person found)
        kg.extract(path)


_SINGLE = ("Name                    Office/Position\n----                    ---------------\n\n"
           "Clara J. Abbott         Director;\n                         Chairman of\n                         the Board\n\n"
           "Walter R. Dunn          Treasurer\n")


def test_a_single_caption_list_is_read_as_before(tmp_path):
    """Guard (passes on main too): a list whose caption is printed once is one table, read row by row."""
    people, _filing = _read(tmp_path, _HEAD.format(tail="") + _SINGLE)
    assert people["Clara J. Abbott"].positions == ["Director", "Chairman of the Board"]
    assert people["Walter R. Dunn"].positions == ["Treasurer"]


_NOTES = """
     The business address of Walter R. Dunn is 40 King Street West, Toronto,
Ontario M5H 3C2. Walter R. Dunn is a citizen of Canada.
"""


def test_citizenship_noted_after_the_list_replaces_the_preamble_default(tmp_path):
    """Fails on main: Walter R. Dunn's citizenship was left out (the preamble's default, given to him, disagreed with
    the sentence after the list)."""
    people, _filing = _read(tmp_path, _HEAD.format(tail=", except as noted after the list below") + _SINGLE + _NOTES)
    assert people["Walter R. Dunn"].citizenship == "Canada"
    assert people["Clara J. Abbott"].citizenship == "United States"


def test_citizenship_sentence_against_an_unqualified_default_is_left_out(tmp_path):
    """Guard (passes on main too): where the preamble gives everyone the default with no word of exceptions below, a
    sentence after the list that says otherwise disagrees with it: neither is taken."""
    people, _filing = _read(tmp_path, _HEAD.format(tail="") + _SINGLE + _NOTES)
    assert people["Walter R. Dunn"].citizenship is None
    assert people["Clara J. Abbott"].citizenship == "United States"


def test_titles_closed_by_semicolons_wrap_where_a_line_closes_on_none(tmp_path):
    """Fails on main: 'Director;' / 'Executive' / 'Officer;' gave 'Executive' and 'Officer' as two titles (the next
    word would have fitted after 'Executive' in the column: read as a title of its own). The cell closes its titles
    with semicolons: a line closing on none wraps."""
    rows = ("Name                    Office/Position\n----                    ---------------\n\n"
            "Laurent Dassault        Director\n\n"
            "Andre Desmarais         Director;\n                         Executive\n                         Officer;\n"
            "                         President;\n                         Co-Chief\n                         Executive Officer\n\n"
            "Paul G. Desmarais       Director; Chairman\n                         of the Executive\n"
            "                         Committee\n")
    people, _filing = _read(tmp_path, _HEAD.format(tail="") + rows)
    assert people["Andre Desmarais"].positions == ["Director", "Executive Officer", "President",
                                                   "Co-Chief Executive Officer"]
    assert people["Paul G. Desmarais"].positions == ["Director", "Chairman of the Executive Committee"]
    assert people["Laurent Dassault"].positions == ["Director"]
