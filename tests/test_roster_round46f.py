"""Forty-sixth round (f), issue 13: rosters run into paragraphs, which no reader read; entries side by side.

On main 4ca8ac0 three layouts of short rosters (small filers' 13D exhibits, Item 2 paragraphs) read nothing: 'Title:
Name' entries (one a line, or several in a paragraph, each ending at a full stop or a semicolon) and 'Name, Title;
Name, Title' lists. kg/forms/roster_run_in.py (called by the last resort, kg/forms/roster_last_resort.py) reads a
paragraph where each entry is bound by its punctuation one way alone; any entry bound no way or two ways leaves the
paragraph unread. Entries set side by side in two page columns ('Alice M. Fenwick   Peter J. Vang' over their titles)
gave the left person the right person's name and values ('Peter J. Vang, Director, Canada'); such a value is now
refused (kg/forms/roster_name_tail.py).

Texts of our own making. Tests marked "fails on main" fail on main 4ca8ac0; the guards pass on both."""
from __future__ import annotations

import pytest

import kg
from kg.errors import StructureError

_HEAD = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HARROWGATE FOODS, INC.

      The names of the directors and executive officers of Harrowgate Foods,
      Inc. are set forth below.

"""

_ANNEX = """                                   ANNEX A

              EXECUTIVE OFFICERS AND DIRECTORS OF NORTHWIND CAPITAL PARTNERS, L.P.

"""

_HARROWGATE = "Harrowgate Foods, Inc."
_NORTHWIND = "Northwind Capital Partners, L.P."


def _filing(tmp_path, text: str, name: str = "roster.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return kg.extract(path)


def _people(tmp_path, text: str) -> dict:
    return {p.name: p for p in _filing(tmp_path, text).people}


def _titles(people: dict) -> dict:
    return {name: p.positions + p.other_positions for name, p in people.items()}


# ---- 'Title: Name' -------------------------------------------------------------------------------------------

def test_title_colon_name_one_a_line_with_a_citizenship_sentence_after(tmp_path):
    """Fails on main (no roster found)."""
    filing = _filing(tmp_path, _HEAD + """Chairman of the Board: Alice M. Fenwick
President and Chief Executive Officer: Peter J. Vang
Vice President, Finance: Claire Dubois
Director: Martin K. Osei, Jr.

Each of the persons named above is a citizen of the United States.
""")
    people = {p.name: p for p in filing.people}
    assert _titles(people) == {"Alice M. Fenwick": ["Chairman of the Board"],
                               "Peter J. Vang": ["President and Chief Executive Officer"],
                               "Claire Dubois": ["Vice President, Finance"], "Martin K. Osei, Jr.": ["Director"]}
    assert {p.organization for p in people.values()} == {_HARROWGATE}
    assert {p.country for p in people.values()} == {"US"}
    assert all(p.address is None for p in people.values())
    assert any(w.code == "roster-partial" for w in filing.warnings)


def test_numbered_title_colon_name_lines(tmp_path):
    """Fails on main (no roster found). The sentence after the list ('All of the above persons are citizens of ...')
    is no form the citizenship readers know: no citizenship."""
    people = _people(tmp_path, _ANNEX + """1. Managing Director: Gregory T. Halvorsen
2. Chief Operating Officer: Ingrid S. Lindqvist
3. General Counsel and Secretary: Rahul V. Mehta
4. Vice President, Investor Relations: Daniel O'Brien, Jr.

All of the above persons are citizens of the United States.
""")
    assert _titles(people) == {"Gregory T. Halvorsen": ["Managing Director"],
                               "Ingrid S. Lindqvist": ["Chief Operating Officer"],
                               "Rahul V. Mehta": ["General Counsel and Secretary"],
                               "Daniel O'Brien, Jr.": ["Vice President, Investor Relations"]}
    assert {p.organization for p in people.values()} == {_NORTHWIND}


def test_title_colon_name_entries_a_paragraph_each_with_an_honorific(tmp_path):
    """Fails on main (no roster found)."""
    people = _people(tmp_path, _HEAD + """Chairman of the Board:  Mr. Alice M. Fenwick

