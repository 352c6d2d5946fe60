"""Round 55o (issue 13): heldout142's chittenden_prose_name_underlined_line_above_paragraph and
refac_dashed_rows_occupation_cell_blank_for_own_office (development data since gather142).

Chittenden, what was wrong: each name stands on a line of its own, underlined by hyphens, above its paragraph
('Pei-yuan Chia' / '-------------' / 'Mr. Chia is a director of AIG and is ...'). The name line and the rule were two
paragraphs of their own and the paragraph under them opens with no name, so the values under the names were not
read (R 0.172).
What changed: kg/forms/roster_prose_headings.py reads a one-line name paragraph, a rule under it and a paragraph whose
subject is the honorific and a word of that name ('Mr. Chia is', "Mr. Chia's") as one entry, the name run in before
the paragraph ('Pei-yuan Chia.  Mr. Chia is ...', as the real Chittenden prints it). A paragraph about someone else
under the line is left as it was.

Refac, what was wrong: in the 'Occupation and Business Address' cell of a person with no outside occupation, the
address's addressee ('Valmont Industries, Inc.' / 'Highway 275 (P.O. Box 358)' / 'Valley, NE 68064') was read as an
occupation. What changed: kg/forms/roster_employer_line.py (addressee_only: the cell's lines are the addressee, with
no word of a title or an occupation, a street line and the lines under it) and kg/forms/roster_gridentry.py (such a
cell is the address whole).

Texts of our own making. Tests marked "fails on main" fail on main 7117d98a; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg

PROSE_HEAD = """
                                  EXHIBIT 99.1
                                  ------------
                       DIRECTORS AND EXECUTIVE OFFICERS OF
                             NORTHGATE HOLDINGS INC.

     Set forth below are the name, business address and present principal
occupation of each director and executive officer of Northgate Holdings Inc.
("Northgate").

"""


def _people(tmp_path: Path, text: str) -> dict[str, object]:
    path = tmp_path / "annex.txt"
    path.write_text(text)
    return {p.name: p for p in kg.extract(path).people}


def _underlined(name: str, body: str) -> str:
    return f"     {name}\n     {'-' * len(name)}\n     {body}\n\n"


def test_underlined_name_line_above_its_paragraph(tmp_path):
    """Fails on main: the names come out with none of the values of the paragraphs under them."""
    text = PROSE_HEAD + _underlined(
        "Claire Moreau", "Ms. Moreau is a director of Northgate and is Managing Partner, Moreau Capital.\n"
        "Ms. Moreau's business address is 12 Rue de la Paix, 75002 Paris, France.") + _underlined(
        "Daniel Okafor", "Mr. Okafor is President and Chief Executive Officer of Northgate.\n"
        "Mr. Okafor's business address is 400 Harbour Road, Halifax, Nova Scotia B3J 1A1.") + _underlined(
        "Erik Lindgren", "Mr. Lindgren is Chief Financial Officer of Northgate.\n"
        "Mr. Lindgren's business address is 400 Harbour Road, Halifax, Nova Scotia B3J 1A1.")
    people = _people(tmp_path, text)
    assert set(people) == {"Claire Moreau", "Daniel Okafor", "Erik Lindgren"}
    moreau, okafor = people["Claire Moreau"], people["Daniel Okafor"]
    assert moreau.positions == ["Director"]
    assert moreau.other_positions == ["Managing Partner, Moreau Capital"]
    assert moreau.address == "12 Rue de la Paix, 75002 Paris, France"
    assert okafor.positions == ["President", "Chief Executive Officer"]
    assert okafor.other_positions == []
    assert people["Erik Lindgren"].positions == ["Chief Financial Officer"]


def test_underlined_surname_first_and_numbered_name_lines(tmp_path):
    """Fails on main: the surname-first, numbered name lines come out with none of their paragraphs' values."""
    text = PROSE_HEAD + _underlined(
        "1. MOREAU, Claire", "Ms. Moreau is a director of Northgate and is Managing Partner, Moreau Capital.") \
        + _underlined("2. OKAFOR, Daniel", "Mr. Okafor is President of Northgate.") \
        + _underlined("3. LINDGREN, Erik", "Mr. Lindgren is Chief Financial Officer of Northgate.")
    people = _people(tmp_path, text)
    assert set(people) == {"Claire Moreau", "Daniel Okafor", "Erik Lindgren"}
    assert people["Claire Moreau"].other_positions == ["Managing Partner, Moreau Capital"]
    assert people["Daniel Okafor"].positions == ["President"]


