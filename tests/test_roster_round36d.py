"""Thirty-sixth round (d), issue 13: what a list states after it, read for every layout; dot-leader name lists.

1. A 'Name ........ Position' list with dot leaders, the other titles one a line in the title column, the occupations
   outside the organisation in parentheses under the name, and AFTER the list 'Unless otherwise noted below, the
   business address of each of the persons listed above is X, and each of them is a citizen of Y.' with one sentence
   per person who differs. The dot-leader reader took the closing paragraph into the last entry and read nothing
   after the list; the table reader put '(Retired Vice Chairman, ...)' among the titles. A paragraph on the persons
   listed above now closes the list (kg/forms/roster_leaders.py), a title beside the paragraph under the name is a
   title (one a line where the list wraps with a hanging indent or both are whole titles), the parenthesised groups
   under the name are occupations elsewhere (kg/forms/roster_paren_under.py), and what the text after the list states
   is read after the prose readers as after the table readers (kg/forms/roster_postamble.py).
2. 'Each of the above listed persons is a citizen of X, except A, who is a citizen of Y.' in a paragraph of its own
   after the list: read as the default with its named exceptions by the collective-citizenship reader the table
   readers had (kg/forms/roster_postscript.py; 'above listed persons' added to collective_citizenship in
   kg/patterns/roster.yml), now for every layout.
3. Name-and-title blocks: 'Vice-President' opens with a title word; the organisation the preamble names, alone over
   the list, is no person; two blocks closed by a sentence on the persons listed above are a list; a short line
   under a short title is an item of its own ('Director' / 'Portfolio Manager'), not its wrap.
4. 'DIRECTORS AND EXECUTIVE OFFICERS' / 'OF' / 'X' centred on three lines: the title names X.

Texts of our own making. Each test marked "fails on main" failed on main a6bf534 and passes here; the guards pass on
both."""
from __future__ import annotations

import kg

_HEAD = """                                                                  Exhibit 99.1

                       DIRECTORS AND EXECUTIVE OFFICERS
                                      OF
                         HALDEN PRECISION WORKS, INC.

     Set forth below are the names of the directors and executive officers of
Halden Precision Works, Inc. (the "Company") and the present position(s) each
of them holds with the Company.

Name                                      Position(s) with the Company
----                                      ----------------------------

"""
_TAIL = """     Unless otherwise noted below, the business address of each of the persons
listed above is 400 Quarry Road, Dayton, Ohio 45402, and each of them is a
citizen of the United States.

     The business address of Marguerite A. Dalloz is Dalloz & Fenn LLP, 12 Rue
Royale, 75008 Paris, France. Marguerite A. Dalloz is a citizen of France.
"""
_ENTRIES = [("Oskar T. Lindqvist", ["    (Retired Vice Chairman, Norbeck", "      Shipping Lines)"],
             ["Director", "Chairman of the Board"]),
            ("Marguerite A. Dalloz", ["    (Partner, Dalloz & Fenn LLP)"], ["Director"]),
            ("Henry J. Okafor", [], ["President", "Chief Executive Officer"])]


def _leaders(lettered: bool = False) -> str:
    """The list as a typist sets it: the name joined to its first title by dot leaders, the titles from column 42."""
    rows = []
    for index, (name, under, titles) in enumerate(_ENTRIES):
        name = f"{'ABC'[index]}. {name}" if lettered else name
        left = [f"{name} {'.' * (40 - len(name) - 1)}", *under]
        for line in range(max(len(left), len(titles))):
            cell = left[line] if line < len(left) else ""
            rows.append(f"{cell:<42}{titles[line] if line < len(titles) else ''}".rstrip())
        rows.append("")
    return _HEAD + "\n".join(rows) + "\n" + _TAIL


def _read(tmp_path, text: str):
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    filing = kg.extract(path)
    return {p.name: p for p in filing.people}, filing


def test_dot_leader_list_reads_titles_beside_and_occupations_in_parentheses(tmp_path):
    """Fails on main: '(Retired Vice Chairman, ...)' was read as a title (or the entry left out)."""
    people, _filing = _read(tmp_path, _leaders())
    assert set(people) == {"Oskar T. Lindqvist", "Marguerite A. Dalloz", "Henry J. Okafor"}
    lindqvist = people["Oskar T. Lindqvist"]
    assert lindqvist.positions == ["Director", "Chairman of the Board"]
    assert lindqvist.other_positions == ["Retired Vice Chairman, Norbeck Shipping Lines"]
    assert people["Marguerite A. Dalloz"].positions == ["Director"]
    assert people["Marguerite A. Dalloz"].other_positions == ["Partner, Dalloz & Fenn LLP"]
    assert people["Henry J. Okafor"].positions == ["President", "Chief Executive Officer"]


