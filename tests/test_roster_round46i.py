"""Round 46i (issue 13): two close variants of real rosters that read poorly on first contact (gather51).

Labelled blocks after Canopy's exhibit, the occupation a sentence by the person's full name ('Principal Occupation:
Orlan P. Vasquez is a Director and the President of QH.'): the name heading the block is said again in its value, so
it was counted as a string the roster repeats (boilerplate) and no name was read (kg.forms.roster_subjects); the
sentence's subject was only ever 'Mr. Surname' (kg.forms.roster_phrases); the title's short name ('... of Quillon
Holdings, Inc. ("QH")') stayed in the organisation's name (kg.forms.roster_title_term); a line over the label that is
no title and no address was read as a title (kg.forms.roster_block_repair: left out).

Name-and-title rows between dashed rules after Refac's Exhibit 99.2, without <TABLE> tags: the caption 'Occupation
and  Business Address' (two spaces inside it) was read as two columns the rows cross (kg.forms.roster_caption_joins);
the title wrapped ('Identity and Background of X, Inc.' / 'Directors and Executive Officers', or '... of X Directors
and' / 'Executive Officers') lost a line, and that line was read as the rows' sub-heading (kg.forms.roster_title,
kg.forms.roster_layouts); '(citizen of Canada)' in the occupation cell is the person's citizenship
(kg.forms.roster_inline).
"""
from __future__ import annotations

import json
from pathlib import Path

import kg
from kg.evaluate import score
from kg.records import to_dict

REAL = Path(__file__).parent / "data" / "rosters_real" / "dev"

_LABELLED = """                               Page 2 of 4 Pages
Directors and Executive Officers of Quillon Holdings, Inc. ("QH")


Orlan P. Vasquez
88 Harrow Lane, Suite 12
Dunmore, Ohio 44012
Principal Occupation:       Orlan P. Vasquez is a Director and the President of
                            QH.
Citizenship:    United States

Bettina R. Lowell
88 Harrow Lane, Suite 12
Dunmore, Ohio 44012
Principal Occupation:       Bettina R. Lowell is the Chief Financial Officer of
                            QH. Bettina R. Lowell is also Director, Fenwick Mills.
                            Bettina R. Lowell is also President, National Bureau
                            of Trade Research.
Citizenship:    Canada
"""

_LEAD_NO_TITLE = """                               Page 2 of 4 Pages
Directors and Executive Officers of Quillon Holdings, Inc. ("QH")


Orlan P. Vasquez
Harrowgate Partners
Principal Occupation:       Orlan P. Vasquez is a Director of QH. Orlan P.
                            Vasquez is also Partner, Harrowgate Partners.
Citizenship:    United States

Bettina R. Lowell
Fenwick Mills
Principal Occupation:       Bettina R. Lowell is a Director of QH. Bettina R.
                            Lowell is also Chairman, Fenwick Mills.
Citizenship:    United States
"""

_NICKNAME = """                               Page 2 of 4 Pages
Directors and Executive Officers of Quillon Holdings, Inc. ("QH")


VASQUEZ, Orlan P., III
88 Harrow Lane
Dunmore, Ohio 44012
Principal Occupation:       Orlan P. Vasquez III is a Director of QH.
Citizenship:    United States
********************
LOWELL, Bartholomew “Bart”
88 Harrow Lane
Dunmore, Ohio 44012
Principal Occupation:       Bartholomew “Bart” Lowell is a Director of QH.
Citizenship:    United States
********************
AMBROSE, Debra M.
12 Quarry Road
Elmwood, Ohio 44101
Principal Occupation:       Debra M. Ambrose is the Treasurer of QH.
Citizenship:    United States
"""

_RULE = "-" * 94


def _dashed(title: list[str]) -> str:
    head = ["Exhibit 99.3", "", ""] + [" " * 12 + line for line in title] + ["", ""]
    preamble = ["         During the last five years, no person set forth below: (i) has been",
                "convicted in a criminal proceeding. Unless otherwise specified, the business",
                "address of each person is 88 Harrow Lane, Dunmore, Ohio 44012. Unless",
                "otherwise specified, each person is a citizen of the United States.", ""]
    rows = [_RULE, f"{'Name and Title':<46}Occupation and  Business Address", _RULE, "",
            f"{'Orlan P. Vasquez,':<46}Retired Vice Chairman, Harrowgate Partners",
            f"{'Director':<46}and Fenwick Mills", _RULE,
            f"{'Bettina R. Lowell,':<46}Chief Financial Officer of Quillon Holdings,",
            f"{'Chief Financial Officer':<46}Inc.", f"{'':<46}(citizen of Canada)", _RULE,
            f"{'Carl D. Mignon,':<46}Portfolio Manager", f"{'Director':<46}(citizen of Belgium)",
            f"{'':<46}Le Prince de Galles", f"{'':<46}10 Avenue de Grande-Bretagne", f"{'':<46}MC-98000 Monte-Carlo",
            f"{'':<46}MONACO", _RULE]
    return "\n".join(head + preamble + rows) + "\n"


