"""Round 54k (issue 13): gather126's issuer_positions_labelled_blocks read (Micron-style 'Label:' blocks with a
'Position(s) with the Issuer:' line, the issuer a company other than the listed one, named in the preamble).

What was wrong: 'Position(s) with the Issuer:' matched the `position` label (kg/patterns/roster.yml), so its value
was read as a second position with the listed organisation: the issuer's 'Director' became a seat on the listed
organisation's board ('Director', 'board of directors' on the wrong person's record), and its 'None' ran into the
position above ('President None').

What changed: a label of its own, `issuer_position` (kg/patterns/roster.yml labels; kg/forms/roster_rules.FIELDS),
whose value is no value of the person's; the `position` label no longer reads it. Where the preamble names the
listed organisation itself the Issuer, the label's value is the person's position there
(kg/forms/roster_issuer.py, called from kg/forms/roster_layouts.read_entries).

Texts of our own making. Tests marked "fails on main" fail on main 095ac9f0; the others pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict

LEFT = 37
ORG = "Harwell Capital Advisors, Inc."
ADDRESS = ["1200 Lakeview Parkway, Suite 300", "Denver, Colorado 80202"]
# name, positions with the listed organisation, other occupation, what the issuer line says
ENTRIES = [("Gordon T. Pellham", ["Chairman of the Board"], [], "Director"),
           ("Lydia M. Osterberg", ["Director", "President"], [], "None"),
           ("Samuel R. Whitcombe", ["Executive Vice President"], ["Partner, Whitcombe & Lane LLP"], "Director"),
           ("Ines K. Varga", ["Chief Financial Officer"], [], "None")]


def _block(label: list[str], values: list[str]) -> list[str]:
    rows = max(len(label), len(values))
    label, values = label + [""] * (rows - len(label)), values + [""] * (rows - len(values))
    return [f"{a:<{LEFT}}{b}".rstrip() for a, b in zip(label, values)] + [""]


def _text(issuer: str = "Norland Instruments, Inc.", issuer_line: bool = True, own_line: bool = True) -> str:
    lines = ["", f"{'EXHIBIT 1':>78}", "", f"{'DIRECTORS AND EXECUTIVE OFFICERS':^78}".rstrip(), "",
             f"     The following is a list of the directors and executive officers of {ORG[:-1]}.",
             f"None of them holds a position with {issuer} (the \"Issuer\") other than as stated.", ""]
    for name, positions, occupations, says in ENTRIES:
        lines += _block(["Name:"], [name])
        lines += _block(["Present Position with Harwell", "Capital Advisors, Inc.:"], positions) if own_line else []
        lines += _block(["Principal Occupation:"], occupations or ["None"])
        lines += _block(["Position(s) with the Issuer:"], [says]) if issuer_line else []
        lines += _block(["Business Address:"], ADDRESS)
        lines += _block(["Citizenship:"], ["United States"])
    return "\n".join(lines) + "\n"


def _people(tmp_path: Path, text: str) -> list[dict]:
    path = tmp_path / "exhibit_1.txt"
    path.write_text(text)
    return to_dict(kg.extract(path))["people"]


def _read_whole(people: list[dict]) -> None:
    assert [p["name"] for p in people] == [name for name, *_rest in ENTRIES]
    for person, (_name, positions, occupations, _says) in zip(people, ENTRIES):
        assert person["positions"] == positions, person["name"]
        assert person["other_positions"] == occupations, person["name"]
        assert person["citizenship"] == "United States", person["name"]
        assert person["organization"] == ORG, person["name"]


def test_the_issuers_director_is_no_seat_with_the_listed_organisation(tmp_path):  # fails on main
    people = _people(tmp_path, _text())
    _read_whole(people)
    executive = next(p for p in people if p["name"] == "Samuel R. Whitcombe")
    assert "board of directors" not in executive["bodies"]


def test_the_issuer_lines_none_never_runs_into_the_position_above(tmp_path):  # fails on main
    people = _people(tmp_path, _text())
    president = next(p for p in people if p["name"] == "Lydia M. Osterberg")
    assert president["positions"] == ["Director", "President"]
    assert not any("None" in value for p in people for value in p["positions"] + p["other_positions"])


def test_the_same_blocks_without_the_issuer_line_still_read(tmp_path):  # guard: the neighbouring layout
    _read_whole(_people(tmp_path, _text(issuer_line=False)))


def test_where_the_listed_organisation_is_the_issuer_the_line_is_its_position(tmp_path):  # guard
    people = _people(tmp_path, _text(issuer=ORG, own_line=False))
    assert [p["name"] for p in people] == [name for name, *_rest in ENTRIES]
    for person, (_name, _positions, _occupations, says) in zip(people, ENTRIES):
        assert person["positions"] == ([] if says == "None" else [says]), person["name"]
