"""Twenty-seventh round (a), issue 13: the citizenship a preamble gives everyone never goes to a person it excepts
or marks. Exceptions named in the running sentence, not in parentheses ('..., except Marshall A. Cohen, who is a
citizen of Canada.'; 'other than', 'with the exception of', 'save for'; several names joined by 'and'), read by
kg/forms/roster_excepted.py; a sign glued to a name whose note under the table gives the citizenship ('Marshall
A. Cohen*' ... '*    A citizen of Canada.'), read by kg/forms/roster_signs.py; the roster's organisation of HTML
saved as text taken from its heading, never from a cell under it (kg/forms/roster_org.py); cells saved one per
line whose address closes on a postal code (kg/forms/roster_cell_types.py); titles stacked under the name in a
fixed-width table, one a line (kg/forms/roster_gridentry.py). Texts of our own making, with people
of the development rosters (tests/data/relayout/people_dev.json)."""
from __future__ import annotations

import kg

TABLE = """                                  SCHEDULE I

         INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS
                    OF AMERICAN INTERNATIONAL GROUP, INC.

     The following table sets forth the name, position held with American
International Group, Inc., present principal occupation and business address
of each director and executive officer of American International Group, Inc.
{preamble}

Name                     Position          Business Address
----------------------   ---------------   ---------------------------------
Pei-yuan Chia{a:<12}Director          c/o 70 Pine Street, New York,
                                           New York 10270

Marshall A. Cohen{b:<8}Director          40 King Street West, Toronto,
                                           Ontario M5H 3C2

Martin S. Feldstein{c:<6}Director          1050 Massachusetts Avenue,
                                           Cambridge, Massachusetts 02138
{notes}"""


def _read(tmp_path, preamble: str, marks=("", "", ""), notes: str = ""):
    path = tmp_path / "schedule_i.txt"
    path.write_text(TABLE.format(preamble=preamble, a=marks[0], b=marks[1], c=marks[2], notes=notes),
                    encoding="utf-8")
    filing = kg.extract(path)
    return {p.name: p.citizenship for p in filing.people}, filing


def test_running_on_exception_gets_its_own_country(tmp_path):
    """Fails on main (Marshall A. Cohen got the default 'United States'): the exception not in parentheses."""
    got, _ = _read(tmp_path, "Each of them is a citizen of the United States, except Marshall A. Cohen, who is a "
                             "citizen of Canada.")
    assert got == {"Pei-yuan Chia": "United States", "Marshall A. Cohen": "Canada",
                   "Martin S. Feldstein": "United States"}


def test_names_joined_by_and_share_one_country(tmp_path):
    """Fails on main (both got the default): 'with the exception of A and B, who are citizens of X'."""
    got, _ = _read(tmp_path, "All of them are citizens of the United States, with the exception of Marshall A. "
                             "Cohen and Martin S. Feldstein, who are citizens of Canada.")
    assert got == {"Pei-yuan Chia": "United States", "Marshall A. Cohen": "Canada", "Martin S. Feldstein": "Canada"}


def test_exception_without_country_gets_none(tmp_path):
    """Fails on main (the default on the excepted person): named without a country, the person gets nothing."""
    got, _ = _read(tmp_path, "Each of them is a citizen of the United States, save for Marshall A. Cohen.")
    assert got == {"Pei-yuan Chia": "United States", "Marshall A. Cohen": None, "Martin S. Feldstein": "United States"}


def test_shared_surname_is_refused_with_a_finding(tmp_path):
    """Fails on main (Martin S. Feldstein got the default): a person with an excepted person's surname only."""
    got, filing = _read(tmp_path, "Each of them is a citizen of the United States, other than Anne Feldstein, who "
                                  "is a citizen of Canada.")
    assert got == {"Pei-yuan Chia": "United States", "Marshall A. Cohen": "United States", "Martin S. Feldstein": None}
    assert any(w.code == "roster-ambiguous" and "Feldstein" in w.message for w in filing.warnings)


def test_exception_not_listed_keeps_the_default(tmp_path):
    """Guard (passes on main too): IDT's wording, the excepted person not in the table."""
    got, _ = _read(tmp_path, "Each person listed below is a citizen of the United States, other than Paul "
                             "Reichmann, who is a citizen of Canada.")
    assert set(got.values()) == {"United States"}


def test_unread_exceptions_give_no_default(tmp_path):
    """Fails on main (the default on everyone, Cohen too): exceptions not read clause by clause give no default."""
    got, _ = _read(tmp_path, "Each of them is a citizen of the United States, except Marshall A. Cohen, who "
                             "holds a Canadian passport.")
    assert set(got.values()) == {None}


def test_asterisk_note_gives_the_marked_person_its_country(tmp_path):
    """Fails on main (Marshall A. Cohen got the default): the note under the table is read for the marked name."""
    got, _ = _read(tmp_path, "Except as noted by an asterisk, each person listed below is a citizen of the United "
                             "States.", marks=("", "*", "**"), notes="\n------------\n*    A citizen of Canada.\n"
                                                                      "**   A French citizen.\n")
    assert got == {"Pei-yuan Chia": "United States", "Marshall A. Cohen": "Canada", "Martin S. Feldstein": "French"}


def test_unread_asterisk_note_refuses_the_marked_person(tmp_path):
    """Fails on main (the default on the marked person): a note on citizenship not read whole gives nothing."""
    got, filing = _read(tmp_path, "Except as noted by an asterisk, each person listed below is a citizen of the "
                                  "United States.", marks=("", "*", ""),
                        notes="\n------------\n*    Holds citizenship of two countries.\n")
    assert got == {"Pei-yuan Chia": "United States", "Marshall A. Cohen": None, "Martin S. Feldstein": "United States"}
    assert any(w.code == "roster-ambiguous" and "Cohen" in w.message for w in filing.warnings)


