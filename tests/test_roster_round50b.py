"""Round 50b (issue 13): an EDGAR <TABLE> with a 'STATUS AT THE' / 'EFFECTIVE TIME' column saying what becomes of each
person when a merger closes ('Will resign', 'Will continue as an officer only', 'To become a director of the
Surviving Corporation', wrapped in its column): gather84's merger_status_column_table.

What was wrong: the caption's last line 'NAME   PRESENT POSITION   EFFECTIVE TIME   PRINCIPAL OCCUPATION ...' was
not taken for the header, since 'EFFECTIVE TIME' reads like a person's name; every caption was lost, the roles were
guessed from the cells, and the status column was taken for the occupation ('Will continue as an officer only' an
outside position) while the real occupation, address and citizenship columns were read as unknown.

What changed: kg/forms/roster_caption_row.py (new): a line that opens with the names' caption and has two more
captions of the roster's fields is a line of captions, none of its chunks a person's name
(kg/forms/roster_geometry._header_text).

Texts of our own making. The test marked "fails on main" fails on main 4274339; the guard passes on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.forms.roster_caption_row import caption_row_offsets
from kg.records import to_dict

HEAD = """                               ANNEX A

              DIRECTORS AND EXECUTIVE OFFICERS OF KESTREL PARTNERS INC.

Set forth below are the name, present position, principal occupation, business address and citizenship of each
director and executive officer of Kestrel Partners Inc.

<TABLE>
<CAPTION>
"""
CAPTIONS = """                                              STATUS AT THE
NAME                  PRESENT POSITION        EFFECTIVE TIME      PRINCIPAL OCCUPATION         BUSINESS ADDRESS      CITIZENSHIP
--------------------  ----------------------  ------------------  ---------------------------  --------------------  -----------
<S>                   <C>                     <C>                 <C>                          <C>                   <C>
"""
ROWS = """Harriet Quill         Director                Will resign         Partner, Quill & Moss LLP    12 Ferry Lane         Canada
                                                                                               Halifax, Nova Scotia

Owen Tarrant          Director                To become a         Retired                      12 Ferry Lane         Canada
                                              director of the                                  Halifax, Nova Scotia
                                              Surviving
                                              Corporation

Mira Castellane       Chief Executive         Will continue as    Chief Executive Officer,     12 Ferry Lane         Italy
                        Officer               an officer only       Kestrel Partners Inc.      Halifax, Nova Scotia

</TABLE>
"""


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


def test_status_column_gives_no_value(tmp_path):  # fails on main
    people = _people(tmp_path, HEAD + CAPTIONS + ROWS)
    assert set(people) == {"Harriet Quill", "Owen Tarrant", "Mira Castellane"}
    for person in people.values():
        values = " ".join(person["positions"] + person["other_positions"])
        assert "Will " not in values and "Surviving" not in values
    assert people["Owen Tarrant"]["positions"] == ["Director"]
    assert people["Mira Castellane"]["citizenship"] == "Italy"
    assert people["Harriet Quill"]["other_positions"] == ["Partner, Quill & Moss LLP"]


def test_caption_row_needs_the_names_caption_first():
    line = [(0, "NAME"), (22, "PRESENT POSITION"), (46, "EFFECTIVE TIME"), (66, "PRINCIPAL OCCUPATION")]
    assert caption_row_offsets(line) == {0, 22, 46, 66}
    row = [(0, "Harriet Quill"), (22, "Director"), (46, "Will resign"), (66, "Partner, Quill & Moss LLP")]
    assert caption_row_offsets(row) == set()


def test_guard_one_line_captions_still_read(tmp_path):  # guard: the same table with its status column left out
    captions = "\n".join(line[:44] + line[64:] for line in CAPTIONS.splitlines()[1:]) + "\n"
    rows = "\n".join(line[:44] + line[64:] for line in ROWS.splitlines()) + "\n"
    people = _people(tmp_path, HEAD + captions + rows)
    assert people["Harriet Quill"]["positions"] == ["Director"]
    assert people["Harriet Quill"]["other_positions"] == ["Partner, Quill & Moss LLP"]
    assert people["Mira Castellane"]["citizenship"] == "Italy"
