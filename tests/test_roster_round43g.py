"""Forty-third round (g), issue 13: a roster whose layout no reader knows gives the persons whose names are certain.

On main a roster region from which no reader yields a person gave no person at all ('a roster was found but its layout
was not understood'; for an exhibit that is only a roster, "no roster of directors or officers found"). Now a last
resort (kg/forms/roster_last_resort.py) reads, where nothing was read and nothing refused, the lines that open with a
person's name (after a marker such as '>>', '■' or '#1'), every one at the same margin behind the same marker, with
no second name on any of them; each is a person of the roster's organisation, with only a title or a citizenship
that stands in a cell of its own after the name on the name's line, which no text above or below continues. A
`roster-partial` finding says so.

Texts of our own making, each checked on main 449ab2a first: the tests marked "fails on main" fail there (no person);
the guards pass on both."""
from __future__ import annotations

import pytest

import kg
from kg.errors import StructureError

_HEAD = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HARROWGATE FOODS, INC.

      The names of the directors and executive officers of Harrowgate Foods,
      Inc. are set forth below.

"""

_SLASHES = _HEAD + """  Alice M. Fenwick / Chairman of the Board / United States
  Peter J. Vang / Director / United States
  Claire Dubois / Director / France
  Martin K. Osei / Chief Financial Officer / United Kingdom
"""

_DOUBLE_COLONS = _HEAD + """  * * *
  Alice M. Fenwick :: Executive Vice President
                      and Chief Financial Officer :: United States
  * * *
  Peter J. Vang :: Director :: Canada
  * * *
  Claire Dubois :: Director :: France
  * * *
"""

_BOXES = _HEAD + """+------------------------------------------------------------------+
: Alice M. Fenwick            : Chairman of the Board    : Canada  :
+------------------------------------------------------------------+
: Peter J. Vang               : Director                 : Canada  :
+------------------------------------------------------------------+
: Claire Dubois               : Director                 : France  :
+------------------------------------------------------------------+
"""

_ARROWS = _HEAD + """   -> Alice M. Fenwick
      -> One Harrowgate Drive
      -> Omaha, Nebraska 68102
      -> Chairman of the Board

   -> Peter J. Vang
      -> 1512 Larimer Street
      -> Denver, Colorado 80202
      -> Director
"""

_DEFINITIONS = """<html><body>
<h2>SCHEDULE I</h2>
<p>DIRECTORS AND EXECUTIVE OFFICERS OF HARROWGATE FOODS, INC.</p>
<dl>
<dt>Alice M. Fenwick</dt><dd>Chairman of the Board</dd><dd>United States</dd>
<dt>Peter J. Vang</dt><dd>Director</dd><dd>United States</dd>
<dt>Claire Dubois</dt><dd>Director</dd><dd>France</dd>
</dl>
</body></html>
"""

_BULLETS = """<html><body>
<p align="center"><b>ANNEX A</b></p>
<p align="center"><b>EXECUTIVE OFFICERS AND DIRECTORS OF NORTHWIND CAPITAL PARTNERS, L.P.</b></p>
<p>&#9632;&nbsp;Gregory T. Halvorsen&nbsp;&nbsp;&#8226;&nbsp;&nbsp;Managing Director&nbsp;&nbsp;&#8226;&nbsp;&nbsp;Sweden</p>
<p>&#9632;&nbsp;Ingrid S. Lindqvist&nbsp;&nbsp;&#8226;&nbsp;&nbsp;Chief Operating Officer&nbsp;&nbsp;&#8226;&nbsp;&nbsp;Norway</p>
<p>&#9632;&nbsp;Rahul V. Mehta&nbsp;&nbsp;&#8226;&nbsp;&nbsp;General Counsel and Secretary&nbsp;&nbsp;&#8226;&nbsp;&nbsp;India</p>
</body></html>
"""

_SECTION_TABLES = """                                                                    EXHIBIT 3

          IDENTITY AND BACKGROUND OF THE DIRECTORS AND OFFICERS OF WCM

To the knowledge of the Reporting Persons, the following are the names, present
principal occupations and the names and addresses of the employers of the
directors and executive officers of Westmere Capital Management, Inc. ("WCM").

WCM's Directors

<TABLE>
<CAPTION>
                               Present Principal
        Name               Occupation or Employment         Name of Employer         Address of Employer
---------------------   -------------------------------   ---------------------   -------------------------
<S>                     <C>                               <C>                     <C>
Harriet O. Lindgren     Director                          Westmere Capital        200 West Adams
                                                          Management, Inc.        Street, Suite 900,
                        President                                                 Chicago, Illinois 60606
</TABLE>

WCM's Executive Officers

<TABLE>
<CAPTION>
                               Present Principal
        Name               Occupation or Employment         Name of Employer         Address of Employer
---------------------   -------------------------------   ---------------------   -------------------------
<S>                     <C>                               <C>                     <C>
Theodore P. Valdez      Executive Vice President          Westmere Capital        200 West Adams
                                                          Management, Inc.        Street, Suite 900,
                                                                                  Chicago, Illinois 60606
