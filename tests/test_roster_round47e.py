"""Round 47e (issue 13): labelled blocks under a defined-term sentence; a two-column table whose cells end in a
'Citizenship:' line; titles 'of <X> A/S'.

(1) 'In this Exhibit, the "Company" means Harrowgate Lumber Holdings, Inc.' stands between the heading and the first
'Name:' block of a labelled roster saved from HTML. The sentence was the first block's lead and went into its first
field: 'In this Exhibit, ... Director' as the first person's occupation. Where every entry opens at a 'Name:' label,
text above the first one is no entry's (kg/forms/roster_block_repair.py).

(2) A two-column table ('Name and Business Address' | 'Principal Occupation or Employment') whose right-hand cells
end in 'Citizenship: <country>' on lines where the left cell has run out: the 'Citizenship:' lines, each opening
its line, were read as the labels of blocks and the table was refused whole. A lone kind of label set where a
table's column starts, with the table's rows printing text at that column beside a left cell, is a line of the
column (kg/forms/roster_column_note.py); and a known label opening a line of a cell starts a field of its own, no
wrap of the line above (kg/forms/roster_wrap.py).

(3) 'Chair of the Board of Fjordvik Shipping A/S' / 'Professional Board Director': the Danish legal form ends the
title as 'Inc.' does (kg/lookups/legal_forms.yml wrap_ends); the two lines were one item cut at the slash.

(4) 'Director of The Harwick Mercantile' / page break / 'Pellham      Companies, Inc.' / 'Rowe   Partner, Pellham':
the rows after the break opened an entry 'Pellham Rowe', a person who is none. A line set in by a hanging indent from
the open entry's line above, right after a page break, under a name cell that holds no person's name, goes on with
the entry the page broke (kg/forms/roster_continued.py).

(5) Fax transmission headers of other machines ('Sent By: X; 212 555 0123; Oct-03-05 9:41AM; Page 2/5', 'Received
Oct-03-2005 09:41') are page debris too (kg/patterns/roster_fax_headers.yml)."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "roster.txt"
    path.write_text(text)
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


_DEFINED = """                                 EXHIBIT 99.2

        Directors and Executive Officers of Harrowgate Lumber Holdings, Inc.

In this Exhibit, the "Company" means Harrowgate Lumber Holdings, Inc.

Name:                         Odile M. Branscombe
Position(s) with the Company: Director
Principal Occupation:         Managing Partner, Quillfeather Advisors
Business Address:             410 Tamarack Road
                              Duluth, Minnesota 55802
Citizenship:                  United States

Name:                         Pieter J. Vandermolen
Position(s) with the Company: President
                              Chief Executive Officer
Business Address:             410 Tamarack Road
                              Duluth, Minnesota 55802
Citizenship:                  Netherlands
"""


def test_defined_term_sentence_is_no_value_of_the_first_block(tmp_path: Path) -> None:
    people = _people(tmp_path, _DEFINED)
    assert set(people) == {"Odile M. Branscombe", "Pieter J. Vandermolen"}
    first = people["Odile M. Branscombe"]
    assert first["positions"] == ["Director"]
    assert first["other_positions"] == ["Managing Partner, Quillfeather Advisors"]
    assert not any("Exhibit" in v for p in people.values() for v in p.get("positions", []) + p.get("other_positions", []))
    assert people["Pieter J. Vandermolen"]["positions"] == ["President", "Chief Executive Officer"]


def test_guard_blocks_without_the_sentence_read_the_same(tmp_path: Path) -> None:
    text = _DEFINED.replace('In this Exhibit, the "Company" means Harrowgate Lumber Holdings, Inc.\n\n', "")
    people = _people(tmp_path, text)
    assert people["Odile M. Branscombe"]["positions"] == ["Director"]
    assert people["Odile M. Branscombe"]["citizenship"] == "United States"
    assert people["Pieter J. Vandermolen"]["citizenship"] == "Netherlands"


_TABLE = """                                  EXHIBIT 1

        DIRECTORS AND EXECUTIVE OFFICERS OF KESTREL POINT ACQUISITION CORP.

Set forth below are the name, business address, present principal occupation
or employment and citizenship of each director and executive officer of
Kestrel Point Acquisition Corp.

<TABLE>
Name and Business Address                 Principal Occupation or Employment
-------------------------                 ----------------------------------
<S>                                       <C>

Ingrid T. Halloway                        Director of Kestrel Point Acquisition
77 Weybosset Street                         Corp.
Providence, Rhode Island 02903            Managing Director and Head of Debt
                                            Capital Markets, Calder Trust Group
                                          Citizenship: United States

Marcus O. Adeyemi                         Director of Kestrel Point Acquisition
77 Weybosset Street                         Corp.
Providence, Rhode Island 02903            Chief Operating Officer, Calder Trust
                                            Group-Americas
                                          Citizenship: Canada

