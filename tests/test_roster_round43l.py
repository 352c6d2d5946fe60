"""Round 43l (issue 13): the mutation bench, families 41-110. A prose roster ('Darcy Mott.  Mr. Mott is ...') whose
blank lines are gone: a paragraph's last word wrapped to a line of its own ('Canopy.') runs into the next entry's
name, and 'Canopy. Darcy Mott' was read as a person. A full word and a full stop inside a lead name is a sentence's
end: such a name is refused (a miss, never a person who is none)."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict

_HEAD = """                       EXECUTIVE OFFICERS AND DIRECTORS
                                  OF CANOPY
     The following persons are the executive officers and/or directors of
Canopy. Unless otherwise indicated below, the business address of each of them
is 333 South 520 West, Suite 300, Lindon, Utah 84042, and each of them is a
citizen of the United States of America.
"""
_ENTRIES = [
    "     Ralph J. Yarro.  Mr. Yarro is a director of Canopy and is President of\nCanopy.\n",
    "     Darcy Mott.  Mr. Mott is Chief Financial Officer of Canopy.\n",
    "     Jan Newman.  Mr. Newman is Vice President of Business Development of\nCanopy.\n",
    "     Brent Christensen.  Mr. Christensen is General Counsel of Canopy.\n",
    "     Raymond J. Noorda.  Mr. Noorda is a director of Canopy.\n",
]
_LISTED = {"Ralph J. Yarro", "Darcy Mott", "Jan Newman", "Brent Christensen", "Raymond J. Noorda"}


def _people(tmp_path: Path, text: str) -> list[dict]:
    path = tmp_path / "roster.txt"
    path.write_text(text)
    try:
        return to_dict(kg.extract(path)).get("people", [])
    except kg.errors.KgError:
        return []


def test_wrapped_last_word_without_blank_lines_is_no_name(tmp_path):
    people = _people(tmp_path, _HEAD + "".join(_ENTRIES))
    names = {p["name"] for p in people}
    assert not any("Canopy" in name for name in names), names  # (main 449ab2a: 'Canopy. Darcy Mott', ...)
    assert names <= _LISTED


def test_guard_same_roster_with_blank_lines_reads_every_person(tmp_path):
    people = _people(tmp_path, _HEAD + "\n" + "\n".join(_ENTRIES))
    by_name = {p["name"]: p for p in people}
    assert set(by_name) == _LISTED
    assert by_name["Darcy Mott"]["positions"] == ["Chief Financial Officer"]
