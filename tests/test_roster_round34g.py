"""Thirty-fourth round (g), issue 13: recall on families just below the bar, read where the text states it.

- An occupation cell whose title closes with the listed organisation's name ('Director, Halvorsen Marine Corp.',
  'Director, Brightwater') ends its item there: the next line ('Consultant', 'formerly Chairman ...') is an item of
  its own, and a title wrapped on after the name (', Brightwater Chief Executive Officer, Brightwater') is cut
  after it (kg/forms/roster_occupation.py).
- A caption sentence over a headerless table ('in the columns from left to right, are the name, the citizenship,
  the business address, ...'): an address cell that is an employer's name read as a person's ('Morrow Whitfield')
  fits the address column when fewer than half its cells read so (kg/forms/roster_captions.py); the heading's
  'THE ...' re-cased from the text is never the sentence's lower-case 'the' (kg/forms/roster_recase.py).
- An HTML 'Name and Business Address' cell: a whole name over lines of two words or more is the name, the lines
  under it the address (kg/forms/roster_table.py), never a name run on ('Helen J. Abernathy Whitcombe Baines ...').

Texts of our own making. Each test marked "fails on main" failed on main 020537d and passes here; the guards pass on
both."""
from __future__ import annotations

import kg

_OWN_LINE = """\
                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HALVORSEN MARINE CORP.

The name, present principal occupation or employment, business address and
citizenship of each of the directors and executive officers of Halvorsen Marine
Corp. are set forth below.

                            Present Principal Occupation
Name                        or Employment                     Business Address              Citizenship
--------------------------  --------------------------------  ----------------------------  --------------
Ingrid M. Halvorsen         Director, Halvorsen Marine Corp.  12 Harbour Road               Norway
                            Self Employed Businesswoman       5003 Bergen
                                                              Norway

Peter J. Quill              Director, Halvorsen Marine        88 King Street West           Canada
                            Corp.                             Toronto, Ontario M5K 1A1
                            Consultant

Walter B. Ames              President, Halvorsen Marine       1 Pier Street                 United States
                            Corp.                             Portland, Maine 04101
                            Chief Executive Officer,
                            Halvorsen Marine Corp.
"""

_WRAPPED = """\
                                   SCHEDULE I

          DIRECTORS AND EXECUTIVE OFFICERS OF BRIGHTWATER

The name, present principal occupation or employment, business address and
citizenship of each of the directors and executive officers of Brightwater are
set forth below.

                            Present Principal Occupation
Name                        or Employment                           Business Address              Citizenship
--------------------------  --------------------------------------  ----------------------------  --------------
Anna L. Keller              Director, Brightwater                   400 Lake Shore Drive          United States
                            Chairman of the Board, Brightwater      Chicago, Illinois 60611
                            Chief Executive Officer, Brightwater

Marcus T. Rowe              Director, Brightwater                   400 Lake Shore Drive          United States
                            formerly Chairman of the Board of       Chicago, Illinois 60611
                             Directors, Lakeland Steel, Inc.

Diane F. Osei               Director, Brightwater                   22 Elm Street                 United States
                            Retired Partner and Chief Executive     Evanston, Illinois 60201
                             Officer, Osei Advisors, LLC
"""

