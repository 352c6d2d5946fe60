"""Round 46p (issue 13): the held-out families after Deutsche Acquisition's Exhibit 3 and Scout Capital's Exhibit I.

(1) A titles column beside the name over its address lines, its cells cut at semicolons ('Director of Purchaser;
Chief Executive'): the first piece names the listed organisation after its titles, the pieces after it name it
nowhere. The cell says 'of X' where X is meant: the pieces without it are held elsewhere (the occupation), not
titles in the listed organisation ('Chief Executive' was read as the person's title with Purchaser, the value of
another person who holds it there). A bare seat after the semicolon stays the listed organisation's."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "roster.txt"
    path.write_text(text)
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


def _title_table(rows: list[tuple[str, str, str, str]]) -> str:
    body = "".join(f"{name:<36}{title:<40}Canada\n{address}\n{street}\nToronto ON M5J 2N8\n\n"
                   for name, title, address, street in rows)
    return f"""Exhibit 2

                          Harrowgate Holdings Ltd.

                             Officers and Directors

The following table sets forth the name, business address, position with Purchaser, present principal
occupation and citizenship of each director and executive officer of Harrowgate Holdings Ltd. ("Purchaser").

<TABLE>
Name                                Title                                   Citizenship
----                                -----                                   -----------
<S>                                 <C>                                     <C>

{body}</TABLE>
"""


def test_piece_after_the_own_title_is_held_elsewhere(tmp_path):
    people = _people(tmp_path, _title_table([
        ("Marguerite Okonkwo", "Director of Purchaser; Chief Executive", "Lakeshore Mills Inc.", "12 Front Street West"),
        ("Tobias Renwick", "Chief Executive of Purchaser", "Harrowgate Holdings Ltd.", "40 King Street"),
        ("Elif Vandermeer", "Director of Purchaser; Chairman", "Corvane Group Ltd.", "7 Bay Street")]))
    assert people["Marguerite Okonkwo"]["positions"] == ["Director"]
    assert people["Marguerite Okonkwo"]["other_positions"] == ["Chief Executive"]
    assert people["Elif Vandermeer"]["positions"] == ["Director"]
    assert people["Elif Vandermeer"]["other_positions"] == ["Chairman"]
    assert people["Tobias Renwick"]["positions"] == ["Chief Executive"]


def test_guard_seat_after_the_own_title_stays_a_title(tmp_path):
    people = _people(tmp_path, _title_table([
        ("Marguerite Okonkwo", "President of Purchaser; Director", "Lakeshore Mills Inc.", "12 Front Street West"),
        ("Tobias Renwick", "Chief Executive of Purchaser", "Harrowgate Holdings Ltd.", "40 King Street")]))
    assert people["Marguerite Okonkwo"]["positions"] == ["President", "Director"]
    assert people["Marguerite Okonkwo"]["other_positions"] == []


def _stacked_position_table(rows: list[tuple[str, list[str], list[str]]]) -> str:
    body = ""
    for name, stacked, occupation in rows:
        lines = max(len(stacked) + 1, len(occupation), 2)
        left = [name, *stacked] + [""] * lines
        address = ["88 Wacker Drive, Suite 900", "Chicago, Illinois 60606"] + [""] * lines
        right = occupation + [""] * lines
        second = ["Canada"] + [""] * lines
        body += "".join(f"{left[i]:<31}{second[i]:<16}{address[i]:<29}{right[i]}".rstrip() + "\n"
                        for i in range(lines)) + "\n\n"
    return f"""<Page>

                                   EXHIBIT II

                 INFORMATION CONCERNING THE EXECUTIVE OFFICERS
                AND DIRECTORS OF BRAMBLEWOOD ADVISORY PARTNERS, INC.

<Table>
<Caption>
                                                                            PRESENT PRINCIPAL
NAME AND POSITION              CITIZENSHIP     BUSINESS ADDRESS             OCCUPATION
------------------------------ --------------- ---------------------------- ---------------------------------
<S>                            <C>             <C>                          <C>
{body}</Table>
"""


def test_position_of_own_beside_the_occupation_restating_it(tmp_path):
    people = _people(tmp_path, _stacked_position_table([
        ("Odalys K. Fenwright", ["Executive Vice President of", "Bramblewood Advisory Partners,", "Inc."],
         ["Executive Vice President", "Bramblewood Advisory Partners, Inc."]),
        ("Casimir T. Oyelaran", ["Director and President of", "Bramblewood Advisory Partners,", "Inc."],
         ["Director and President", "Bramblewood Advisory Partners, Inc."])]))
    assert people["Odalys K. Fenwright"]["positions"] == ["Executive Vice President"]
    assert people["Odalys K. Fenwright"]["other_positions"] == []
    assert people["Casimir T. Oyelaran"]["positions"] == ["Director", "President"]
    assert people["Casimir T. Oyelaran"]["other_positions"] == []


def test_guard_occupation_elsewhere_stays(tmp_path):
    people = _people(tmp_path, _stacked_position_table([
        ("Odalys K. Fenwright", ["Executive Vice President of", "Bramblewood Advisory Partners,", "Inc."],
         ["Executive Vice President", "Bramblewood Advisory Partners, Inc."]),
        ("Casimir T. Oyelaran", ["Director of Bramblewood", "Advisory Partners, Inc."],
         ["Partner, Halvorsen & Tate LLP"])]))
    assert people["Casimir T. Oyelaran"]["other_positions"] == ["Partner, Halvorsen & Tate LLP"]
