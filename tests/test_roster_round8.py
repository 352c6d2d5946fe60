"""Roster layouts and checks of the eighth round (issue 13), each on a text of our own making with
the layout of a development family (the four measured once as held out after the seventh round):
the same people back, or a warning; never a value on the wrong person."""
from __future__ import annotations

import pytest

import kg
from kg.context import Context
from kg.errors import StructureError
from kg.forms.roster_guard import check_provenance
from kg.records import Person

# An HTML signature table saved as text: a lone '|' line between cells, each person a block under the
# company's name in capitals. The first person's title cell says 'Directors' (a slip of the pen).
PIPE_BLOCKS = """Exhibit 99.1
|
Directors and Executive Officers of Harbourline Shipping Corp.
|
HARBOURLINE SHIPPING CORP.
|
Name: 1. Ingrid T. Solberg
|
Title: Directors; Chair of the Board
|
Citizenship: Norway
|
Business Address: 14 Strandkaien
5013 Bergen, Norway
|
HARBOURLINE SHIPPING CORP.
|
Name: 2. Martin O. Reyes
|
Title: Vice President
|
Citizenship: United States
|
Business Address: 40 Wall Street
New York, New York 10005
|
HARBOURLINE SHIPPING CORP.
|
Name: 3. Chloe A. Whitford
|
Title: Treasurer
|
Citizenship: United Kingdom
|
Business Address: 8 Fenchurch Place
London EC3M 4AJ, United Kingdom
|
"""


