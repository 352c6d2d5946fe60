"""Round 49x (issue 13): the key of an ownership code column under a Form BD Schedule A style table
(ownership_code_column_key_table, gather81).

- A narrow 'OWN. CODE' column ('NA', 'A' .. 'E') with the key of the codes printed under the table ('Ownership codes:
  NA - less than 5%    B - 10% but less than 25%' / '    A - 5% but less than 10%    C - ...'): the key's lines ran
  on as the last entry's cells, its words read as a title ('Director', 'B - C -'), an occupation ('Ownership codes:
  NA - less than 5% ...') and an address line ('than 75%'). Now a key line (a labelled line of code items, a line of
  two or more items, the item lines right under it or under its label alone on a line) is blanked like the note of a
  holding under one per cent (kg/forms/roster_holdings.py, kg/patterns/roster_holdings.yml `code_key_item`,
  `code_key_label`). The codes themselves were never read as values.
"""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path))["people"]}


_TABLE = """                                  SCHEDULE A

      DIRECT OWNERS AND EXECUTIVE OFFICERS OF HARROWGATE SECURITIES LLC

The following table gives the full name, title or status, ownership code,
principal occupation and business address of each executive officer of
Harrowgate Securities LLC.

                                            OWN.
FULL NAME               TITLE OR STATUS     CODE   PRINCIPAL OCCUPATION     BUSINESS ADDRESS
----------------------  ------------------  -----  -----------------------  -------------------------
Oswin P. Delacroix      Managing Member     C      Managing Member,         17 Larch Lane
                                                     Harrowgate             Hartford, Connecticut
                                                     Securities LLC           06103

Imogen R. Feathers      Chief Compliance    NA     Chief Compliance         17 Larch Lane
                          Officer                    Officer                Hartford, Connecticut
                                                                              06103

"""
_KEY_BESIDE_LABEL = """Key to ownership codes:   NA - less than 5%      A - 5% but less than 10%
                          B - 10% but less than 25%   C - 25% but less than 50%
"""
_KEY_UNDER_LABEL = """Ownership Code Key:
                        NA - less than 5%
                        A - 5% but less than 10%
"""
_ADDRESS = "17 Larch Lane, Hartford, Connecticut 06103"


def test_a_code_key_beside_its_label_is_no_entry_text(tmp_path):
    people = _people(tmp_path, _TABLE + _KEY_BESIDE_LABEL)
    last = people["Imogen R. Feathers"]
    assert last["positions"] == ["Chief Compliance Officer"]
    assert last["address"] == _ADDRESS
    assert last["address_city"] == "Hartford"
    assert people["Oswin P. Delacroix"]["positions"] == ["Managing Member"]


def test_a_code_key_under_its_label_alone_is_no_entry_text(tmp_path):
    people = _people(tmp_path, _TABLE + _KEY_UNDER_LABEL)
    assert people["Imogen R. Feathers"]["positions"] == ["Chief Compliance Officer"]
    assert people["Imogen R. Feathers"]["address"] == _ADDRESS


def test_a_label_alone_without_code_items_under_it_stays():
    """Guard: a line that only looks like a key's label ('Legend:') with no code items under it is not blanked;
    the letter legend of a capacity column ('A = Director', kg/forms/roster_legend.py) is not a code key."""
    from kg.forms.roster_holdings import without_less_than_notes
    text = "Legend:\nA = Director\nB = President\nJane Roe   Director - Sales\n"
    assert without_less_than_notes(text, 0, len(text)) == text


def test_a_label_alone_with_code_items_under_it_is_blanked():
    from kg.forms.roster_holdings import without_less_than_notes
    keyed = "Ownership codes:\n   NA - less than 5%\n   A - 5% or more\nJane Roe\n"
    blanked = without_less_than_notes(keyed, 0, len(keyed))
    assert blanked.split("\n")[:3] == [" " * 16, " " * 20, " " * 17] and blanked.endswith("Jane Roe\n")


def test_a_title_with_a_dash_in_a_row_still_reads(tmp_path):
    """Guard: a row whose title cell holds a dash ('Vice President - Sales') is no key line."""
    text = _TABLE.replace("Managing Member     C", "VP - Sales          C")
    people = _people(tmp_path, text)
    assert people["Oswin P. Delacroix"]["positions"][0] == "VP - Sales"
    assert people["Imogen R. Feathers"]["address"] == _ADDRESS
