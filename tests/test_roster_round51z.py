"""Round 51z (issue 13): gather102's region_responsibility_column_table and lockup_expiration_column_table (EDGAR
<TABLE> rosters after IDT's and AIG's exhibits) and gather101's runin_name_dash_prose_default_citizenship_exceptions.

What was wrong: (1) the note under the table opens on a quotation mark ("'Region' is the geographic region for which
the executive officer has" / 'management responsibility; ...'), so it was no sentence ending the table: its words ran
into the last row (a title of the last person listed). (2) A stacked caption's upper line ('LOCK-UP' over 'EXPIRES'),
after a blank line under the title, was read as more of the title: the organisation became 'X, Inc. Lock-Up'. (3) A
title wrapped before 'COMPANY' lost the word (the caption of an organisations' column). (4) 'Name -- Director of X,
Inc. Also Chairman. Business address: ASTAR Air Cargo, Inc.': 'Also Chairman' was the occupation, and the address lost
its legal form's full stop.

Texts of our own making. Tests marked "fails on main" fail on main 5f3d1ba; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "exhibit.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


_ROW = "{:<26}{:<24}{:<16}{:<36}{:<30}{}"


def _table(org_lines: list[str], stacked: str, caption: str, cells: tuple[str, str], note: list[str]) -> str:
    lines = [f"{'ANNEX A':^78}".rstrip(), ""] + [f"{t:^78}".rstrip() for t in org_lines] + ["", "<TABLE>", "<CAPTION>",
             f"{'':<50}{stacked}",
             _ROW.format("NAME", "POSITION", caption, "PRINCIPAL OCCUPATION", "BUSINESS ADDRESS", "CITIZENSHIP"),
             _ROW.format("-" * 24, "-" * 22, "-" * 14, "-" * 34, "-" * 28, "-" * 13),
             _ROW.format("<S>", "<C>", "<C>", "<C>", "<C>", "<C>"),
             _ROW.format("Greta M. Solvik", "Director", cells[0], "Partner, Dunmore & Pratt LLP", "12 Quay Street",
                         "Norway"),
             _ROW.format("", "", cells[1], "", "Bergen 5003, Norway", ""), "",
             _ROW.format("Tobias R. Finchley", "President", "Not subject", "--", "400 Mill Road", "United States"),
             _ROW.format("", "", "", "", "Appleton, Wisconsin 54911", ""), "",
             "</TABLE>", ""] + note
    return "\n".join(line.rstrip() for line in lines) + "\n"


_LOCKUP_NOTE = ["'Lock-Up Expires' is the date on which the lock-up agreement entered into by",
                "the person with the underwriters in connection with the offering expires."]


_REGION_NOTE = ["'Region' is the geographic region for which the executive officer has",
                "management responsibility; it does not indicate the officer's residence or", "business address."]


def test_a_note_opening_on_a_quotation_mark_ends_the_table(tmp_path):
    """Fails on main: the note's words were a title of the last person listed."""
    people = _people(tmp_path, _table(["DIRECTORS AND EXECUTIVE OFFICERS OF HALVERSON PAPER, INC."], "", "REGION",
                                      ("Americas", ""), _REGION_NOTE))
    assert sorted(people) == ["Greta M. Solvik", "Tobias R. Finchley"]
    assert people["Tobias R. Finchley"]["positions"] == ["President"]
    assert people["Tobias R. Finchley"]["other_positions"] == []
    assert people["Tobias R. Finchley"]["address"] == "400 Mill Road, Appleton, Wisconsin 54911"


def test_a_stacked_captions_upper_line_is_no_more_of_the_title(tmp_path):
    """Fails on main: the organisation was 'Halverson Paper, Inc. Lock-Up'."""
    people = _people(tmp_path, _table(["DIRECTORS AND EXECUTIVE OFFICERS OF HALVERSON PAPER, INC."], "LOCK-UP",
                                      "EXPIRES", ("May 17,", "  2026"), _LOCKUP_NOTE))
    assert {p["organization"] for p in people.values()} == {"Halverson Paper, Inc."}
    assert people["Greta M. Solvik"]["citizenship"] == "Norway"
    assert people["Greta M. Solvik"]["positions"] == ["Director"]


