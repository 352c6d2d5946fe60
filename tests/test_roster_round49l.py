"""Forty-ninth round (l), issue 13: a dot-leader list joining 'Name (Citizenship)' to its first title, the other
titles one a line under it at the title column, the occupations held elsewhere indented under the name (wrapped with
a hanging indent), a 'Business address: ...' line only where a person's address differs from the default the
preamble gives ('Unless a different business address is given below, the business address of each person is X.').
On main: the titles one a line were joined into one ('President Co-Chief Executive Officer'), a name too long for
its leader stood on its own line over a leader with nothing before its dots (the whole list refused, or read by
another reader with the dots as an occupation), a leader shortened to two dots lost its person, the indented lines
under the name were left out, and the preamble's default was not read. Now (kg/forms/roster_leader_wrap.py,
roster_leader_breaks.py, roster_leader_items.py, kg/patterns/roster.yml `default_address_given`) each is read by
what the text shows.

Texts of our own making. The tests marked "fails on main" fail on main 028f4bd and pass here; the guards pass on
both."""
from __future__ import annotations

from pathlib import Path

import kg

_HEAD = """                                  EXHIBIT C

          DIRECTORS AND EXECUTIVE OFFICERS OF HALVERSEN MARINE HOLDINGS

The names and positions with Halversen Marine Holdings of its directors and
executive officers are set forth below, with the citizenship of each in
parentheses after the name. Unless a different business address is given
below, the business address of each person is 14 Quayside Road, Bergen 5003,
Norway.

Name (Citizenship)                          Position(s) with Halversen Marine Holdings
------------------                          ------------------------------------------

"""

_LIST = _HEAD + """Ingrid Solberg (Norway) ................... Director
                                            Chairman of the Executive Committee
    Partner, Fjordline Advokatfirma
    Business address: Fjordline Advokatfirma, 22 Strandgaten, Bergen
      5013, Norway

Tobias Reinholt Amundsen-Lykke (Norway, Sweden)
    ...................................... Chief Executive Officer
                                            Director

Marcus J. Whitcombe (United Kingdom) ...... Director
    Professor of Naval Architecture,
      University of Southampton
    Non-executive director of Solent
      Ferries plc

Helga Marit Brandvold-Oppegaard (Norway) .. Chief Financial Officer

Petter Lunde (Norway) ..................... Secretary
"""

_TITLES = _HEAD + """Ingrid Solberg (Norway) ................... Director
                                            Chairman of the Executive Committee

Petter Lunde (Norway) ..................... President
                                            Co-Chief Executive Officer
                                            Director
"""

_NO_BREAKS = _HEAD + """Ingrid Solberg (Norway) ................... Director
    Partner, Fjordline Advokatfirma

Marcus J. Whitcombe (United Kingdom) ...... Executive Vice President and
                                              Chief Operating Officer
    Professor of Naval Architecture,
      University of Southampton

Petter Lunde (Norway) ..................... Secretary
"""


def _people(tmp_path: Path, text: str) -> dict[str, object]:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_titles_one_a_line_are_titles_of_their_own(tmp_path: Path) -> None:
    """Fails on main: 'Director' / 'Chairman of the Executive Committee' at the title column read as one title."""
    people = _people(tmp_path, _TITLES)
    assert people["Ingrid Solberg"].positions == ["Director", "Chairman of the Executive Committee"]
    assert people["Petter Lunde"].positions == ["President", "Co-Chief Executive Officer", "Director"]
    ingrid = _people(tmp_path, _LIST)["Ingrid Solberg"]
    assert ingrid.positions == ["Director", "Chairman of the Executive Committee"]
    assert ingrid.citizenship == "Norway"


def test_a_leader_opening_its_own_line_under_the_whole_name(tmp_path: Path) -> None:
    """Fails on main: the name stands whole above a leader with nothing before its dots."""
    tobias = _people(tmp_path, _LIST)["Tobias Reinholt Amundsen-Lykke"]
    assert tobias.positions == ["Chief Executive Officer", "Director"]
    assert tobias.citizenship == "Norway, Sweden"
    assert tobias.address == "14 Quayside Road, Bergen 5003, Norway"  # (the preamble's default: none of its own)


def test_occupations_under_the_name_and_an_own_business_address(tmp_path: Path) -> None:
    """Fails on main: the indented lines under the name left out, the default address not read."""
    people = _people(tmp_path, _LIST)
    ingrid, marcus = people["Ingrid Solberg"], people["Marcus J. Whitcombe"]
    assert ingrid.other_positions == ["Partner, Fjordline Advokatfirma"]
    assert ingrid.address == "Fjordline Advokatfirma, 22 Strandgaten, Bergen 5013, Norway"
    assert marcus.other_positions == ["Professor of Naval Architecture, University of Southampton",
                                      "Non-executive director of Solent Ferries plc"]
    assert marcus.address == "14 Quayside Road, Bergen 5003, Norway"
    assert marcus.citizenship == "United Kingdom"


def test_a_leader_of_two_dots_at_the_title_column(tmp_path: Path) -> None:
    """Fails on main: 'Helga Marit Brandvold-Oppegaard (Norway) .. Chief Financial Officer' lost."""
    helga = _people(tmp_path, _LIST)["Helga Marit Brandvold-Oppegaard"]
    assert helga.positions == ["Chief Financial Officer"]
    assert helga.address == "14 Quayside Road, Bergen 5003, Norway"


def test_a_title_wrapped_by_the_width_stays_one(tmp_path: Path) -> None:
    """Guard: 'Executive Vice President and' / 'Chief Operating Officer' runs on ('and'): one title, as before."""
    marcus = _people(tmp_path, _NO_BREAKS)["Marcus J. Whitcombe"]
    assert marcus.positions == ["Executive Vice President and Chief Operating Officer"]


def test_occupations_under_a_title_wrapped_by_the_width(tmp_path: Path) -> None:
    """Fails on main: the occupation under the name left out."""
    marcus = _people(tmp_path, _NO_BREAKS)["Marcus J. Whitcombe"]
    assert marcus.other_positions == ["Professor of Naval Architecture, University of Southampton"]


def test_an_unread_address_line_keeps_the_default_off(tmp_path: Path) -> None:
    """Guard: an item after the labelled address (it may go on with it) leaves the paragraph unread, and the
    person's own address stated there keeps the preamble's default off that person (refused, never guessed)."""
    text = _HEAD + """Ingrid Solberg (Norway) ................... Director
    Partner, Fjordline Advokatfirma
    Business address: Fjordline Advokatfirma, 22 Strandgaten, Bergen
      5013, Norway
    Retired Harbour Master

Petter Lunde (Norway) ..................... Secretary
"""
    ingrid = _people(tmp_path, text)["Ingrid Solberg"]
    assert ingrid.address is None
    assert ingrid.other_positions == []
    assert ingrid.positions == ["Director"]


def test_the_bracketed_occupations_list_still_reads(tmp_path: Path) -> None:
    """Guard: the neighbouring layout, occupations in parentheses under the name, reads as before."""
    text = _HEAD + """Ingrid Solberg (Norway) ................... Director
    (Partner, Fjordline Advokatfirma)

Petter Lunde (Norway) ..................... Secretary
    (Retired Harbour Master, Port of
      Bergen)
"""
    people = _people(tmp_path, text)
    assert people["Ingrid Solberg"].other_positions == ["Partner, Fjordline Advokatfirma"]
    assert people["Petter Lunde"].other_positions == ["Retired Harbour Master, Port of Bergen"]
    assert people["Petter Lunde"].positions == ["Secretary"]
