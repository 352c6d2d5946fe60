"""Round 56i (issue 13): gather146's run_in_prose_numbered_sections_address_postamble_exceptions and gather149's
edgar_stacked_name_titles_citizenship_cell_occupation_items_address_postamble_exceptions.

What was wrong: (1) run-in prose ('Pei-yuan Chia is Director of <Org>. Present principal occupation: X. The person is a
citizen of Y.') gave the titles only: the labelled occupation sentence had no subject the reader knew, 'The person'
stood for no one, 'A/S. Present principal occupation:' did not end a sentence; a name printed surname first before
its verb ('CHIA, Pei-yuan is Director ...') opened no entry (the NER span took the verb in); a numbered section line
('2. DIRECTORS') counted as a paragraph that was no entry, so a roster of one person a section was refused whole.
(2) after an EDGAR table, the postamble 'The business address(es) of (each of) the persons named in the table above
...' was not read ('named above' only), nor its '<Name>: <address>' lines (a dash only).

What changed: kg/forms/roster_prose.py (_lead_name, _body_heading, _subject, the labelled occupation sentence),
kg/forms/roster_prose_paragraphs.py (OPENING_INVERTED, PRONOUN_SUBJECT), kg/patterns/roster.yml
(prose_occupation_label, prose_sentence_end), kg/forms/roster_rules.py, kg/patterns/roster_address_follows.yml (lead,
item), kg/forms/roster_after.default_after ('named in the table above').

Tests marked "fails on main" fail on main fd50722e; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg

PROSE = """\
                                   ANNEX I

             DIRECTORS AND EXECUTIVE OFFICERS OF KESTREL HOLDINGS A/S

     Set forth below are the name, position with Kestrel Holdings A/S, present
principal occupation and citizenship of each director and executive officer of
Kestrel Holdings A/S; their business addresses follow the list.

1. DIRECTORS

     {a} is Chair of the Board of Kestrel Holdings A/S. Present principal
occupation: Managing Director, Fjord Capital ApS. The person is a citizen of
Denmark.

2. EXECUTIVE OFFICERS

     {b} is Chief Financial Officer of Kestrel Holdings A/S. The
person is a citizen of Sweden.

     The business address of each of the persons named above is Tuborg Havnevej
19, 2900 Hellerup, Denmark, except as follows:
    {a} -- Fjord Capital ApS, Strandvejen 60, 2900 Hellerup, Denmark
"""

TABLE = """\
                                 EXHIBIT 99.A

              DIRECTORS AND EXECUTIVE OFFICERS OF MARLOWE TRUST CORP.

     Set forth below are the name, title, citizenship and present principal
occupation of each executive officer and director of Marlowe Trust Corp.; their
business addresses follow the table.

<TABLE>
<CAPTION>
NAME, TITLE, AND CITIZENSHIP          PRINCIPAL OCCUPATION
------------------------------------  ----------------------------------------------
<S>                                   <C>
Helena R. Voss                        Director, Marlowe Trust Corp.
Director                              Partner, Voss & Lindqvist LLP
United States

Oskar T. Brandt                       President, Marlowe Trust Corp.
President                             President, Marlowe Trust Corp.
Canada

</TABLE>

{postamble}
"""

EXCEPTIONS = """\
     The business address of each of the persons named in the table above is
200 Clarendon Street, Boston, Massachusetts 02116, except as follows:
    {name}: Voss & Lindqvist LLP, 1 Federal Street, Boston, Massachusetts 02110"""

SHARED = """\
     The business address of each of the persons named in the table above is
200 Clarendon Street, Boston, Massachusetts 02116."""


def _people(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_run_in_prose_reads_the_labelled_occupation_and_the_person_citizen(tmp_path):
    """Fails on main: no occupation, no citizenship."""
    people = _people(tmp_path, PROSE.format(a="Anders Holm", b="Maja Lind"))
    holm, lind = people["Anders Holm"], people["Maja Lind"]
    assert holm.other_positions == ["Managing Director, Fjord Capital ApS"]
    assert (holm.citizenship, lind.citizenship) == ("Denmark", "Sweden")
    assert holm.address == "Fjord Capital ApS, Strandvejen 60, 2900 Hellerup, Denmark"  # the named exception
    assert lind.address == "Tuborg Havnevej 19, 2900 Hellerup, Denmark"  # the default
    assert not lind.other_positions


def test_run_in_prose_surname_first_before_the_verb(tmp_path):
    """Fails on main: 'HOLM, Anders is ...' opens no entry (the roster is refused or read without values)."""
    people = _people(tmp_path, PROSE.format(a="HOLM, Anders", b="LIND, Maja"))
    assert set(people) == {"Anders Holm", "Maja Lind"}
    assert people["Anders Holm"].positions == ["Chair of the Board"]
    assert people["Maja Lind"].positions == ["Chief Financial Officer"]
    assert people["Anders Holm"].address == "Fjord Capital ApS, Strandvejen 60, 2900 Hellerup, Denmark"
    assert people["Maja Lind"].citizenship == "Sweden"


def test_postamble_named_in_the_table_above_with_colon_lines(tmp_path):
    """Fails on main: neither address is given."""
    people = _people(tmp_path, TABLE.format(postamble=EXCEPTIONS.format(name="Helena R. Voss")))
    assert people["Helena R. Voss"].address == "Voss & Lindqvist LLP, 1 Federal Street, Boston, Massachusetts 02110"
    assert people["Oskar T. Brandt"].address == "200 Clarendon Street, Boston, Massachusetts 02116"


def test_postamble_default_named_in_the_table_above(tmp_path):
    """Fails on main: the default after the table is not read."""
    people = _people(tmp_path, TABLE.format(postamble=SHARED))
    assert {p.address for p in people.values()} == {"200 Clarendon Street, Boston, Massachusetts 02116"}


def test_guard_colon_line_naming_no_listed_person_gives_no_address(tmp_path):
    """Guard (passes on both): a line naming no one of the list: no one is given the listed addresses."""
    people = _people(tmp_path, TABLE.format(postamble=EXCEPTIONS.format(name="Ingrid Falk")))
    assert people["Helena R. Voss"].address is None
    assert people["Oskar T. Brandt"].address is None


def test_guard_prose_honorific_sentences_unchanged(tmp_path):
    """Guard (passes on both): Chittenden's 'Name.  Mr. X is ...' paragraphs, a sentence about someone else after."""
    text = """\
                       DIRECTORS AND EXECUTIVE OFFICERS OF
                             HARROW BANCORP

     The business address of each of the following directors and executive
officers of Harrow Bancorp is Two Main Square, Burlington, Vermont 05402.

     Paul A. Rennet.  Mr. Rennet is President and Chief Executive Officer of
Harrow Bancorp.

     Kirk W. Salter.  Mr. Salter is Executive Vice President of Harrow Bancorp.
Mr. Rennet is his supervisor. He is a citizen of Canada.
"""
    people = _people(tmp_path, text)
    assert people["Paul A. Rennet"].positions == ["President", "Chief Executive Officer"]
    assert people["Kirk W. Salter"].positions == ["Executive Vice President"]
    assert people["Kirk W. Salter"].citizenship is None  # (the pronoun after another person's sentence)
    assert people["Paul A. Rennet"].address == "Two Main Square, Burlington, Vermont 05402"
