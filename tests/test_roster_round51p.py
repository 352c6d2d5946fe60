"""Round 51p (issue 13): prose paragraphs each under the person's name printed alone on a line
(name_heading_prose_default_citizenship_exceptions).

- 'Odile P. Marchetti' / '     Odile P. Marchetti is Director of Harrow Ridge Capital Corp. ...': read with the
  heading line, the paragraph opened 'Odile P. Marchetti Odile P. Marchetti is ...' (the name twice, or no entry
  and another reader's values on the wrong person). The heading line is dropped where the paragraph opens with
  the very same words (any order: 'MARCHETTI, Odile P.'); a heading a page break parts from its paragraph is
  joined to it (kg/forms/roster_prose_headings.py).
- 'X holds the following positions with <Org>: Director; Chief Executive Officer.' lists the titles in the
  listed organisation (kg/forms/roster_prose_positions.py, rule `prose_positions_with`); with another
  organisation it gives nothing.
"""
from __future__ import annotations

import kg
from kg.forms.roster_prose_headings import under_name_headings
from kg.forms.roster_prose_positions import listed_positions
from kg.records import to_dict

_PEOPLE = [
    ("Odile P. Marchetti", "MARCHETTI, Odile P.", ["Director", "Chief Executive Officer"], None,
     "400 Quarry Road, Boise, Idaho 83702", None),
    ("Rufus T. Abernathy, Jr.", "ABERNATHY, Rufus T., Jr.", ["Director"], "Managing Partner, Abernathy & Sons LLP",
     "12 King Street West, Toronto, Ontario M5H 1A1, Canada", "Canada"),
    ("Priya Halvorsen", "HALVORSEN, Priya", ["Chief Financial Officer"], None, "400 Quarry Road, Boise, Idaho 83702",
     None),
]


def _paragraph(name: str, titles: list[str], other: str | None, address: str, citizen: str | None) -> str:
    text = (f"{name} is {titles[0]} of Harrow Ridge Capital Corp." if len(titles) == 1 else
            f"{name} holds the following positions with Harrow Ridge Capital Corp.: {'; '.join(titles)}.")
    text += f" {name} is also {other}." if other else ""
    text += f" The business address of {name} is {address}."
    text += f" {name} is a citizen of {citizen}." if citizen else ""
    words, lines, line = text.split(), [], "    "
    for word in words:
        if len(line) + len(word) > 72:
            lines.append(line)
            line = "    "
        line += " " + word
    return "\n".join(lines + [line])


def _roster(inverted: bool = False, page_break: bool = False) -> str:
    head = ("                              SCHEDULE B\n\n        DIRECTORS AND EXECUTIVE OFFICERS OF HARROW RIDGE "
            "CAPITAL CORP.\n\nThe name, present principal occupation and business address of each director and\n"
            "executive officer of Harrow Ridge Capital Corp. are set forth below. Each person\nnamed below is a "
            "citizen of the United States unless otherwise stated.\n\n")
    entries = []
    for index, (name, surname_first, titles, other, address, citizen) in enumerate(_PEOPLE):
        heading = surname_first if inverted else name
        gap = "\n\n<PAGE>\n\n" if page_break and index == 1 else "\n"
        entries.append(heading + gap + _paragraph(name, titles, other, address, citizen))
    return head + "\n\n".join(entries) + "\n"


def _people(tmp_path, text: str) -> dict:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path))["people"]}


def test_name_heading_over_its_prose_paragraph(tmp_path):
    for inverted in (False, True):
        for page_break in (False, True):
            people = _people(tmp_path, _roster(inverted, page_break))
            assert sorted(people) == sorted(p[0] for p in _PEOPLE), (inverted, page_break)
            for name, _, titles, other, address, citizen in _PEOPLE:
                assert people[name]["positions"] == titles
                assert people[name]["other_positions"] == ([other] if other else [])
                assert people[name]["address"] == address
                assert people[name]["citizenship"] == (citizen or "United States")


def test_heading_kept_where_the_paragraph_opens_with_another_name():
    text = "Odile P. Marchetti\n     Rufus Abernathy is Director of Harrow Ridge.\n"
    paragraphs = [(0, len(text), " ".join(text.split()))]
    assert under_name_headings(text, paragraphs) == paragraphs
    alone = "Odile P. Marchetti\n\n     Rufus Abernathy is Director of Harrow Ridge.\n"
    split = [(0, 18, "Odile P. Marchetti"), (20, len(alone), "Rufus Abernathy is Director of Harrow Ridge.")]
    assert under_name_headings(alone, split) == split


def test_positions_listed_only_for_the_person_in_the_listed_organisation():
    own = ["Harrow Ridge Capital Corp.", "Harrow Ridge"]
    listed = "holds the following positions with {}: Director; Chief Executive Officer."
    assert listed_positions(listed.format("Harrow Ridge Capital Corp."), lambda who: who == "", own) == \
        ["Director", "Chief Executive Officer"]
    assert listed_positions(listed.format("Quarry Holdings LLC"), lambda who: who == "", own) == []
    assert listed_positions("Rufus Abernathy " + listed.format("Harrow Ridge"), lambda who: who == "", own) == []
    assert listed_positions("is Director of Harrow Ridge.", lambda who: True, own) is None


def test_prose_paragraph_without_heading_still_reads(tmp_path):
    text = _roster().replace("Odile P. Marchetti\n    ", "    ").replace("Priya Halvorsen\n    ", "    ")
    text = text.replace("Rufus T. Abernathy, Jr.\n    ", "    ")
    people = _people(tmp_path, text)
    assert people["Rufus T. Abernathy, Jr."]["positions"] == ["Director"]
    assert people["Rufus T. Abernathy, Jr."]["citizenship"] == "Canada"
    assert people["Priya Halvorsen"]["positions"] == ["Chief Financial Officer"]