def test_paragraph_about_someone_else_under_the_line_is_no_entry_of_the_name(tmp_path):
    """Guard (passes on both): a paragraph under an underlined name that speaks of another person gives the name
    no value."""
    text = PROSE_HEAD + _underlined(
        "Claire Moreau", "Mr. Okafor is Chairman of Northgate.") + _underlined(
        "Daniel Okafor", "Mr. Okafor is President of Northgate.") + _underlined(
        "Erik Lindgren", "Mr. Lindgren is Chief Financial Officer of Northgate.")
    people = _people(tmp_path, text)
    assert "Chairman" not in (people["Claire Moreau"].positions if "Claire Moreau" in people else [])


def test_run_in_name_paragraphs_unchanged(tmp_path):
    """Guard (passes on both): the real Chittenden's run-in names ('Claire Moreau.  Ms. Moreau is ...')."""
    text = PROSE_HEAD + (
        "     Claire Moreau.  Ms. Moreau is a director of Northgate and is Managing\n"
        "Partner, Moreau Capital.\n\n"
        "     Daniel Okafor.  Mr. Okafor is President and Chief Executive Officer of\nNorthgate.\n\n"
        "     Erik Lindgren.  Mr. Lindgren is Chief Financial Officer of Northgate.\n")
    people = _people(tmp_path, text)
    assert set(people) == {"Claire Moreau", "Daniel Okafor", "Erik Lindgren"}
    assert people["Claire Moreau"].other_positions == ["Managing Partner, Moreau Capital"]
    assert people["Daniel Okafor"].positions == ["President", "Chief Executive Officer"]


RULE = "-" * 100
GRID_HEAD = f"""Exhibit 99.2


            Identity and Background of Northgate Holdings Inc. Officers and Directors


         During the last five years, no person set forth below has been convicted in a criminal
proceeding. Unless otherwise specified, the business address of each person is 400 Harbour
Road, Halifax, Nova Scotia B3J 1A1.

{RULE}
Name and Title                                          Occupation and  Business Address
{RULE}
"""


def _row(left: list[str], right: list[str]) -> str:
    rows = [f"{a:<50}{b}".rstrip() for a, b in zip(left + [""] * len(right), right + [""] * len(left))]
    return "\n".join(row for row in rows if row) + "\n" + RULE + "\n"


def test_addressee_over_the_street_is_no_occupation(tmp_path):
    """Fails on main: 'Harbour Foods Ltd.' (the address's addressee, no occupation printed) is read as Moreau's
    occupation."""
    text = GRID_HEAD + _row(["Daniel Okafor,", "President and Chief Executive Officer"], []) \
        + _row(["Claire Moreau,", "Director"], ["Harbour Foods Ltd.", "1200 Water Street", "Saint John, NB E2L 4S6"]) \
        + _row(["Erik Lindgren,", "Director"], ["Managing Partner, Lindgren Capital", "55 King Street West",
                                                "Toronto, ON M5K 1A2"])
    people = _people(tmp_path, text)
    assert set(people) == {"Daniel Okafor", "Claire Moreau", "Erik Lindgren"}
    moreau = people["Claire Moreau"]
    assert moreau.other_positions == []
    assert moreau.address == "Harbour Foods Ltd., 1200 Water Street, Saint John, NB E2L 4S6"


def test_occupation_over_the_address_kept(tmp_path):
    """Guard (passes on both): an outside occupation over the address stays the occupation."""
    text = GRID_HEAD + _row(["Daniel Okafor,", "President"], []) \
        + _row(["Erik Lindgren,", "Director"], ["Managing Partner, Lindgren Capital", "55 King Street West",
                                                "Toronto, ON M5K 1A2"]) \
        + _row(["Claire Moreau,", "Director"], ["Professor of Law, Dalhousie University", "6061 University Avenue",
                                                "Halifax, NS B3H 4R2"])
    people = _people(tmp_path, text)
    assert people["Erik Lindgren"].other_positions == ["Managing Partner, Lindgren Capital"]
    assert people["Claire Moreau"].other_positions == ["Professor of Law, Dalhousie University"]