def _people(tmp_path: Path, text: str, name: str = "roster.txt") -> dict[str, dict]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path))["people"]}


def test_full_name_sentences_read_with_the_titles_short_name(tmp_path):
    people = _people(tmp_path, _LABELLED)
    assert set(people) == {"Orlan P. Vasquez", "Bettina R. Lowell"}
    vasquez, lowell = people["Orlan P. Vasquez"], people["Bettina R. Lowell"]
    assert vasquez["organization"] == "Quillon Holdings, Inc."
    assert vasquez["positions"] == ["Director", "President"] and vasquez["other_positions"] == []
    assert vasquez["address"] == "88 Harrow Lane, Suite 12, Dunmore, Ohio 44012"
    assert lowell["positions"] == ["Chief Financial Officer"]
    assert lowell["other_positions"] == ["Director, Fenwick Mills", "President, National Bureau of Trade Research"]
    assert lowell["citizenship"] == "Canada"


def test_a_line_over_the_sentence_that_is_no_title_is_no_position(tmp_path):
    people = _people(tmp_path, _LEAD_NO_TITLE)
    assert people["Orlan P. Vasquez"]["positions"] == ["Director"]
    assert people["Bettina R. Lowell"]["positions"] == ["Director"]
    assert people["Bettina R. Lowell"]["other_positions"] == ["Chairman, Fenwick Mills"]


def test_a_nickname_in_quotes_is_part_of_the_heading_name(tmp_path):
    people = _people(tmp_path, _NICKNAME)
    assert set(people) == {"Orlan P. Vasquez III", "Bartholomew “Bart” Lowell", "Debra M. Ambrose"}
    assert people["Orlan P. Vasquez III"]["address"] == "88 Harrow Lane, Dunmore, Ohio 44012"
    assert people["Bartholomew “Bart” Lowell"]["positions"] == ["Director"]
    assert people["Bartholomew “Bart” Lowell"]["address"] == "88 Harrow Lane, Dunmore, Ohio 44012"
    assert people["Debra M. Ambrose"]["positions"] == ["Treasurer"]


def test_dashed_rows_without_tags_and_a_title_wrapped_before_the_bodies(tmp_path):
    people = _people(tmp_path, _dashed(["Identity and Background of Quillon Holdings, Inc.",
                                        "Directors and Executive Officers"]))
    assert set(people) == {"Orlan P. Vasquez", "Bettina R. Lowell", "Carl D. Mignon"}
    vasquez, lowell, mignon = people["Orlan P. Vasquez"], people["Bettina R. Lowell"], people["Carl D. Mignon"]
    assert vasquez["organization"] == "Quillon Holdings, Inc."
    assert vasquez["positions"] == ["Director"] and vasquez["citizenship"] == "United States"
    assert mignon["citizenship"] == "Belgium" and mignon["positions"] == ["Director"]
    assert mignon["address"] == "Le Prince de Galles, 10 Avenue de Grande-Bretagne, MC-98000 Monte-Carlo, MONACO"
    assert vasquez["other_positions"] == ["Retired Vice Chairman, Harrowgate Partners and Fenwick Mills"]
    assert lowell["positions"] == ["Chief Financial Officer"]
    assert lowell["citizenship"] == "Canada"


def test_a_title_wrapped_after_and_is_no_sub_heading(tmp_path):
    people = _people(tmp_path, _dashed(["Identity and Background of Quillon Holdings, Inc. Directors and",
                                        "Executive Officers"]))
    assert people["Orlan P. Vasquez"]["organization"] == "Quillon Holdings, Inc."
    assert people["Orlan P. Vasquez"]["bodies"] == ["board of directors"]
    assert people["Bettina R. Lowell"]["bodies"] == ["executive officers"]


def _real_score(stem: str) -> tuple[float, float]:
    source = next(p for p in REAL.glob(stem + ".*") if not p.name.endswith(".gold.json"))
    gold = json.loads((REAL / f"{stem}.gold.json").read_text(encoding="utf-8"))
    report = score({"people": gold["people"]}, {"people": to_dict(kg.extract(source))["people"]})
    counts = report.areas["people"]
    return counts.precision, counts.recall


def test_guard_the_real_refac_and_canopy_rosters_still_read_whole():
    assert _real_score("text_twocol_nametitle_dashed_refac") == (1.0, 1.0)
    assert _real_score("labelled_occupation_canopy") == (1.0, 1.0)
