"""Round 53e (issue 13): gather106's director_paren_occupation_address_sentences_sbc (SBC's Exhibit I, two columns
Name | Present Principal Occupation or Employment, a Directors and an Executive Officers section) with the
addresses and the citizenship in sentences after the lists.

What was wrong: 'Each person named above is a citizen of X, except A, who is ...' was no collective citizenship
sentence (only 'Each of the persons named above'); 'except A, who is a citizen of France and B, who is a citizen of
the United States' (no comma before 'and') was read as one clause naming 'who is a citizen of France' (refused);
'The business address of each person named above is X, except that the business address of A is Y; and of B is Z.'
gave the whole sentence as the default (refused by the guard) and, over 600 characters, nothing; 'The business
addresses of the persons named above are: A, X; B, Y.' was not read; a title wrapped after 'Corporate' or 'First'
('Executive Vice President, Chief Financial Officer and Corporate' / 'Secretary') was read as two items.

What changed: kg/patterns/roster.yml (collective_citizenship, citizenship_exception), kg/forms/
roster_address_excepted.py ('; and of B is Z'), kg/forms/roster_after_excepted.py (new: the default after the list
less its named exceptions), kg/forms/roster_address_list.py (new) with kg/patterns/roster_address_list.yml,
kg/forms/roster_wrap.py ('corporate', 'first' end no item).

Texts of our own making. Tests marked "fails on main" fail on main 50528af; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict

_ORG = "Harwell Instruments Corporation"


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "exhibit.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


def _roster(rows: list[tuple[str, list[str]]], after: list[str]) -> str:
    title = f"Directors and Executive Officers of {_ORG}"
    lines = [f"{'Exhibit 3':<61}Page 7 of 9 Pages", "-" * 80, "", "", title.center(80).rstrip(),
             ("-" * len(title)).center(80).rstrip(), "", "", "Directors", "",
             f"         The directors of {_ORG} and their principal occupations as of the date",
             "hereof are set forth in the following table.", "",
             f"{'Name':<37}Present Principal Occupation or Employment", ""]
    for name, cell in rows:
        lines += [f"{(name if i == 0 else ''):<37}{line}".rstrip() for i, line in enumerate(cell)]
    return "\n".join(lines + ["", ""] + after) + "\n"


_ROWS = [("Quentin A. Marlowe", ["Chairman of the Board and Chief Executive", "Officer"]),
         ("Ingrid S. Pelletier", ["Director (President, Lakeshore Dairy", "Cooperative)"]),
         ("Tobias R. Wendell", ["Director (Partner, Wendell & Rusk)"]),
         ("Honora J. Castleton", ["Director (Professor of Law, Dunmore University)"])]


def test_each_person_named_above_citizenship_with_exceptions_without_comma(tmp_path):  # fails on main
    after = ["         Each person named above is a citizen of the United States, except Tobias",
             "R. Wendell, who is a citizen of Canada and Honora J. Castleton, who is a citizen",
             "of Ireland."]
    people = _people(tmp_path, _roster(_ROWS, after))
    assert sorted(people) == sorted(name for name, _ in _ROWS)
    assert people["Quentin A. Marlowe"]["citizenship"] == "United States"
    assert people["Ingrid S. Pelletier"]["citizenship"] == "United States"
    assert people["Tobias R. Wendell"]["citizenship"] == "Canada"
    assert people["Honora J. Castleton"]["citizenship"] == "Ireland"


def test_default_address_after_the_list_with_elided_exceptions(tmp_path):  # fails on main
    after = ["         The business address of each person named above is 400 Harwell Plaza,",
             "Dayton, Ohio 45402, except that the business address of Ingrid S. Pelletier is",
             "Lakeshore Dairy Cooperative, 12 Mill Road, Oshkosh, Wisconsin 54901; and of Tobias",
             "R. Wendell is Wendell & Rusk, 88 Pine Street, Toronto, Ontario M5H 3C2; and of",
             "Honora J. Castleton is Dunmore University, 5 College Green, Dublin 2, Ireland."]
    people = _people(tmp_path, _roster(_ROWS, after))
    assert people["Quentin A. Marlowe"]["address_city"] == "Dayton"
    assert people["Ingrid S. Pelletier"]["address_city"] == "Oshkosh"
    assert people["Tobias R. Wendell"]["address_city"] == "Toronto"
    assert people["Tobias R. Wendell"]["address_country"] == "CA"
    assert people["Honora J. Castleton"]["address"].startswith("Dunmore University")


def test_default_address_whose_exceptions_do_not_read_is_given_no_one(tmp_path):  # guard
    after = ["         The business address of each person named above is 400 Harwell Plaza,",
             "Dayton, Ohio 45402, except that the business address of Ingrid S. Pelletier is",
             "Lakeshore Dairy Cooperative, 12 Mill Road, Oshkosh, Wisconsin 54901; and of the",
             "Partner named above is the firm's office."]
    people = _people(tmp_path, _roster(_ROWS, after))
    assert all(p["address"] is None for p in people.values())


def test_addresses_listed_name_by_name(tmp_path):  # fails on main
    after = ["         The business addresses of the persons named above are: Quentin A.",
             "Marlowe, 400 Harwell Plaza, Dayton, Ohio 45402; Ingrid S. Pelletier, Lakeshore",
             "Dairy Cooperative, 12 Mill Road, Oshkosh, Wisconsin 54901; Tobias R. Wendell,",
             "Wendell & Rusk, 88 Pine Street, Toronto, Ontario M5H 3C2; Honora J. Castleton,",
             "Dunmore University, 5 College Green, Dublin 2, IRELAND."]
    people = _people(tmp_path, _roster(_ROWS, after))
    assert people["Quentin A. Marlowe"]["address_city"] == "Dayton"
    assert people["Ingrid S. Pelletier"]["address"] == ("Lakeshore Dairy Cooperative, 12 Mill Road, Oshkosh, "
                                                        "Wisconsin 54901")
    assert people["Tobias R. Wendell"]["address_city"] == "Toronto"
    assert people["Honora J. Castleton"]["address_country"] == "IE"


def test_addresses_listed_with_a_name_not_in_the_list_give_no_one_anything(tmp_path):  # guard
    after = ["         The business addresses of the persons named above are: Quentin A.",
             "Marlowe, 400 Harwell Plaza, Dayton, Ohio 45402; Ingrid Pelletier, Lakeshore",
             "Dairy Cooperative, 12 Mill Road, Oshkosh, Wisconsin 54901."]
    people = _people(tmp_path, _roster(_ROWS, after))
    assert all(p["address"] is None for p in people.values())


def test_title_wrapped_after_corporate_is_one_item(tmp_path):  # fails on main
    rows = [*_ROWS[:2], ("Lionel P. Ashcombe", ["Executive Vice President, Chief", "Financial Officer and Corporate",
                                                 "Secretary"])]
    people = _people(tmp_path, _roster(rows, []))
    assert people["Lionel P. Ashcombe"]["positions"] == [
        "Executive Vice President, Chief Financial Officer and Corporate Secretary"]


def test_whole_titles_on_lines_of_their_own_stay_apart(tmp_path):  # guard
    rows = [*_ROWS[:2], ("Lionel P. Ashcombe", ["Senior Vice President", "Corporate Controller"])]
    people = _people(tmp_path, _roster(rows, []))
    assert people["Lionel P. Ashcombe"]["positions"] == ["Senior Vice President", "Corporate Controller"]


def test_each_of_the_persons_citizenship_still_reads(tmp_path):  # guard
    after = ["         Each of the persons named above is a citizen of the United States, except",
             "Tobias R. Wendell, who is a citizen of Canada."]
    people = _people(tmp_path, _roster(_ROWS, after))
    assert people["Tobias R. Wendell"]["citizenship"] == "Canada"
    assert people["Honora J. Castleton"]["citizenship"] == "United States"
