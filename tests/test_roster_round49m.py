"""Round 49m (issue 13): recall without a wrong value in gather75's remarks_field_labelled_blocks and gather74's
saved_text_cells_address_before_titles_citizenship_postamble.

- Labelled blocks whose labels end with spaced dot leaders ('Name . . .      1. Harold Quist'), and for some persons
  a last 'Remarks . . .' field disclaiming beneficial ownership: the leaders were read only when the dots stand
  together ('Name ......'), so no label was seen and nothing was read; with close dots, the unknown 'Remarks
  ........' line alone made the whole exhibit no roster. The dots may be spaced; a line of words kg
  knows as no label, set as the known label lines are (same indentation, same leader, its value at their column),
  is a label too, of a field kg does not read: its value is no value, and the fields the person printed are kept
  (kg/forms/roster_label_leaders.py). A label with a comma ('Position with Hollis, Inc. . . .') is one too.
- A table saved as text, one cell a line, whose long cell lines wrap onto a line set in two columns
  ('Director; President and Co-Chief Executive' / '  Officer'): the set-in line is the rest of the line above, no
  cell (kg/forms/roster_cell_wraps.py); the row was refused.
- A postamble naming exceptions whose clauses are joined by commas alone and one of them gives two countries ('...
  except Anna Berg, who is a citizen of Sweden, Norway, Rafael Ortiz, who is a citizen of Chile, and ...'): read
  the one way it cuts (kg/forms/roster_excepted.py `exception_clauses`, kg/forms/roster_postscript.py).
"""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path))["people"]}


_DISCLAIMER = ("Disclaims beneficial ownership of the\n" + " " * 37 + "Shares held by Hollis Marine, Inc. except\n"
               + " " * 37 + "to the extent of any pecuniary interest\n" + " " * 37 + "therein.")


def _blocks(leader: str) -> str:
    def label(words: str) -> str:
        return f"{words}{leader}".ljust(37)
    return f"""                                                                     EXHIBIT 1

              DIRECTORS AND EXECUTIVE OFFICERS OF HOLLIS MARINE, INC.

The following is a list of the directors and executive officers of Hollis Marine,
Inc., with the name, position, principal occupation, business address and
citizenship of each, and any remark about the Shares reported herein.

{label("Name")}1. Harold Quist

{label("Position")}Director

{label("Principal Occupation")}Managing Partner, Tessaly Capital

{label("Business Address")}Tessaly Capital
{" " * 37}400 Dock Street
{" " * 37}Mystic, Connecticut 06355

{label("Citizenship")}United States

{label("Remarks")}{_DISCLAIMER}

{label("Name")}2. Miriam Oduya

{label("Position with Hollis Marine, Inc.")}Chief Financial Officer
{" " * 37}Treasurer

{label("Business Address")}12 Wharf Lane
{" " * 37}Mystic, Connecticut 06355

{label("Citizenship")}Kenya

{label("Name")}3. Stellan Aberg

{label("Position")}Director

{label("Business Address")}12 Wharf Lane
{" " * 37}Mystic, Connecticut 06355

{label("Citizenship")}Sweden

{label("Remarks")}{_DISCLAIMER}
"""


def _check_blocks(people: dict[str, dict]) -> None:
    assert sorted(people) == ["Harold Quist", "Miriam Oduya", "Stellan Aberg"]
    quist, oduya, aberg = people["Harold Quist"], people["Miriam Oduya"], people["Stellan Aberg"]
    assert quist["positions"] == ["Director"] and quist["other_positions"] == ["Managing Partner, Tessaly Capital"]
    assert quist["address"] == "Tessaly Capital, 400 Dock Street, Mystic, Connecticut 06355"
    assert quist["citizenship"] == "United States"
    assert oduya["positions"] == ["Chief Financial Officer", "Treasurer"] and oduya["citizenship"] == "Kenya"
    assert oduya["address"] == "12 Wharf Lane, Mystic, Connecticut 06355"
    assert aberg["positions"] == ["Director"] and aberg["citizenship"] == "Sweden"
    assert aberg["address"] == "12 Wharf Lane, Mystic, Connecticut 06355"
    for person in people.values():  # (the remark is no value of anyone's)
        values = [person.get(k) or "" for k in ("address", "citizenship")] + person["positions"] \
            + person["other_positions"]
        assert not any("Disclaims" in value or "Remarks" in value for value in values)


