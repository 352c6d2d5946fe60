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



def test_sole_title_read_for_two_directors_is_neither(tmp_path):
    """Fails on main: where no entry names the organisation, 'Chief Executive.' printed for two directors was read as
    both's title in the listed organisation (one person holds it at a time: one reading at least is wrong)."""
    text = _HEAD + """Clara Abbott             Chief Executive. Her business address is:
                         Abbott Foods, 3 Mill Lane, Truro NS B2N 1A1.

Peter Barnes             Chief Executive. His business address is:
                         Barnes Freight, 9 Dock Road, Sydney NS B1P 1A1.

Walter Dunn              Partner, Dunn & Hale.
"""
    people = _read(tmp_path, text)
    assert "Chief Executive" not in people["Clara Abbott"].positions
    assert "Chief Executive" not in people["Peter Barnes"].positions


def test_name_wrapped_round_a_nickname(tmp_path):
    """Fails on main: 'Sylvester “Chip”' / 'Johnson' in the name column was read as the person 'Sylvester “Chip”'
    with the address 'Johnson'; and 'Director, <Org>.' gave the position '<Org>'."""
    text = _HEAD + _OWN + """Sylvester “Chip”         Director, Harbour Mutual Holdings, Inc.
Johnson

Walter Dunn              Director, Harbour Mutual Holdings, Inc.
"""
    people = _read(tmp_path, text)
    johnson = people["Sylvester \u201cChip\u201d Johnson"]
    assert johnson.address != "Johnson"
    assert not any("Harbour Mutual" in p for p in people["Walter Dunn"].positions)


_BLOCKS = """<PAGE>
                                                       EXHIBIT B


Names, positions, principal occupations and business addresses of the directors
and executive officers of Harbour Mutual Holdings, Inc.:

Harbour Mutual Holdings, Inc.

Clara Abbott
Director, Chairman and Co-Chief Executive Officer

Peter Barnes
Director
Managing Partner, Barnes Freight Ltd.
   Barnes Freight Ltd.
   9 Dock Road
   Sydney NS B1P 1A1

Walter Dunn
Director
President and CEO
   Dunn Shipping Inc.
   40 Pier Road
   Boston, MA 02110

Grace Ellis, Treasurer

Except as shown above, the business address of each of the above listed persons is:

   12 Quay Street
   Halifax NS B3J 1A1

Each of the above listed persons is a citizen of Canada, except Walter Dunn, who is a
citizen of the United States.
"""


def test_name_title_lines_with_postamble_exceptions(tmp_path):
    """Fails on main: nothing was read (an address indented under the titles was taken for another layout)."""
    people = _read(tmp_path, _BLOCKS)
    assert set(people) == {"Clara Abbott", "Peter Barnes", "Walter Dunn", "Grace Ellis"}
    assert people["Peter Barnes"].address.startswith("Barnes Freight Ltd., 9 Dock Road")
    assert people["Clara Abbott"].address.startswith("12 Quay Street")
    assert people["Walter Dunn"].citizenship == "United States"
    assert people["Clara Abbott"].citizenship == people["Grace Ellis"].citizenship == "Canada"


def test_bare_title_beside_another_employers_address_is_left_out(tmp_path):
    """Fails on main (nothing read); guards precision here: 'President and CEO' under a name whose own address opens
    with another employer ('Dunn Shipping Inc.') is not read as a title in the listed organisation."""
    people = _read(tmp_path, _BLOCKS)
    assert "President and CEO" not in people["Walter Dunn"].positions
    assert "Director" in people["Walter Dunn"].positions


def test_entry_cut_mid_sentence_by_a_page_break(tmp_path):
    """Fails on main: the rest of Walter Dunn's entry after the page break ('business address is: ...', 'Mr. Dunn is a
    citizen of ...') was dropped, and the preamble's default address and citizenship given to him in their place."""
    text = _HEAD + _OWN + """Walter Dunn              Chairman, Dunn Shipping Inc. His

                                        A-2

APPENDIX A (continued)

                         business address is: 40 Pier Road, Boston, MA
                         02110. Mr. Dunn is a citizen of the United States.

Grace Ellis              Treasurer, Harbour Mutual Holdings, Inc.
"""
    dunn = _read(tmp_path, text)["Walter Dunn"]
    assert dunn.citizenship == "United States"
    assert dunn.address.startswith("40 Pier Road, Boston")