SAVED = """SCHEDULE A
Directors and Executive Officers of Novo Holdings A/S
The name, position with Novo Holdings A/S, business address and present principal occupation of each director and executive officer of Novo Holdings A/S are set forth below. Each of them is a citizen of Denmark, except Jun Sung Kim, who is a citizen of Singapore.
Name and Position
Business Address
Present Principal Occupation
Lars Green
Chair of the Board
Tuborg Havnevej 19
2900 Hellerup
Denmark
Professional Board Director
Jun Sung Kim
Board Director
Tuborg Havnevej 19
2900 Hellerup
Denmark
main board member of Samsung Electronics, Korea
Marshall A. Cohen
Board Director
Cassels, Brock & Blackwell
40 King Street West, 20th Floor
Toronto, Ontario M5H 3C2
Counsel, Cassels, Brock & Blackwell
"""


def test_saved_cells_organisation_from_heading_and_postal_address(tmp_path):
    """Fails on main (the organisation 'Samsung Electronics', from a cell; Marshall A. Cohen's row, whose address
    closes on a postal code, not read): the heading names the roster's organisation."""
    path = tmp_path / "schedule_a.txt"
    path.write_text(SAVED, encoding="utf-8")
    people = {p.name: p for p in kg.extract(path).people}
    assert sorted(people) == ["Jun Sung Kim", "Lars Green", "Marshall A. Cohen"]
    assert {p.organization for p in people.values()} == {"Novo Holdings A/S"}
    assert people["Jun Sung Kim"].citizenship == "Singapore"
    assert people["Lars Green"].citizenship == "Denmark"
    cohen = people["Marshall A. Cohen"]
    assert cohen.address == "Cassels, Brock & Blackwell, 40 King Street West, 20th Floor, Toronto, Ontario M5H 3C2"
    assert cohen.positions == ["Board Director"]


STACKED = """                                  EXHIBIT I

         INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS
                       OF POWER CORPORATION OF CANADA

     The following table sets forth the name, position(s) held with Power
Corporation of Canada, present principal occupation or employment and business
address of each director and executive officer of Power Corporation of Canada.

Name and                          Present Principal
Position(s) Held                  Occupation or Employment              Business Address
-------------------------------   -----------------------------------   -------------------------------
Andre Desmarais                   Chairman, Power Tech                  751 Victoria Square, Montreal QC
  Director                                                              H2Y 2J3
  President and Co-Chief
  Executive Officer

Paul G. Desmarais                                                       751 Victoria Square, Montreal QC
  Director                                                              H2Y 2J3
  Chairman of the Executive
  Committee

Mellody L. Hobson                 Professional Board Director           307 North Michigan Avenue,
  Director                                                              Chicago, Illinois 60601
  President
"""


def test_titles_stacked_under_the_name_one_a_line(tmp_path):
    """Fails on main (['Director President'], one title): a stacked line the next line's first word would have
    fitted after ends its title; a title that wraps ('President and Co-Chief' / 'Executive Officer') stays one."""
    path = tmp_path / "exhibit_i.txt"
    path.write_text(STACKED, encoding="utf-8")
    people = {p.name: p.positions for p in kg.extract(path).people}
    assert people == {"Andre Desmarais": ["Director", "President and Co-Chief Executive Officer"],
                      "Paul G. Desmarais": ["Director", "Chairman of the Executive Committee"],
                      "Mellody L. Hobson": ["Director", "President"]}


NUMBERED = """SCHEDULE A
Directors and Executive Officers of Novo Holdings A/S
The name, position with Novo Holdings A/S, business address and present principal occupation of each director and executive officer of Novo Holdings A/S are set forth below. Each of them is a citizen of Denmark.
No.
Name and Position
Business Address
Present Principal Occupation
i.
Lars Green
Chair of the Board
Tuborg Havnevej 19
2900 Hellerup
Denmark
Professional Board Director
ii.
Britt Meelby Jensen
Vice Chair of the Board
Tuborg Havnevej 19
2900 Hellerup
Denmark
Chief Executive Officer, Ambu A/S.
"""


def test_saved_cells_numbered_rows(tmp_path):
    """Fails on main (no one read: the header under 'No.' taken for more preamble, the row numbers for cells)."""
    path = tmp_path / "schedule_a.txt"
    path.write_text(NUMBERED, encoding="utf-8")
    people = {p.name: p for p in kg.extract(path).people}
    assert sorted(people) == ["Britt Meelby Jensen", "Lars Green"]
    assert people["Lars Green"].positions == ["Chair of the Board"]
    assert people["Britt Meelby Jensen"].address == "Tuborg Havnevej 19, 2900 Hellerup, Denmark"


def test_a_note_no_name_carries_puts_every_mark_in_doubt(tmp_path):
    """Fails on main (the default on the marked person): a '*' note that no name carries (a second sign glued to
    Cohen's '*' reads '**') leaves every marked person's citizenship out; the unmarked keep the default."""
    got, _ = _read(tmp_path, "Except as noted by an asterisk, each person listed below is a citizen of the United "
                             "States.", marks=("", "**", ""), notes="\n------------\n*    A citizen of Canada.\n"
                                                                    "**   A French citizen.\n")
    assert got == {"Pei-yuan Chia": "United States", "Marshall A. Cohen": None, "Martin S. Feldstein": "United States"}
