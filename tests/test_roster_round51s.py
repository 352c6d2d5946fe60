"""Round 51s (issue 13): gather95's caps_name_hanging_labels_one_line_address_citizen_sentence, gather96's
age_column_table and gather94's director_officer_business_address_occupation_rows.

What was wrong: (1) a capitals name over hanging labels ('Position:' / 'Business Address:' with the values in one
column), then an unlabelled 'Citizen of U.S.' line at the values' column: that line was read as the address's last
line, so no one had a citizenship and an address ending '..., UNITED KINGDOM, Citizen of U.S.' was placed in the
U.S. (another person's country); (2) a name wrapped in a fixed-width table's name column ('Nirmal Prabhakar' /
'  Narvekar') beside a right-aligned AGE column ('57' one place past the column's start): the name's line was
measured to the number, where the surname would have fitted, so 'Narvekar' went to the next column and 'Nirmal
Prabhakar' was a person nobody listed; (3) '7. Francis Michael Cyprian' / '  Cuss' with the next column ('Business
Address') empty and the occupation far to the right: measured to the occupation, 'Cuss' would have fitted, so it
was read as a title and 'Francis Michael Cyprian' was a person nobody listed.

What changed: kg/forms/roster_block_repair.py (`_closing_citizen_line`: the last line of a block's last labelled
value that only states a citizenship is the citizenship, where none is labelled); kg/forms/roster_indent.py
(`past_start`, and `set_in_room` takes the room up to the next column's start) and kg/forms/roster_gridentry.py:
where the text beside a name stands past the next column's start (that column empty on the row, or a number alone
there), that column's start bounds the name's line.

Texts of our own making. Tests marked "fails on main" fail on main 829b8b5; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "exhibit.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


def _hanging(citizen: bool) -> str:
    col = 28
    people = [("HARLAN T. WESTBROOK", "Chairman of the Board; Chief Executive Officer",
               ["Four Granary Square, Lincoln, NE 68508-1101"]),
              ("DOROTHEA M. QUILLAN", "Director",
               ["Quillan Freight, LTD, 12 Tanner's Lane,", "Leeds LS1 4DY England, UNITED KINGDOM"]),
              ("OSWALD P. KIRKWOOD", "Director", ["220 Prairie Avenue, Wichita, KS 67202"])]
    lines = [f"{'EXHIBIT 1':^76}".rstrip(), "",
             f"{'EXECUTIVE OFFICERS AND DIRECTORS OF GRANARY FOODS, INC.':^76}".rstrip(), ""]
    for name, position, address in people:
        lines += [name, f"{'    Position:':<{col}}{position}", f"{'    Business Address:':<{col}}{address[0]}"]
        lines += [f"{'':<{col}}{line}" for line in address[1:]]
        lines += [f"{'':<{col}}Citizen of U.S."] if citizen else []
        lines += [""]
    return "\n".join(lines) + "\n"


def test_citizen_line_under_a_hanging_address_is_the_citizenship(tmp_path):
    """Fails on main: 'Citizen of U.S.' was the address's last line; no citizenship, and the address ending in the
    United Kingdom was placed in the U.S."""
    people = _people(tmp_path, _hanging(citizen=True))
    assert set(people) == {"Harlan T. Westbrook", "Dorothea M. Quillan", "Oswald P. Kirkwood"}
    assert all(p["country"] == "US" for p in people.values())
    assert all("Citizen" not in (p.get("address") or "") for p in people.values())
    assert people["Dorothea M. Quillan"]["address"].endswith("England, UNITED KINGDOM")
    assert people["Dorothea M. Quillan"]["address_country"] == "GB"
    assert people["Harlan T. Westbrook"]["address"] == "Four Granary Square, Lincoln, NE 68508-1101"


def test_hanging_address_without_a_citizen_line_is_kept_whole(tmp_path):
    """Guard: without the citizen line the address is the same and no citizenship is made up."""
    people = _people(tmp_path, _hanging(citizen=False))
    assert people["Harlan T. Westbrook"]["address"] == "Four Granary Square, Lincoln, NE 68508-1101"
    assert people["Dorothea M. Quillan"]["address_country"] == "GB"
    assert all(not p.get("citizenship") for p in people.values())


def _age_table(wrapped: bool) -> str:
    rows = [("Gunnar Holmstrand", "", "61", "Chair of the Board", "Denmark"),
            ("Magnus Rasmus", "Vandersloot", "57", "Board Director", "USA") if wrapped
            else ("Magnus Rasmus Vandersloot", "", "57", "Board Director", "USA"),
            ("Ingrid Solvang", "", "48", "Board Director", "Norway")]
    lines = ["                          ANNEX A", "",
             "      DIRECTORS AND EXECUTIVE OFFICERS OF FJORDLAND HOLDINGS A/S", "",
             "Set forth below are the name, age, position, business address and citizenship of",
             "each director and executive officer of Fjordland Holdings A/S.", "", "<TABLE>", "<CAPTION>",
             f"{'NAME':<26}{'AGE':<6}{'POSITION':<24}{'BUSINESS ADDRESS':<24}CITIZENSHIP",
             f"{'-' * 24:<26}{'----':<6}{'-' * 22:<24}{'-' * 22:<24}{'-' * 11}",
             f"{'<S>':<26}{'<C>':<6}{'<C>':<24}{'<C>':<24}<C>"]
    for name, wrap, age, position, citizenship in rows:
        lines.append(f"{name:<26}{age:>3}   {position:<24}{'Fjordvej 19':<24}{citizenship}")
        lines.append(f"{'  ' + wrap:<26}{'':<6}{'':<24}{'2900 Hellerup':<24}".rstrip())
        lines += [f"{'':<56}Denmark", ""]
    return "\n".join(lines + ["</TABLE>"]) + "\n"


def test_name_wrapped_beside_a_right_aligned_age_column(tmp_path):
    """Fails on main: 'Magnus Rasmus' was a person and 'Vandersloot' went to the next column's value."""
    people = _people(tmp_path, _age_table(wrapped=True))
    assert set(people) == {"Gunnar Holmstrand", "Magnus Rasmus Vandersloot", "Ingrid Solvang"}
    assert people["Magnus Rasmus Vandersloot"]["positions"] == ["Board Director"]
    assert people["Magnus Rasmus Vandersloot"]["country"] == "US"