def test_dot_leader_list_takes_the_defaults_and_exceptions_after_it(tmp_path):
    """Guard (passes on main, where the table reader took this list): the defaults after the list and each person's
    own sentence, now read by the shared postamble reader for the dot-leader reader too."""
    people, _filing = _read(tmp_path, _leaders())
    assert people["Oskar T. Lindqvist"].address == "400 Quarry Road, Dayton, Ohio 45402"
    assert people["Oskar T. Lindqvist"].citizenship == "United States"
    assert people["Henry J. Okafor"].address == "400 Quarry Road, Dayton, Ohio 45402"
    dalloz = people["Marguerite A. Dalloz"]
    assert dalloz.address == "Dalloz & Fenn LLP, 12 Rue Royale, 75008 Paris, France"
    assert dalloz.citizenship == "France"


def test_lettered_dot_leader_names_match_the_sentences_after_the_list(tmp_path):
    """Guard: 'B. Marguerite A. Dalloz' is the 'Marguerite A. Dalloz' the sentences name, so the default never goes
    to her (the letters are taken off before the sentences after the list are matched, in every layout)."""
    people, _filing = _read(tmp_path, _leaders(lettered=True))
    dalloz = people["Marguerite A. Dalloz"]
    assert dalloz.address == "Dalloz & Fenn LLP, 12 Rue Royale, 75008 Paris, France"
    assert dalloz.citizenship == "France"
    assert people["Henry J. Okafor"].citizenship == "United States"


def test_centred_of_line_joins_the_title(tmp_path):
    """Fails on main: the lone 'OF' line ended the title, so the organisation was not named."""
    _people, filing = _read(tmp_path, _leaders())
    assert {p.organization for p in filing.people} == {"Halden Precision Works, Inc."}


_BLOCKS = """<PAGE>
                                                       EXHIBIT B


Names, positions, principal occupations and business addresses of the directors
and executive officers of Tavener Holdings Ltd.:

Tavener Holdings Ltd.

Ingrid Solberg
Director
Portfolio Manager
   18 Strandgade
   1401 Copenhagen
   Denmark

Pieter van Aalst
Director
Portfolio Manager

Except as shown above, the business address of each of the above listed persons is:

   9 Harbour Lane
   Hamilton HM 11
   Bermuda

Each of the above listed persons is a citizen of Bermuda, except Ingrid
Solberg, who is a citizen of Denmark.
"""


def test_two_name_blocks_closed_by_the_postamble_are_read(tmp_path):
    """Fails on main: two blocks were too few for a list, and 'Director' / 'Portfolio Manager' read as one title."""
    people, _filing = _read(tmp_path, _BLOCKS)
    assert set(people) == {"Ingrid Solberg", "Pieter van Aalst"}
    assert people["Ingrid Solberg"].positions[:1] == ["Director"]
    assert people["Ingrid Solberg"].citizenship == "Denmark"
    assert people["Pieter van Aalst"].citizenship == "Bermuda"
    assert people["Pieter van Aalst"].address == "9 Harbour Lane, Hamilton HM 11, Bermuda"


_TITLE_LINES = """
                                   EXHIBIT B

Names, positions, principal occupations and business addresses of the directors
and executive officers of Corvane Capital Inc.:

Corvane Capital Inc.

Rosa M. Eklund
Director
Chairman of the Board

Tomas B. Wirth
Director
Vice President

Ana L. Pereira
Secretary

Except as shown above, the business address of each of the above listed persons is:

   77 Front Street
   Toronto, Ontario M5J 1A1

Each of the above listed persons is a citizen of Canada, except {exception}, who is a citizen of
Switzerland.
"""


def test_title_lines_take_the_citizenship_paragraph_with_its_exception(tmp_path):
    """Fails on main: the citizenship paragraph after the address was not read for this layout."""
    people, _filing = _read(tmp_path, _TITLE_LINES.format(exception="Tomas B. Wirth"))
    assert people["Rosa M. Eklund"].citizenship == "Canada"
    assert people["Ana L. Pereira"].citizenship == "Canada"
    assert people["Tomas B. Wirth"].citizenship == "Switzerland"
    assert people["Tomas B. Wirth"].address == "77 Front Street, Toronto, Ontario M5J 1A1"


def test_exception_named_otherwise_gives_that_person_no_default(tmp_path):
    """Fails on main (no finding: the sentence was not read for this layout). Guard too: the exception 'Tomas Wirth'
    is not printed as any listed name ('Tomas B. Wirth' is): the sentence is refused whole, nobody takes the default
    (it could be his), with a finding."""
    people, filing = _read(tmp_path, _TITLE_LINES.format(exception="Tomas Wirth"))
    assert all(p.citizenship is None for p in people.values())
    assert any(w.code == "roster-ambiguous" and "'Tomas Wirth'" in w.message for w in filing.warnings)


def test_exception_not_read_whole_gives_no_default(tmp_path):
    """Guard: 'except as noted in Schedule II' names no one it can be read for: nobody takes the default."""
    text = _TITLE_LINES.format(exception="Tomas B. Wirth").replace(
        "except Tomas B. Wirth, who is a citizen of\nSwitzerland.", "except as noted in Schedule II.")
    people, _filing = _read(tmp_path, text)
    assert all(p.citizenship is None for p in people.values())
