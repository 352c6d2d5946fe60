"""Round 45c (issue 13): a justified preamble over name / address / titles rows with the blank lines between
entries gone. A law firm stacked under a name ('Nathaniel P. Orlovskiy' / 'Brandt' / 'Keller' / 'Moss') is no word of
the name; an organisation read as a name and left out right under an entry ('Veltrano Financial' under 'Irene
T. Vasko') may be the address that entry indicates, so the preamble's default address is not hers for certain."""
from __future__ import annotations

import kg
from kg.records import to_dict

PREAMBLE = """SCHEDULE B
     The  name,  business  address and present principal occupation of each of
the executive officers and directors of Halvard Meridian Holdings, Inc.
("HMH") (the "Individuals"), as required by Item 2 of Schedule 13D, are listed
below,  along  with  the  offices  held  by  each Individual. Unless otherwise
indicated,  the  business  address  for each Individual is Quarry/Lindell. Each
Individual is a citizen of the United States.
"""

ENTRIES = [
    ("Oscar L. Penhallow", "Director of HMH", ["Quarry/Lindell", "Chief Executive"]),
    ("Nathaniel P. Orlovskiy", "Director of HMH", ["Brandt                            Partner, Brandt", "Keller", "Moss"]),
    ("Irene T. Vasko", "Director of HMH", ["Veltrano Financial                Chairman"]),
    ("Gerald W. Huxley", "Director of HMH", ["Tarrow Air Freight, Inc.          Chairman"]),
]


def _roster(tmp_path, blank: str) -> dict:
    lines = []
    for name, title, under in ENTRIES:
        first, *rest = under
        first = f"{first:<34}{rest.pop(0)}" if under[0] == "Quarry/Lindell" else first
        lines += [f"      {name:<34}{title}"] + [f"      {line}" for line in [first, *rest]] + blank
    path = tmp_path / "roster.txt"
    path.write_text(PREAMBLE + ("\n" if blank else "") + "\n".join(lines) + "\n", encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


def test_firm_stacked_under_a_name_is_no_word_of_it(tmp_path):
    people = _roster(tmp_path, [])
    assert "Nathaniel P. Orlovskiy Brandt" not in people
    assert all(not name.endswith("Brandt") for name in people)


def test_default_address_not_given_over_a_line_left_out(tmp_path):
    people = _roster(tmp_path, [])
    assert "Veltrano Financial" not in people
    assert people.get("Irene T. Vasko", {}).get("address") != "Quarry/Lindell"


def test_guard_entries_apart_still_read(tmp_path):
    people = _roster(tmp_path, [""])
    assert people["Oscar L. Penhallow"]["positions"][0].startswith("Director")
    assert people["Gerald W. Huxley"]["positions"][0].startswith("Director")
    assert "Irene T. Vasko Veltrano Financial" not in people


def test_firm_stacked_under_a_name_entries_apart(tmp_path):
    assert "Nathaniel P. Orlovskiy Brandt" not in _roster(tmp_path, [""])