Director:  Peter J. Vang

Treasurer and Chief Financial Officer:  Claire Dubois
""")
    assert _titles(people) == {"Alice M. Fenwick": ["Chairman of the Board"], "Peter J. Vang": ["Director"],
                               "Claire Dubois": ["Treasurer and Chief Financial Officer"]}


@pytest.mark.parametrize("body, countries", [
    ("""Chairman of the Board: Alice M. Fenwick; President and Chief Executive Officer:
Peter J. Vang; Vice President, Finance: Claire Dubois; Director: Martin K.
Osei, Jr.
""", {}),
    ("""Chairman of the Board: Alice M. Fenwick. President and Chief Executive Officer:
Peter J. Vang. Vice President, Finance: Claire Dubois. Director: Martin K.
Osei, Jr.

Each of the persons named above is a citizen of the United States, except Claire
Dubois, who is a citizen of France.
""", {"Alice M. Fenwick": "US", "Claire Dubois": "FR"}),
])
def test_several_title_colon_entries_run_into_a_paragraph(tmp_path, body, countries):
    """Fails on main (no roster found). Each name ends at the one stop or semicolon after which a whole title stands
    ('Alice M. Fenwick. President ...', not 'Alice M.'); a name wraps onto the next line ('Martin K.' / 'Osei, Jr.')."""
    people = _people(tmp_path, _HEAD + body)
    assert _titles(people) == {"Alice M. Fenwick": ["Chairman of the Board"],
                               "Peter J. Vang": ["President and Chief Executive Officer"],
                               "Claire Dubois": ["Vice President, Finance"], "Martin K. Osei, Jr.": ["Director"]}
    assert all(people[name].country == country for name, country in countries.items())


# ---- 'Name, Title; Name, Title' --------------------------------------------------------------------------------

def test_run_in_list_with_a_citizenship_sentence_after(tmp_path):
    """Fails on main (no roster found). 'Martin K. Osei, Jr., Director': the name ends at the comma after 'Jr.'."""
    people = _people(tmp_path, _HEAD + """Alice M. Fenwick, Chairman of the Board; Peter J. Vang, President and Chief
Executive Officer; Claire Dubois, Vice President, Finance; and Martin K. Osei,
Jr., Director.

Each of the persons named above is a citizen of the United States.
""")
    assert _titles(people) == {"Alice M. Fenwick": ["Chairman of the Board"],
                               "Peter J. Vang": ["President and Chief Executive Officer"],
                               "Claire Dubois": ["Vice President, Finance"], "Martin K. Osei, Jr.": ["Director"]}
    assert {p.organization for p in people.values()} == {_HARROWGATE}
    assert {p.country for p in people.values()} == {"US"}


def test_run_in_list_after_a_lead_in_and_before_a_closing_sentence(tmp_path):
    """Fails on main (no roster found). The lead-in clause and the sentence after the last entry are no entry's."""
    people = _people(tmp_path, _ANNEX + """The executive officers and directors of Northwind Capital Partners, L.P. are:
Gregory T. Halvorsen, Managing Director; Ingrid S. Lindqvist, Chief Operating
Officer; Rahul V. Mehta, General Counsel and Secretary; and Daniel O'Brien,
Jr., Vice President, Investor Relations. Each of them is a citizen of Norway.
""")
    assert _titles(people) == {"Gregory T. Halvorsen": ["Managing Director"],
                               "Ingrid S. Lindqvist": ["Chief Operating Officer"],
                               "Rahul V. Mehta": ["General Counsel and Secretary"],
                               "Daniel O'Brien, Jr.": ["Vice President, Investor Relations"]}
    assert {p.organization for p in people.values()} == {_NORTHWIND}


