"""Round 54n (issue 13): gather129's resident_canadian_column_table and gather127's
harvard_name_office_position_underlined_labels_address_column.

What was wrong: (1) a note in running prose under an EDGAR </TABLE> citing 'subsection 2(1) of the' Act was read into
the last row (an other position and a citizenship 'Canadian. United States'): the text blanks the '(1)' as a note
mark, and the blank left a column gap in the note's first line, so round 54g's rule took the note for a row.
(2) 'Each of the persons named above is a citizen of the United States, other than A, who is a citizen of Canada.'
was not read (only ', except A, ...' was): no citizenship at all.

What changed: kg/forms/roster_table_close.py (the line after </TABLE> judged as printed, in the source);
kg/patterns/roster.yml `collective_citizenship` (', other than' opens the named exceptions as ', except' does).

Texts of our own making. Tests marked "fails on main" fail on main 7e2f4e9c; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg

RESIDENT = """\
                                  SCHEDULE I

    DIRECTORS AND EXECUTIVE OFFICERS OF NORTHGATE FOREST PRODUCTS, INC.

     The name, present position, principal occupation, business address and
citizenship of each director and executive officer of Northgate Forest
Products, Inc. are set forth below.

<TABLE>
<CAPTION>
                                     PRESENT POSITION WITH
                          RESIDENT   NORTHGATE FOREST          PRINCIPAL
NAME                      CANADIAN   PRODUCTS, INC.            OCCUPATION                          BUSINESS ADDRESS            CITIZENSHIP
------------------------  ---------  ------------------------  ----------------------------------  --------------------------  -------------
<S>                       <C>        <C>                       <C>                                 <C>                         <C>
Douglas R. Whitcombe      No         Director                  Partner, Whitcombe & Hale           12 Front Street             United States
                                                                                                   Boston, Massachusetts 02110

Genevieve A. Roy          Yes        Director                  Professor of Forestry, Laval        2325 Rue de l'Universite    Canada
                                                                 University                        Quebec, Quebec G1V 0A6

Harold P. Lindqvist       No         Director                  President, Museum of Natural        200 Central Avenue          United States
                                                                 Science                           Albany, New York 12205

</TABLE>

'Resident Canadian' has the meaning given to it in subsection 2(1) of the
Canada Business Corporations Act; 'Yes' denotes a person who is a resident
Canadian.
"""

OTHER_THAN = """\
                                   EXHIBIT A

                        Directors and Executive Officers

     The names of the directors and executive officers of Northgate Forest
Products, Inc. and their business addresses and present principal occupation
or employment are set forth below.

Name                                Office/Position               Principal Occupation                  Business Address
----                                ---------------               --------------------                  ----------------

Douglas R. Whitcombe                Director                      Partner, Whitcombe & Hale             12 Front Street
                                                                                                        Boston, Massachusetts 02110

Genevieve A. Roy                    Director                      Professor of Forestry, Laval          2325 Rue de l'Universite
                                                                  University                            Quebec, Quebec G1V 0A6

Harold P. Lindqvist                 Director                      President, Museum of Natural          200 Central Avenue
                                                                  Science                               Albany, New York 12205

     Each of the persons named above is a citizen of the United States, other
than Genevieve A. Roy, who is a citizen of Canada.
"""


def _people(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_a_note_citing_a_subsection_under_the_table_is_no_row(tmp_path):  # fails on main
    people = _people(tmp_path, RESIDENT)
    last = people["Harold P. Lindqvist"]
    assert last.other_positions == ["President, Museum of Natural Science"]
    assert last.citizenship == "United States"
    assert not any("Resident" in value or "Act" in value for person in people.values()
                   for value in person.positions + person.other_positions)


def test_the_yes_no_column_is_no_value(tmp_path):
    people = _people(tmp_path, RESIDENT)
    assert set(people) == {"Douglas R. Whitcombe", "Genevieve A. Roy", "Harold P. Lindqvist"}
    assert people["Genevieve A. Roy"].citizenship == "Canada"
    assert not any(value in ("Yes", "No") for person in people.values()
                   for value in person.positions + person.other_positions)


def test_a_mark_blanked_in_the_text_leaves_no_column_gap():  # fails on main
    from kg.forms.roster_table_close import rows_end
    raw = "<TABLE>\nJane Roe     Director\n</TABLE>\nThe term has the meaning given to it in subsection 2(1) of the Act.\n"
    text = raw.replace("(1)", "   ")
    assert rows_end(text, raw, 0, len(text)) == raw.index("</TABLE>")


def test_guard_a_row_with_columns_after_the_tag_is_kept():
    from kg.forms.roster_table_close import rows_end
    raw = "<TABLE>\nJane Roe     Director\n</TABLE>\nJohn Doe(1)  Director and Chief Executive Officer of the Company\n"
    text = raw.replace("(1)", "   ")
    assert rows_end(text, raw, 0, len(text)) == len(text)  # (a gap printed in the source: a row, no note)


def test_other_than_names_the_exceptions_to_the_citizenship(tmp_path):  # fails on main
    people = _people(tmp_path, OTHER_THAN)
    assert {name: p.citizenship for name, p in people.items()} == {
        "Douglas R. Whitcombe": "United States", "Genevieve A. Roy": "Canada", "Harold P. Lindqvist": "United States"}


def test_guard_except_still_reads(tmp_path):
    people = _people(tmp_path, OTHER_THAN.replace(", other\nthan", ", except"))
    assert people["Genevieve A. Roy"].citizenship == "Canada"
    assert people["Douglas R. Whitcombe"].citizenship == "United States"


def test_guard_other_than_naming_nobody_gives_nothing(tmp_path):  # (no person of that name: refused, not guessed)
    people = _people(tmp_path, OTHER_THAN.replace("than Genevieve A. Roy, who", "than Jean Tremblay, who"))
    assert not any(p.citizenship for p in people.values())
