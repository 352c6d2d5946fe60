"""Issue 13, twenty-eighth round (c): three families of gather22/23 with nothing on the wrong person but low recall:
prose_honorific_paragraphs (after Chittenden's prose exhibit), career_history_lines (an occupation column that is a
five-year career history) and cover_page_footnote_roster (the roster as footnote (1) to the filer's name on a
Schedule 13D cover page). Small texts of our own making, with people of the development rosters retyped.

Each test says whether it fails on main 13bba83 (a fix) or passes on both (a guard of precision)."""
from __future__ import annotations

import kg


def _extract(tmp_path, text: str, name: str = "roster.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return kg.extract(path)


def _people(filing) -> dict[str, object]:
    return {p.name: p for p in filing.people}


_PROSE_HEAD = """                                 EXHIBIT 99.2
                                 ------------
                       EXECUTIVE OFFICERS AND DIRECTORS
                               OF CONAGRA, INC.

     The following persons are the executive officers and/or directors of
ConAgra, Inc. Unless otherwise indicated below, the business address of each
of them is One ConAgra Drive, Omaha, NE 68102-5001, and each of them is a
citizen of the U.S.

"""

_SURNAME_FIRST = _PROSE_HEAD + """     ROHDE, Bruce C.  Mr. Rohde is Chairman of the Board, Chief Executive
Officer of ConAgra, Inc.
                                  ----------

     FLETCHER, Philip B.  Mr. Fletcher is a director of ConAgra, Inc.
                                  ----------

     SCOTT, Walter, Jr.  Mr. Scott is a director of ConAgra, Inc. His business
address is Peter Kiewit Sons, Inc., 1000 Kiewit Plaza, Omaha, NE 68131.
                                  ----------

     WAY, Bill.  Mr. Way is a director of ConAgra, Inc.
                                  ----------
"""


def test_prose_paragraphs_that_open_with_the_surname_in_capitals_are_read(tmp_path):
    """Fails on main (nobody read): 'ROHDE, Bruce C.  Mr. Rohde is ...' opened no entry, a 'Jr.' after the given
    names was cut off the name, and the rule under each paragraph was read as part of its last sentence."""
    people = _people(_extract(tmp_path, _SURNAME_FIRST))
    assert set(people) == {"Bruce C. Rohde", "Philip B. Fletcher", "Walter Scott, Jr.", "Bill Way"}
    assert people["Bruce C. Rohde"].positions == ["Chairman of the Board", "Chief Executive Officer"]
    assert people["Walter Scott, Jr."].address == "Peter Kiewit Sons, Inc., 1000 Kiewit Plaza, Omaha, NE 68131"


def test_the_preambles_address_unless_otherwise_indicated_below_is_everyones_default(tmp_path):
    """Fails on main: 'Unless otherwise indicated below, the business address of each of them is X, and each of them
    is a citizen of ...' gave no default address ('below', and ', and each of them is' ending it, were not seen)."""
    people = _people(_extract(tmp_path, _SURNAME_FIRST))
    assert people["Philip B. Fletcher"].address == "One ConAgra Drive, Omaha, NE 68102-5001"
    assert people["Philip B. Fletcher"].citizenship == "U.S."
    assert people["Walter Scott, Jr."].address.startswith("Peter Kiewit Sons")  # (his own, never the default)


def test_numbered_prose_paragraphs_are_read_without_their_numbers(tmp_path):
    """Fails on main (nobody read): '1.  Bruce C. Rohde.  Mr. Rohde is ...' - the number before the name."""
    text = _PROSE_HEAD + """     1.  Bruce C. Rohde.  Mr. Rohde is Chairman of the Board of ConAgra, Inc.

     2.  Philip B. Fletcher.  Mr. Fletcher is a director of ConAgra,
Inc.

     3.  Walter Scott, Jr.  Mr. Scott is a director of ConAgra, Inc.
"""
    people = _people(_extract(tmp_path, text))
    assert set(people) == {"Bruce C. Rohde", "Philip B. Fletcher", "Walter Scott, Jr."}
    assert people["Bruce C. Rohde"].positions == ["Chairman of the Board"]


def test_and_is_a_title_of_the_listed_organisation_again_is_a_position(tmp_path):
    """Fails on main: 'a director of X and is President of X and is Global Head of ..., Deutsche Bank Group' gave
    'President of X and is Global Head ...' as a role elsewhere; the second title in X is a position."""
    text = _PROSE_HEAD.replace("CONAGRA, INC.", "DEUTSCHE ACQUISITION CORP.").replace(
        "ConAgra, Inc.", "Deutsche Acquisition Corp.") + """     Kevin E. Parker.  Mr. Parker is a director of Deutsche Acquisition Corp.
and is President of Deutsche Acquisition Corp. and is Global Head of Cash
Equity Sales and Trading, Deutsche Bank Group.

     Thomas A. Curtis.  Mr. Curtis is a director of Deutsche Acquisition Corp.
and is Chairman of the Executive Committee of Deutsche Acquisition Corp.
"""
    people = _people(_extract(tmp_path, text))
    assert people["Kevin E. Parker"].positions == ["Director", "President"]
    assert people["Kevin E. Parker"].other_positions == ["Global Head of Cash Equity Sales and Trading, Deutsche Bank Group"]
    assert people["Thomas A. Curtis"].positions == ["Director", "Chairman of the Executive Committee"]
    assert people["Thomas A. Curtis"].other_positions == []


def _career_row(name: str, lines: list[str]) -> str:
    cell = "".join(f'<p style="margin:0">{line}</p>' for line in lines)
    return (f'<tr valign="top"><td><p style="margin:0">{name}</p></td><td><p style="margin:0">U.S.</p></td><td><p '
            f'style="margin:0">One ConAgra Drive</p><p style="margin:0">Omaha, NE 68102-5001</p></td><td>{cell}</td></tr>')


def _career(rows: list[str]) -> str:
    return ('<html><body><p align="center"><b>SCHEDULE I</b></p><p align="center"><b>INFORMATION CONCERNING THE '
            'DIRECTORS AND EXECUTIVE OFFICERS OF CONAGRA, INC.</b></p><p>The following table sets forth the name, '
            'citizenship, business address, present principal occupation or employment and material occupations, '
            'positions, offices or employment during the past five years of each director and executive officer '
            'of ConAgra, Inc.</p><table><tr><td><b>Name</b></td><td><b>Citizenship</b></td><td><b>Business Address'
            '</b></td><td><b>Present Principal Occupation or Employment; Material Positions Held During the Past '
            'Five Years</b></td></tr>' + "".join(rows) + "</table></body></html>")


def test_a_career_history_gives_the_present_positions_without_their_dates(tmp_path):
    """Fails on main: 'Since 1997, Director, ConAgra, Inc.' gave the titles 'Director' and 'Since 1997', and a
    line held up to a year past ('1994 to 1999, Partner, ...') was taken for the start of an address."""
    html = _career([_career_row("Bruce C. Rohde", ["Since 2000, Chairman of the Board, ConAgra, Inc.",
                                                   "1995 to 1999, Assistant Chairman of the Board, ConAgra, Inc."]),
                    _career_row("Marshall A. Cohen", ["Since 2000, Director, ConAgra, Inc.",
                                                      "Since 1998, Counsel, Cassels, Brock &amp; Blackwell",
                                                      "1994 to 1999, Partner, Cassels, Brock &amp; Blackwell"])])
    people = _people(_extract(tmp_path, html, "roster.htm"))
    assert people["Bruce C. Rohde"].positions == ["Chairman of the Board"]
    assert people["Marshall A. Cohen"].positions == ["Director"]
    assert people["Marshall A. Cohen"].other_positions == ["Counsel, Cassels, Brock & Blackwell"]


def test_a_former_position_is_never_a_value(tmp_path):
    """Passes on both (a guard): a position held up to a year past ('1994 to 1999, ...') is no title nor a role
    elsewhere, and an undated occupation is kept as printed."""
    html = _career([_career_row("Marshall A. Cohen", ["Since 2000, Director, ConAgra, Inc.",
                                                      "1994 to 1999, Partner, Cassels, Brock &amp; Blackwell"]),
                    _career_row("Ellen V. Futter", ["President, American Museum of Natural History"])])
    people = _people(_extract(tmp_path, html, "roster.htm"))
    assert not any("Partner" in value for value in people["Marshall A. Cohen"].positions
                   + people["Marshall A. Cohen"].other_positions)
    assert people["Ellen V. Futter"].other_positions == ["President, American Museum of Natural History"]


_COVER = """
                      SECURITIES AND EXCHANGE COMMISSION
                            Washington, D.C. 20549

                                 SCHEDULE 13D

                  Under the Securities Exchange Act of 1934
                              (Amendment No. 2)*

                       Meridian Instruments Corporation
                               (Name of Issuer)

                    Common Stock, par value $.10 per share
                        (Title of Class of Securities)

                                  053356552
                                (CUSIP Number)

                           Jonathan R. Weller, Esq.
                           Halloran, Pike & Weller
                  500 Fifth Avenue, New York, New York 10110
                                (212) 555-0140
         (Name, Address and Telephone Number of Person Authorized to
                     Receive Notices and Communications)

                                March 14, 2006
           (Date of Event which Requires Filing of this Statement)

<PAGE>
CUSIP No. 053356552                    13D                     Page 2 of 11 Pages

------------------------------------------------------------------------------
  1  NAMES OF REPORTING PERSONS
     I.R.S. IDENTIFICATION NOS. OF ABOVE PERSONS (ENTITIES ONLY)

     American International Group, Inc.(1)
------------------------------------------------------------------------------
  4  SOURCE OF FUNDS (SEE INSTRUCTIONS)
     WC
------------------------------------------------------------------------------
  6  CITIZENSHIP OR PLACE OF ORGANIZATION
     Delaware
------------------------------------------------------------------------------
 14  TYPE OF REPORTING PERSON (SEE INSTRUCTIONS)
     CO
------------------------------------------------------------------------------

(1) The directors and executive officers of American International Group,
    Inc., their positions with American International Group, Inc., present
    principal occupations, business addresses and citizenship, are:

     Pei-yuan Chia. Position: Director. Present principal occupation:
         Retired Vice Chairman, Citicorp and Citibank, N.A. Business
         address: c/o 70 Pine Street, New York, New York 10270.
         Citizenship: United States.
     --------------------
     COHEN, Marshall A.. Position: Director. Present principal
         occupation: Counsel, Cassels, Brock & Blackwell. Business address:
         Cassels, Brock & Blackwell, 40 King Street West, 20th Floor,
         Toronto, Ontario M5H 3C2. Citizenship: Canada.
"""


def test_a_roster_in_the_cover_pages_footnote_to_the_filers_name_is_read(tmp_path):
    """Fails on main (nobody read): the list under '(1) The directors and executive officers of <the filer> ...
    are:', one paragraph per person with its fields run on as sentences ('Position: Director. Business address:
    ...'); the filer's name on the cover without the note's mark and the rule under it."""
    filing = _extract(tmp_path, _COVER)
    assert [p.name for p in filing.reporting_persons] == ["American International Group, Inc."]
    people = _people(filing)
    assert set(people) == {"Pei-yuan Chia", "Marshall A. Cohen"}
    assert people["Pei-yuan Chia"].positions == ["Director"]
    assert people["Pei-yuan Chia"].other_positions == ["Retired Vice Chairman, Citicorp and Citibank, N.A."]
    assert people["Pei-yuan Chia"].address == "c/o 70 Pine Street, New York, New York 10270"
    assert people["Marshall A. Cohen"].citizenship == "Canada"
    assert all(p.organization == "American International Group, Inc." for p in people.values())


def test_the_notices_lawyer_and_a_note_about_another_organisation_give_nobody(tmp_path):
    """Passes on both (a guard): the person authorised to receive notices is no one of the roster, and a note naming
    an organisation that files nothing here is not read as the filer's roster."""
    filing = _extract(tmp_path, _COVER.replace("(1) The directors and executive officers of American International "
                                               "Group,\n    Inc.,", "(1) The directors and executive officers of "
                                               "Citicorp Holdings,\n    Inc.,"))
    assert "Jonathan R. Weller" not in _people(filing)
    assert not any(p.organization == "American International Group, Inc." for p in filing.people)


# Twenty-eighth round (d): two mutations of these families that put values on the wrong person.

_COVER_RUN_TOGETHER = _COVER.replace("         Citizenship: United States.\n     --------------------\n",
                                     "         Citizenship: United States.\n")


def test_cover_note_paragraphs_with_no_blank_line_between_them_part_at_the_hanging_indent(tmp_path):
    """Fails on main (nobody read) and on f14dd1f (Chia lost in one paragraph with Cohen): the paragraphs run together,
    each person's first line at the paragraph indent and the lines after it deeper; a line back at the first
    line's indent opens the next person's paragraph."""
    assert "--------------------" not in _COVER_RUN_TOGETHER.split("are:")[1]
    people = _people(_extract(tmp_path, _COVER_RUN_TOGETHER))
    assert set(people) == {"Pei-yuan Chia", "Marshall A. Cohen"}
    assert people["Pei-yuan Chia"].positions == ["Director"]
    assert people["Pei-yuan Chia"].other_positions == ["Retired Vice Chairman, Citicorp and Citibank, N.A."]
    assert people["Pei-yuan Chia"].citizenship == "United States"
    assert people["Marshall A. Cohen"].other_positions == ["Counsel, Cassels, Brock & Blackwell"]
    assert people["Marshall A. Cohen"].citizenship == "Canada"


_PAGE_BROKEN = _PROSE_HEAD + """     ROHDE, Bruce C.  Mr. Rohde is Chairman of the Board, Chief Executive
Officer of ConAgra, Inc.
                                  ----------

     BATCHELDER, David H.  Mr. Batchelder is a director of ConAgra, Inc. His
business address

                                                  4
\f
SCHEDULE I (CONTINUED)

is Relational Investors LLC, 11975 El Camino Real, Suite 300, San Diego, CA
92130.
                                  ----------

     BUTLER, Stephen G.  Mr. Butler is a director of ConAgra, Inc.

<PAGE>

                         Schedule I (continued)

His business address is 3108 West 117th Street, Leawood,
KS 66211.
                                  ----------

     BUFFETT, Howard G.  Mr. Buffett is a director of ConAgra, Inc.
                                  ----------
"""


def test_a_prose_paragraph_cut_by_a_page_break_is_joined_again(tmp_path):
    """Fails on main (nobody read) and on f14dd1f (the preamble's default address on Batchelder and Butler, whose
    own addresses are after the page breaks): a paragraph cut by page furniture (a page number, a form feed,
    <PAGE>, a running header) goes on after it, in a sentence left open or one whose subject is the person."""
    people = _people(_extract(tmp_path, _PAGE_BROKEN))
    assert set(people) == {"Bruce C. Rohde", "David H. Batchelder", "Stephen G. Butler", "Howard G. Buffett"}
    assert people["David H. Batchelder"].address == ("Relational Investors LLC, 11975 El Camino Real, Suite 300, "
                                                     "San Diego, CA 92130")
    assert people["Stephen G. Butler"].address == "3108 West 117th Street, Leawood, KS 66211"
    assert people["Howard G. Buffett"].address == "One ConAgra Drive, Omaha, NE 68102-5001"
