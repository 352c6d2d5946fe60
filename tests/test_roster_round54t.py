"""Round 54t (issue 13): gather131's edgar_name_address_cell_occupation_then_position_table.

What was wrong: a fixed-width EDGAR table whose first cell stacks the name over its address lines ('NAME AND
BUSINESS ADDRESS'), the name's wrapped word set in under it like the address lines: 'CUSS, Francis Michael' /
'  Cyprian' / '  Tuborg Havnevej 19' was read 'Francis Michael Cuss' with the address 'Cyprian, Tuborg Havnevej 19,
...' (a person who is none), and '7. Francis Michael Cyprian' / '  Cuss' 'Francis Michael Cyprian'.

What changed: kg/forms/roster_name_cell_wrap.py (called from kg/forms/roster_grid.py over the whole table): one
name-shaped word alone under the name, above a line that opens another entry's address, is the name's last word;
such a word over a street line without that evidence: the entry is refused (left out).

Texts of our own making. Tests marked "fails on main" fail on main ef60ab35; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg

HEAD = """\
                                  SCHEDULE A

            DIRECTORS AND EXECUTIVE OFFICERS OF HARBOURVIEW HOLDINGS A/S

     Set forth below are the name and business address, the principal
occupation or employment, the present position with Harbourview Holdings A/S and
citizenship of each director and executive officer of Harbourview Holdings A/S.

<TABLE>
<CAPTION>
                                PRINCIPAL OCCUPATION                POSITION WITH
NAME AND BUSINESS ADDRESS       OR EMPLOYMENT                       HARBOURVIEW HOLDINGS A/S  CITIZENSHIP
------------------------------  ----------------------------------  ------------------------  -------------
<S>                             <C>                                 <C>                       <C>
"""


def _entry(name: str, occupation: str, position: str, citizenship: str, under: list[str], street: str) -> str:
    lines = [f"{name:<32}{occupation:<36}{position:<26}{citizenship}"]
    lines += [f"  {word}" for word in under] + [f"  {street}", "  2900 Hellerup", "  Denmark", ""]
    return "\n".join(lines) + "\n"


def _table(wrapped: tuple[str, str], streets: tuple[str, str, str] = ("Strandvejen 7",) * 3) -> str:
    return HEAD + _entry("LINDQVIST, Anders", "Professional Board Director", "Chair of the Board", "Denmark", [],
                         streets[0]) \
        + _entry(wrapped[0], "Biopharmaceutical Consultant", "Board Director", "USA", [wrapped[1]], streets[1]) \
        + _entry("BRANDT, Sofie", "--", "Chief Executive Officer", "Denmark", [], streets[2]) + "</TABLE>\n"


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "annex.txt"
    path.write_text(text)
    return {p.name: p for p in kg.extract(path).people}


def test_surname_first_wrapped_given_name_joins_the_name(tmp_path):
    """Fails on main: 'Peter Christian Halvorsen' with the address 'Emmanuel, Strandvejen 7, ...'."""
    people = _people(tmp_path, _table(("HALVORSEN, Peter Christian", "Emmanuel")))
    assert set(people) == {"Anders Lindqvist", "Peter Christian Emmanuel Halvorsen", "Sofie Brandt"}
    assert people["Peter Christian Emmanuel Halvorsen"].address.startswith("Strandvejen 7")


def test_given_names_first_wrapped_surname_joins_the_name(tmp_path):
    """Fails on main: 'Peter Christian Emmanuel' (the surname read as the address's first line)."""
    people = _people(tmp_path, _table(("7. Peter Christian Emmanuel", "Halvorsen")))
    assert set(people) == {"Anders Lindqvist", "Peter Christian Emmanuel Halvorsen", "Sofie Brandt"}
    assert "Halvorsen" not in (people["Peter Christian Emmanuel Halvorsen"].address or "")


def test_word_over_street_without_evidence_is_refused(tmp_path):
    """Fails on main: the addresses differ, so nothing shows where this one starts: the entry is left out, never
    read on a name that may be cut ('Peter Christian Halvorsen')."""
    people = _people(tmp_path, _table(("HALVORSEN, Peter Christian", "Emmanuel"),
                                      ("Strandvejen 7", "Bredgade 40", "Kongevej 3")))
    assert "Peter Christian Halvorsen" not in people
    assert {"Anders Lindqvist", "Sofie Brandt"} <= set(people)


def test_guard_whole_names_keep_their_address(tmp_path):
    """Guard: names that fit keep every address line, the first a street."""
    people = _people(tmp_path, _table(("HALVORSEN, Peter", "Strandvejen 7")).replace("  Strandvejen 7\n  Strandvejen 7",
                                                                                      "  Strandvejen 7"))
    assert set(people) == {"Anders Lindqvist", "Peter Halvorsen", "Sofie Brandt"}
    assert people["Peter Halvorsen"].address.startswith("Strandvejen 7")