def _read(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return kg.extract(path)


def test_a_labelled_title_value_names_no_body_of_the_whole_roster(tmp_path):
    """'Title: Directors; Chair of the Board' is one person's value: it never makes the roster a list
    of directors, so no other person gets the seat 'Director' that only the first one holds."""
    got = {p.name: p for p in _read(tmp_path, "pipe_blocks.txt", PIPE_BLOCKS).people}
    assert "Martin O. Reyes" in got and "Chloe A. Whitford" in got
    assert not [v for name in ("Martin O. Reyes", "Chloe A. Whitford") for v in got[name].positions if "Director" in v]
    assert got["Martin O. Reyes"].citizenship == "United States"
    assert got["Chloe A. Whitford"].address_city == "London"


# Two columns, the outside occupation in parentheses, a nationality after the name where it is not the
# preamble's default (the name cell wraps: the nationality then stands on the name's second line).
PARENTHETICAL = """                                 EXHIBIT I

              Directors and Executive Officers of Fjordvik Holdings A/S

The name and present principal occupation or employment of each director and
executive officer of Fjordvik Holdings A/S are set forth below. Unless otherwise
indicated in parentheses, each occupation set forth opposite a name refers to
employment with Fjordvik Holdings A/S. Each person is a citizen of Denmark
unless a nationality follows the name. The business address of each director
and officer is Kalkbraenderivej 7, 2100 Copenhagen, Denmark.

Name                          Present Principal Occupation or Employment

Mette Skovgaard               Chair of the Board
Henrik Aldo Rasmussen         Board Director (Chief Executive Officer,
(Swedish)                      Nordlys AB)
Paul Everett Lindqvist        Chief Executive Officer
Ada Ferreira (Portuguese)     Chief Financial Officer
"""


def test_a_nationality_after_the_name_is_the_citizenship_not_part_of_the_name(tmp_path):
    """'Ada Ferreira (Portuguese)': the person is Ada Ferreira, Portuguese, never Danish by the preamble's
    default, and the listed people are exactly the four printed."""
    filing = _read(tmp_path, "parenthetical.txt", PARENTHETICAL)
    got = {p.name: p for p in filing.people}
    assert set(got) <= {"Mette Skovgaard", "Henrik Aldo Rasmussen", "Paul Everett Lindqvist", "Ada Ferreira"}
    assert got["Ada Ferreira"].citizenship == "Portuguese" and got["Ada Ferreira"].positions == ["Chief Financial Officer"]
    assert got["Mette Skovgaard"].citizenship == "Denmark"
    assert "Henrik Aldo Rasmussen" not in got or got["Henrik Aldo Rasmussen"].citizenship != "Denmark"


def test_the_occupation_in_parentheses_is_held_elsewhere_where_the_preamble_says_so(tmp_path):
    """'Board Director (Chief Executive Officer, Nordlys AB)' under 'Unless otherwise indicated in
    parentheses, ...': a seat in the listed organisation and an occupation elsewhere; '(Swedish)' on the
    name's second line is the citizenship. Without that sentence the cell is not split."""
    got = {p.name: p for p in _read(tmp_path, "parenthetical.txt", PARENTHETICAL).people}
    henrik = got["Henrik Aldo Rasmussen"]
    assert (henrik.positions, henrik.other_positions) == (["Board Director"], ["Chief Executive Officer, Nordlys AB"])
    assert henrik.citizenship == "Swedish"
    plain = PARENTHETICAL.replace("Unless otherwise\nindicated in parentheses, each", "Each")
    got = {p.name: p for p in _read(tmp_path, "plain.txt", plain).people}
    assert "Board Director" not in got["Henrik Aldo Rasmussen"].positions


# Three entries of a labelled roster as printed; whatever a reader did, the values it attached are checked
# against the entries the people stand in.
ENTRIES = """DIRECTORS AND EXECUTIVE OFFICERS OF HARBOURLINE SHIPPING CORP.

Name:  Ingrid T. Solberg      Title:  Chair of the Board      Citizenship:  Norway
Name:  Martin O. Reyes        Title:  Director; Vice President  Citizenship:  United States
Name:  Chloe A. Whitford      Title:  Treasurer               Citizenship:  United Kingdom
"""


def _entry_person(name: str, positions: list[str], citizenship: str) -> Person:
    line = next(line for line in ENTRIES.splitlines() if name in line)
    start = ENTRIES.index(line)
    return Person(name=name, positions=positions, citizenship=citizenship, evidence=(start, start + len(line)))


def test_a_value_printed_only_in_another_persons_entry_is_refused():
    """Whatever made a value travel (a title line read as a heading of the whole roster, a shifted row),
    a position or citizenship printed in another person's entry as theirs, and in no heading or
    preamble, is never given to someone whose entry does not print it: it is left out with a
    `roster-ambiguous` finding naming the entry it stands in. Values printed in the person's own entry
    stay, and so do values printed outside every entry."""
    ctx = Context(source="entries.txt", text=ENTRIES)
    people = [_entry_person("Ingrid T. Solberg", ["Chair of the Board"], "Norway"),
              _entry_person("Martin O. Reyes", ["Director", "Vice President"], "United States"),
              _entry_person("Chloe A. Whitford", ["Director", "Treasurer", "Executive Officer"], "Norway")]
    check_provenance(ctx, people)
    assert [p.positions for p in people] == [["Chair of the Board"], ["Director", "Vice President"],
                                             ["Treasurer", "Executive Officer"]]  # (printed in no entry: kept)
    assert [p.citizenship for p in people] == ["Norway", "United States", None]
    doubts = [w for w in ctx.warnings if w.code == "roster-ambiguous"]
    assert len(doubts) == 2 and all("Chloe A. Whitford" in w.message for w in doubts)
    assert "Martin O. Reyes" in doubts[0].message and "Ingrid T. Solberg" in doubts[1].message


# The blocks with each label in a cell of its own and its value in the next cell (the other rendering of the
# same signature tables).
CELL_BLOCKS = "\n".join(["Exhibit 99.1", "|", "Directors and Executive Officers of Harbourline Shipping Corp.", "|"] + [
    line for name, title, country, address in (
        ("Ingrid T. Solberg", "Chair of the Board", "Norway", ["14 Strandkaien", "5013 Bergen, Norway"]),
        ("Martin O. Reyes", "Director; Vice President", "United States", ["40 Wall Street", "New York, New York 10005"]),
        ("Chloe A. Whitford", "Treasurer", "United Kingdom", ["8 Fenchurch Place", "London EC3M 4AJ, United Kingdom"]))
    for line in ["HARBOURLINE SHIPPING CORP.", "|", "Name:", "|", name, "|", "Title:", "|", title, "|",
                 "Citizenship:", "|", country, "|", "Business Address:", "|", *address, "|"]]) + "\n"


def test_labels_and_values_in_cells_of_their_own_under_a_repeated_company_heading(tmp_path):
    """'Name:' alone in its cell, the name in the next; the company's name in capitals above every block
    is a heading (never the end of the address above it), and the title line ending in 'Corp.' names the
    roster's organisation."""
    filing = _read(tmp_path, "cell_blocks.txt", CELL_BLOCKS)
    got = {p.name: p for p in filing.people}
    assert list(got) == ["Ingrid T. Solberg", "Martin O. Reyes", "Chloe A. Whitford"]
    assert {p.organization for p in filing.people} == {"Harbourline Shipping Corp."}
    assert got["Ingrid T. Solberg"].address == "14 Strandkaien, 5013 Bergen, Norway"
    assert got["Martin O. Reyes"].positions == ["Director", "Vice President"]
    assert (got["Chloe A. Whitford"].positions, got["Chloe A. Whitford"].citizenship) == (["Treasurer"], "United Kingdom")
    assert not [v for p in filing.people for v in p.positions + p.other_positions + [p.address or ""]
                if "HARBOURLINE" in v or "Exhibit" in v or "|" in v]


def _two_row_html(people: list[tuple[str | None, str, str, str]]) -> str:
    rows = ["<tr><td><b>Position</b></td><td><b>Principal Occupation</b></td><td><b>Citizenship</b></td>"
            "<td><b>Business Address</b></td></tr>"]
    for name, title, country, address in people:
        if name:
            rows.append(f'<tr><td colspan="4"><b>{name}</b></td></tr>')
        rows.append(f"<tr><td>{title}</td><td></td><td>{country}</td><td>{address}</td></tr>")
        rows.append('<tr><td colspan="4">&nbsp;</td></tr>')
    return ("<html><body><p align=center><b>SCHEDULE A</b></p><p align=center>DIRECTORS AND EXECUTIVE OFFICERS OF "
            "HARBOURLINE SHIPPING CORP.</p><table>" + "".join(rows) + "</table></body></html>")


PEOPLE = [("Ingrid T. Solberg", "Chair of the Board", "Norway", "14 Strandkaien<br>5013 Bergen, Norway"),
          ("Martin O. Reyes", "Director; Vice President", "United States", "40 Wall Street<br>New York, New York 10005"),
          ("Chloe A. Whitford", "Treasurer", "United Kingdom", "8 Fenchurch Place<br>London EC3M 4AJ, United Kingdom")]


def test_html_entries_whose_name_row_stands_above_the_details_row(tmp_path):
    """A header of detail columns only; each name alone on a row across the table, its details on the
    row under it (an empty occupation cell dropped): each details row is the name's above it."""
    filing = _read(tmp_path, "two_rows.htm", _two_row_html(PEOPLE))
    got = {p.name: p for p in filing.people}
    assert list(got) == ["Ingrid T. Solberg", "Martin O. Reyes", "Chloe A. Whitford"]
    assert {p.organization for p in filing.people} == {"Harbourline Shipping Corp."}
    assert got["Martin O. Reyes"].positions == ["Director", "Vice President"]
    assert (got["Chloe A. Whitford"].citizenship, got["Chloe A. Whitford"].address_city) == ("United Kingdom", "London")


def test_a_details_row_without_its_name_row_is_nobodys(tmp_path):
    """The second name row lost: its details row is refused (never the first person's), the others
    are read."""
    people = [PEOPLE[0], (None, *PEOPLE[1][1:]), PEOPLE[2]]
    filing = _read(tmp_path, "two_rows_lost.htm", _two_row_html(people))
    got = {p.name: p for p in filing.people}
    assert list(got) == ["Ingrid T. Solberg", "Chloe A. Whitford"]
    assert got["Ingrid T. Solberg"].positions == ["Chair of the Board"]
    assert got["Ingrid T. Solberg"].citizenship == "Norway"


CLAUSES = """                                   SCHEDULE I

           DIRECTORS AND EXECUTIVE OFFICERS OF HARBOURLINE SHIPPING CORP.

The directors and executive officers of Harbourline Shipping Corp. (collectively,
the "Covered Persons") are:

(a) Ingrid T. Solberg, a citizen of Norway, Chair of the Board of Harbourline
    Shipping Corp., whose business address is 14 Strandkaien, 5013 Bergen,
    Norway;
(b) REYES, Martin O., a United States citizen, Director and Vice President of
    Harbourline Shipping Corp., whose present principal occupation is Partner,
    Reyes & Vance LLP, whose business address is 40 Wall Street, New York, New
    York 10005; and
(c) Chloe A. Whitford, a citizen of USA, United Kingdom, Treasurer of
    Harbourline Shipping Corp., whose business address is 8 Fenchurch Place,
    London EC3M 4AJ, United Kingdom.

Persons (a) through (c) are collectively referred to herein as the "Covered Persons".
"""


def test_one_lettered_clause_per_person(tmp_path):
    """'(b) REYES, Martin O., a United States citizen, Director and Vice President of X, whose present
    principal occupation is ..., whose business address is ...; and': every part of the clause typed."""
    filing = _read(tmp_path, "clauses.txt", CLAUSES)
    got = {p.name: p for p in filing.people}
    assert list(got) == ["Ingrid T. Solberg", "Martin O. Reyes", "Chloe A. Whitford"]
    assert {p.organization for p in filing.people} == {"Harbourline Shipping Corp."}
    reyes = got["Martin O. Reyes"]
    assert (reyes.positions, reyes.other_positions) == (["Director", "Vice President"], ["Partner, Reyes & Vance LLP"])
    assert (reyes.citizenship, reyes.address_city) == ("United States", "New York")
    assert got["Chloe A. Whitford"].citizenship == "USA, United Kingdom"
    assert got["Chloe A. Whitford"].positions == ["Treasurer"]
    assert got["Ingrid T. Solberg"].other_positions == []


def test_a_clause_kg_cannot_account_for_reads_no_clause(tmp_path):
    """A clause with a part of no known kind ('who owns 1,200 shares' where the titles stand): the
    lettered reader reads none of the roster, and no other reader takes it: the exhibit is refused
    whole (an error naming the file), no part lands on anyone."""
    text = CLAUSES.replace("Treasurer of\n    Harbourline Shipping Corp.,", "who owns 1,200 shares,")
    assert text != CLAUSES
    with pytest.raises(StructureError, match="no roster"):
        _read(tmp_path, "clauses_odd.txt", text)


def test_page_breaks_inside_the_last_clause_and_between_a_name_row_and_its_details(tmp_path):
    """A page break inside the last clause (its blank lines end nothing before the full stop); in the
    HTML, the table closed after the last name row and opened again with its header: the rows above
    the break ('..., Mellody L.' ends in a full stop) are a table, never a preamble."""
    text = CLAUSES.replace("Treasurer of\n    Harbourline", "Treasurer of\n\n<PAGE>\n\n    Harbourline")
    got = {p.name: p for p in _read(tmp_path, "clauses_page.txt", text).people}
    assert list(got) == ["Ingrid T. Solberg", "Martin O. Reyes", "Chloe A. Whitford"]
    assert got["Chloe A. Whitford"].address_city == "London"
    people = [("WHITFORD, Chloe A." if p[0].startswith("Chloe") else p[0], *p[1:]) for p in PEOPLE]
    page = _two_row_html(people).replace('<tr><td colspan="4"><b>WHITFORD, Chloe A.</b></td></tr>',
                                         '<tr><td colspan="4"><b>WHITFORD, Chloe A.</b></td></tr></table>'
                                         '<p style="page-break-before:always">&nbsp;</p><table><tr><td><b>Position'
                                         '</b></td><td><b>Principal Occupation</b></td><td><b>Citizenship</b></td>'
                                         '<td><b>Business Address</b></td></tr>')
    got = {p.name: p for p in _read(tmp_path, "two_rows_page.htm", page).people}
    assert list(got) == ["Ingrid T. Solberg", "Martin O. Reyes", "Chloe A. Whitford"]
    assert got["Chloe A. Whitford"].positions == ["Treasurer"]