</TABLE>
"""


def test_citizenship_lines_of_the_right_column_are_no_blocks(tmp_path: Path) -> None:
    people = _people(tmp_path, _TABLE)
    assert set(people) == {"Ingrid T. Halloway", "Marcus O. Adeyemi"}
    ingrid, marcus = people["Ingrid T. Halloway"], people["Marcus O. Adeyemi"]
    assert ingrid["positions"] == ["Director"] and marcus["positions"] == ["Director"]
    assert ingrid["other_positions"] == ["Managing Director and Head of Debt Capital Markets, Calder Trust Group"]
    assert ingrid["citizenship"] == "United States" and marcus["citizenship"] == "Canada"
    assert ingrid["address"] == "77 Weybosset Street, Providence, Rhode Island 02903"


_HEADED = """                    DIRECTORS AND EXECUTIVE OFFICERS OF KESTREL POINT ACQUISITION CORP.

Ingrid T. Halloway
Director
Citizenship: United States

Marcus O. Adeyemi
Chief Operating Officer
Citizenship: Canada
"""


def test_guard_citizenship_labels_under_names_still_read(tmp_path: Path) -> None:
    people = _people(tmp_path, _HEADED)
    assert people["Ingrid T. Halloway"]["citizenship"] == "United States"
    assert people["Marcus O. Adeyemi"]["citizenship"] == "Canada"
    assert people["Marcus O. Adeyemi"]["positions"] == ["Chief Operating Officer"]


_DANISH = """                                  EXHIBIT 1

            DIRECTORS AND EXECUTIVE OFFICERS OF FJORDVIK SHIPPING A/S

Set forth below are the name, business address, present principal occupation
or employment and citizenship of each director and executive officer of
Fjordvik Shipping A/S.

<TABLE>
Name and Business Address                 Principal Occupation or Employment
-------------------------                 ----------------------------------
<S>                                       <C>
Sigrid Holmgaard                          Chair of the Board of Fjordvik Shipping A/S
Strandvejen 104                           Professional Board Director
2900 Hellerup                             Citizenship: Denmark
Denmark

Anders Kvist                              Chief Executive Officer of Fjordvik Shipping A/S
Strandvejen 104                           Citizenship: Norway
2900 Hellerup
Denmark

Mette Rasmussen                           Board Director of Fjordvik Shipping A/S
Strandvejen 104                           Chief Executive Officer, Norlys Energi A/S
2900 Hellerup                             Citizenship: Denmark
Denmark
</TABLE>
"""


def test_a_s_ends_a_title_line(tmp_path: Path) -> None:
    people = _people(tmp_path, _DANISH)
    assert people["Sigrid Holmgaard"]["positions"] == ["Chair of the Board"]
    assert people["Sigrid Holmgaard"]["other_positions"] == ["Professional Board Director"]
    assert people["Anders Kvist"]["positions"] == ["Chief Executive Officer"]
    assert people["Anders Kvist"]["citizenship"] == "Norway"
    assert people["Mette Rasmussen"]["other_positions"] == ["Chief Executive Officer, Norlys Energi A/S"]
    assert not any("/" in v for p in people.values() for v in p.get("positions", []))


def test_guard_the_same_table_with_inc_reads(tmp_path: Path) -> None:
    text = _DANISH.replace("Fjordvik Shipping A/S", "Fjordvik Shipping, Inc.").replace(
        "FJORDVIK SHIPPING A/S", "FJORDVIK SHIPPING, INC.").replace("Norlys Energi A/S", "Norlys Energi, Inc.")
    people = _people(tmp_path, text)
    assert people["Sigrid Holmgaard"]["positions"] == ["Chair of the Board"]
    assert people["Anders Kvist"]["citizenship"] == "Norway"


_TURNED = """OCT-03-2005 09:41  FROM:BRANTLEY QUAY & ROSS  2125550123   TO:912025550177   P.02/05

                                  EXHIBIT 1

         DIRECTORS AND EXECUTIVE OFFICERS OF THE HARWICK MERCANTILE COMPANIES, INC.

Set forth below are the name, business address, present principal occupation
or employment and citizenship of each director and executive officer of The
Harwick Mercantile Companies, Inc.

<TABLE>
Name and Business Address                 Principal Occupation or Employment
-------------------------                 ----------------------------------
<S>                                       <C>

Corwin D. Halvorsen                       Director of The Harwick Mercantile
c/o 12 Orchard Lane                         Companies, Inc.
Hartford, Connecticut 06103               Retired Chairman, Pellam Mills Company
                                          Citizenship: United States

Lucinda R. Marchetti                      Director of The Harwick Mercantile

                                      1
<PAGE>
OCT-03-2005 09:42  FROM:BRANTLEY QUAY & ROSS  2125550123   TO:912025550177   P.03/05

Name and Business Address                 Principal Occupation or Employment
-------------------------                 ----------------------------------

Pellham                                     Companies, Inc.
Rowe                                      Partner, Pellham
Lindqvist                                 Citizenship: United States

