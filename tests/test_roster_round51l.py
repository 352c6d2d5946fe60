"""Round 51l (issue 13): labelled blocks typed on numbered pleading paper (line_numbered_labelled_blocks).

- Every line of the page, blank ones too, carries its line number in a left margin of its own ('  8 (1) Name:',
  '  9', up to 28 a page, the numbering starting again at 1 after each page break). Read with the numbers, no line
  was blank and no label opened its line: the blocks ran into each other and values went onto the wrong person. The
  numbers are blanked where the text shows them for certain (kg/read/line_numbers.py: runs of lines numbered 1, 2,
  3 ... at one column, a page long, numbered blank lines among them); numbered entries ('1.') and numbered table
  rows ('1  Jane Roe  Director', no blank line numbered) are left as printed.
"""
from __future__ import annotations

import kg
from kg.read.line_numbers import without_line_numbers
from kg.records import to_dict

_BODY = """                              SCHEDULE I

                   DIRECTORS AND EXECUTIVE OFFICERS

The following is a list of the directors and executive officers of
Harrow Ridge Capital Corp.

(1) Name:                             Odile P. Marchetti

Position with Harrow Ridge:           Director
                                      Chief Executive Officer

Business Address:                     400 Quarry Road
                                      Boise, Idaho 83702

Citizenship:                          United States


(2) Name:                             Rufus T. Abernathy

Position with Harrow Ridge:           Director

Principal Occupation:                 Managing Partner, Abernathy
                                        & Sons LLP

Business Address:                     12 King Street West
                                      Toronto, Ontario M5H 1A1
                                      Canada

Citizenship:                          Canada


(3) Name:                             Priya N. Halvorsen

Position with Harrow Ridge:           Chief Financial Officer

Business Address:                     400 Quarry Road
                                      Boise, Idaho 83702

Citizenship:                          United States
"""

_PEOPLE = {
    "Odile P. Marchetti": (["Director", "Chief Executive Officer"], "United States", "Boise"),
    "Rufus T. Abernathy": (["Director"], "Canada", "Toronto"),
    "Priya N. Halvorsen": (["Chief Financial Officer"], "United States", "Boise"),
}


def _numbered(body: str, page: int = 20, brk: str = "\f") -> str:
    """`body` on numbered paper: each line's number right-aligned in a margin of four, `page` lines a page."""
    lines, number = [], 0
    for line in body.split("\n"):
        if number == page:
            lines.append(brk)
            number = 0
        number += 1
        lines.append(f"{number:>3} {line}".rstrip())
    return "\n".join(lines) + "\n"


def _people(tmp_path, text: str) -> dict:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path))["people"]}


def test_labelled_blocks_on_numbered_paper_read_as_without_the_numbers(tmp_path):
    for brk in ("\f", "<PAGE>"):
        people = _people(tmp_path, _numbered(_BODY, brk=brk))
        assert sorted(people) == sorted(_PEOPLE)
        for name, (positions, citizenship, city) in _PEOPLE.items():
            assert people[name]["positions"] == positions
            assert people[name]["citizenship"] == citizenship
            assert city in people[name]["address"]
            assert not any(ch.isdigit() for ch in people[name]["citizenship"])
        assert people["Rufus T. Abernathy"]["other_positions"] == ["Managing Partner, Abernathy & Sons LLP"]


def test_line_numbers_blanked_only_in_their_margin():
    text = _numbered(_BODY)
    plain = without_line_numbers(text)
    assert len(plain) == len(text)
    assert [line[4:] for line in plain.split("\n")] == [line[4:] for line in text.split("\n")]
    assert not any(line[:4].strip() for line in plain.split("\n"))


# guards: numbers that are no pleading paper's are left as printed
_ROWS = "\n".join(f"{n:>3}  {name:<24}Director" for n, name in enumerate(
    ["Odile P. Marchetti", "Rufus T. Abernathy", "Priya N. Halvorsen", "Lionel Szabo", "Wendell Carrow"] * 4, 1))


def test_numbered_rows_and_entries_stay():
    assert without_line_numbers(_ROWS) == _ROWS  # (no blank line numbered: numbered rows of a table)
    entries = "\n\n".join(f"{n}. Name: Jane Roe {n}\n   Citizenship: Canada" for n in range(1, 30))
    assert without_line_numbers(entries) == entries
    skipped = _numbered(_BODY).replace("\n  7\n", "\n  9\n")  # (a number skipped: not certain)
    assert without_line_numbers(skipped) == skipped
    shifted = _numbered(_BODY).replace("\n  5 The", "\n 5  The")  # (a number out of its column: not certain)
    assert without_line_numbers(shifted) == shifted


def test_unnumbered_labelled_blocks_still_read(tmp_path):
    people = _people(tmp_path, _BODY)
    assert sorted(people) == sorted(_PEOPLE)
    assert people["Rufus T. Abernathy"]["citizenship"] == "Canada"
    assert people["Priya N. Halvorsen"]["positions"] == ["Chief Financial Officer"]
