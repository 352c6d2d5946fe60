"""Round 49w (issue 13): gather79's name_titles_of_org_dashed_rows_page_reopened (Refac's 'Name and Title' |
'Occupation and  Business Address' header between dashed rules, the name with a comma over its titles joined
'... and Director of <Org>', the occupation at 50) and name_address_title_purchaser_preamble_exceptions (Deutsche
Acquisition's '<titles> of Purchaser; <occupation>' beside the name and its address).

What was wrong: without EDGAR's <S>/<C> row the second caption, 'Occupation and  Business Address', starts at 56
while its cells start at 50: the cells ran across the caption's start, so the table had no columns and nothing was
read (no roster found). (Titles joined over one shared 'of <Org>' stay one title as printed, the project's
convention: tests/test_roster_round31c.py; the scorer splits them.)

What changed: kg/forms/roster_rule_gutters.set_in_starts takes the body's own gutters where the captions are set in
a few places right of them (kg/forms/roster_geometry.py).

Texts of our own making. Tests marked "fails on main" fail on main 5bc0e3e; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict

RULE = "-" * 90
ORG = "Kestrel Dynamics, Inc."


def _refac(markers: bool) -> str:
    head = [RULE, f"{'Name and Title':<56}Occupation and  Business Address", RULE]
    opening = (["<TABLE>", ""] + head + ["<CAPTION>", "", f"{'<S>':<50}<C>"]) if markers else head + [""]
    rows = [("Harriet M. Lowell,", f"President, Chief Executive Officer and Director of {ORG}",
             "Chief Executive Officer of Kestrel"),
            ("Owen P. Trask,", f"Director of {ORG}", "Partner, Trask & Bellamy LLP"),
            ("Imogen R. Vale,", f"Executive Vice President and Chief Financial Officer of {ORG}",
             "Chief Financial Officer of Kestrel"),
            ("Desmond K. Oduya,", f"Vice President of Research and Development of {ORG}",
             "Research executive of Kestrel")]
    lines = ["Exhibit 2", "", "", f"            Identity and Background of {ORG} Officers and Directors", "",
             "         During the last five years, no person set forth below has been convicted in a criminal",
             "proceeding. Unless otherwise specified, the business address of each person is 12 Ridge Road,",
             "Tarrytown, New York 10591. Each person set forth below is a citizen of the United States.", ""]
    lines += opening
    for name, titles, occupation in rows:
        words, left = titles.split(), [name]
        while words:
            line = words.pop(0)
            while words and len(line) + 1 + len(words[0]) <= 44:
                line += " " + words.pop(0)
            left.append(line)
        right = [occupation]
        for index in range(max(len(left), len(right))):
            cell = left[index] if index < len(left) else ""
            lines.append((f"{cell:<50}" + (right[index] if index < len(right) else "")).rstrip())
        lines.append(RULE)
    return "\n".join(lines + (["</TABLE>"] if markers else [])) + "\n"


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "exhibit.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


def _assert_read(people: dict[str, dict]) -> None:
    assert {name: p["positions"] for name, p in people.items()} == {
        "Harriet M. Lowell": ["President, Chief Executive Officer and Director"],
        "Owen P. Trask": ["Director"],
        "Imogen R. Vale": ["Executive Vice President and Chief Financial Officer"],
        "Desmond K. Oduya": ["Vice President of Research and Development"]}
    assert people["Owen P. Trask"]["other_positions"] == ["Partner, Trask & Bellamy LLP"]
    assert {p.get("citizenship") for p in people.values()} == {"United States"}


def test_the_marked_table_still_reads(tmp_path):
    """Guard (passes on main too): the same table with EDGAR's <S>/<C> row, the column at 50 given by the markers."""
    _assert_read(_people(tmp_path, _refac(markers=True)))


def test_captions_set_in_over_their_columns_without_markers(tmp_path):
    """Fails on main: no <S>/<C> row, the second caption at 56 over cells at 50: no roster found."""
    _assert_read(_people(tmp_path, _refac(markers=False)))


def test_cells_far_from_the_captions_still_give_no_columns(tmp_path):
    """Guard: a caption more than a few places right of the cells under it is no caption set in over them: the body
    is not given columns from its gutters (no person read from that table)."""
    text = _refac(markers=False).replace(f"{'Name and Title':<56}", f"{'Name and Title':<70}")
    try:
        people = _people(tmp_path, text)
    except kg.errors.KgError:
        people = {}
    assert "Owen P. Trask" not in people or people["Owen P. Trask"].get("other_positions") != [
        "Partner, Trask & Bellamy LLP"]
