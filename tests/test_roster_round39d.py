"""Thirty-ninth round (d), issue 13: a fixed-width roster table captioned only by the letters of Item 2.

A filer may caption its Schedule I columns with nothing but the Schedule 13D Item 2 letters they answer - '(a)'
over the names, '(b)' over the addresses, '(c)' over the present principal occupations, '(f)' over the
citizenships - the sentence over the table citing those Items ('... the information required by Items 2(a), (b),
(c) and (f) of Schedule 13D ...'). kg read the names and no value (a caption of one letter names no role kg knew).
The letters are now read as the fields Item 2 names (kg/forms/roster_item_letters.py, the lookup in
kg/patterns/roster_item_letters.yml) only where that is certain: every column captioned by one letter, '(a)' first,
in Item 2's order, none (d)/(e), and the sentence before the table citing each of them.

Texts of our own making. Each test marked "fails on main" failed on main 5e6b226 and passes here; the guards pass
on both."""
from __future__ import annotations

import kg

_HEAD = """                                   SCHEDULE A

        DIRECTORS AND EXECUTIVE OFFICERS OF NORTHGATE RESOURCES CORP.

"""
_CITED = """The following table sets forth the information required by Items 2(a), (b), (c)
and (f) of Schedule 13D with respect to each director and executive officer of
Northgate Resources Corp. None of the persons listed below has, during the last
five years, been convicted in a criminal proceeding or been a party to a civil
proceeding of a judicial or administrative body of competent jurisdiction.

"""
_TABLE = """(a)                       (b)                           (c)                                 (f)
---                       ---                           ---                                 ---
Margaret L. Okafor        1400 Bay Street               Chief Executive Officer and         Canada
                          Toronto, Ontario M5H 2Y4        Director, Northgate Resources
                          Canada                          Corp.

Daniel P. Whitcombe       88 Pine Avenue                Director, Northgate Resources       United States
                          Denver, CO 80202                Corp.
                                                        Partner, Whitcombe & Lyle LLP

Ingrid S. Halvorsen       1400 Bay Street               Chief Financial Officer,            Norway
                          Toronto, Ontario M5H 2Y4        Northgate Resources Corp.
                          Canada
"""
_NAMES = ["Daniel P. Whitcombe", "Ingrid S. Halvorsen", "Margaret L. Okafor"]


def _read(tmp_path, text: str):
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_item_letter_captions_read_as_item2_fields(tmp_path):
    """Fails on main: the names were read with no address, citizenship or title."""
    people = _read(tmp_path, _HEAD + _CITED + _TABLE)
    assert sorted(people) == _NAMES
    okafor = people["Margaret L. Okafor"]
    assert okafor.address == "1400 Bay Street, Toronto, Ontario M5H 2Y4, Canada"
    assert okafor.citizenship == "Canada"
    assert people["Ingrid S. Halvorsen"].citizenship == "Norway"
    assert people["Ingrid S. Halvorsen"].positions == ["Chief Financial Officer"]
    whitcombe = people["Daniel P. Whitcombe"]
    assert whitcombe.address == "88 Pine Avenue, Denver, CO 80202"
    assert whitcombe.citizenship == "United States"
    assert whitcombe.positions == ["Director"]
    assert any("Whitcombe & Lyle" in item for item in whitcombe.other_positions)


def test_three_letters_cited_with_the_item_number_each_time(tmp_path):
    """Fails on main: '(a)' '(b)' '(c)' under 'Items 2(a), 2(b) and 2(c)' gave no address."""
    cited = _CITED.replace("Items 2(a), (b), (c)\nand (f)", "Items 2(a), 2(b) and\n2(c)")
    table = "\n".join(line[:92].rstrip() for line in _TABLE.replace("(f)", "   ").splitlines()) + "\n"
    people = _read(tmp_path, _HEAD + cited + table)
    assert sorted(people) == _NAMES
    assert people["Daniel P. Whitcombe"].address == "88 Pine Avenue, Denver, CO 80202"
    assert all(p.citizenship is None for p in people.values())


def test_letters_no_sentence_cites_give_no_value(tmp_path):
    """Guard (passes on both): with no sentence citing Item 2, the letters name no column for certain."""
    uncited = _CITED.replace("the information required by Items 2(a), (b), (c)\nand (f) of Schedule 13D",
                             "certain information")
    people = _read(tmp_path, _HEAD + uncited + _TABLE)
    assert all(p.address is None and p.citizenship is None for p in people.values())


def test_a_caption_letter_the_sentence_does_not_cite_gives_no_value(tmp_path):
    """Guard (passes on both): '(f)' over a column while the sentence cites only 2(a), (b) and (c): refused."""
    cited = _CITED.replace("Items 2(a), (b), (c)\nand (f)", "Items 2(a), (b) and\n(c)")
    people = _read(tmp_path, _HEAD + cited + _TABLE)
    assert all(p.address is None and p.citizenship is None for p in people.values())


def test_a_proceedings_letter_among_the_captions_gives_no_value(tmp_path):
    """Guard (passes on both): '(d)' (convictions) over a column is no field of a person: the letters are refused."""
    cited = _CITED.replace("(c)\nand (f)", "(c),\n(d) and (f)")
    people = _read(tmp_path, _HEAD + cited + _TABLE.replace("(f)", "(d)", 1))
    assert all(p.address is None and p.citizenship is None for p in people.values())