def test_company_wrapped_alone_under_the_title_is_the_organisations(tmp_path):
    """Fails on main: 'COMPANY' on its own line was taken for a column's caption and the name lost it."""
    people = _people(tmp_path, _table(["DIRECTORS AND EXECUTIVE OFFICERS OF HALVERSON PAPER TRUST", "COMPANY"],
                                      "LOCK-UP", "EXPIRES", ("May 17,", "  2026"), _LOCKUP_NOTE))
    assert {p["organization"] for p in people.values()} == {"Halverson Paper Trust Company"}


def test_guard_title_lines_over_the_header_with_no_blank_line_stay_the_title(tmp_path):
    """Guard (passes on both): a title's last line right over the header (no blank line) is the title's."""
    text = "\n".join(["DIRECTORS AND EXECUTIVE OFFICERS OF", "HALVERSON PAPER, INC.", "",
                      _ROW.format("NAME", "POSITION", "", "PRINCIPAL OCCUPATION", "BUSINESS ADDRESS", "CITIZENSHIP"),
                      "",
                      _ROW.format("Greta M. Solvik", "Director", "", "Partner, Dunmore & Pratt LLP", "12 Quay Street",
                                  "Norway"),
                      _ROW.format("Tobias R. Finchley", "President", "", "--", "400 Mill Road", "United States"),
                      ""])
    people = _people(tmp_path, text)
    assert sorted(people) == ["Greta M. Solvik", "Tobias R. Finchley"]
    assert {p["organization"] for p in people.values()} == {"Halverson Paper, Inc."}


_DASH = """                                  SCHEDULE A

      Directors and Executive Officers of Halverson Paper Company, Inc.

Set forth below are the name, business address and present principal
occupation or employment of each director and executive officer of Halverson
Paper Company, Inc. Unless otherwise indicated, each person named below is a
citizen of the United States.

Greta M. Solvik -- Director of Halverson Paper Company, Inc. Also Chairman.
Business address: Dunmore Freight, Inc.

Tobias R. Finchley -- Director of Halverson Paper Company, Inc. Also Chief
Executive. Business address: The Quayside Group.
"""


def test_also_opening_a_sentence_is_no_word_of_the_occupation(tmp_path):
    """Fails on main: 'Also Chairman' was the occupation, and 'Dunmore Freight, Inc' lost its stop."""
    people = _people(tmp_path, _DASH)
    assert people["Greta M. Solvik"]["other_positions"] == ["Chairman"]
    assert people["Greta M. Solvik"]["address"] == "Dunmore Freight, Inc."
    assert people["Tobias R. Finchley"]["other_positions"] == ["Chief Executive"]


def test_guard_a_dash_paragraph_without_also_reads_as_before(tmp_path):
    """Guard (passes on both): the same paragraphs without 'Also' read the occupation and the address."""
    people = _people(tmp_path, _DASH.replace("Also Chief\nExecutive.", "Chief\nExecutive.")
                     .replace("Dunmore Freight, Inc.", "The Quayside Group."))
    assert people["Tobias R. Finchley"]["other_positions"] == ["Chief Executive"]
    assert people["Tobias R. Finchley"]["positions"] == ["Director"]
    assert people["Greta M. Solvik"]["address"] == "The Quayside Group"


_SEMICOLON_ADDRESS = """                                  SCHEDULE A

      Directors and Executive Officers of Halverson Paper Company, Inc.

Set forth below are the name, business address and present principal
occupation or employment of each director and executive officer of Halverson
Paper Company, Inc. Unless otherwise indicated, each person named below is a
citizen of the United States.

Greta M. Solvik -- Executive Vice President of Halverson Paper Company, Inc.
Business address: 400 Mill Road, Suite 12; Appleton, Wisconsin 54911.

Tobias R. Finchley -- Positions with Halverson Paper Company, Inc.: Director;
President. Business address: 400 Mill Road, Suite 12; Appleton, Wisconsin
54911.
"""


def test_a_labelled_address_with_semicolons_is_read(tmp_path):
    """Fails on main: the address's lines apart by semicolons made the entry refused whole; 'Positions with X: A; B'
    is not read yet and refused (no value from it)."""
    people = _people(tmp_path, _SEMICOLON_ADDRESS)
    assert people["Greta M. Solvik"]["positions"] == ["Executive Vice President"]
    assert people["Greta M. Solvik"]["address"] == "400 Mill Road, Suite 12, Appleton, Wisconsin 54911"
    assert people["Tobias R. Finchley"]["positions"] == []
    assert people["Tobias R. Finchley"]["other_positions"] == []
