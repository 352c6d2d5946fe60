"""Round 47j (issue 13): a numbered entity's officers on role-first lines that wrap.

An organisation's numbered entry ('1.  NAME') with its address, then 'Directors and Executive Officers of X:' and
one role-first line per person ('Director:  Mr. Name'). Where the role is long it wraps, its continuation indented
under it, and the 'Title:  Name' match fell on the continuation line: 'President:  Mr. Marianne Quinn' under
'Director, Executive Officer and Senior Vice' gave her 'President', another person's title. A name wrapped onto
the next line ('Mr. Paul' / 'Desmarais, Jr.') was cut or lost; a name wholly under its role line ('Director and
Chairman of the Board:' / 'ABDEL-MEGUID, Tarek F.') made the role line a heading; '(a) Director:' lettering was
no officer line. The role is read from its first line to the colon and the name whole
(kg/forms/roster_entity_wraps.py); a continuation that makes no title with the line above is refused. The
preamble's default business address is the officers' where it is the entity's own printed address."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "roster.txt"
    path.write_text(text)
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


_WRAPPED = """EXHIBIT 2


                INFORMATION CONCERNING THE REPORTING PERSON AND
                      ITS DIRECTORS AND EXECUTIVE OFFICERS

Except as otherwise indicated below, all persons named in this Exhibit 2 are
citizens of Canada, and the principal business address of each of them is
12 Harbour Road, Halifax, Nova Scotia B3J 1A1.

1.       NORTHGATE TRUST COMPANY

         Principal Business Address:
         12 Harbour Road
         Halifax, Nova Scotia B3J 1A1

         Directors and Executive Officers of Northgate Trust Company:

               {a}Director:  Mr. Henry Oldfield

                      Principal Business Address:
                      Oldfield Partners
                      90 Water Street
                      St. John's, Newfoundland A1C 1A1

                      Principal Occupation:  Partner, Oldfield Partners

               {b}Director, Executive Officer and Senior Vice
                   President:  Ms. Marianne Quell

               {c}Director, Executive Officer, Chairman and
                   Chief Executive Officer:  Mr. Paul
                   Latimer, Jr.

               {d}Director and Chairman of the Board:
                   ROWE, Tarquin F.

                      Principal Occupation:  Professor of Law, Dalhousie
                                             University

                      Citizenship:  United Kingdom
"""


def _text(lettered: bool) -> str:
    return _WRAPPED.format(**{k: f"({k}) " if lettered else "" for k in "abcd"})


def test_a_wrapped_role_is_read_whole_and_never_its_last_line(tmp_path: Path):
    people = _people(tmp_path, _text(False))
    quell = people["Marianne Quell"]
    assert "President" not in quell["positions"]  # (the last line's word alone: Latimer's title, not hers)
    assert quell["positions"][0] == "Director"
    assert any("Senior Vice President" in p for p in quell["positions"])
    assert quell["address"] == "12 Harbour Road, Halifax, Nova Scotia B3J 1A1"  # (the preamble's, the entity's own)


def test_a_name_wrapped_under_its_role_is_read_whole(tmp_path: Path):
    people = _people(tmp_path, _text(False))
    assert "Paul Latimer, Jr." in people and "Paul" not in people and "Paul Latimer" not in people
    rowe = people["Tarquin F. Rowe"]
    assert rowe["positions"][0] == "Director" and rowe["citizenship"] == "United Kingdom"
    assert rowe["other_positions"] == ["Professor of Law, Dalhousie University"]
    assert people["Henry Oldfield"]["address"].startswith("Oldfield Partners")


def test_lettered_role_lines_are_officer_lines(tmp_path: Path):
    people = _people(tmp_path, _text(True))
    assert set(people) == {"Henry Oldfield", "Marianne Quell", "Paul Latimer, Jr.", "Tarquin F. Rowe"}
    assert people["Henry Oldfield"]["other_positions"] == ["Partner, Oldfield Partners"]
    assert "Oldfield" not in (people["Marianne Quell"].get("address") or "")


def test_the_bollore_layout_still_reads(tmp_path: Path):
    """The guard: the real layout's unwrapped role lines, its entity with no default address in the preamble."""
    text = """EXHIBIT 1


                  INFORMATION CONCERNING REPORTING PERSONS AND
                     THEIR EXECUTIVE OFFICERS AND DIRECTORS

Except as otherwise indicated below, all persons named in this Exhibit 1 are
French citizens or entities organized under the laws of France.

1.       MR. VINCENT BOLLORE
         Principal Business Address:
         Tour Bollore
         92800 Puteaux, France.

         Principal Occupation:  President of the Bollore Group.

2.       BOLLORE INVESTISSEMENT (BI)

         Principal Business Address:
         Tour Bollore
         92800 Puteaux, France

         Directors and Executive Officers of Bollore Investissement:

               Chairman:  Mr. Vincent Bollore

               Vice Chairman: Comte Edouard de Ribes

                      Principal Occupation: Vice President of Bollore
                                            Investissement
"""
    people = _people(tmp_path, text)
    assert people["Edouard de Ribes"]["positions"] == ["Vice Chairman", "Vice President"]  # (of the entity: a title)
    assert not people["Edouard de Ribes"].get("address")  # (no default given: the entity's address is not copied)


_RULED = """EXHIBIT 1

Except as otherwise indicated below, all persons named in this Exhibit 1 are
citizens of the United States, and the principal business address of each of
them is 200 Lake Street, Chicago, Illinois 60601.

1.       LAKESHORE HOLDINGS, INC.

         Principal Business Address:
         200 Lake Street
         Chicago, Illinois 60601

         Directors and Executive Officers of Lakeshore Holdings, Inc.:

                  Director:  BRANDT, Oliver H.

                                     Principal Occupation: Retired Vice
                                     Chairman, Harbor Savings Bank

------------------------------------------------------------
                  Director:  QUILL, Ramona T.

                                     Principal Occupation: Professor of
                                     Law, Lakeview University

------------------------------------------------------------
                  President:  ORTEGA, Samuel P.
"""


def test_a_rule_between_persons_opens_no_wrapped_role(tmp_path):
    # (the follow-up to round 47j: a dashed rule over 'Director:  QUILL, Ramona T.' was taken for the role's first
    # line, 'Director' refused; a rule of dashes stands between two persons as a blank line does)
    people = _people(tmp_path, _RULED)
    assert sorted(people) == ["Oliver H. Brandt", "Ramona T. Quill", "Samuel P. Ortega"]
    assert people["Ramona T. Quill"]["positions"] == ["Director"]
    assert people["Samuel P. Ortega"]["positions"] == ["President"]
