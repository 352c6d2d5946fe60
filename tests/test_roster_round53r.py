"""Round 53r (issue 13): gather113's name_line_prose_default_address_exceptions (the name on a line of its own over
an indented prose paragraph in Chittenden's manner, a preamble giving the business address most people share, the
paragraph printing an address only where it differs).

What was wrong: the paragraph under a name line with no age ('Lars Green' / '     Lars Green holds the following
positions with X: Director. Lars Green's present principal occupation is Managing Director, Y. ...') is read by its
lead name (kg.forms.roster_prose), and there the occupation sentence was read only under a 'NAME, 61' line: the
sentence "Lars Green's present principal occupation is ..." gave nothing (its subject is the occupation, not the
person), so every outside occupation was missed.

What changed: kg/forms/roster_prose.py `_entry`: under a name line without age (roster_prose_headings.under_name_line)
an occupation sentence whose possessive subject is the person ("Lars Green's", 'His', 'Her') gives that person's
occupations elsewhere; an item naming the listed organisation is a title there, never another position
(`_held_elsewhere`).

Part 2, gather104's text_centred_name_runin_labels_paragraph_default_citizenship (labels run on in a paragraph): a
labelled address wrapped in the paragraph (its later lines at the label line's indent, every break forced by the
width) is one string (kg/forms/roster_filled_address.run_in_address), and the sentence's full stop after its postal
code is no part of it (kg/forms/roster_labels.address_by_line), so the city and country are read.

Texts of our own making. The test marked "fails on main" fails on main f932fb9; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict

TEXT = """\
                                  SCHEDULE I

        INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF
                          NORTHGATE HOLDINGS LIMITED

Set forth below are the name, positions with Northgate Holdings Limited, present
principal occupation, business address and citizenship of each director and
executive officer of Northgate Holdings Limited. Unless otherwise indicated
below, the business address of each such person is 40 King Street West,
Toronto, Ontario M5H 3Y2.

Henri Valcourt
     Henri Valcourt holds the following positions with Northgate Holdings
     Limited: Director. Henri Valcourt's present principal occupation is
     Managing Director, Valcourt Participations. The business address of Henri
     Valcourt is 12 Rue de la Paix, 75002 Paris, France. Henri Valcourt is a
     citizen of France.

Margaret Olsen
     Margaret Olsen holds the following positions with Northgate Holdings
     Limited: Director; Chairman of the Board. Margaret Olsen's present
     principal occupation is Chairman, Olsen Capital; Trustee, Lakeshore
     Museum. Margaret Olsen is a citizen of Canada.

Thomas Reid
     Thomas Reid holds the following positions with Northgate Holdings Limited:
     President and Chief Executive Officer. Thomas Reid is a citizen of Canada.
"""


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path))["people"]}


def test_occupation_sentence_under_name_line_is_read(tmp_path: Path) -> None:
    """Fails on main: the occupation sentences gave nothing."""
    people = _people(tmp_path, TEXT)
    assert people["Henri Valcourt"]["other_positions"] == ["Managing Director, Valcourt Participations"]
    assert people["Margaret Olsen"]["other_positions"] == ["Chairman, Olsen Capital", "Trustee, Lakeshore Museum"]
    assert not people["Thomas Reid"].get("other_positions")


def test_titles_addresses_citizenship_still_read(tmp_path: Path) -> None:
    """Guard: the titles, the printed and default addresses and the citizenships are each person's own."""
    people = _people(tmp_path, TEXT)
    assert people["Henri Valcourt"]["positions"] == ["Director"]
    assert people["Margaret Olsen"]["positions"] == ["Director", "Chairman of the Board"]
    assert people["Henri Valcourt"]["address"] == "12 Rue de la Paix, 75002 Paris, France"
    assert people["Margaret Olsen"]["address"] == "40 King Street West, Toronto, Ontario M5H 3Y2"
    assert people["Thomas Reid"]["address"] == "40 King Street West, Toronto, Ontario M5H 3Y2"
    assert people["Henri Valcourt"]["citizenship"] == "France"


def test_occupation_naming_listed_organisation_is_no_other_position(tmp_path: Path) -> None:
    """Guard: an occupation that names the listed organisation is a title there, never another position."""
    text = TEXT.replace("Chairman, Olsen Capital; Trustee, Lakeshore\n     Museum.",
                        "Chairman of the Board, Northgate Holdings\n     Limited.")
    people = _people(tmp_path, text)
    assert not people["Margaret Olsen"].get("other_positions")
    assert people["Margaret Olsen"]["positions"] == ["Director", "Chairman of the Board"]


# Part 2: gather104's text_centred_name_runin_labels_paragraph_default_citizenship (labels run on in a paragraph).
RUN_IN = """\
                                   ANNEX I

     CERTAIN INFORMATION REGARDING THE DIRECTORS AND EXECUTIVE OFFICERS OF
                          NORTHGATE HOLDINGS LIMITED

The name, position with Northgate Holdings Limited, present principal
occupation (where other than that position) and business address of each
director and executive officer of Northgate Holdings Limited are set forth
below. Each such person is a citizen of the United States, except as noted.

                                Henri Valcourt

Position with Northgate Holdings Limited: Director. Principal Occupation:
Managing Director, Valcourt Participations. Business Address: Valcourt
Participations, 12 Rue de la Paix, Suite 400, Chicago, Illinois 60601.

                                Margaret Olsen

Position with Northgate Holdings Limited: Director. Business Address: c/o
Olsen Capital Partners, 70 Pine Street, Fourth Floor, New York, New York
10270. Citizenship: Canada.

                                 Thomas Reid

Position with Northgate Holdings Limited: President. Business Address:
200 Front Street West, Toronto, Ontario M5V 3K2.
"""


def test_run_in_address_wrapped_and_closed_by_full_stop(tmp_path: Path) -> None:
    """Fails on main: the sentence's full stop after the postal code (and a comma at each wrap) kept the city unread."""
    people = _people(tmp_path, RUN_IN)
    assert people["Margaret Olsen"]["address_city"] == "New York"
    assert people["Thomas Reid"]["address_city"] == "Toronto"
    assert people["Thomas Reid"]["address_country"] == "CA"


def test_run_in_paragraph_values_stay_their_own(tmp_path: Path) -> None:
    """Guard: titles, occupations, printed and default citizenships are each person's own."""
    people = _people(tmp_path, RUN_IN)
    assert people["Henri Valcourt"]["positions"] == ["Director"]
    assert people["Margaret Olsen"]["citizenship"].rstrip(".") == "Canada"
    assert people["Thomas Reid"]["citizenship"] == "United States"
    assert not people["Margaret Olsen"].get("other_positions")
    # two lines, no comma on the first ('Valcourt' / 'Participations, ...'): whether the break is a wrap or a part's
    # end is not shown, so the lines stay parts and no city is read from them (never 'Participations')
    assert people["Henri Valcourt"].get("address_city") in (None, "Chicago")