def test_spaced_dot_leader_labels_with_a_remarks_field_are_read(tmp_path):
    _check_blocks(_people(tmp_path, _blocks(" . . .")))


def test_guard_colon_labels_with_a_remarks_field_still_read(tmp_path):
    _check_blocks(_people(tmp_path, _blocks(":")))


def test_guard_close_dot_leader_labels_still_read(tmp_path):
    _check_blocks(_people(tmp_path, _blocks(" ........")))


def test_an_unknown_label_whose_value_stands_elsewhere_is_no_value(tmp_path):
    """A 'Remarks . . .' line whose value stands left of the known labels' column: still a label of a field kg does
    not read; no word of it or of its value is anyone's value (a value it runs into is refused)."""
    text = _blocks(" . . .").replace("Remarks . . .".ljust(37) + "Disclaims",
                                     "Remarks . . . Disclaims")
    people = _people(tmp_path, text)
    for person in people.values():
        values = [person.get(k) or "" for k in ("address", "citizenship")] + person["positions"] \
            + person["other_positions"]
        assert not any("Disclaims" in value or "Remarks" in value for value in values)


SAVED = """                                   ANNEX A

          EXECUTIVE OFFICERS AND DIRECTORS OF BRANDVOLD HOLDINGS CORP.

The name, business address, position with Brandvold Holdings Corp. and present
principal occupation or employment of each executive officer and director of
Brandvold Holdings Corp. are set forth below.

Name
Business Address
Position with Brandvold Holdings Corp.
Principal Occupation or Employment

Ingrid Solheim
88 Fjord Avenue
Seattle, WA 98121
Director; Chairman of the Board; Chief Executive
  Officer
-

Tomas Lindgren
88 Fjord Avenue
Seattle, WA 98121
Director
Managing Director of partnerships affiliated with
  Nordkap Partners LLC

Rafael Ortiz
88 Fjord Avenue
Seattle, WA 98121
Vice President; Secretary
-


Each of the persons named above is a citizen of the United States, except Tomas
Lindgren, who is a citizen of Sweden, Norway, Rafael Ortiz, who is a citizen of
Chile, and Ingrid Solheim, who is a citizen of Norway.
"""


def test_saved_cells_wrapped_onto_a_set_in_line_and_a_comma_joined_postamble(tmp_path):
    people = _people(tmp_path, SAVED)
    assert sorted(people) == ["Ingrid Solheim", "Rafael Ortiz", "Tomas Lindgren"]
    solheim, lindgren, ortiz = people["Ingrid Solheim"], people["Tomas Lindgren"], people["Rafael Ortiz"]
    assert solheim["positions"] == ["Director", "Chairman of the Board", "Chief Executive Officer"]
    assert solheim["other_positions"] == []
    assert lindgren["positions"] == ["Director"]
    assert lindgren["other_positions"] == ["Managing Director of partnerships affiliated with Nordkap Partners LLC"]
    assert ortiz["positions"] == ["Vice President", "Secretary"]
    assert all(p["address"] == "88 Fjord Avenue, Seattle, WA 98121" for p in people.values())
    assert (solheim["citizenship"], lindgren["citizenship"], ortiz["citizenship"]) == ("Norway", "Sweden, Norway",
                                                                                       "Chile")


def test_guard_saved_cells_without_wraps_and_an_and_joined_postamble(tmp_path):
    text = SAVED.replace("Chief Executive\n  Officer", "Chief Executive Officer").replace(
        "with\n  Nordkap", "with Nordkap").replace("Sweden, Norway, Rafael", "Sweden, and Rafael")
    people = _people(tmp_path, text)
    assert people["Ingrid Solheim"]["positions"] == ["Director", "Chairman of the Board", "Chief Executive Officer"]
    assert people["Tomas Lindgren"]["citizenship"] == "Sweden"
    assert people["Rafael Ortiz"]["citizenship"] == "Chile"
    assert people["Ingrid Solheim"]["citizenship"] == "Norway"


def test_a_postamble_exception_naming_nobody_listed_gives_nobody_a_citizenship(tmp_path):
    text = SAVED.replace("Rafael Ortiz, who is a citizen of\nChile", "Paulo Mendes, who is a citizen of\nChile")
    people = _people(tmp_path, text)
    assert all(p["citizenship"] is None for p in people.values())
