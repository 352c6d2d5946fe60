"""Round 52c (issue 13): two gather104 families that put values on the wrong person.

saved_text_cells_one_a_line_joined_titles_dash_empty_blank_rows: HTML saved as text, one cell a line, the header
'Name' / 'Present Position with <Org>' / 'Principal Occupation (if different)' / 'Business Address' / 'Citizenship'.
What was wrong: 'Principal Occupation (if different)' was no caption line ('different' no header word), so the
header stopped after two cells and each row's occupation, address and citizenship lines were read as titles
('Director', 'Chief Executive', 'HPB/Blackrock'). What changed: kg/forms/roster_types.py `_HEADER_GLUE` takes
'different' (the '(if different)' of an occupation's caption).

text_centred_name_runin_labels_paragraph_default_citizenship: run-in labels in one wrapped paragraph, 'Citizenship:
United' / 'States.' wrapped at the line's end. What was wrong: the labelled citizenship's value, wrapped over two
lines, was no citizenship to kg/forms/roster_block_repair.py, which moved it into the address ('United, States.
Contigroup ...') and the preamble's default (another country) was given instead. What changed: the value's line
breaks are layout: it is checked with its whitespace collapsed.

Texts of our own making. Tests marked "fails on main" fail on main 3c48a2c; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict

ORG = "Harrowgate Tool Works, Inc."


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "schedule.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


def _saved_cells(occupation_caption: str) -> str:
    rows = [["Wendell K. Marsh", "Director", "Chief Executive", "Marsh Holdings Group", "United States"],
            ["Priya N. Okafor", "Director", "Chairman", "Okafor Partners Group", "United States"],
            ["Gustav R. Lindqvist", "Director", "Retired Chairman", "44 Elm Meadow Lane", "Sweden"],
            ["Jay T. Brennan", "Chief Executive", "--", "Harrowgate Tool Works, Inc.", "United States"]]
    lines = ["SCHEDULE I", f"Information regarding each director and executive officer of {ORG} is set forth below.",
             ORG, "", "Name", f"Present Position with {ORG}", occupation_caption, "Business Address", "Citizenship",
             ""]
    for row in rows:
        lines += row + [""]
    return "\n".join(lines) + "\n"


def test_if_different_occupation_caption_keeps_the_columns(tmp_path):
    """Fails on main: the header stopped at 'Principal Occupation (if different)'; Marsh's positions were
    'Director', 'Chief Executive', 'Marsh Holdings Group' (another person's title and an address as titles)."""
    people = _people(tmp_path, _saved_cells("Principal Occupation (if different)"))
    marsh = people["Wendell K. Marsh"]
    assert marsh["positions"] == ["Director"]
    assert marsh.get("other_positions") == ["Chief Executive"]
    assert marsh.get("address") == "Marsh Holdings Group"
    assert marsh.get("citizenship") == "United States"
    assert people["Jay T. Brennan"]["positions"] == ["Chief Executive"]
    assert not people["Jay T. Brennan"].get("other_positions")
    assert people["Gustav R. Lindqvist"].get("citizenship") == "Sweden"


def test_plain_occupation_caption_still_reads(tmp_path):
    """Guard: the caption without '(if different)' reads as before."""
    people = _people(tmp_path, _saved_cells("Principal Occupation"))
    marsh = people["Wendell K. Marsh"]
    assert marsh["positions"] == ["Director"]
    assert marsh.get("other_positions") == ["Chief Executive"]
    assert marsh.get("citizenship") == "United States"


def _centred(citizenship_lines: list[str]) -> str:
    lines = [f"{'ANNEX I':^78}".rstrip(), "",
             f"{'DIRECTORS AND EXECUTIVE OFFICERS OF HARROWGATE TOOL WORKS, INC.':^78}".rstrip(), "",
             f"The name, position with {ORG}, present principal occupation and business",
             f"address of each director and executive officer of {ORG} are set forth",
             "below. Each such person is a citizen of Canada, except as noted below.", ""]
    entries = [("Marguerite Lamontagne", [f"Position with {ORG}: Director. Principal Occupation:",
                                          "President, Lamontagne Freres. Business Address: 80 Rue Sainte-Anne,",
                                          "Quebec QC G1R 3X3."]),
               ("Desmond T. Halloway", [f"Position with {ORG}: Director. Principal Occupation:",
                                        "Chairman, Halloway Capital. Business Address: Halloway Capital Inc.,",
                                        "410 Park Avenue, New York, N.Y. 10022.", *citizenship_lines]),
               ("Rosalind Vauquelin", [f"Position with {ORG}: Vice-President. Business Address: 12 King",
                                       "Street West, Toronto ON M5H 1A1."])]
    for name, paragraph in entries:
        lines += [f"{name:^78}".rstrip(), "", *paragraph, ""]
    return "\n".join(lines) + "\n"


def test_wrapped_citizenship_label_value_stays_the_persons(tmp_path):
    """Fails on main: 'Citizenship: United' / 'States.' went into Halloway's address ('United, States. Halloway
    Capital Inc., ...') and the preamble's default, Canada, was given as his citizenship."""
    text = _centred([]).replace("New York, N.Y. 10022.", "New York, N.Y. 10022. Citizenship: United\nStates.")
    halloway = _people(tmp_path, text)["Desmond T. Halloway"]
    assert (halloway.get("citizenship") or "").rstrip(".") == "United States"
    assert "United" not in (halloway.get("address") or "")


def test_citizenship_label_on_one_line_still_reads(tmp_path):
    """Guard: the label and its value on one line; the others keep the preamble's default."""
    people = _people(tmp_path, _centred(["Citizenship: United States."]))
    assert (people["Desmond T. Halloway"].get("citizenship") or "").rstrip(".") == "United States"
    assert "United" not in (people["Desmond T. Halloway"].get("address") or "")
    assert people["Marguerite Lamontagne"].get("citizenship") == "Canada"