def test_run_in_list_one_entry_a_line_titles_with_commas(tmp_path):
    """Fails on main (no roster found)."""
    people = _people(tmp_path, _HEAD + """Alice M. Fenwick, Chairman of the Board and Director;
Peter J. Vang, Director;
Claire Dubois, Executive Vice President, Chief Financial Officer and Treasurer;
Harriet O. Lindgren, Lead Independent Director.
""")
    assert set(people) == {"Alice M. Fenwick", "Peter J. Vang", "Claire Dubois", "Harriet O. Lindgren"}
    assert people["Peter J. Vang"].positions == ["Director"]
    assert people["Harriet O. Lindgren"].positions == ["Lead Independent Director"]
    assert " ".join(people["Claire Dubois"].positions).startswith("Executive Vice President")
    assert "Chairman of the Board" in people["Alice M. Fenwick"].positions


def test_name_comma_title_one_a_line_without_semicolons(tmp_path):
    """Fails on main (no roster found)."""
    people = _people(tmp_path, _HEAD + """Alice M. Fenwick, Chairman of the Board
Peter J. Vang, President and Chief Executive Officer
Claire Dubois, Vice President, Finance
Martin K. Osei, Jr., Director
""")
    assert _titles(people) == {"Alice M. Fenwick": ["Chairman of the Board"],
                               "Peter J. Vang": ["President and Chief Executive Officer"],
                               "Claire Dubois": ["Vice President, Finance"], "Martin K. Osei, Jr.": ["Director"]}


@pytest.mark.parametrize("body, expected", [
    ("""<p align="center"><b>DIRECTORS AND EXECUTIVE OFFICERS OF HARROWGATE FOODS, INC.</b></p>
<p>Chairman of the Board: Alice M. Fenwick<br>President and Chief Executive Officer: Peter J. Vang<br>Vice President,
Finance: Claire Dubois</p>
<p>Each of the persons named above is a citizen of the United States.</p>""",
     {"Alice M. Fenwick": ["Chairman of the Board"], "Peter J. Vang": ["President and Chief Executive Officer"],
      "Claire Dubois": ["Vice President, Finance"]}),
    ("""<p align="center"><b>EXECUTIVE OFFICERS AND DIRECTORS OF HARROWGATE FOODS, INC.</b></p>
<p>The executive officers and directors of Harrowgate Foods, Inc. are: Gregory T. Halvorsen, Managing Director;
Ingrid S. Lindqvist, Chief Operating Officer; and Rahul V. Mehta, General Counsel and Secretary.</p>""",
     {"Gregory T. Halvorsen": ["Managing Director"], "Ingrid S. Lindqvist": ["Chief Operating Officer"],
      "Rahul V. Mehta": ["General Counsel and Secretary"]}),
])
def test_run_in_entries_in_html_paragraphs(tmp_path, body, expected):
    """Fails on main (no roster found)."""
    filing = _filing(tmp_path, f"<html><body>\n<p align=\"center\"><b>SCHEDULE I</b></p>\n{body}\n</body></html>\n",
                     "roster.htm")
    people = {p.name: p for p in filing.people}
    assert _titles(people) == expected
    assert {p.organization for p in people.values()} == {_HARROWGATE}


@pytest.mark.parametrize("body, expected", [
    ("""Alice M. Fenwick, Chairman of the Board       Peter J. Vang, Director
Claire Dubois, Vice President, Finance        Martin K. Osei, Jr., Secretary
Harriet O. Lindgren, Treasurer
""", {"Alice M. Fenwick": ["Chairman of the Board"], "Peter J. Vang": ["Director"],
      "Claire Dubois": ["Vice President, Finance"], "Martin K. Osei, Jr.": ["Secretary"],
      "Harriet O. Lindgren": ["Treasurer"]}),
    ("""Chairman of the Board: Alice M. Fenwick       Director: Peter J. Vang
Vice President, Finance: Claire Dubois        Secretary: Martin K. Osei, Jr.
""", {"Alice M. Fenwick": ["Chairman of the Board"], "Peter J. Vang": ["Director"],
      "Claire Dubois": ["Vice President, Finance"], "Martin K. Osei, Jr.": ["Secretary"]}),
])
def test_run_in_entries_two_a_line_in_two_columns(tmp_path, body, expected):
    """Fails on main (no roster found). Each column, up to the gutter every line keeps, is read whole on its own."""
    assert _titles(_people(tmp_path, _HEAD + body)) == expected


