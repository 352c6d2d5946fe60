"""Round 51j (issue 13): a fixed-width table whose name column stacks the name, the address lines and a
'Citizenship: <country>' line (after Citizens Funds' trustees and officers table, where the age stands there):
gather91's name_address_citizenship_stack_titles_joined.

What was wrong: the 'Citizenship:' lines, each opening its line, were read as the labels of labelled blocks, so each
block took the citizenship above a name and the name below it: Marshall A. Cohen got Pei-yuan Chia's 'United
States', the next person Cohen's 'Canada', the titles and occupations were read as address lines, and the first
person was lost.

What changed: kg/forms/roster_left_cell_label.labels_in_left_cell (called by kg/forms/roster_sides.read_labelled):
where the roster's only labels are of one field, each opening its line at the names' column, and the names' lines
print a next cell after a gap at a column past every label's cell, the labels are lines of the name's cell, not
blocks' heads; the table readers read the rows.

Texts of our own making. The test marked "fails on main" fails on main 7cbd16d; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import pytest
import relayout
from conftest import DATA
from roster_people import read_people

import kg

WIDTHS = [34, 26, 40]
PERSONS = [  # name-cell lines, title lines, occupation lines
    (["Avery Colquhoun", "17 Pell Street", "Dover, DE 19901", "Citizenship: United States"], ["Director"],
     ["Partner, Colquhoun & Rood"]),
    (["Bettina Marsh", "Marsh Holdings Limited", "4 Quay Road", "Auckland 1010, New Zealand",
      "Citizenship: New Zealand"], ["Director"], ["Chairman, Marsh Holdings", "  Limited"]),
    (["Corwin Oduya", "88 Harbour Drive", "Dover, DE 19901", "Citizenship: Kenya"], ["President, Chief",
                                                                                  "  Executive Officer"],
     ["President and Chief Executive", "Officer of Harrowgate Fiduciary", "Corp."]),
]


def _row(cells: list[str]) -> str:
    return "".join(f"{cell:<{width}}" for cell, width in zip(cells, WIDTHS)).rstrip()


def _text(persons, mark: str = "") -> str:
    lines = ["ANNEX A".center(100).rstrip(), "", "DIRECTORS AND OFFICERS OF HARROWGATE FIDUCIARY CORP.".center(100)
             .rstrip(), "", "    Set forth below are the name, address, position(s) held with Harrowgate Fiduciary",
             "Corp. (the \"Company\") and principal occupation(s) during the past five years of each director",
             "and officer of the Company.", "", "<TABLE>", "<CAPTION>",
             _row(["", "POSITION(S) HELD", "PRINCIPAL OCCUPATION(S)"]),
             _row(["NAME AND ADDRESS", "WITH THE COMPANY", "DURING PAST FIVE YEARS"]),
             _row(["-" * (w - 2) for w in WIDTHS]), _row(["<S>", "<C>", "<C>"])]
    for index, (stack, titles, occupations) in enumerate(persons):
        stack = [f"{index + 1}{mark} {stack[0]}" if mark else stack[0]] + stack[1:]
        for line in range(max(map(len, (stack, titles, occupations)))):
            lines.append(_row([part[line] if line < len(part) else "" for part in (stack, titles, occupations)]))
        lines.append("")
    return "\n".join(lines + ["</TABLE>", ""])


def test_a_citizenship_line_in_the_name_cell_is_that_row_s(tmp_path):
    """Fails on main: each citizenship went to the name below it."""
    for mark in ("", ")"):
        people = read_people(tmp_path, _text(PERSONS, mark), "annex.txt")
        assert sorted(people) == ["Avery Colquhoun", "Bettina Marsh", "Corwin Oduya"], mark
        assert [people[n]["citizenship"] for n in sorted(people)] == ["United States", "New Zealand", "Kenya"]
        assert people["Bettina Marsh"]["address"] == "Marsh Holdings Limited, 4 Quay Road, Auckland 1010, New Zealand"
        assert people["Avery Colquhoun"]["positions"] == ["Director"]
        assert people["Avery Colquhoun"]["other_positions"] == ["Partner, Colquhoun & Rood"]


@pytest.mark.parametrize("index", range(3))
def test_stacked_entries_with_a_citizenship_line_still_read(tmp_path, index):
    """Guard: names alone on their lines over unlabelled lines and a 'Citizenship:' line (stacked_name_affiliation_
    lines: no name prints a next cell beside it) still read each citizenship on its own person."""
    roster = relayout.load_rosters(DATA / "relayout" / "people_dev.json")[index]
    suffix, text, expected = relayout.DEV_FAMILIES["stacked_name_affiliation_lines"](roster, relayout.Options())
    people = read_people(tmp_path, text, "annex.txt")
    assert {n.casefold(): p["citizenship"] for n, p in people.items()} == {
        p["name"].casefold(): p["citizenship"] for p in expected}


def test_the_real_citizens_funds_table_still_reads(tmp_path):
    """Guard: the real roster this layout follows (the age where the citizenship stands here)."""
    real = Path(__file__).parent / "data" / "rosters_real" / "dev" / "text_fixed3col_name_address_age_citizens_funds"
    gold = {p["name"] for p in __import__("json").loads(real.with_suffix(".gold.json").read_text())["people"]}
    people = {p.name for p in kg.extract(real.with_suffix(".txt")).people}
    assert people == gold
