"""Round 53j (issue 13): gather109's close variants of Deutsche Acquisition's Exhibit 3
(deutsche_officers_directors_merger_sub_citizens_after_table) and Scout Capital's Exhibit I
(scout_real_order_number_column_segmented_rule_every_row).

What was wrong: (1) a preamble defining a term for the organisation ('position with Ariel Capital Management, Inc.
("Merger Sub") ... of each director and executive officer of Merger Sub'), under a title that names no organisation:
the term was read as the roster's organisation, every person's organisation 'Merger Sub'; (2) the organisation
wrapped in the name cell under the title ('Director' / 'of American International' / 'Group, Inc.'): 'Group, Inc.'
opened an occupation ('Director of American International' a title, 'Group, Inc., Retired Vice Chairman, ...' an
occupation); (3) a column typed with a hanging indent throughout whose cell repeats the titles, the organisation and
its address ('Director, Chairman of the' / '  Board and Chief' / '  Executive Officer' / 'Motorola' / ...): the wrap
was cut where the next word would have fitted the unindented line ('Executive Officer' a title of its own,
'Director, Chairman of the Board and Chief' an occupation).

What changed: kg/forms/roster_defined.py `term_named` (used by kg.forms.roster_org.organization: the organisation
read is a term the text defines, 'X ("Term")': X); kg/forms/roster_wrap.py `_NAME_CLOSE` (a name's close may hold a
comma before the legal form, 'Group, Inc.'); kg/forms/roster_gridentry.py (an occupation column typed with a hanging
indent throughout reads its cell's set-in lines by words, as a title column does).

Texts of our own making. Tests marked "fails on main" fail on main 3ddbca1; the guards pass on both."""
from __future__ import annotations

import kg

MERGER_SUB = """\
Exhibit 2


                          Halvorsen Marine Holdings, Inc.

                             Officers and Directors



                  The following table sets forth the name, business address,
position with Halvorsen Marine Holdings, Inc. ("Merger Sub") and present
principal occupation of each director and executive officer of Merger Sub.


<TABLE>
Name and Address                      Title and Principal Occupation
----------------                      ------------------------------
<S>                                   <C>
Ingrid T. Solberg                     Director and President of Merger Sub;
410 Harbor Drive                      Managing Partner, Fjord Advisors LLC
Seattle, Washington 98101

Thomas R. Whitcombe                   Secretary of Merger Sub; Partner,
12 Water Street                       Whitcombe & Lane
Portland, Maine 04101
</TABLE>

Each of the persons listed above is a citizen of the United States, except
Ingrid T. Solberg, who is a citizen of Norway.
"""

WRAPPED_ORGANISATION = """\
                                   EXHIBIT 1

                    INFORMATION CONCERNING THE DIRECTORS AND
              EXECUTIVE OFFICERS OF NORTHWIND TIMBER PRODUCTS, INC.

<Table>
<Caption>
                                                                                            PRESENT PRINCIPAL
                    NAME                 CITIZENSHIP         BUSINESS ADDRESS                  OCCUPATION
----- -------------------------------- --------------- ---------------------------- ---------------------------------
<S>   <C>                              <C>             <C>                          <C>
1.    Harold J. Pemberton                United        88 Cedar Lane                Retired Partner, Pemberton &
      Director                             States      Bend, Oregon 97701             Hale LLP
      of Northwind Timber Products,
      Inc.
----- -------------------------------- --------------- ---------------------------- ---------------------------------

1.    Alicia M. Dunmore                  Canada        410 Granville Street         President, Dunmore Forest
      Director                                         Vancouver, BC V6C 1T2           Consulting
      of Northwind Timber
      Products, Inc.
----- -------------------------------- --------------- ---------------------------- ---------------------------------

</Table>
"""

HANGING_OCCUPATION = """\
                                   EXHIBIT 1

                    INFORMATION CONCERNING THE DIRECTORS AND
                    EXECUTIVE OFFICERS OF ORCHARD VALE

 NO.                NAME                 CITIZENSHIP         BUSINESS ADDRESS               OCCUPATION
----- -------------------------------- --------------- ---------------------------- ---------------------------
(1)   Nathaniel P. Corwin                United        500 Orchard Road             Director, Chairman of the
      Director, Chairman of the Board      States      Kirkland, Washington 98033     Board and Chief
      and Chief Executive Officer                                                     Executive Officer
      of Orchard Vale                                                               Orchard Vale
                                                                                    500 Orchard Road
                                                                                    Kirkland, Washington 98033
----- -------------------------------- --------------- ---------------------------- ---------------------------

(2)   Beatrice L. Amsel                  United        77 Market Street             Professor of Agronomy,
      Director                             States      Pullman, Washington 99163      Washington State
      of Orchard Vale                                                                 University
----- -------------------------------- --------------- ---------------------------- ---------------------------
"""


