"""Round 44g (issue 13): two precision findings of the mutation bench.

(1) A prose roster whose blank lines are gone ('WALSH, Irene M.  Ms. Walsh is a director of Novarola and is
Consultant.' / 'Her business address is 8810 Larkspur Lane, ...' / a rule line): the view that puts blank lines back
took the last line of a two-line entry (at the margin, under an indented first line, over a rule) for a hanging
paragraph's opening, so the address sentence was cut off and the preamble's default address given to her. A rule
under a line is no wrapped line; and an entry whose own text says where its business address is never takes the
default (refused where not read).

(2) A labelled block roster with a page break between a name line and its address: the address's first line, a
building's name ('Le Beau Rivage'), read as a person ('Beau Rivage'). A name whose line opens with an article as a
word ('Le', 'La', 'Les', 'El', 'Il') is refused."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict

_DEFAULT = "1 Harbour Plaza, Toledo, Ohio 43604"
_PROSE = """<PAGE>
                                 EXHIBIT 99.2
                                 ------------
                       EXECUTIVE OFFICERS AND DIRECTORS
                                 OF NOVAROLA
     The following persons are the executive officers and/or directors of
Novarola. Unless otherwise indicated below, the business address of each of
them is 1 Harbour Plaza, Toledo, Ohio 43604, and each of them
is a citizen of the United States.
     GALVIN, Christopher B.  Mr. Galvin is a director of Novarola and is
Chairman of the Board, Chief Executive Officer of Novarola.
                                  ----------
     GALVIN, Robert W.  Mr. Galvin is a director of Novarola and is Chairman
of the Executive Committee of Novarola.
                                  ----------
     GROWNEY, Robert L.  Mr. Growney is a director of Novarola and is
President, Chief Operating Officer of Novarola.
                                  ----------
     CAIO, Francesco.  Mr. Caio is a director of Novarola and is Chief
Executive Officer, Netscalibur. His business address is Via Caldera 21, 20153
Milano, Italy. Mr. Caio is a citizen of Italy.
                                  ----------
     CHAN, Ronnie C.  Mr. Chan is a director of Novarola and is Chairman, Hang
Lung Development Group. His business address is Hang Lung Development Company
Limited, 28/F Standard Chartered Bank Building, 4 Des Voeux Road Central, Hong
Kong.
                                  ----------
     FULLER, H. Laurance.  Mr. Fuller is a director of Novarola and is
formerly Co-Chairman of the Board of Directors, BP Amoco, p.l.c. His business
address is Primary Business Center, 1111 E. Warrenville Road, Suite 257,
Naperville IL 60563.
                                  ----------
     WALSH, Irene M.  Ms. Walsh is a director of Novarola and is Consultant.
Her business address is 8810 Larkspur Lane, Bethesda, MD 20816.
                                  ----------
"""


def _people(tmp_path: Path, text: str) -> list[dict]:
    path = tmp_path / "roster.txt"
    path.write_text(text)
    try:
        return to_dict(kg.extract(path)).get("people", [])
    except kg.errors.KgError:
        return []


def _prose(blank: bool) -> str:
    return _PROSE.replace("\n     ", "\n\n     ").replace("----------\n", "----------\n\n") if blank else _PROSE


def test_two_line_entry_over_a_rule_keeps_its_address_sentence(tmp_path):
    by_name = {p["name"]: p for p in _people(tmp_path, _prose(blank=False))}
    walsh = by_name.get("Irene M. Walsh", {})
    assert walsh.get("address") != _DEFAULT  # (main 145f3b3: the preamble's default given to her)
    assert walsh.get("address") in (None, "8810 Larkspur Lane, Bethesda, MD 20816")
    assert by_name["Robert L. Growney"]["address"] == _DEFAULT
    assert by_name["Francesco Caio"]["address"] == "Via Caldera 21, 20153 Milano, Italy"


def test_guard_same_prose_roster_with_blank_lines(tmp_path):
    by_name = {p["name"]: p for p in _people(tmp_path, _prose(blank=True))}
    assert by_name["Irene M. Walsh"]["address"] == "8810 Larkspur Lane, Bethesda, MD 20816"
    assert by_name["Francesco Caio"]["address"] == "Via Caldera 21, 20153 Milano, Italy"
    assert by_name["Robert W. Galvin"]["address"] == _DEFAULT


_BLOCKS = """Executive Officers and Directors
of Harrowgate Capital Partners Ltd.


The following information is given for each executive officer and director of
Harrowgate Capital Partners Ltd.

Oliver Brandt
12 East 52nd Street
14th Floor
New York, NY 10022
Present Principal Occupation:   Mr. Brandt is a director of Harrowgate Capital
                                Partners Ltd. Mr. Brandt is also Portfolio
                                Manager.
Citizenship:                    Germany

Pierre Lacombe
{break}Le Beau Rivage
9 Avenue d'Ostende
MC-98000 Monte-Carlo
MONACO
Present Principal Occupation:   Mr. Lacombe is a director of Harrowgate Capital
                                Partners Ltd. Mr. Lacombe is also Portfolio
                                Manager.
Citizenship:                    France
"""
_PAGE_BREAK = "\n<PAGE>\n\n                                      -3-\n\n"


def test_building_line_after_a_page_break_is_no_person(tmp_path):
    names = {p["name"] for p in _people(tmp_path, _BLOCKS.replace("{break}", _PAGE_BREAK))}
    assert not any("Rivage" in name for name in names), names  # (main 145f3b3: 'Beau Rivage' read as a person)
    assert names <= {"Oliver Brandt", "Pierre Lacombe"}


def test_guard_same_blocks_without_page_break(tmp_path):
    by_name = {p["name"]: p for p in _people(tmp_path, _BLOCKS.replace("{break}", ""))}
    assert set(by_name) == {"Oliver Brandt", "Pierre Lacombe"}
    assert by_name["Pierre Lacombe"]["citizenship"] == "France"


_ADDRESS_FIRST = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HARROWGATE MASTER FUND LTD.

<TABLE>
<CAPTION>
                                                                            Present Principal
Business Address                  Name                      Citizenship     Occupation or Employment
--------------------------------  ------------------------  --------------  ----------------------------------
</CAPTION>
<S>                               <C>                       <C>             <C>
40 West 57th Street               Ingrid Halvorsen          Norway          Director of Harrowgate Master
26th Floor                                                                  Fund Ltd.; Portfolio Manager
New York, NY 10019

Le Beau Rivage                    Pierre Vasseur            Belgium         Director of Harrowgate Master
12 Boulevard des Moulins                                                    Fund Ltd.; Portfolio Manager
MC-98000 Monte-Carlo
MONACO
</TABLE>
"""


def test_guard_an_article_opening_the_address_cell_beside_a_name(tmp_path):
    """Only a name whose own cell opens with the article is refused: an address column printed first, 'Le Beau
    Rivage' in it and the name in the next column, leaves the name (on main 13d3929 'Pierre Vasseur' was refused)."""
    people = {p["name"]: p for p in _people(tmp_path, _ADDRESS_FIRST)}
    assert set(people) == {"Ingrid Halvorsen", "Pierre Vasseur"}
    assert people["Pierre Vasseur"]["citizenship"] == "Belgium"