# ---- refusals: an entry bound no way or two ways leaves its paragraph unread -----------------------------------

@pytest.mark.parametrize("body", [
    # an organisation among the entries: never a person; the paragraph is not read
    """Chairman of the Board: Alice M. Fenwick
Investment Adviser: Harrowgate Capital Management LLC
Director: Peter J. Vang
""",
    """Alice M. Fenwick, Chairman of the Board;
Harrowgate Holdings LLC, Managing Member;
Peter J. Vang, Director;
Claire Dubois, Treasurer.
""",
    # no separator between a name and the next title: whose the title is, is not certain
    "Chairman: Alice M. Fenwick President: Peter J. Vang Director: Claire Dubois\n",
    "Alice M. Fenwick, Chairman of the Board; Peter J. Vang Director; Claire Dubois,\nTreasurer.\n",
    # a title run into the next name ('Chairman Peter J. Vang, Director')
    "Alice M. Fenwick, Chairman Peter J. Vang, Director; Claire Dubois, Treasurer;\nMartin K. Osei, Secretary.\n",
    # commas alone: name and title cannot be told from entry and entry
    "Alice M. Fenwick, Chairman, Peter J. Vang, Director, Claire Dubois, Secretary.\n",
    # a title wrapped onto a line of its own: that line is no entry, the list is not this layout
    """Alice M. Fenwick, Chairman of the Board
Claire Dubois, Executive Vice President, Chief
Financial Officer
Peter J. Vang, Director
""",
    # a title run on into the next name after 'of' ('Chairman of the Board Peter J. Vang')
    "Alice M. Fenwick, Chairman of the Board Peter J. Vang, Director; Claire Dubois,\nTreasurer; Martin K. Osei, "
    "Secretary.\n",
    # two columns, a title wrapped in the right one: that column does not read whole, neither is read
    """Alice M. Fenwick, Chairman of the Board       Peter J. Vang, President and Chief
Claire Dubois, Vice President, Finance        Executive Officer
Harriet O. Lindgren, Treasurer                Martin K. Osei, Jr., Secretary
""",
    # two columns whose gutter a line crosses
    """Alice M. Fenwick, Chairman of the Board       Peter J. Vang, Director
Claire Dubois, Vice President, Finance and Administration   Martin K. Osei, Secretary
""",
    # a plural heading over several names: no one person's title
    "Directors: Alice M. Fenwick; Peter J. Vang; Claire Dubois.\n",
])
def test_a_paragraph_with_an_entry_not_bound_by_its_punctuation_is_not_read(tmp_path, body):
    """Guard: passes on main and here (nothing read)."""
    with pytest.raises(StructureError):
        _filing(tmp_path, _HEAD + body)


# ---- entries side by side: the right column's person is no value of the left one's -----------------------------

@pytest.mark.parametrize("body", [
    """Alice M. Fenwick                        Peter J. Vang
Chairman of the Board                   Director
United States                           Canada

Claire Dubois                           Martin K. Osei, Jr.
Vice President, Finance                 Secretary
France                                  United Kingdom
""",
    """Alice M. Fenwick                        Peter J. Vang
  Chairman of the Board                   President and Chief
                                          Executive Officer
Claire Dubois                           Martin K. Osei, Jr.
  Vice President, Finance                 Director
""",
    """Directors:                              Executive Officers:
Alice M. Fenwick                        Peter J. Vang, President
Claire Dubois                           Martin K. Osei, Treasurer
""",
])
def test_a_person_set_beside_another_is_no_value_of_hers(tmp_path, body):
    """Fails on main: Alice M. Fenwick was given 'Peter J. Vang, Director, Canada' (or 'Peter J. Vang, President'),
    Claire Dubois Martin K. Osei's name and title."""
    people = _people(tmp_path, _HEAD + body)
    for person in people.values():
        values = person.positions + person.other_positions + [person.citizenship or ""]
        assert not any("Vang" in v or "Osei" in v for v in values), (person.name, values)
    assert all(not p.positions for p in people.values())  # (what is printed under the cut is not certain either)