def _people(tmp_path, text: str) -> dict:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_a_defined_term_names_the_roster_organisation(tmp_path):
    """Fails on main: every person's organisation was 'Merger Sub'."""
    people = _people(tmp_path, MERGER_SUB)
    assert set(people) == {"Ingrid T. Solberg", "Thomas R. Whitcombe"}
    assert {p.organization for p in people.values()} == {"Halvorsen Marine Holdings, Inc."}
    assert people["Ingrid T. Solberg"].positions == ["Director", "President"]
    assert people["Thomas R. Whitcombe"].positions == ["Secretary"]
    assert people["Ingrid T. Solberg"].citizenship == "Norway"


def test_the_organisation_wrapped_under_the_title_stays_the_title_s(tmp_path):
    """Fails on main: 'Director of Northwind Timber' a title, 'Products, Inc., President, ...' an occupation."""
    people = _people(tmp_path, WRAPPED_ORGANISATION)
    dunmore = people["Alicia M. Dunmore"]
    assert dunmore.positions == ["Director"]
    assert dunmore.other_positions == ["President, Dunmore Forest Consulting"]
    assert dunmore.organization == "Northwind Timber Products, Inc."


def test_guard_the_legal_form_alone_under_the_title(tmp_path):
    """Guard (passes on main too): 'of Northwind Timber Products,' / 'Inc.'."""
    pemberton = _people(tmp_path, WRAPPED_ORGANISATION)["Harold J. Pemberton"]
    assert pemberton.positions == ["Director"]
    assert pemberton.other_positions == ["Retired Partner, Pemberton & Hale LLP"]


def test_a_hanging_wrap_goes_on_whatever_room_the_bare_line_left(tmp_path):
    """Fails on main: 'Executive Officer' a title of its own, 'Director, Chairman of the Board and Chief' an
    occupation."""
    people = _people(tmp_path, HANGING_OCCUPATION)
    corwin = people["Nathaniel P. Corwin"]
    assert "Executive Officer" not in corwin.positions
    assert corwin.other_positions == []
    assert people["Beatrice L. Amsel"].other_positions == ["Professor of Agronomy, Washington State University"]


def test_term_named_resolves_only_a_term_the_text_defines_once():
    """Fails on main (no such function)."""
    from kg.forms.roster_defined import term_named

    text = 'position with Ariel Capital Management, Inc. ("Merger Sub") and ... of Merger Sub.'
    assert term_named("Merger Sub", text) == "Ariel Capital Management, Inc."
    assert term_named("Ariel Capital Management, Inc.", text) == "Ariel Capital Management, Inc."
    two = 'Acme Corp. ("Buyer") and, after the merger, Beta Holdings LLC ("Buyer")'
    assert term_named("Buyer", two) == "Buyer"  # (two names: which one is not certain)
    assert term_named("Motorola", 'Motorola\'s ("Motorola") executive officers') == "Motorola"  # (no possessive)


MATRIX = """\
Exhibit F, Schedule  6(a):  Brightwater Utilities plc Officers and Directors as of
December 31, 2002


Legend:  A = Director
------
                  B = Executive Officer



<TABLE>
<CAPTION>
                Company                           A                    B
----------------------------------------------------------------------------------
<S>                                     <C>                  <C>
Brightwater Utilities plc
                                        Oliver T. Hawkes     Miriam A.
                                        Francis Michael        Castellano
                                          Cyprian Cuss       Peter J. Lund
                                        Helena R. Voss
                                        Gwendolyn R.
                                          Featherstone
                                        Arthur B. Kell


</TABLE>
"""


def test_a_matrix_name_wrapped_with_a_hanging_indent_is_read(tmp_path):
    """Fails on main: 'Francis Michael' / '  Cyprian Cuss' and 'Helena R. Voss' / 'Gwendolyn R.' / '  Featherstone'
    refused as names that may be wrapped (left out with a warning)."""
    people = _people(tmp_path, MATRIX)
    assert set(people) == {"Oliver T. Hawkes", "Francis Michael Cyprian Cuss", "Helena R. Voss",
                           "Gwendolyn R. Featherstone", "Arthur B. Kell", "Miriam A. Castellano", "Peter J. Lund"}
    assert people["Gwendolyn R. Featherstone"].positions == ["Director"]
    assert people["Miriam A. Castellano"].positions == ["Executive Officer"]


def test_guard_a_name_under_a_name_with_no_hanging_indent_shown_stays_refused(tmp_path):
    """Guard (passes on main too): no set-in line that is no name by itself, so the table shows no hanging indent
    and 'Francis Michael' / '  Cyprian Cuss' may be two persons: refused, never read as one."""
    text = MATRIX.replace("Miriam A.", "Miriam A. Castellano").replace("       Castellano\n", "\n")
    text = text.replace("Gwendolyn R.\n                                          Featherstone", "Gwendolyn R. Featherstone")
    people = _people(tmp_path, text)
    assert "Francis Michael Cyprian Cuss" not in people and "Francis Michael" not in people
    assert "Gwendolyn R. Featherstone" in people
