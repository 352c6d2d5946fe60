"""Round 49r (issue 13): precision in gather78's municipality_of_residence_under_name_table.

A fixed-width table whose first column is captioned 'NAME AND MUNICIPALITY OF RESIDENCE' prints the name and, on
the line under it, the person's town of residence ('Westmount, Quebec'), which is no field of the contract (the
business address stands in its own column). The caption named nothing kg knew beside the name, so the town was
read as more of the name ('Nirmal Prabhakar Narvekar Hellerup'), as an occupation, or as a person of its own
('Palo Alto, California', which the name typing takes for 'California Palo Alto'). A caption naming a residence in
the names' column now gives that column the role `residence` (kg/patterns/roster.yml `column_roles`, the names'
column only): the lines under the name are that residence, never the name nor any value
(kg/forms/roster_residence.py, kg/forms/roster_place.py), and in a fixed-width grid the line right under a name
line that reads as a town and its state, province or country opens no entry (kg/forms/roster_row_opens.py
`town_under_name`). 'Residence Address' and 'Residence or Business Address' stay the address's.
"""
from __future__ import annotations

from pathlib import Path

import kg
from kg.forms.roster_table import header_roles
from kg.records import to_dict

_WIDTHS = (34, 24, 34, 30)

_ROWS = [
    (["Theodora Vance-Whitlock", "Palo Alto, California"], ["Director", "President"],
     ["Managing Partner, Larkspur", "  Ventures"], ["Larkspur Ventures", "2200 Sand Hill Road", "Menlo Park, California 94025"]),
    (["Anders Kristoffer Lindqvist", "Hellerup"], ["Director"],
     ["Chairman, Norrvik Shipping A/S"], ["Norrvik Shipping A/S", "Tuborg Havnevej 19", "2900 Hellerup, Denmark"]),
    (["Margaret O. Tulliver", "Lake Forest, Illinois"], ["Vice President"],
     ["--"], ["c/o Quillon Holdings, Inc.", "400 North Wacker Drive", "Chicago, Illinois 60606"]),
]


def _table(caption: str) -> str:
    def row(cells: list[str]) -> str:
        return "".join(cell.ljust(width) for cell, width in zip(cells, _WIDTHS)).rstrip()
    lines = ["                                    ANNEX A", "",
             "              DIRECTORS AND OFFICERS OF QUILLON HOLDINGS, INC.", "",
             "The following table sets out the name, the office held with Quillon Holdings, Inc., the principal",
             "occupation and the business address of each director and officer of Quillon Holdings, Inc.", "",
             "<TABLE>", "<CAPTION>",
             row([caption[0], "OFFICE HELD WITH", "", ""]),
             row([caption[1], "QUILLON HOLDINGS, INC.", "PRINCIPAL OCCUPATION", "BUSINESS ADDRESS"]),
             row(["-" * 32, "-" * 22, "-" * 32, "-" * 28]),
             row(["<S>", "<C>", "<C>", "<C>"])]
    for cells in _ROWS:
        height = max(len(c) for c in cells)
        for index in range(height):
            lines.append(row([c[index] if index < len(c) else "" for c in cells]))
        lines.append("")
    return "\n".join(lines + ["</TABLE>", ""])


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path))["people"]}


def test_town_under_the_name_is_no_name_and_no_value(tmp_path: Path) -> None:
    people = _people(tmp_path, _table(["NAME AND MUNICIPALITY OF", "RESIDENCE"]))
    assert set(people) == {"Theodora Vance-Whitlock", "Anders Kristoffer Lindqvist", "Margaret O. Tulliver"}
    vance = people["Theodora Vance-Whitlock"]
    assert vance["positions"] == ["Director", "President"]
    assert vance["other_positions"] == ["Managing Partner, Larkspur Ventures"]
    assert vance["address"] == "Larkspur Ventures, 2200 Sand Hill Road, Menlo Park, California 94025"
    assert people["Anders Kristoffer Lindqvist"]["other_positions"] == ["Chairman, Norrvik Shipping A/S"]
    tulliver = people["Margaret O. Tulliver"]
    assert tulliver["positions"] == ["Vice President"]
    assert not tulliver.get("other_positions")
    assert tulliver["address"] == "c/o Quillon Holdings, Inc., 400 North Wacker Drive, Chicago, Illinois 60606"
    values = [str(v) for p in people.values() for v in p.values()]
    assert not any(town in value for value in values for town in ("Palo Alto", "Lake Forest"))


def test_a_residence_is_the_names_column_role_only() -> None:
    assert header_roles("NAME AND MUNICIPALITY OF RESIDENCE", True) == ["name", "residence"]
    assert header_roles("Name and City of Residence", True) == ["name", "residence"]
    assert header_roles("Municipality of Residence", False) == ["unknown"]  # (another column: read, never a value)
    assert header_roles("Residence or Business Address", False) == ["address"]
    assert header_roles("Name and Residence Address", True) == ["name", "address"]
    assert header_roles("RESIDENCE ADDRESS", False) == ["address"]


def test_guard_lines_under_the_name_under_a_name_only_caption(tmp_path: Path) -> None:
    """The neighbouring layout: the same table captioned 'NAME' alone, an entry with no line under its name."""
    text = _table(["", "NAME"])
    for town in ("Palo Alto, California", "Hellerup", "Lake Forest, Illinois"):
        text = text.replace(town.ljust(34), " " * 34, 1)
    people = _people(tmp_path, text)
    assert set(people) == {"Theodora Vance-Whitlock", "Anders Kristoffer Lindqvist", "Margaret O. Tulliver"}
    assert people["Theodora Vance-Whitlock"]["positions"] == ["Director", "President"]
    assert people["Margaret O. Tulliver"]["address"] == \
        "c/o Quillon Holdings, Inc., 400 North Wacker Drive, Chicago, Illinois 60606"
