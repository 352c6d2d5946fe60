"""Round 53g (issue 13): gather111's entity_type_code_column_table and gather110's
edgar_name_citizenship_stack_address_second_occupation_items: persons who are none.

What was wrong: (1) a Form BD Schedule A table with a narrow 'DE/FE/I' column right after the name, its every cell
'I' centred in the column: the name's room was measured to that 'I' (three places past the column's start), so
'Prabhakar' under 'NARVEKAR, Nirmal' (and 'Cuss' under 'Francis Michael Cyprian') would have fitted, was no wrapped
word of the name, and 'Nirmal Narvekar' was read as a person nobody listed (the word went to his occupation). And the
key of the codes under the table, 'DE/FE/I:  DE - domestic entity;  FE - foreign entity;  I - individual.', was read
as the last entry's lines ('- foreign entity', 'I - individual' two titles of his). (2) In a 'NAME AND CITIZENSHIP'
stack, 'CUSS, Francis Michael' / '  Cyprian' / 'USA, United Kingdom': 'Cyprian' would have fitted before the next
column's text, so it was no wrapped word of the name, though no line of the column is as long as the name with it.

What changed: kg/forms/roster_indent.py `past_start` takes a code alone in the column beside the name
(kg/patterns/roster_holdings.yml `code_cell`) as it takes a count; roster_holdings.yml `code_key_label` takes the code
column's caption ('DE/FE/I:') as a key's label; kg/forms/roster_set_in_name.py takes a set-in word as the name's wrap
also where the name with it is longer than every line its column prints.

Texts of our own making. Tests marked "fails on main" fail on main 8f28a27; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import pytest

import kg
from kg.records import to_dict


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "exhibit.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


_CODE_ROWS = [(["ALSVIK, Gunnar"], "Chair of the Board", "Norway"),
              (["HOLMSTRAND, Magnus", "  Frederik"], "Board Director", "Sweden"),
              (["Ingrid Solvang Bergquist", "  Tangen"], "Board Director", "Norway"),
              (["LUND, Petra Kristine"], "Chief Financial", "Denmark")]


def _code_table(key: str) -> str:
    lines = ["                          EXHIBIT 1", "",
             "      DIRECT OWNERS AND EXECUTIVE OFFICERS OF FJORDLAND CAPITAL AS", "", "<TABLE>", "<CAPTION>",
             f"{'NAME':<27}{'DE/FE/I':<9}{'TITLE OR STATUS':<24}{'BUSINESS ADDRESS':<24}CITIZENSHIP",
             f"{'-' * 25:<27}{'-' * 7:<9}{'-' * 22:<24}{'-' * 22:<24}{'-' * 11}",
             f"{'<S>':<27}{'<C>':<9}{'<C>':<24}{'<C>':<24}<C>"]
    for names, title, citizenship in _CODE_ROWS:
        lines.append(f"{names[0]:<27}{'   I':<9}{title:<24}{'Fjordvej 19':<24}{citizenship}")
        second = names[1] if len(names) > 1 else ""
        lines.append(f"{second:<27}{'':<9}{'  Officer' if title == 'Chief Financial' else '':<24}0150 Oslo".rstrip())
        lines += [f"{'':<60}Norway", ""]
    return "\n".join(lines + ["</TABLE>", "", key]) + "\n"


_KEY = "DE/FE/I:  DE - domestic entity;  FE - foreign entity;  I - individual."


def test_name_wrapped_beside_a_code_column(tmp_path):
    """Fails on main: 'Magnus Holmstrand' and 'Ingrid Solvang Bergquist' were persons nobody listed, their last
    given name or surname read as an occupation."""
    people = _people(tmp_path, _code_table(_KEY))
    assert set(people) == {"Gunnar Alsvik", "Magnus Frederik Holmstrand", "Ingrid Solvang Bergquist Tangen",
                           "Petra Kristine Lund"}
    assert people["Magnus Frederik Holmstrand"]["positions"] == ["Board Director"]
    assert not people["Magnus Frederik Holmstrand"].get("other_positions")
    assert people["Ingrid Solvang Bergquist Tangen"]["positions"] == ["Board Director"]


def test_key_of_the_codes_under_the_table_is_no_row(tmp_path):
    """Fails on main: the key's items were titles of the last person listed."""
    people = _people(tmp_path, _code_table(_KEY))
    assert people["Petra Kristine Lund"]["positions"] == ["Chief Financial Officer"]
    assert not people["Petra Kristine Lund"].get("other_positions")


def test_guard_a_key_under_a_codes_label_still_blanked(tmp_path):
    """Guard (passes on both): 'Ownership codes:' keys were read before this round."""
    people = _people(tmp_path, _code_table("Ownership codes:  NA - less than 5%    A - 5% but less than 10%"))
    assert people["Petra Kristine Lund"]["positions"] == ["Chief Financial Officer"]


def _stack_table(second: str, third: str) -> str:
    lines = ["<PAGE>", "", "                 EXECUTIVE OFFICERS AND DIRECTORS OF", "                 FJORDLAND CAPITAL AS",
             "", "<TABLE>", "<CAPTION>", f"{'':<64}PRESENT PRINCIPAL OCCUPATION",
             f"{'NAME AND CITIZENSHIP':<32}{'BUSINESS ADDRESS':<32}OR EMPLOYMENT",
             f"{'-' * 30:<32}{'-' * 30:<32}{'-' * 40}", f"{'<S>':<32}{'<C>':<32}<C>"]
    rows = [("ALSVIK, Gunnar Rasmus Hugo", "Norway", "", "Chair of the Board, Fjordland Capital AS"),
            ("HOLMSTRAND, Magnus Oskar", second, third, "Board Director, Fjordland Capital AS"),
            ("LUND, Petra Kristine", "Denmark", "", "Chief Financial Officer, Fjordland Capital AS")]
    for name, under, under2, title in rows:
        lines.append(f"{name:<32}{'Fjordvej 19':<32}{title}")
        lines.append(f"{under:<32}{'0150 Oslo':<32}".rstrip())
        lines.append(f"{under2:<32}Norway".rstrip())
        lines.append("-" * 104)
    return "\n".join(lines + ["</TABLE>"]) + "\n"


def test_name_wrapped_set_in_in_a_name_and_citizenship_stack(tmp_path):
    """Fails on main: 'Magnus Oskar Holmstrand' was a person nobody listed and 'Timo' a word of his title."""
    people = _people(tmp_path, _stack_table("  Timo", "Sweden"))
    assert set(people) == {"Gunnar Rasmus Hugo Alsvik", "Magnus Oskar Timo Holmstrand", "Petra Kristine Lund"}
    assert people["Magnus Oskar Timo Holmstrand"]["positions"] == ["Board Director"]
    assert people["Magnus Oskar Timo Holmstrand"]["citizenship"] == "Sweden"


@pytest.mark.parametrize("second, third", [("Sweden", ""), ("  Director", "Sweden")])
def test_guard_line_under_the_name_no_wrap(tmp_path, second, third):
    """Guard (passes on both): the citizenship under the name at its margin, and a set-in title, are no name."""
    people = _people(tmp_path, _stack_table(second, third))
    assert "Magnus Oskar Holmstrand" in people
    assert people["Magnus Oskar Holmstrand"]["citizenship"] == "Sweden"
