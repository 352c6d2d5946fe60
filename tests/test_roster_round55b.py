"""Round 55b (issue 13): gather133's conagra_indented_name_address_left_titles_right.

What was wrong: ConAgra Foods' Schedule I laid out anew, 'SCHEDULE A', the common address and the citizenship in the
preamble, each entry's name over its address lines at the left and '<titles> of <Org>' wrapping at the right, then
'Principal Occupation: ...' lines under the entry at the name's indent. Such a line runs across the right column, so
the stacked name-and-address reader (kg/forms/roster_stacked.py) refused every block that printed one, and the other
readers took the two columns as one text: 'Chair of the Board of Novo Tuborg Havnevej 19 Holdings A/S 2900 Hellerup
Denmark' and the next entry's name and titles ('Steen Riisgaard Co Vice Chair ...') as the first entry's
occupations, a name run on into the right column ('Paul Hatch Smith' from 'Paul Hatch   Director of Smith Barney'),
or no roster at all (StructureError).

What changed: new kg/forms/roster_stacked_labelled.py labelled_tail: lines under the two columns that open at the
left with the occupation label (kg/patterns/roster.yml labels), each wrapping onto lines set in under it, are the
entry's occupations (one item a label), read apart from the columns; any other line after them leaves the block
unread; a labelled line with a cell beside it leaves the block as it was. Called from roster_stacked.py's _block,
_carry_on (the rest of an entry after a page break) and _right_cells.

Texts of our own making. Tests marked "fails on main" fail on main dd76c252; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg

REAL = Path(__file__).parent / "data" / "rosters_real" / "dev" / "text_indented_nameaddr_conagra_foods.txt"

LABELLED = """\

                                  SCHEDULE A

         The executive officers and directors of Halvard Holdings A/S (the
"Individuals") and the information required by Item 2 of Schedule 13D are
listed below, along with the offices held by each Individual. Unless otherwise
indicated, the business address for each Individual is Strandvejen 40, 2900
Hellerup, Denmark. Each Individual is a citizen of Denmark, other than Paul
Hatch Smith, who is a citizen of USA.


      Mette Lund Kragh                   Chair of the Board of Halvard
      Strandvejen 40                     Holdings A/S
      2900 Hellerup
      Denmark
      Principal Occupation: Professional Board Director

      Paul Hatch Smith                   Board Director of Halvard Holdings
      Strandvejen 40                     A/S
      2900 Hellerup
      Denmark
      Principal Occupation: Head of the endowment fund for the University
        of Copenhagen
      Principal Occupation: Chief Economist of Nordhavn Asset Management

      Jens Aagaard                       Chief Executive Officer of Halvard
      Strandvejen 40                     Holdings A/S
      2900 Hellerup
      Denmark
"""

PAGED = LABELLED.replace("""      Strandvejen 40                     A/S
      2900 Hellerup
""", """      Strandvejen 40                     A/S


                                      -2-
\f
      2900 Hellerup
""")


def _people(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "roster.txt"
    path.write_text(text)
    return {p.name: p for p in kg.extract(path).people}


def test_labelled_occupation_lines_are_the_entrys_own(tmp_path):  # fails on main
    people = _people(tmp_path, LABELLED)
    assert set(people) == {"Mette Lund Kragh", "Paul Hatch Smith", "Jens Aagaard"}
    mette = people["Mette Lund Kragh"]
    assert mette.positions == ["Chair of the Board"] and mette.organization == "Halvard Holdings A/S"
    assert mette.other_positions == ["Professional Board Director"]
    assert mette.address == "Strandvejen 40, 2900 Hellerup, Denmark"


def test_a_wrapped_occupation_goes_on_and_a_second_label_opens_another(tmp_path):  # fails on main
    paul = _people(tmp_path, LABELLED)["Paul Hatch Smith"]
    assert paul.positions == ["Board Director"] and paul.citizenship == "USA"
    assert paul.other_positions == ["Head of the endowment fund for the University of Copenhagen",
                                    "Chief Economist of Nordhavn Asset Management"]
    assert paul.address == "Strandvejen 40, 2900 Hellerup, Denmark"


def test_the_next_entry_takes_no_value_of_the_one_above(tmp_path):  # fails on main
    jens = _people(tmp_path, LABELLED)["Jens Aagaard"]
    assert jens.positions == ["Chief Executive Officer"] and not jens.other_positions
    assert jens.citizenship == "Denmark"


def test_occupations_after_a_page_break_stay_with_the_entry(tmp_path):  # fails on main
    people = _people(tmp_path, PAGED)
    paul = people["Paul Hatch Smith"]
    assert paul.positions == ["Board Director"] and paul.address == "Strandvejen 40, 2900 Hellerup, Denmark"
    assert paul.other_positions == ["Head of the endowment fund for the University of Copenhagen",
                                    "Chief Economist of Nordhavn Asset Management"]
    assert not people["Jens Aagaard"].other_positions


def test_guard_the_real_conagra_schedule_reads_as_before():  # guard: passes on main too
    people = {p.name: p for p in kg.extract(REAL).people}
    rohde = people["Bruce C. Rohde"]
    assert rohde.positions == ["Chairman of the Board and Chief Executive Officer"] and not rohde.other_positions
    assert rohde.address == "One ConAgra Drive, Omaha, NE 68102"
    batchelder = people["David H. Batchelder"]
    assert batchelder.positions == ["Director"]
    assert batchelder.address == "Relational Investors LLC, 11975 El Camino Real, Suite 300, San Diego, CA 92130"


def test_guard_a_block_without_labelled_lines_reads_as_before(tmp_path):  # guard: passes on main too
    text = LABELLED.replace("      Principal Occupation: Professional Board Director\n", "").split(
        "      Paul Hatch Smith")[0]
    text += """      Jens Aagaard                       Chief Executive Officer of Halvard
      Strandvejen 40                     Holdings A/S
      2900 Hellerup
      Denmark
"""
    people = _people(tmp_path, text)
    assert people["Mette Lund Kragh"].positions == ["Chair of the Board"]
    assert not people["Mette Lund Kragh"].other_positions
    assert people["Jens Aagaard"].positions == ["Chief Executive Officer"]
