"""Thirty-sixth round (g), issue 13: a director marked by a footnote sign, and title lines beside a street address.

1. A list whose names are marked '*' in the margin, the footnote '* Director of X' under it, each entry a name with
   its business address under it and its principal occupation beside it: the occupation that names no organisation
   was read as a title in X ('Portfolio Manager', 'Self Employed Businessman', 'Retired Chairman' among X's
   positions), and so was an officer's title beside another employer's address ('President and Chief Operating
   Officer' beside 'Bombardier Aerospace, ...'). A sign whose footnote is a seat on the board and nothing else now
   gives its entry that board, as a 'DIRECTORS' heading above it would (kg/forms/roster_marks.py marked_seats,
   called from kg/forms/annex.py): an occupation that names no office is held elsewhere (kg/forms/roster_bare.py);
   an officer's title that names no organisation beside an address opening with another employer's name is left out
   with a roster-ambiguous finding (board_occupation, read as kg.forms.roster_mixed reads such an item).
2. Name and title lines closed by the everyone's-address sentence: a person with a business address of their own
   kept only the first title line ('Director'), the lines below it ('Officer', 'Chief Financial Officer') being
   possibly held where the person works. That doubt now holds only where the address opens with an employer's name;
   a street address names no other place of work (kg/forms/roster_title_lines.py).

Texts of our own making. Each test marked "fails on main" failed on main a6bf534 and passes here; the guards pass on
both."""
from __future__ import annotations

import kg

_MARKED = """                                                                       EXHIBIT 2

            Executive Officers and Members of the Board of Directors
                                       of
                          HALDANE RIVER HOLDINGS LTD.

      The names of the members of the Board of Directors and the names and
titles of the executive officers of Haldane River Holdings Ltd., their
business addresses and their present principal occupations are set forth
below. Unless otherwise indicated, each individual is a citizen of Canada.

  NAME AND BUSINESS ADDRESS             PRINCIPAL OCCUPATION OR EMPLOYMENT

*  Margaret L. Osei                     Portfolio Manager
   14 Wharf Road
   Halifax, NS B3J 1K2

*  Desmond P. Larkin                    President and Chief Operating
   Northfield Aerospace                 Officer
   400 Avenue des Pins
   Dorval H4S 1Y9

*  Nadia R. Fournier                    Chief Financial Officer, Haldane
   Haldane River Holdings Ltd.          River Holdings Ltd.
   9 Water Street
   Halifax, NS B3J 1K5

   Oliver T. Brandt                     Vice President, Haldane River
   Haldane River Holdings Ltd.          Holdings Ltd.
   9 Water Street
   Halifax, NS B3J 1K5


-----------
* Director of Haldane River Holdings Ltd.
"""

_TITLE_LINES = """                                                     EXHIBIT A


Names, positions, principal occupations, citizenship and business addresses of
the directors and executive officers of Kestrel Point Capital Corp.:

Each of the persons listed below is a Canadian citizen unless another country is
shown in parentheses after the person's title.

Kestrel Point Capital Corp.

Irene C. Halvorsen
Director
Self Employed Businessman

Tobias K. Maret
Director
Officer
Chief Financial Officer
Business Address: 400, 615 - 4th Avenue S.W., Calgary, Alberta T2P 3T3

Wendell J. Okafor
Director
Chairman
Business Address: Larchmont Freight Group

Unless another business address is shown above, the business address of each of
the above listed persons is:

   2100 Ridge Road N.W.
   Calgary
   Alberta T2L 0N8
"""


def _read(tmp_path, text: str):
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    filing = kg.extract(path)
    return {p.name: p for p in filing.people}, filing


def test_marked_director_occupation_naming_no_office_is_held_elsewhere(tmp_path):
    """Fails on main: Margaret L. Osei's 'Portfolio Manager' was read as a position in Haldane River Holdings Ltd."""
    people, _ = _read(tmp_path, _MARKED)
    osei = people["Margaret L. Osei"]
    assert osei.positions == ["Director"]
    assert osei.other_positions == ["Portfolio Manager"]
    assert osei.address == "14 Wharf Road, Halifax, NS B3J 1K2"


def test_marked_director_officer_title_beside_another_employer_is_left_out(tmp_path):
    """Fails on main: Desmond P. Larkin's 'President and Chief Operating Officer', printed beside an address that
    opens with Northfield Aerospace, was read as a position in Haldane River Holdings Ltd.; now neither his position
    nor his occupation: left out with a finding."""
    people, filing = _read(tmp_path, _MARKED)
    larkin = people["Desmond P. Larkin"]
    assert larkin.positions == ["Director"]
    assert larkin.other_positions == []
    assert any(w.code == "roster-ambiguous" and "President and Chief Operating Officer" in w.message
               for w in filing.warnings)


def test_marked_list_titles_naming_the_organisation_stay_positions(tmp_path):
    """Guard (passes on both): a title that names the listed organisation is a position there, marked or not."""
    people, _ = _read(tmp_path, _MARKED)
    assert sorted(people["Nadia R. Fournier"].positions) == ["Chief Financial Officer", "Director"]
    assert people["Oliver T. Brandt"].positions == ["Vice President"]
    assert people["Oliver T. Brandt"].other_positions == []


def test_title_lines_beside_a_street_address_of_ones_own_are_titles(tmp_path):
    """Fails on main: Tobias K. Maret, whose own business address is a street, kept only 'Director'."""
    people, _ = _read(tmp_path, _TITLE_LINES)
    maret = people["Tobias K. Maret"]
    assert maret.positions == ["Director", "Officer", "Chief Financial Officer"]
    assert maret.address == "400, 615 - 4th Avenue S.W., Calgary, Alberta T2P 3T3"


def test_title_lines_beside_an_employers_address_keep_only_the_first(tmp_path):
    """Guard (passes on both): Wendell J. Okafor's own address opens with Larchmont Freight Group: his 'Chairman'
    may be held there; only 'Director' is Kestrel Point Capital Corp.'s for certain."""
    people, _ = _read(tmp_path, _TITLE_LINES)
    assert people["Wendell J. Okafor"].positions == ["Director"]
    assert people["Irene C. Halvorsen"].other_positions == ["Self Employed Businessman"]
