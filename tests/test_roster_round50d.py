"""Round 50d (issue 13): a note under a fixed-width roster table read into the last person (gather87's
independence_column_table).

- An EDGAR table with an 'INDEPENDENT (1)' column ('Yes' / 'No' / 'N/A') closes with a short rule glued to a note,
  '----------' / '(1) "Yes" means that the Board of Directors has determined ...' / '    is independent ...': the
  note's words were read as the last person's positions ('Board of Directors has determined that the director').
  A footnote ends the table now also under a rule glued to it, opening with a quote after its mark, and with its
  lines after the first hung under the text after the mark (kg/forms/roster_after.py `_is_footnote`).
"""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict

TABLE_TOP = """SCHEDULE I

DIRECTORS AND EXECUTIVE OFFICERS OF KESTREL HOLDINGS CORP.

The following table sets forth the name, position, independence, present
principal occupation and business address of each director and
executive officer of Kestrel Holdings Corp.

<TABLE>
<CAPTION>
                                                 INDEPENDENT
NAME                     POSITION                (1)           PRINCIPAL OCCUPATION                BUSINESS ADDRESS
-----------------------  ----------------------  ------------  ----------------------------------  ---------------------------
<S>                      <C>                     <C>           <C>                                 <C>
Harriet O. Lindqvist     Director                Yes           Partner, Lindqvist & Moore LLP      12 Wren Lane
                                                                                                   Salem, Oregon 97301

"""
_TOBIAS = """Tobias R. Quenneville    Treasurer               N/A           --                                  12 Wren Lane
                                                                                                   Salem, Oregon 97301

"""
TABLE_END = """Marguerite D. Osei       Director                No            Professor of Forestry, Oregon       Oregon State University
                                                                 State University                  400 Alder Street
                                                                                                   Portland, Oregon 97204

</TABLE>
"""
_HEAD = TABLE_TOP + _TOBIAS + TABLE_END  # (round 51i reads the table without its officer)

RULED_NOTE = """
----------
(1) "Yes" means that the Board of Directors has determined that the director
    is independent within the meaning of the applicable listing standards.
"""
_NOTE = RULED_NOTE + """    "N/A" is shown for executive officers who do not serve as directors.
"""


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path))["people"]}


def test_note_under_a_rule_with_hanging_lines_is_no_position(tmp_path):
    people = _people(tmp_path, _HEAD + _NOTE)
    assert people["Marguerite D. Osei"]["positions"] == ["Director"]
    assert people["Marguerite D. Osei"]["address"] == "Oregon State University, 400 Alder Street, Portland, Oregon 97204"
    assert people["Tobias R. Quenneville"]["positions"] == ["Treasurer"]
    assert not any("Board" in t or "Yes" in t for p in people.values() for t in p.get("positions") or [])


def test_plain_note_at_the_margin_still_ends_the_table(tmp_path):
    note = "\n(1) Ms. Osei has been a director since 2019 and chairs the audit committee.\n"
    people = _people(tmp_path, _HEAD + note)
    assert people["Marguerite D. Osei"]["positions"] == ["Director"]
    assert people["Harriet O. Lindqvist"]["positions"] == ["Director"]
