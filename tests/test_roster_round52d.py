"""Round 52d (issue 13): gather105's shares_pledged_column_table and group_total_row_table.

What was wrong: a name wrapped in a fixed-width table's name column ('Nirmal Prabhakar' / '  Narvekar') beside a
'SHARES PLEDGED AS COLLATERAL' column whose cells are share counts set right ('  397,500') or '     None': round
51s let a number alone beside the name ('57' in an AGE column) bound the name's line at the column's start, but a
count with thousands commas or the word 'None' was no number to it, so the name's line was measured to that text,
'Narvekar' would have fitted, and 'Nirmal Prabhakar' was read as a person nobody listed.

And an EDGAR table's last row 'All directors and' / '  executive officers as a' / '  group (11 persons)' with '--'
in every other column was read as lines of the last entry: 'All directors and' a title, '--' an address line.

What changed: kg/forms/roster_indent.py `past_start` takes a count alone (kg/patterns/roster_holdings.yml
`count_cell`: digits, digits with thousands commas, or 'None') where it took digits alone; kg/forms/
roster_group_total.py (new; pattern roster_holdings.yml `group_total`) finds a group total row, its name cell joined
over its lines matched whole, and kg/forms/roster_holdings.py blanks its lines.

Texts of our own making. Tests marked "fails on main" fail on main 3c48a2c; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import pytest

import kg
from kg.records import to_dict


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "exhibit.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


def _pledged_table(wrapped: bool, count: str) -> str:
    rows = [("Gunnar Holmstrand", "", "297,500", "Chair of the Board", "Denmark"),
            ("Magnus Rasmus", "Vandersloot", count, "Board Director", "USA") if wrapped
            else ("Magnus Rasmus Vandersloot", "", count, "Board Director", "USA"),
            ("Ingrid Solvang", "", "None", "Board Director", "Norway")]
    lines = ["                          EXHIBIT 7", "",
             "      DIRECTORS AND EXECUTIVE OFFICERS OF FJORDLAND HOLDINGS A/S", "", "<TABLE>", "<CAPTION>",
             f"{'':<26}SHARES", f"{'':<26}PLEDGED AS",
             f"{'NAME':<26}{'COLLATERAL':<14}{'POSITION':<24}{'BUSINESS ADDRESS':<24}CITIZENSHIP",
             f"{'-' * 24:<26}{'-' * 12:<14}{'-' * 22:<24}{'-' * 22:<24}{'-' * 11}",
             f"{'<S>':<26}{'<C>':<14}{'<C>':<24}{'<C>':<24}<C>"]
    for name, wrap, pledged, position, citizenship in rows:
        lines.append(f"{name:<26}{pledged:>11}   {position:<24}{'Fjordvej 19':<24}{citizenship}")
        lines.append(f"{'  ' + wrap:<26}{'':<14}{'':<24}{'2900 Hellerup':<24}".rstrip())
        lines += [f"{'':<64}Denmark", ""]
    return "\n".join(lines + ["</TABLE>"]) + "\n"


@pytest.mark.parametrize("count", ["397,500", "None"])
def test_name_wrapped_beside_a_right_aligned_share_count(tmp_path, count):
    """Fails on main: 'Magnus Rasmus' was a person nobody listed and 'Vandersloot' was lost to him."""
    people = _people(tmp_path, _pledged_table(wrapped=True, count=count))
    assert set(people) == {"Gunnar Holmstrand", "Magnus Rasmus Vandersloot", "Ingrid Solvang"}
    assert people["Magnus Rasmus Vandersloot"]["positions"] == ["Board Director"]
    assert people["Magnus Rasmus Vandersloot"]["country"] == "US"


@pytest.mark.parametrize("count", ["397,500", "None"])
def test_share_count_column_with_names_on_one_line(tmp_path, count):
    """Guard: the names on one line read as before, no count read as a value."""
    people = _people(tmp_path, _pledged_table(wrapped=False, count=count))
    assert set(people) == {"Gunnar Holmstrand", "Magnus Rasmus Vandersloot", "Ingrid Solvang"}
    assert people["Ingrid Solvang"]["country"] == "NO"
    assert people["Gunnar Holmstrand"]["positions"] == ["Chair of the Board"]
    values = [str(p.get(field) or "") for p in people.values() for field in ("positions", "other_positions", "address")]
    assert all(count not in value for value in values)


def _group_total_table(total: bool) -> str:
    rows = [("Gunnar Holmstrand", "", "Chair of the Board", "Fjordvej 19", "Denmark"),
            ("Ingrid Solvang", "", "Chief Financial", "Fjordvej 19", "United")]
    lines = ["                          EXHIBIT 2", "",
             "      DIRECTORS AND EXECUTIVE OFFICERS OF FJORDLAND HOLDINGS A/S", "", "<TABLE>", "<CAPTION>",
             f"{'NAME':<26}{'POSITION':<24}{'BUSINESS ADDRESS':<24}CITIZENSHIP",
             f"{'-' * 24:<26}{'-' * 22:<24}{'-' * 22:<24}{'-' * 11}",
             f"{'<S>':<26}{'<C>':<24}{'<C>':<24}<C>"]
    for name, _wrap, position, address, citizenship in rows:
        lines.append(f"{name:<26}{position:<24}{address:<24}{citizenship}")
        under = "  Officer" if position == "Chief Financial" else ""
        lines.append(f"{'':<26}{under:<24}{'2900 Hellerup':<24}{'Kingdom' if citizenship == 'United' else ''}".rstrip())
        lines += [f"{'':<50}Denmark", ""]
    if total:
        lines += [f"{'All directors and':<26}{'--':<24}{'--':<24}--", "  executive officers as a", "  group (2 persons)"]
    return "\n".join(lines + ["</TABLE>"]) + "\n"


def test_group_total_row_is_no_line_of_the_last_entry(tmp_path):
    """Fails on main: the total row's lines were the last entry's: 'All directors and' a title, '--' an address
    line."""
    people = _people(tmp_path, _group_total_table(total=True))
    assert set(people) == {"Gunnar Holmstrand", "Ingrid Solvang"}
    assert people["Ingrid Solvang"]["positions"] == ["Chief Financial Officer"]
    assert people["Ingrid Solvang"]["address"] == "Fjordvej 19, 2900 Hellerup, Denmark"


def test_table_without_a_group_total_row(tmp_path):
    """Guard: the same table without the total row reads the same."""
    people = _people(tmp_path, _group_total_table(total=False))
    assert set(people) == {"Gunnar Holmstrand", "Ingrid Solvang"}
    assert people["Ingrid Solvang"]["positions"] == ["Chief Financial Officer"]
    assert people["Ingrid Solvang"]["address"] == "Fjordvej 19, 2900 Hellerup, Denmark"