def test_age_column_table_with_names_on_one_line(tmp_path):
    """Guard: the names on one line read as before."""
    people = _people(tmp_path, _age_table(wrapped=False))
    assert set(people) == {"Gunnar Holmstrand", "Magnus Rasmus Vandersloot", "Ingrid Solvang"}
    assert people["Ingrid Solvang"]["country"] == "NO"


def _numbered(wrapped: bool) -> str:
    name = ["7. Theodora Annelise Whitcombe", ""] if not wrapped else ["7. Theodora Annelise", "  Whitcombe"]
    lines = ["                                  SCHEDULE I", "",
             "The business address of each person named below is Harrow Capital, 200 East Randolph",
             "Street, Chicago, Illinois 60601. Each of the individuals named below is a citizen of",
             "the United States.", "",
             f"{'Director / Officer':<32}{'Business Address':<32}Principal Occupation",
             f"{'-' * 18:<32}{'-' * 16:<32}{'-' * 20}", "",
             f"{'1. Gerald Okonkwo':<64}Chairman of the Board", "",
             f"{name[0]:<64}Director"]
    if name[1]:
        lines.append(f"{name[1]:<64}Partner, Whitcombe & Lark")
    else:
        lines.append(f"{'':<64}Partner, Whitcombe & Lark")
    lines += ["", f"{'8. Lucinda Farr':<64}Chief Financial Officer", ""]
    return "\n".join(lines) + "\n"


def test_name_wrapped_beside_an_empty_column(tmp_path):
    """Fails on main: 'Theodora Annelise' was a person and 'Whitcombe' joined the title beside it."""
    people = _people(tmp_path, _numbered(wrapped=True))
    assert "Theodora Annelise" not in people
    assert "Theodora Annelise Whitcombe" in people
    assert "Whitcombe Director" not in people["Theodora Annelise Whitcombe"].get("positions", [])


def test_numbered_names_on_one_line_beside_an_empty_column(tmp_path):
    """Guard: the names on one line read as before."""
    people = _people(tmp_path, _numbered(wrapped=False))
    assert {"Gerald Okonkwo", "Theodora Annelise Whitcombe", "Lucinda Farr"} <= set(people)
