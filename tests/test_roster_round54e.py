"""Round 54e (issue 13): gather119's saved_text_label_value_rows_underscore_rules read (an HTML two-column label /
value table saved as text, after Novo's file and Canopy's 'Principal Occupation or Employment' label).

What was wrong: each entry opens with a row of underscores ('=' when ruled), then 'Name' at the margin and the person
at column 38, then 'Position with the Company', 'Principal Occupation or Employment', 'Business Address' and
'Citizenship' rows, values at the same column, a value's later lines at that column too. Round 53v refused such a
roster whole (the other readers put values on the wrong person): nothing was stated.

What changed: kg/forms/roster_ruled_labels.py (new, `ruled_label_rows`, called from kg.forms.annex beside
`without_label_leaders`): where every entry is certain (two or more, each opened by a rule row and its 'Name' row,
every row a label kg knows at the margin with its value at the one column, or a value's later line at that column),
the gap after each label is read as its colon and the labelled readers read the entries; kg/forms/roster_label_rows
refuses the roster as before where the entries are not all certain (an unknown label, an entry with no 'Name' row,
a value off the column, a heading printed again inside an entry).

Texts of our own making. Tests marked "fails on main" fail on main e61d9da3; the others pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.errors import StructureError
from kg.records import to_dict

UNDERSCORES, EQUALS = "_" * 78, "=" * 78
ADDRESS = ["200 Harbor Road", "Tulsa, Oklahoma 74103"]
ENTRIES = [("Margaret L. Oduya", ["Director"], []), ("Thomas R. Feld", ["Director"], ["Partner, Feld & Ames LLP"]),
           ("Nora Ellison", ["President", "Chief Executive Officer", "Director"], []),
           ("Helen Brandt", ["Executive Vice President", "Chief Financial Officer"], []),
           ("Oscar Lindqvist", ["Executive Vice President", "Chief Operating Officer"], []),
           ("Walter Ames", ["Vice President", "General Counsel", "Corporate Secretary"], []),
           ("Dylan Kroft", ["Vice President - Marketing & Transportation"], [])]
HEAD = ("                                  SCHEDULE A\n\n"
        "          DIRECTORS AND EXECUTIVE OFFICERS OF REDSTONE MIDSTREAM CORPORATION\n\n"
        "The following table sets forth the name, position with the Company, principal\n"
        "occupation or employment, business address and citizenship of each director\n"
        "and executive officer of Redstone Midstream Corporation (the \"Company\").\n\n")


def _field(label: str, values: list[str]) -> list[str]:
    return [f"{label if i == 0 else '':<38}{v}" for i, v in enumerate(values or ["\u2014"])]


def _entry(index: int, rule: str = UNDERSCORES, numbered: bool = False, surname_first: bool = False,
           extra: list[str] = (), page_break: list[str] = ()) -> list[str]:
    name, positions, occupations = ENTRIES[index]
    if surname_first:
        *given, last = name.split()
        name = f"{last.upper()}, {' '.join(given)}"
    rows = [rule, ""] + _field(f"{index + 1}. Name" if numbered else "Name", [name]) + list(page_break)
    rows += _field("Position with the Company", positions) + list(extra)
    rows += _field("Principal Occupation or Employment", occupations) + _field("Business Address", ADDRESS)
    return rows + _field("Citizenship", ["United States of America"]) + [""]


def _text(**options) -> str:
    return HEAD + "\n".join(line for i in range(len(ENTRIES)) for line in _entry(i, **options)) + "\n"


def _people(tmp_path: Path, text: str) -> list[dict]:
    path = tmp_path / "schedule_a.txt"
    path.write_text(text)
    try:
        return to_dict(kg.extract(path))["people"]
    except StructureError:  # (the roster refused whole, and nothing else in the text)
        return []


def _no_value_on_the_wrong_person(people: list[dict]) -> None:
    printed = {name: positions + occupations for name, positions, occupations in ENTRIES}
    every = {value for _n, positions, occupations in ENTRIES for value in positions + occupations}
    for person in people:
        own = set(printed.get(person["name"], []))
        for value in person["positions"] + person["other_positions"]:
            assert value not in every - own, (person["name"], value)


def _read_whole(people: list[dict]) -> None:
    assert [p["name"] for p in people] == [name for name, _p, _o in ENTRIES]
    for person, (_name, positions, occupations) in zip(people, ENTRIES):
        assert person["positions"] == positions, person["name"]
        assert person["other_positions"] == occupations, person["name"]
        assert person["address"] == ", ".join(ADDRESS), person["name"]
        assert person["citizenship"] == "United States of America", person["name"]


def test_entries_under_underscore_rules_are_read_each_value_on_its_own_person(tmp_path):  # fails on main
    people = _people(tmp_path, _text())
    _read_whole(people)
    _no_value_on_the_wrong_person(people)


def test_entries_under_equals_rules_numbered_surname_first_are_read(tmp_path):  # fails on main
    people = _people(tmp_path, _text(rule=EQUALS, numbered=True, surname_first=True))
    _read_whole(people)
    _no_value_on_the_wrong_person(people)


def test_a_page_break_after_a_name_row_is_read_through(tmp_path):  # fails on main
    text = HEAD + "\n".join(line for i in range(len(ENTRIES)) for line in _entry(
        i, page_break=["", f"{'Page 2 of Schedule A':^78}", "\f", ""] if i == 2 else [])) + "\n"
    people = _people(tmp_path, text)
    _read_whole(people)
    _no_value_on_the_wrong_person(people)


def test_a_heading_printed_again_inside_an_entry_puts_no_value_on_the_wrong_person(tmp_path):
    again = ["", f"{'Page 2 of Schedule A':^78}", "\f", "", f"{'SCHEDULE A':^78}", ""]
    text = HEAD + "\n".join(line for i in range(len(ENTRIES)) for line in _entry(
        i, rule=EQUALS, surname_first=True, page_break=again if i == 3 else [])) + "\n"
    _no_value_on_the_wrong_person(_people(tmp_path, text))


def test_an_unknown_label_in_an_entry_refuses_the_roster(tmp_path):  # (53v's refusal kept)
    text = HEAD + "\n".join(line for i in range(len(ENTRIES)) for line in _entry(
        i, extra=_field("Committee Seats", ["Audit", "Chief Financial Officer"]) if i == 1 else [])) + "\n"
    people = _people(tmp_path, text)
    _no_value_on_the_wrong_person(people)
    assert not any(p["positions"] or p["other_positions"] for p in people)


def test_an_entry_with_no_name_row_refuses_the_roster(tmp_path):  # (53v's refusal kept)
    rows = [line for i in range(len(ENTRIES)) for line in _entry(i)]
    at = rows.index(f"{'Name':<38}Walter Ames")
    text = HEAD + "\n".join(rows[:at] + rows[at + 1:]) + "\n"  # (Walter Ames' values under no name of their own)
    people = _people(tmp_path, text)
    _no_value_on_the_wrong_person(people)
    assert not any("General Counsel" in p["positions"] for p in people)


def test_a_value_off_the_column_refuses_the_roster(tmp_path):  # (53v's refusal kept)
    rows = [line for i in range(len(ENTRIES)) for line in _entry(i)]
    at = rows.index(f"{'':<38}Chief Operating Officer")
    rows[at] = f"{'':<20}Chief Operating Officer"
    people = _people(tmp_path, HEAD + "\n".join(rows) + "\n")
    _no_value_on_the_wrong_person(people)
    assert not any(p["positions"] for p in people)


def test_ruled_pages_of_a_name_header_table_still_read(tmp_path):  # guard
    header = f"{UNDERSCORES}\n\n{'Name':<38}Present Principal Occupation\n"  # (the caption row's value is no person)
    text = ("                                  SCHEDULE A\n\n"
            "          DIRECTORS AND EXECUTIVE OFFICERS OF REDSTONE MIDSTREAM CORPORATION\n\n"
            "Each person named below is a citizen of the United States.\n\n" + header +
            f"{'Margaret L. Oduya':<38}Director\n{'Helen Brandt':<38}Chief Financial Officer\n\n" + header +
            f"{'Walter Ames':<38}General Counsel\n{'Nora Ellison':<38}Treasurer\n")
    people = {p["name"]: p["positions"] for p in _people(tmp_path, text)}
    assert people == {"Margaret L. Oduya": ["Director"], "Helen Brandt": ["Chief Financial Officer"],
                      "Walter Ames": ["General Counsel"], "Nora Ellison": ["Treasurer"]}


def test_labels_with_colons_under_rules_still_read(tmp_path):  # guard (the labelled readers' own layout)
    text = _text().replace(f"{'Name':<38}", f"{'Name:':<38}").replace(
        f"{'Position with the Company':<38}", f"{'Position with the Company:':<38}").replace(
        f"{'Principal Occupation or Employment':<38}", f"{'Principal Occupation or Employment:':<38}").replace(
        f"{'Business Address':<38}", f"{'Business Address:':<38}").replace(
        f"{'Citizenship':<38}", f"{'Citizenship:':<38}")
    _read_whole(_people(tmp_path, text))


def test_two_name_rows_under_one_rule_refuse_the_roster(tmp_path):  # (the entries' bounds not printed: refused)
    rows = [line for i in range(len(ENTRIES)) for line in _entry(i)]
    at = rows.index(f"{'Name':<38}Walter Ames") - 2
    del rows[at]  # (Walter Ames' rule row left out: his 'Name' row under Oscar Lindqvist's rule)
    people = _people(tmp_path, HEAD + "\n".join(rows) + "\n")
    _no_value_on_the_wrong_person(people)
    assert not any(p["positions"] for p in people)


def test_a_name_row_after_the_last_entry_with_no_rule_refuses_the_roster(tmp_path):
    rows = [line for i in range(len(ENTRIES)) for line in _entry(i)]
    at = rows.index(f"{'Name':<38}Dylan Kroft") - 2
    del rows[at]  # (the last entry's rule row left out)
    people = _people(tmp_path, HEAD + "\n".join(rows) + "\n")
    _no_value_on_the_wrong_person(people)
    assert not any(p["positions"] for p in people)
