"""Fortieth round (a), issue 13: persons who are none, made of an organisation's name wrapped or stacked in a roster.

Four layouts made a person of a fragment of a firm's or bank's name (combos bench seeds 32-35):
- a numbered list ('(1) HOWARD P. BERKOWITZ') whose address stack ('Skadden' / 'Arps' / 'Slate') a page break cut:
  the unnumbered lines after the page opened an entry 'Arps Slate' (kg/forms/roster_grid.py: in numbered rows an
  unnumbered line after a page break opens none);
- a fixed-width header whose right column prints the SEC's long caption wrapped a few words a line, set in over the
  column ('Name, Principal' / 'Business and Address'): it was read as the header of a one-cell-a-line table, and
  the wrapped occupation lines ('Trading, Deutsche') as names (kg/forms/roster_cells.py: a run of caption lines set
  in where a gapped line below has a cell is that column's caption);
- a header whose 'Position(s) with The St. Paul Travelers Companies, Inc.' wraps 'Paul Travelers' onto a line of
  captions ('Occupation or   Name of Executive   Paul Travelers   Country of'): the line was cut from the header,
  the names column lost its caption and an address stack became a person (kg/forms/roster_held_captions.py);
- names printed surname first ('HATCH, Paul') over an address stack ('Smith Barney' / 'Consulting Group'): the
  stacked firm lines counted as names opening entries, so the table was read as one with no break between entries
  (kg/forms/roster_steady.py: a name-like line not printed the way every name after a break is printed opens
  nothing there).

Texts of our own making. Each test marked "fails on main" failed on main eedc97a and passes here; the guards pass
on both."""
from __future__ import annotations

import kg

_NUMBERED_PAGED = """EXHIBIT 1

Executive Officers and Directors of HARBOUR MUTUAL HOLDINGS, INC.

Set forth below is certain information concerning the directors and executive
officers of Harbour Mutual Holdings, Inc.

<TABLE>
                               Principal
Name and Business Address      Occupation
-----------------------------  -------------
<S>                            <C>

(1) ALICE M. FENWICK           Director of
Fenwick Partners               Harbour Mutual
                               Holdings, Inc.

(2) PETER J. VANG              Director of
Cravath                        Harbour Mutual

<PAGE>
                                      -3-

Swaine                         Holdings, Inc.;
Moore                          Partner,
                               Cravath

(3) CARLA J. MORENO            Director of
Moreno Capital                 Harbour Mutual
                               Holdings, Inc.

</TABLE>
"""

_LONG_CAPTION_SET_IN = """EXHIBIT 1

Executive Officers and Directors of Harbour Acquisition Corp.

The name, business address, present principal occupation or employment and
citizenship of each director and executive officer of Harbour Acquisition
Corp. are set forth below.

                                                   Present Principal
                                                   Occupation or
                                                   Employment and the
                                                   Name, Principal
                                                   Business and Address
                                                   of any Corporation
                                                   or Other
                                                   Organization in
                                                   which such
Name of Executive                                  Employment is
Officer or Director      Title                     Conducted

A. Alice M. Fenwick      Director; President       Global Head of Cash
                                                   Equity Sales and
                                                   Trading, Harbour
                                                   Bank Group

------------------------------------------------------------

B. Peter J. Vang         Director                  Head of Corporate
                                                   and Regulatory
                                                   Affairs, Harbour
                                                   Bank Group-Americas
------------------------------------------------------------
"""

_HELD_CAPTION_WRAPPED = """ANNEX A

DIRECTORS AND EXECUTIVE OFFICERS OF The St. Paul Harbour Companies, Inc.

The name, business address, present principal occupation or employment and
citizenship of each director and executive officer of The St. Paul Harbour
Companies, Inc. are set forth below.

<TABLE>
                         Present                                    Position(s)
                         Principal                                  with The St.
                         Occupation or     Name of Executive        Paul Harbour     Country of
Business Address         Employment        Officer or Director      Companies, Inc.  Citizenship
=======================  ================  =======================  ===============  =============
<S>                      <C>               <C>                      <C>              <C>

Fenwick Partners         Chief Executive   Fenwick, Alice M.        Director         United States

Cravath                  Partner, Cravath  Vang, Peter J.           Director         United States
Swaine
Moore

Moreno Capital           Chairman          Moreno, Carla J.         Director         United States
</TABLE>
"""