</TABLE>
"""


def _filing(tmp_path, text: str, name: str = "roster.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return kg.extract(path)


def _people(tmp_path, text: str, name: str = "roster.txt") -> dict:
    return {p.name: p for p in _filing(tmp_path, text, name).people}


def test_slash_separated_rows_give_names_titles_and_citizenships(tmp_path):
    """Fails on main (no roster found)."""
    filing = _filing(tmp_path, _SLASHES)
    people = {p.name: p for p in filing.people}
    assert set(people) == {"Alice M. Fenwick", "Peter J. Vang", "Claire Dubois", "Martin K. Osei"}
    assert {p.organization for p in people.values()} == {"Harrowgate Foods, Inc."}
    assert people["Alice M. Fenwick"].positions == ["Chairman of the Board"]
    assert people["Martin K. Osei"].positions == ["Chief Financial Officer"]
    assert people["Claire Dubois"].country == "FR" and people["Martin K. Osei"].country == "GB"
    assert all(p.address is None for p in people.values())
    assert any(w.code == "roster-partial" for w in filing.warnings)


def test_a_title_wrapped_onto_the_next_line_is_not_read(tmp_path):
    """Fails on main (no roster found). The wrapped title and the citizenship under it are not Alice's values."""
    people = _people(tmp_path, _DOUBLE_COLONS)
    assert set(people) == {"Alice M. Fenwick", "Peter J. Vang", "Claire Dubois"}
    assert people["Alice M. Fenwick"].positions == [] and people["Alice M. Fenwick"].citizenship is None
    assert people["Peter J. Vang"].positions == ["Director"] and people["Peter J. Vang"].country == "CA"


def test_boxed_cells_are_read_between_their_rules(tmp_path):
    """Fails on main (no roster found)."""
    people = _people(tmp_path, _BOXES)
    assert people["Alice M. Fenwick"].positions == ["Chairman of the Board"]
    assert people["Claire Dubois"].positions == ["Director"] and people["Claire Dubois"].country == "FR"


def test_names_alone_on_their_lines_give_the_names_only(tmp_path):
    """Fails on main (no roster found). The lines under the name are not read: no address, no title."""
    people = _people(tmp_path, _ARROWS)
    assert set(people) == {"Alice M. Fenwick", "Peter J. Vang"}
    assert all(not p.positions and p.address is None for p in people.values())


def test_an_html_definition_list(tmp_path):
    """Fails on main (no roster found)."""
    people = _people(tmp_path, _DEFINITIONS, "roster.htm")
    assert set(people) == {"Alice M. Fenwick", "Peter J. Vang", "Claire Dubois"}
    assert {p.organization for p in people.values()} == {"Harrowgate Foods, Inc."}


def test_html_paragraphs_with_bullet_separated_cells(tmp_path):
    """Fails on main (no roster found)."""
    people = _people(tmp_path, _BULLETS, "roster.htm")
    assert people["Ingrid S. Lindqvist"].positions == ["Chief Operating Officer"]
    assert people["Ingrid S. Lindqvist"].country == "NO"
    assert people["Rahul V. Mehta"].organization == "Northwind Capital Partners, L.P."


def test_a_title_column_that_holds_more_under_the_name_line_is_read_whole(tmp_path):
    """Failed on main 449ab2a (no roster found). The last resort would have given Lindgren no title ('Director' alone
    is an incomplete list: 'President' two lines under it is more of the column); since round 43a (one-row tables
    per section, a later office beside an empty employer cell) a reader reads the layout, with both titles."""
    people = _people(tmp_path, _SECTION_TABLES)
    assert set(people) == {"Harriet O. Lindgren", "Theodore P. Valdez"}
    assert people["Harriet O. Lindgren"].positions == ["Director", "President"]
    assert people["Theodore P. Valdez"].positions == ["Executive Vice President"]
    assert people["Theodore P. Valdez"].organization == "Westmere Capital Management, Inc."


def test_a_name_that_may_wrap_is_left_out(tmp_path):
    """Fails on main (no roster found). 'Cuss' under 'Francis Michael Cyprian', at the names' column: either name
    may take it; both are left out, the third is read."""
    text = _HEAD + """  >> Francis Michael Cyprian :: Director :: United Kingdom
     Cuss
  >> Peter J. Vang :: Director :: Canada
  >> Claire Dubois :: Director :: France
"""
    filing = _filing(tmp_path, text)
    assert [p.name for p in filing.people] == ["Claire Dubois"]
    assert sum(w.code == "roster-ambiguous" for w in filing.warnings) == 2


@pytest.mark.parametrize("body", [
    # two entries on one line: which values are whose is not certain
    """  Alice M. Fenwick / Chairman of the Board      Peter J. Vang / Director
  Claire Dubois / Director                      Martin K. Osei / Treasurer
""",
    # names at two margins: no one layout
    """>> Alice M. Fenwick
   ~ Chairman of the Board

     >> Peter J. Vang
        ~ Director

>> Claire Dubois
   ~ Director
""",
])
def test_no_person_where_the_entries_are_not_certain(tmp_path, body):
    """Guard: passes on main and here (nothing read)."""
    with pytest.raises(StructureError):
        _filing(tmp_path, _HEAD + body)


def test_a_roster_a_reader_reads_has_no_partial_finding(tmp_path):
    """Guard: the neighbouring layout (a fixed-width table with a caption) is read by its reader as before."""
    text = _HEAD + """NAME                   TITLE                       CITIZENSHIP

Alice M. Fenwick       Chairman of the Board       United States
Peter J. Vang          Director                    Canada
"""
    filing = _filing(tmp_path, text)
    people = {p.name: p for p in filing.people}
    assert people["Alice M. Fenwick"].positions == ["Chairman of the Board"]
    assert people["Peter J. Vang"].country == "CA"
    assert not any(w.code == "roster-partial" for w in filing.warnings)
