"""Round 49s (issue 13): gather77's saved_text_cells_citizenship_second_titles_of_org_default_address_dash.

An HTML table saved as text, one cell a line, a blank line between persons: the name, the citizenship, the
'<Title> of <Org>' items and outside occupations one a line, and last the business address on one comma-joined line,
or '-' where the preamble gives it: 'Where the Business Address column shows "-", the business address of the person
is X.'

- The preamble's sentence was not read (no default address), and a row longer than the header (several items) whose
  last line is the dash was refused: the dash is the address cell, the other lines typed as before; the default goes
  to the persons whose cell shows the dash, to no one else (kg/forms/roster_dash_default.py).
- A last line that is a whole address on its own ('Via Caldera 21, 20153 Milano, Italy': no street opening it) was no
  address cell: the row was refused (kg/forms/roster_cell_last_address.py).
- A block of cell lines under a name alone ('Andre Desmarais' / 'Canada' / 'Director of X' / ...) was taken for a
  heading naming the organisation (kg/forms/roster_comma_cell.py); an organisation's name in mixed case over the
  preamble that lists its officers ('Brava Finance' / '... officers of Brava Finance.') ended the preamble as a
  person's name would (kg/forms/roster_preamble.py).
"""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path))["people"]}


_DASH_SENTENCE = ('Where the Business Address column shows "-", the business address of the\n'
                  "person is 12 Harbour Road, Halifax, Nova Scotia B3H 1A1.")


def _table(org: str, sentence: str = _DASH_SENTENCE, quist_address: str = "-") -> str:
    return f"""EXHIBIT 99.2

SCHEDULE A

{org}

The following are the directors and executive officers of {org}.
{sentence}

Name
Citizenship
Present Principal Occupation
Business Address

Harold Quist
Canada
Director of {org}
President of {org}
{quist_address}

Anna Berg
Sweden
Director of {org}
Managing Director, Tessaly Capital
Tessaly Capital, 400 Dock Street, Mystic, Connecticut 06355

Paolo Verdi
Italy
Director of {org}
Chief Executive Officer, Verdi Holdings
Via Roma 21, 20153 Milano, Italy

Mary Lund
Canada
Chief Financial Officer of {org}
-
"""


def test_dash_cell_gives_the_preamble_default_and_items_read(tmp_path: Path) -> None:
    people = _people(tmp_path, _table("Hollis Marine, Inc."))
    quist, berg, lund = people["Harold Quist"], people["Anna Berg"], people["Mary Lund"]
    assert quist["address"] == "12 Harbour Road, Halifax, Nova Scotia B3H 1A1"
    assert quist["positions"] == ["Director", "President"] and quist["citizenship"] == "Canada"
    assert lund["address"] == "12 Harbour Road, Halifax, Nova Scotia B3H 1A1"
    assert lund["positions"] == ["Chief Financial Officer"]
    assert berg["address"] == "Tessaly Capital, 400 Dock Street, Mystic, Connecticut 06355"
    assert berg["other_positions"] == ["Managing Director, Tessaly Capital"]


def test_whole_address_on_the_last_line_is_the_address_cell(tmp_path: Path) -> None:
    verdi = _people(tmp_path, _table("Hollis Marine, Inc."))["Paolo Verdi"]
    assert verdi["address"] == "Via Roma 21, 20153 Milano, Italy"
    assert verdi["other_positions"] == ["Chief Executive Officer, Verdi Holdings"]
    assert verdi["positions"] == ["Director"] and verdi["citizenship"] == "Italy"


def test_mixed_case_organisation_over_the_preamble(tmp_path: Path) -> None:
    people = _people(tmp_path, _table("Brava Finance"))
    assert people["Harold Quist"]["address"] == "12 Harbour Road, Halifax, Nova Scotia B3H 1A1"
    assert people["Mary Lund"]["address"] == "12 Harbour Road, Halifax, Nova Scotia B3H 1A1"


def test_guard_no_default_without_the_dash(tmp_path: Path) -> None:
    """A cell that shows 'n/a', no dash: the dash's default is not this person's (left empty, never guessed)."""
    text = _table("Hollis Marine, Inc.").replace("Chief Financial Officer of Hollis Marine, Inc.\n-",
                                                 "Chief Financial Officer of Hollis Marine, Inc.\nn/a")
    people = _people(tmp_path, text)
    assert people["Mary Lund"]["positions"] == ["Chief Financial Officer"] and not people["Mary Lund"].get("address")
    assert people["Harold Quist"]["address"] == "12 Harbour Road, Halifax, Nova Scotia B3H 1A1"


def test_guard_dash_without_the_sentence_is_an_empty_cell(tmp_path: Path) -> None:
    """No sentence giving the dash a meaning: '-' is an empty cell, no address invented; the rows still read."""
    people = _people(tmp_path, _table("Hollis Marine, Inc.", sentence="Each is a citizen as shown."))
    assert not people.get("Harold Quist", {}).get("address") and not people["Mary Lund"].get("address")
    assert people["Mary Lund"]["citizenship"] == "Canada"
    assert people["Anna Berg"]["address"] == "Tessaly Capital, 400 Dock Street, Mystic, Connecticut 06355"


def test_guard_name_with_comma_cells_keep_the_heading(tmp_path: Path) -> None:
    """The organisation a mixed-case heading names is still read when the entries' cells follow it."""
    text = _table("Hollis Marine, Inc.").replace("SCHEDULE A", "DIRECTORS AND EXECUTIVE OFFICERS OF HOLLIS MARINE, INC.")
    people = _people(tmp_path, text)
    assert people["Anna Berg"]["positions"] == ["Director"]
    assert people["Harold Quist"]["address"] == "12 Harbour Road, Halifax, Nova Scotia B3H 1A1"