{third}                                   Chief Financial Officer of The Harwick
c/o 12 Orchard Lane                         Mercantile Companies, Inc.
Hartford, Connecticut 06103               Citizenship: Canada

</TABLE>
"""


def test_a_line_set_in_after_a_page_break_goes_on_with_the_entry_the_page_broke(tmp_path: Path) -> None:
    people = _people(tmp_path, _TURNED.format(third="Desmond P. Farquhar"))
    assert set(people) == {"Corwin D. Halvorsen", "Lucinda R. Marchetti", "Desmond P. Farquhar"}
    lucinda = people["Lucinda R. Marchetti"]
    assert lucinda["positions"] == ["Director"]
    assert lucinda["citizenship"] == "United States"
    assert "Director of The Harwick Mercantile" not in lucinda.get("other_positions", [])


def test_guard_an_entry_at_the_margin_after_a_page_break_is_its_own(tmp_path: Path) -> None:
    text = _TURNED.format(third="Desmond P. Farquhar").replace(
        "Pellham                                     Companies, Inc.\n"
        "Rowe                                      Partner, Pellham\n"
        "Lindqvist                                 Citizenship: United States\n",
        "Beatrix L. Okonkwo                        Director of The Harwick Mercantile\n"
        "c/o 12 Orchard Lane                         Companies, Inc.\n"
        "Hartford, Connecticut 06103               Citizenship: Canada\n")
    people = _people(tmp_path, text)
    assert {"Beatrix L. Okonkwo", "Desmond P. Farquhar", "Corwin D. Halvorsen"} <= set(people)
    assert people["Beatrix L. Okonkwo"]["positions"] == ["Director"]
    assert people["Beatrix L. Okonkwo"]["citizenship"] == "Canada"


_SENT_BY = "Sent By: BRANTLEY QUAY & ROSS; 212 555 0123; Oct-03-05 9:{minute}AM; Page {page}/5"
_RECEIVED = "Received Oct-03-2005 09:{minute}"


def _other_machine(header: str) -> str:
    text = _TURNED.format(third="Desmond P. Farquhar").replace(
        "Lucinda R. Marchetti                      Director of The Harwick Mercantile\n",
        "Lucinda R. Marchetti                      Director of The Harwick Mercantile\n"
        "88 Bay Street                               Companies, Inc.\n"
        "Boston, Massachusetts 02110               Citizenship: United States\n").replace(
        "Pellham                                     Companies, Inc.\n"
        "Rowe                                      Partner, Pellham\n"
        "Lindqvist                                 Citizenship: United States\n\n", "")
    lines = text.splitlines()
    lines[0] = header.format(minute=41, page=2)
    lines[lines.index("<PAGE>") + 1] = header.format(minute=42, page=3)
    return "\n".join(lines) + "\n"


def test_fax_headers_of_other_machines_are_page_debris(tmp_path: Path) -> None:
    for header in (_SENT_BY, _RECEIVED):
        people = _people(tmp_path, _other_machine(header))
        assert set(people) == {"Corwin D. Halvorsen", "Lucinda R. Marchetti", "Desmond P. Farquhar"}, header
        assert people["Corwin D. Halvorsen"]["citizenship"] == "United States"
        assert people["Desmond P. Farquhar"]["citizenship"] == "Canada"
        assert not any("Sent By" in v or "Received" in v or "QUAY" in v for p in people.values()
                       for v in p.get("positions", []) + p.get("other_positions", []) + [p.get("address") or ""])


def test_fax_header_lines_of_other_machines_and_lines_that_are_none() -> None:
    from kg.forms.roster_fax_headers import fax_header
    assert not fax_header("Received 06/26/2006")  # (no time of day)
    assert not fax_header("From: Jane Roe, Director   Page 3/7")  # (no date and time, no fax number)
    assert not fax_header("Director since May 17, 2006 12:04")
    assert fax_header("FROM : WHITMORE & LANE LLP  FAX NO. : 212 555 0143   PAGE 3/7")


_NUMBERED = """               INFORMATION CONCERNING THE EXECUTIVE OFFICERS AND
                  DIRECTORS OF CALDER TRUST MANAGEMENT, INC.

Except as otherwise indicated below, all persons named in this Exhibit 2 are
citizens of the United States, and the principal business address of each of
them is 40 Wacker Drive, Suite 900, Chicago, Illinois 60606.

1.       MR. GORDON P. ASHWORTH

         Principal Occupation:  Executive Vice President of Calder Trust
                                Management, Inc.

2.       MS. RENATA J. OYELARAN

         Principal Occupation:  Director and President of Calder Trust
                                Management, Inc.
"""


def test_guard_a_lone_label_beside_entry_marks_still_heads_blocks(tmp_path: Path) -> None:
    people = _people(tmp_path, _NUMBERED)
    assert people["Gordon P. Ashworth"]["positions"] == ["Executive Vice President"]
    assert people["Renata J. Oyelaran"]["positions"] == ["Director", "President"]
