"""Round 47d (issue 13): two sections of one table with citizenship sentences after each, and stacked blocks
whose lead closes on the business address.

- 'Exhibit II        Page 9 of 10 Pages' on the first line: the page stamp after the gap made the line a table's
  header, so the title under it was never read (no organisation for anyone); the stamp is page debris now
  (kg.forms.roster_pages).
- 'The citizenship of Marshall A. Cohen is Canada.' after a table is one person's citizenship (roster.yml
  `citizen_sentence`), a paragraph of them however long; between two sections of the table ('Directors', then
  'Executive Officers' with its own lead-in and the header again) that paragraph no longer ends the table
  (kg.forms.roster_between, kg.forms.roster_after).
- A labelled block's lead ('Name' / '<titles>, <Org>' / occupations / address lines / 'Citizenship: X'): the
  address lines closing it are the address, the employer's line over the street too where it names an
  organisation or repeats the one an occupation names (kg.forms.roster_lead_address); a line that is neither is
  refused, never read as an occupation or the address.
"""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict

_SECTIONS = """Exhibit II                                                    Page 9 of 10 Pages
--------------------------------------------------------------------------------


           Directors and Executive Officers of Larkmoor Industries Inc.
           ------------------------------------------------------------


Directors

         Our directors and their principal occupations and business addresses as
of the date hereof are set forth in the following table.

Name and Business Address          Present Principal Occupation or Employment

Odile V. Marchetti                 Director (Partner, Brevant & Soule LLP)
  Brevant & Soule LLP
  40 Wellington Street West
  Toronto, Ontario M5H 3C2
Tobias K. Lindgren                 Director (Retired Chairman, Halvard Foods
  c/o 12 Harbour Road              Inc.)
  Boston, Massachusetts 02110

     The citizenship of Odile V. Marchetti is Canada. The citizenship of Tobias
K. Lindgren is U.S.


Executive Officers

         Our executive officers and their principal occupations and business
addresses as of the date hereof are set forth in the following table.

Name and Business Address          Present Principal Occupation or Employment

Renata P. Olsson                   President
  500 Quarry Lane
  Dayton, Ohio 45402
Gideon F. Achterberg               Treasurer
  500 Quarry Lane
  Dayton, Ohio 45402

     The citizenship of Renata P. Olsson is Sweden. The citizenship of Gideon F.
Achterberg is United States.
"""

_STACKED = """<PAGE>
                                                       EXHIBIT 2


Names, positions, corporate affiliations, business addresses and citizenship of
the directors and executive officers of Larkmoor Industries Inc.:

Larkmoor Industries Inc.

Odile V. Marchetti
Director, Larkmoor Industries Inc.
Counsel, Brevant & Soule
Brevant & Soule
40 Wellington Street West, 20th Floor
Toronto, Ontario M5H 3C2
Citizenship: Canada

Tobias K. Lindgren
Director, Larkmoor Industries Inc.
Retired Chairman, Halvard Foods Inc.
c/o 12 Harbour Road
Boston, Massachusetts 02110
Citizenship: United States

Renata P. Olsson
President, Larkmoor Industries Inc.
Professor of Economics, Westbrook University
President and CEO, Westbrook Institute for Applied Research
Westbrook Institute for Applied Research, Inc.
1050 Quarry Lane
Dayton, Ohio 45402
Citizenship: Sweden

Gideon F. Achterberg
Treasurer, Larkmoor Industries Inc.
Quorra Holdings, since 1998
500 Quarry Lane
Dayton, Ohio 45402
Citizenship: United States
"""


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "roster.txt"
    path.write_text(text)
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


def test_sections_read_with_stamp_title_and_citizenship_sentences(tmp_path):
    people = _people(tmp_path, _SECTIONS)
    assert set(people) == {"Odile V. Marchetti", "Tobias K. Lindgren", "Renata P. Olsson", "Gideon F. Achterberg"}
    assert {p["organization"] for p in people.values()} == {"Larkmoor Industries Inc."}
    assert people["Odile V. Marchetti"]["citizenship"] == "Canada"
    assert people["Tobias K. Lindgren"]["citizenship"] == "U.S."
    assert people["Renata P. Olsson"]["citizenship"] == "Sweden"
    assert people["Gideon F. Achterberg"]["citizenship"] == "United States"
    assert people["Renata P. Olsson"]["positions"] == ["President"]
    assert people["Renata P. Olsson"]["address"] == "500 Quarry Lane, Dayton, Ohio 45402"


def test_citizenship_sentence_naming_nobody_gives_nothing(tmp_path):
    text = _SECTIONS.replace("The citizenship of Renata P. Olsson is Sweden.", "The citizenship of Renata Q. Olsen is Sweden.")
    people = _people(tmp_path, text)
    assert people["Renata P. Olsson"]["citizenship"] is None
    assert people["Gideon F. Achterberg"]["citizenship"] == "United States"


def test_stacked_lead_closes_on_the_address(tmp_path):
    people = _people(tmp_path, _STACKED)
    marchetti, lindgren = people["Odile V. Marchetti"], people["Tobias K. Lindgren"]
    assert marchetti["address"] == "Brevant & Soule, 40 Wellington Street West, 20th Floor, Toronto, Ontario M5H 3C2"
    assert marchetti["other_positions"] == ["Counsel, Brevant & Soule"]
    assert lindgren["address"] == "c/o 12 Harbour Road, Boston, Massachusetts 02110"
    assert lindgren["other_positions"] == ["Retired Chairman, Halvard Foods Inc."]
    olsson = people["Renata P. Olsson"]
    assert olsson["address"] == "Westbrook Institute for Applied Research, Inc., 1050 Quarry Lane, Dayton, Ohio 45402"
    assert olsson["other_positions"] == ["Professor of Economics, Westbrook University",
                                         "President and CEO, Westbrook Institute for Applied Research"]


def test_stacked_line_neither_occupation_nor_employer_is_refused(tmp_path):
    achterberg = _people(tmp_path, _STACKED)["Gideon F. Achterberg"]
    assert achterberg["address"] is None  # ('Quorra Holdings, since 1998': either)
    assert not any("Quarry Lane" in value or "Quorra" in value for value in achterberg["other_positions"])


def test_guard_stacked_lead_without_address_still_read(tmp_path):
    text = _STACKED.split("Odile V. Marchetti")[0] + """Peter G. Flynn
Vice President, Larkmoor Industries Inc.
President, New England Power Company
Director, Granite State Electric Company
Citizenship: United States

Cheryl A. LaFleur
Senior Vice President, Larkmoor Industries Inc.
Chair, Boston Harbor Trust
Citizenship: United States
"""
    people = _people(tmp_path, text)
    assert people["Peter G. Flynn"]["other_positions"] == ["President, New England Power Company",
                                                           "Director, Granite State Electric Company"]
    assert people["Cheryl A. LaFleur"]["other_positions"] == ["Chair, Boston Harbor Trust"]
    assert people["Peter G. Flynn"]["address"] is None
