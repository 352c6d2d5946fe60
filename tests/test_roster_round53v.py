"""Round 53v (issue 13): gather119's saved_text_label_value_rows_underscore_rules (an HTML two-column label / value
table saved as text, after Novo's file and Canopy's 'Principal Occupation or Employment' label).

What was wrong: each entry opens with a row of underscores ('=' when ruled), then 'Name' at the margin and the
person at column 38, then 'Position with the Company', 'Principal Occupation or Employment', 'Business Address' and
'Citizenship' rows, values at the same column. The readers took the rows for a table of columns and put values on
the wrong person ('Chief Financial Officer', 'General Counsel', 'Corporate Secretary' on Clay Carrell, whose entry
prints 'Executive Vice President' / 'Chief Operating Officer'; 'Marketing & Transportation' on Jenny McCauley).

What changed: kg/forms/roster_label_rows.py (new, `label_rows_unread`, called from kg.forms.annex beside
`leaders_misread`): two or more entries opened by a rule row and headed by a 'Name' label row whose next row is a
label with its value at the same column, a person read named in such a row: the roster is refused whole (a
`roster-ambiguous` finding). The entries are not read yet.

Texts of our own making. Tests marked "fails on main" fail on main e000ef4; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.errors import StructureError
from kg.records import to_dict

RULE = "_" * 78


def _entry(name: str, positions: list[str], rule: str = RULE) -> str:
    rows = [rule, "", f"{'Name':<38}{name}"]
    rows += [f"{'Position with the Company' if i == 0 else '':<38}{p}" for i, p in enumerate(positions)]
    rows += [f"{'Principal Occupation or Employment':<38}\u2014", f"{'Business Address':<38}200 Harbor Road",
             f"{'':<38}Tulsa, Oklahoma 74103", f"{'Citizenship':<38}United States of America", ""]
    return "\n".join(rows)


ENTRIES = [("Margaret L. Oduya", ["Director"]), ("Thomas R. Feld", ["Director"]), ("Ian C. Morrow", ["Director"]),
           ("Lydia F. Baird", ["Director"]), ("Samuel T. Okafor", ["Director"]), ("Grace Whitlow", ["Director"]),
           ("Peter J. Hanley III", ["Director"]), ("Raymond \u201cRay\u201d Castell", ["Director"]),
           ("Nora Ellison", ["President", "Chief Executive Officer", "Director"]),
           ("Helen Brandt", ["Executive Vice President", "Chief Financial Officer"]),
           ("Oscar Lindqvist", ["Executive Vice President", "Chief Operating Officer"]),
           ("Renata Solis", ["Senior Vice President - Administration"]),
           ("Walter Ames", ["Vice President", "General Counsel", "Corporate Secretary"]),
           ("Dylan Kroft", ["Vice President - Marketing & Transportation"])]


def _text(rule: str = RULE) -> str:
    head = ("                                  SCHEDULE A\n\n"
            "          DIRECTORS AND EXECUTIVE OFFICERS OF REDSTONE MIDSTREAM CORPORATION\n\n"
            "The following table sets forth the name, position with the Company, principal\n"
            "occupation or employment, business address and citizenship of each director\n"
            "and executive officer of Redstone Midstream Corporation (the \"Company\").\n\n")
    return head + "\n".join(_entry(n, p, rule) for n, p in ENTRIES) + "\n"


def _people(tmp_path: Path, text: str) -> list[dict]:
    path = tmp_path / "schedule_a.txt"
    path.write_text(text)
    try:
        return to_dict(kg.extract(path))["people"]
    except StructureError:  # (the roster refused whole, and nothing else in the text)
        return []


def _no_value_on_the_wrong_person(people: list[dict]) -> None:
    printed = {name: positions for name, positions in ENTRIES}
    every = {p for _n, positions in ENTRIES for p in positions}
    for person in people:
        own = set(printed.get(person["name"], []))
        for value in person["positions"] + person["other_positions"]:
            assert value not in every - own, (person["name"], value)


def test_label_value_rows_under_underscore_rules_put_no_value_on_the_wrong_person(tmp_path):  # fails on main
    _no_value_on_the_wrong_person(_people(tmp_path, _text()))


def test_label_value_rows_under_equals_rules_put_no_value_on_the_wrong_person(tmp_path):  # fails on main
    _no_value_on_the_wrong_person(_people(tmp_path, _text("=" * 78)))


def test_ruled_pages_of_a_name_header_table_still_read(tmp_path):  # guard
    header = f"{RULE}\n\n{'Name':<38}Present Principal Occupation\n"  # (the caption row's value is no person)
    text = ("                                  SCHEDULE A\n\n"
            "          DIRECTORS AND EXECUTIVE OFFICERS OF REDSTONE MIDSTREAM CORPORATION\n\n"
            "Each person named below is a citizen of the United States.\n\n" + header +
            f"{'Margaret L. Oduya':<38}Director\n{'Helen Brandt':<38}Chief Financial Officer\n\n" + header +
            f"{'Walter Ames':<38}General Counsel\n{'Nora Ellison':<38}Treasurer\n")
    people = {p["name"]: p["positions"] for p in _people(tmp_path, text)}
    assert people == {"Margaret L. Oduya": ["Director"], "Helen Brandt": ["Chief Financial Officer"],
                      "Walter Ames": ["General Counsel"], "Nora Ellison": ["Treasurer"]}