_CAPTIONED = """\
<html><body><p style="text-align:center"><b>SCHEDULE I</b></p><p style="text-align:center"><b>DIRECTORS AND EXECUTIVE OFFICERS OF THE GRANITE BAY COMPANIES, INC.</b></p><p>Set forth below, in the columns from left to right, are the name, the citizenship, the business address, the present position with The Granite Bay Companies, Inc. and the present principal occupation or employment (where other than with The Granite Bay Companies, Inc.) of each director and executive officer of The Granite Bay Companies, Inc.</p><table><thead><tr><td style="border-bottom:1px solid #000000">&nbsp;</td><td style="border-bottom:1px solid #000000">&nbsp;</td><td style="border-bottom:1px solid #000000">&nbsp;</td><td style="border-bottom:1px solid #000000">&nbsp;</td><td style="border-bottom:1px solid #000000">&nbsp;</td></tr></thead><tbody>
<tr valign="top"><td>Margaret E. Lindqvist</td><td>United States</td><td>Morrow Whitfield</td><td>Director</td><td>Partner, Morrow Whitfield</td></tr>
<tr valign="top"><td>Robert K. Castellano</td><td>United States</td><td>1200 Harbor Boulevard<br>Oakland, California 94607</td><td>Director</td><td>Retired Chairman</td></tr>
<tr valign="top"><td>Susan P. Achebe</td><td>United States</td><td>Ridgeline Capital Group</td><td>Director</td><td>Chief Executive</td></tr>
<tr valign="top"><td>Daniel R. Okafor</td><td>United States</td><td>55 Market Street<br>San Francisco, California 94105</td><td>Chief Financial Officer</td><td>&nbsp;</td></tr>
</tbody></table></body></html>
"""

_NAME_CELL = """\
<html><body><p align="center"><b>SCHEDULE I</b></p><p align="center"><b>DIRECTORS AND EXECUTIVE OFFICERS OF NORTHFIELD PARTNERSHIP, L.P.</b></p>
<table><tr><th align="left"><u>Name and Business Address</u></th><th align="left"><u>Position(s) with Northfield Partnership, L.P.</u></th><th align="left"><u>Present Principal Occupation or Employment</u></th></tr>
<tr><td colspan="3" align="center"><b>DIRECTORS</b></td></tr>
<tr><td valign="top"><p style="margin:0pt"><b>Helen J. Abernathy</b></p><p style="margin:0pt">Whitcombe</p><p style="margin:0pt">Baines</p><p style="margin:0pt">Carroway</p></td><td valign="top"><p style="margin:0pt">Director</p></td><td valign="top"><p style="margin:0pt">Partner, Whitcombe</p></td></tr>
<tr><td valign="top"><p style="margin:0pt"><b>Thomas W. Pryce</b></p><p style="margin:0pt">300 Elm Avenue</p><p style="margin:0pt">Hartford, Connecticut 06103</p></td><td valign="top"><p style="margin:0pt">Director</p></td><td valign="top"><p style="margin:0pt">Retired Chairman</p></td></tr>
<tr><td colspan="3" align="center"><b>EXECUTIVE OFFICERS</b></td></tr>
<tr><td valign="top"><p style="margin:0pt"><b>Grace L. Moreau</b></p><p style="margin:0pt">The Northfield Partnership</p></td><td valign="top"><p style="margin:0pt">Chief Executive</p></td><td valign="top">&#8212;</td></tr>
</table></body></html>
"""

_SEVERAL_NAMES = """\
<html><body><p align="center"><b>DIRECTORS AND EXECUTIVE OFFICERS OF NORTHFIELD PARTNERSHIP, L.P.</b></p>
<table><tr><th align="left"><u>Name and Business Address</u></th><th align="left"><u>Position(s) with Northfield \
Partnership, L.P.</u></th><th align="left"><u>Present Principal Occupation or Employment</u></th></tr>
<tr><td valign="top"><p style="margin:0pt">Helen J. Abernathy</p><p style="margin:0pt">Thomas W. Pryce</p></td>\
<td valign="top"><p style="margin:0pt">Director</p></td><td valign="top"><p style="margin:0pt">Retired Chairman</p>\
</td></tr>
<tr><td valign="top"><p style="margin:0pt">Grace L. Moreau</p><p style="margin:0pt">300 Elm Avenue</p>\
<p style="margin:0pt">Hartford, Connecticut 06103</p></td><td valign="top"><p style="margin:0pt">Director</p></td>\
<td valign="top"><p style="margin:0pt">Retired Chairman</p></td></tr>
</table></body></html>
"""


