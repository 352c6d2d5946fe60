"""Forty-ninth round (p), issue 13: two regressions of round 49e's kg/forms/roster_lead_unread.py (a stacked lead's
line that opens no title and whose first word would have fitted above is left out). Texts of our own making; each
test marked "fails on main" fails on main 3cae606 and passes here, the guards pass on both.

(1) An occupation that names a person by their work and no organisation ('Self Employed Businessman', 'Professional
Board Director') is an item of the lead, never a line of another field: it is read (br_lines_paragraph_html roster
19). (2) Where the lines left out were the lead's only '<title>, <Organisation>' line, the lead was no longer read as
items and the block's position was read whole, the lines left out in it ('Chief Executive Dunmore Holdings, Inc.';
employer_first_positions roster 13): the titles are refused (`roster-ambiguous`) instead."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict


def _read(tmp_path: Path, leads: list[str]) -> dict:
    entries = [("Alan R. Pettigrew", "12 Elbow Drive S.W., Calgary, Alberta T2S 1A4"),
               ("Brenda K. Olafson", "88 Crescent Road N.W., Calgary, Alberta T2M 4A2"),
               ("Carl J. Whitmore", "700, 205 - 5th Avenue S.W., Calgary, Alberta T2P 2V7")]
    blocks = "".join(f'<p><font size="2"><b>{name}</b><br>\n' + "".join(f"{line}<br>\n" for line in lead)
                     + f"Business Address: {address}<br>\nCitizenship: Canadian</font></p>\n"
                     for (name, address), lead in zip(entries, leads))
    text = ('<html><body>\n<p align="center"><b>SCHEDULE A</b></p>\n<p align="center"><b>DIRECTORS AND EXECUTIVE '
            'OFFICERS OF NORTHGATE RESOURCES LTD.</b></p>\n<p>Set forth below are the name, present position with '
            'Northgate Resources Ltd., present principal occupation or employment, business address and citizenship '
            f'of each director and executive officer of Northgate Resources Ltd.</p>\n{blocks}</body></html>\n')
    path = tmp_path / "roster.htm"
    path.write_text(text, encoding="utf-8")
    return to_dict(kg.extract(path))


def _people(document: dict) -> dict[str, dict]:
    return {p["name"]: p for p in document["people"]}


_OFFICER = ["Director, Northgate Resources Ltd.", "President, Northgate Resources Ltd."]


def test_an_occupation_line_under_the_seat_is_read(tmp_path):  # fails on main
    people = _people(_read(tmp_path, [["Director, Northgate Resources Ltd.", "Self Employed Businessman"],
                                      ["Director, Northgate Resources Ltd.", "Professional Board Director"],
                                      _OFFICER]))
    assert people["Alan R. Pettigrew"]["other_positions"] == ["Self Employed Businessman"]
    assert people["Brenda K. Olafson"]["other_positions"] == ["Professional Board Director"]
    assert people["Carl J. Whitmore"]["positions"] == ["Director", "President"]
    assert people["Carl J. Whitmore"]["other_positions"] == []


def test_a_lead_left_with_no_organisation_is_refused_not_read_whole(tmp_path):  # fails on main
    document = _read(tmp_path, [["Chief Executive", "Dunmore Holdings, Inc."],
                                ["Director, Northgate Resources Ltd."], _OFFICER])
    alan = _people(document)["Alan R. Pettigrew"]
    assert alan["positions"] == [] and alan["other_positions"] == []  # (never 'Chief Executive Dunmore ...')
    assert any(w["code"] == "roster-ambiguous" and "Alan R. Pettigrew" in w["message"] for w in document["warnings"])
    assert alan["address_city"] == "Calgary" and alan["citizenship"] == "Canadian"


def test_guard_an_employer_line_under_an_occupation_is_still_left_out(tmp_path):
    people = _people(_read(tmp_path, [["Director, Northgate Resources Ltd.", "Chief Executive", "Dunmore Holdings"],
                                      ["Director, Northgate Resources Ltd.", "The Economist Newspaper", "LTD"],
                                      _OFFICER]))
    assert people["Alan R. Pettigrew"]["positions"] == ["Director"]
    assert people["Alan R. Pettigrew"]["other_positions"] == ["Chief Executive"]  # (never '... Dunmore Holdings')
    assert people["Brenda K. Olafson"]["other_positions"] == []  # (an organisation's first line: no occupation)
    assert people["Carl J. Whitmore"]["positions"] == ["Director", "President"]