# ---- guards: neighbouring layouts read as before ---------------------------------------------------------------

def test_an_occupation_opening_with_a_firm_is_kept(tmp_path):
    """Guard (passes on main and here): 'Morgan Stanley, Managing Director' beside the name is the occupation (a
    firm's name reads as a person's: the side-by-side refusal asks for a given name and a middle initial)."""
    people = _people(tmp_path, _HEAD + """NAME                   PRESENT PRINCIPAL OCCUPATION

Alice M. Fenwick       Morgan Stanley, Managing Director
Peter J. Vang          Goldman Sachs, Partner
""")
    assert people["Alice M. Fenwick"].positions == ["Morgan Stanley, Managing Director"]
    assert people["Peter J. Vang"].positions == ["Goldman Sachs, Partner"]


def test_title_colon_name_lines_under_an_organisation_entry_read_by_their_reader(tmp_path):
    """Guard (passes on main and here): the Bollore layout ('Title:  Name' under 'Directors and Executive Officers
    of X:', defaults in the preamble) keeps its reader: defaults given, no `roster-partial` finding."""
    filing = _filing(tmp_path, """                                   EXHIBIT 1

                  INFORMATION CONCERNING THE REPORTING PERSON AND
                     ITS EXECUTIVE OFFICERS AND DIRECTORS

Except as otherwise indicated below, all persons named in this Exhibit 1 are
citizens of France. Unless another address is given below, the principal
business address of each person named in this Exhibit 1 is that of Harrowgate
Foods, Inc.

1.       HARROWGATE FOODS, INC.

         Principal Business Address:
         One Harrowgate Drive
         Omaha, Nebraska 68102

         Directors and Executive Officers of Harrowgate Foods, Inc.:

                  Chief Executive Officer:  Alice M. Fenwick
                  Director:  Peter J. Vang.
                  Vice President, Finance:  Claire Dubois

                                     Citizenship:  Canada
""")
    people = {p.name: p for p in filing.people}
    assert _titles(people) == {"Alice M. Fenwick": ["Chief Executive Officer"], "Peter J. Vang": ["Director"],
                               "Claire Dubois": ["Vice President, Finance"]}
    assert people["Alice M. Fenwick"].country == "FR" and people["Claire Dubois"].country == "CA"
    assert people["Peter J. Vang"].address == "One Harrowgate Drive, Omaha, Nebraska 68102"
    assert not any(w.code == "roster-partial" for w in filing.warnings)


def test_prose_paragraphs_read_by_their_reader(tmp_path):
    """Guard (passes on main and here): one paragraph of sentences per person, read by the prose reader."""
    filing = _filing(tmp_path, _HEAD + """     Alice M. Fenwick, a citizen of the United States, is Chairman of the Board
     of Harrowgate Foods, Inc. The business address of Alice M. Fenwick is One
     Harrowgate Drive, Omaha, Nebraska 68102.

     Peter J. Vang, a citizen of Canada, is Director of Harrowgate Foods, Inc.
     The business address of Peter J. Vang is 1512 Larimer Street, Denver,
     Colorado 80202.
""")
    people = {p.name: p for p in filing.people}
    assert _titles(people) == {"Alice M. Fenwick": ["Chairman of the Board"], "Peter J. Vang": ["Director"]}
    assert people["Peter J. Vang"].country == "CA"
    assert people["Peter J. Vang"].address == "1512 Larimer Street, Denver, Colorado 80202"
    assert not any(w.code == "roster-partial" for w in filing.warnings)


def test_the_last_resort_own_layout_reads_as_before(tmp_path):
    """Guard (passes on main and here): names at one margin, ' / ' cells (round 43g)."""
    people = _people(tmp_path, _HEAD + """  Alice M. Fenwick / Chairman of the Board / United States
  Peter J. Vang / Director / United States
  Claire Dubois / Director / France
""")
    assert _titles(people) == {"Alice M. Fenwick": ["Chairman of the Board"], "Peter J. Vang": ["Director"],
                               "Claire Dubois": ["Director"]}
    assert people["Claire Dubois"].country == "FR"