_SURNAME_FIRST_STACKS = """ANNEX A

DIRECTORS AND EXECUTIVE OFFICERS OF Smith Barney Corporate Trust Company

Each of the persons listed below is a citizen of the United States.

<TABLE>
Name and Business
Address                 Principal Occupation
======================  ===========================
<S>                     <C>

FENN, Alice             Director of Smith Barney
Smith Barney            Corporate Trust Company;
Consulting Group        Executive Vice President,
388 Greenwich Street    Director of Managed
18th Floor              Accounts, Smith Barney
New York, NY 10013      Consulting Group

VANG, PETER             Director of Smith Barney
Smith Barney Corporate  Corporate Trust Company;
Trust Company           Executive Officer of Smith
824 Market Street,      Barney Corporate Trust
Suite 210               Company; President of Smith
Wilmington, DE 19801    Barney Corporate Trust
                        Company; Chief Executive
                        Officer of Smith Barney
                        Corporate Trust Company

MORENO, CARLA           Director of Smith Barney
Smith Barney Corporate  Corporate Trust Company;
Trust Company           Executive Officer of Smith
824 Market Street,      Barney Corporate Trust
Suite 210               Company; Senior Vice
Wilmington, DE 19801    President of Smith Barney
                        Corporate Trust Company

OKAFOR, Ruth            Director of Smith Barney
Smith Barney Corporate  Corporate Trust Company;

<PAGE>
                                      -5-

Name and Business
Address                 Principal Occupation
======================  ===========================
<S>                     <C>

Trust Company           Executive Officer of Smith
824 Market Street,      Barney Corporate Trust
Suite 210               Company; First Vice
Wilmington, DE 19801    President of Smith Barney
                        Corporate Trust Company

LINDQVIST, Eva          Director of Smith Barney
Smith Barney            Corporate Trust Company;
Consulting Group        Managing Director, National
388 Greenwich Street    Director, Smith Barney
18th Floor              Consulting Group
New York, NY 10013

</TABLE>
"""


def _people(tmp_path, text: str) -> dict[str, str | None]:
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p.address for p in kg.extract(path).people}


def test_unnumbered_lines_after_a_page_break_open_no_entry(tmp_path):
    """Fails on main: 'Swaine Moore' (the rest of 'Cravath' / 'Swaine' / 'Moore' after the page) was a person."""
    people = _people(tmp_path, _NUMBERED_PAGED)
    assert set(people) == {"Alice M. Fenwick", "Peter J. Vang", "Carla J. Moreno"}
    assert people["Peter J. Vang"] == "Cravath, Swaine, Moore"


def test_numbered_entry_after_a_page_break_still_opens(tmp_path):
    """Guard (passes on both): a numbered name after a page break is an entry of its own."""
    text = _NUMBERED_PAGED.replace("Swaine                         Holdings, Inc.;\nMoore                          Partner,\n"
                                   "                               Cravath\n\n", "")
    assert set(_people(tmp_path, text)) == {"Alice M. Fenwick", "Peter J. Vang", "Carla J. Moreno"}


def test_a_long_caption_set_in_over_its_column_is_no_cell_table(tmp_path):
    """Fails on main: 'Harbour Trading' and 'Harbour Affairs' (wrapped occupation lines) were persons."""
    assert set(_people(tmp_path, _LONG_CAPTION_SET_IN)) == {"Alice M. Fenwick", "Peter J. Vang"}


def test_an_organisation_wrapped_in_a_held_caption_is_no_name(tmp_path):
    """Fails on main: 'Cravath Swaine' (an address stack) was the only person read."""
    people = _people(tmp_path, _HELD_CAPTION_WRAPPED)
    assert people == {"Alice M. Fenwick": "Fenwick Partners", "Peter J. Vang": "Cravath, Swaine, Moore",
                      "Carla J. Moreno": "Moreno Capital"}


def test_a_firm_stacked_under_a_surname_first_name_is_its_address(tmp_path):
    """Fails on main: 'Smith Barney' and 'Smith Barney Corporate' (lines of address stacks) were persons."""
    people = _people(tmp_path, _SURNAME_FIRST_STACKS)
    assert set(people) == {"Alice Fenn", "Peter Vang", "Carla Moreno", "Ruth Okafor", "Eva Lindqvist"}
    assert people["Alice Fenn"].startswith("Smith Barney Consulting Group, 388 Greenwich Street")


def test_surname_first_names_without_breaks_are_each_an_entry(tmp_path):
    """Guard (passes on both): names printed surname first right under each other are persons of their own."""
    text = """ANNEX A

DIRECTORS OF Harbour Trust Company

<TABLE>
Name                    Principal Occupation
======================  ===========================
<S>                     <C>

FENN, Alice             Director
VANG, Peter             Director
MORENO, Carla           Director

</TABLE>
"""
    assert set(_people(tmp_path, text)) == {"Alice Fenn", "Peter Vang", "Carla Moreno"}