def _read(tmp_path, text: str, suffix: str = ".txt"):
    path = tmp_path / f"exhibit{suffix}"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_a_title_closed_by_the_listed_organisation_ends_its_line(tmp_path):
    """Fails on main: 'Director, Halvorsen Marine Corp.' / 'Self Employed Businesswoman' was one occupation
    elsewhere ('Director, Halvorsen Marine Corp. Self Employed Businesswoman'), the seat lost."""
    people = _read(tmp_path, _OWN_LINE)
    ingrid = people["Ingrid M. Halvorsen"]
    assert (ingrid.positions, ingrid.other_positions) == (["Director"], ["Self Employed Businesswoman"])
    assert (people["Peter J. Quill"].positions, people["Peter J. Quill"].other_positions) == (["Director"], ["Consultant"])
    assert people["Walter B. Ames"].positions == ["President", "Chief Executive Officer"]  # (guard: the name wrapped)


def test_titles_wrapped_after_the_listed_organisation_are_cut_there(tmp_path):
    """Fails on main: 'Brightwater Chief Executive Officer' was a title, and 'Director, Brightwater formerly
    Chairman ...' one occupation elsewhere."""
    people = _read(tmp_path, _WRAPPED)
    assert people["Anna L. Keller"].positions == ["Director", "Chairman of the Board", "Chief Executive Officer"]
    rowe, osei = people["Marcus T. Rowe"], people["Diane F. Osei"]
    assert (rowe.positions, rowe.other_positions) == (
        ["Director"], ["formerly Chairman of the Board of Directors, Lakeland Steel, Inc."])
    assert (osei.positions, osei.other_positions) == (
        ["Director"], ["Retired Partner and Chief Executive Officer, Osei Advisors, LLC"])


def test_a_caption_sentence_table_whose_address_cell_names_an_employer(tmp_path):
    """Fails on main: no roster was found (the address column held 'Morrow Whitfield', read as a person's name, so
    the sentence's captions were refused); the heading's organisation is 'The Granite Bay Companies, Inc.'."""
    people = _read(tmp_path, _CAPTIONED, ".htm")
    assert sorted(people) == ["Daniel R. Okafor", "Margaret E. Lindqvist", "Robert K. Castellano", "Susan P. Achebe"]
    margaret = people["Margaret E. Lindqvist"]
    assert (margaret.address, margaret.positions, margaret.other_positions, margaret.citizenship) == (
        "Morrow Whitfield", ["Director"], ["Partner, Morrow Whitfield"], "United States")
    assert people["Robert K. Castellano"].address == "1200 Harbor Boulevard, Oakland, California 94607"
    assert people["Daniel R. Okafor"].positions == ["Chief Financial Officer"]
    assert {p.organization for p in people.values()} == {"The Granite Bay Companies, Inc."}


def test_a_name_cell_whose_address_lines_are_single_words(tmp_path):
    """Fails on main: 'Helen J. Abernathy Whitcombe Baines Carroway' was read as a name and left out."""
    people = _read(tmp_path, _NAME_CELL, ".htm")
    helen = people["Helen J. Abernathy"]
    assert (helen.address, helen.positions, helen.other_positions) == (
        "Whitcombe, Baines, Carroway", ["Director"], ["Partner, Whitcombe"])
    assert helen.organization == "Northfield Partnership, L.P."


def test_a_cell_listing_two_names_is_still_no_one_person(tmp_path):
    """Guard (passes on main too): a name cell whose lines are two persons' names is nobody's entry."""
    people = _read(tmp_path, _SEVERAL_NAMES, ".htm")
    assert "Helen J. Abernathy" not in people and "Thomas W. Pryce" not in people
    assert not any("Abernathy" in name or "Pryce" in name for name in people)


def test_an_organisation_name_going_on_after_the_listed_one_is_not_cut():
    """Guard (passes on main too): 'President, Smith Barney Corporate Trust Company' under the listed 'Smith
    Barney' names another organisation whose name goes on: no cut after 'Smith Barney'."""
    from kg.forms.roster_occupation import split_occupation
    items, _ = split_occupation("President, Smith Barney Corporate Trust Company", None, "Smith Barney")
    assert items == ["President, Smith Barney Corporate Trust Company"]
    items, _ = split_occupation("Director, Smith Barney\nand its subsidiaries", None, "Smith Barney")
    assert items == ["Director, Smith Barney\nand its subsidiaries"]
