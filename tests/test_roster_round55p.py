"""Round 55p (issue 13): gather143's edgar_table_per_section_citizenship_second_address_postamble_exceptions and
html_roman_key_paragraphs_section_headings_citizenship_postamble.

What was wrong: (1) the business addresses given AFTER the tables below a lead ending 'as follows:', one '<Name> --
<address>' line each ('The business address of each of the persons named above is X, except as follows:' / 'The
business addresses of the persons named above are as follows:') were not read: with every person listed, the
'Name -- address' lines were even taken for the roster (kg.forms.roster_dash) and the tables left unread; a name
with an initial ('Anthony R. Graham') ended a 'default' that ran on into the lines. (2) roman-keyed lines ('(i)'
name .. '(iv)' address) read as a value's lines whatever followed them: a section heading ('Directors'), a folio,
and the sentence after the list ran into the last address, and the citizenship sentence after the list was never
read (with all on the last entry, no person was kept).

What changed: kg/forms/roster_address_follows.py (new; its words in kg/patterns/roster_address_follows.yml), called
from kg/forms/roster_postamble.py, and by kg/forms/roster_dash.py to leave such a list to the postamble;
kg/forms/roster_after.default_after reads no default that runs on past 'except as follows:'; kg/forms/
roster_marked.read_marked ends an entry at a line at the margin after a blank line that opens with no key.

Tests marked "fails on main" fail on main 7117d98a; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg

TABLE = """\
                                  SCHEDULE I

          DIRECTORS AND EXECUTIVE OFFICERS OF HALVERSON MILLS, INC.

     The name, citizenship, position with Halverson Mills, Inc. and present
principal occupation of each director and executive officer are set forth
below; their business addresses follow the tables.

                                  DIRECTORS

<TABLE>
<CAPTION>
                                            POSITION WITH           PRESENT PRINCIPAL
NAME                        CITIZENSHIP     HALVERSON MILLS, INC.   OCCUPATION
--------------------------  --------------  ----------------------  --------------------------
<S>                         <C>             <C>                     <C>
Harriet J. Okafor           United States   Director                Partner, Brill & Hale LLP

Tomasz R. Wierzbicki        Poland          Director                President, Wisla Trading
</TABLE>

                              EXECUTIVE OFFICERS

<TABLE>
<CAPTION>
                                            POSITION WITH           PRESENT PRINCIPAL
NAME                        CITIZENSHIP     HALVERSON MILLS, INC.   OCCUPATION
--------------------------  --------------  ----------------------  --------------------------
<S>                         <C>             <C>                     <C>
Elena M. Castillo           United States   Treasurer               --
</TABLE>

"""

EXCEPT = """\
     The business address of each of the persons named above is 40 Harbor
Drive, Portland, Maine 04101, except as follows:
    Tomasz R. Wierzbicki -- Wisla Trading Sp. z o.o., ul. Prosta 20,
        00-850 Warsaw, Poland
"""

EVERY = """\
     The business addresses of the persons named above are as follows:
    Harriet J. Okafor -- Brill & Hale LLP, 12 Court Street, Boston,
        Massachusetts 02108
    Tomasz R. Wierzbicki -- Wisla Trading Sp. z o.o., ul. Prosta 20,
        00-850 Warsaw, Poland
    Elena M. Castillo -- 40 Harbor Drive, Portland, Maine 04101
"""

WARSAW = "Wisla Trading Sp. z o.o., ul. Prosta 20, 00-850 Warsaw, Poland"


def _people(tmp_path: Path, text: str, name: str = "annex.txt") -> dict:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_default_address_with_exceptions_below_the_tables(tmp_path):
    """Fails on main: no address read (the lines after 'except as follows:')."""
    people = _people(tmp_path, TABLE + EXCEPT)
    assert set(people) == {"Harriet J. Okafor", "Tomasz R. Wierzbicki", "Elena M. Castillo"}
    assert people["Harriet J. Okafor"].address == "40 Harbor Drive, Portland, Maine 04101"
    assert people["Elena M. Castillo"].address == "40 Harbor Drive, Portland, Maine 04101"
    assert people["Tomasz R. Wierzbicki"].address == WARSAW  # (the exception to its name only)
    assert people["Tomasz R. Wierzbicki"].citizenship == "Poland"
    assert people["Harriet J. Okafor"].other_positions == ["Partner, Brill & Hale LLP"]


def test_every_address_listed_leaves_the_tables_the_roster(tmp_path):
    """Fails on main: the 'Name -- address' lines were read as the roster, the tables' values lost."""
    people = _people(tmp_path, TABLE + EVERY)
    assert set(people) == {"Harriet J. Okafor", "Tomasz R. Wierzbicki", "Elena M. Castillo"}
    assert people["Harriet J. Okafor"].address == "Brill & Hale LLP, 12 Court Street, Boston, Massachusetts 02108"
    assert people["Harriet J. Okafor"].positions == ["Director"]
    assert people["Tomasz R. Wierzbicki"].address == WARSAW
    assert people["Elena M. Castillo"].positions == ["Treasurer"]
    assert people["Elena M. Castillo"].address == "40 Harbor Drive, Portland, Maine 04101"


def test_a_line_naming_no_one_listed_gives_no_one_anything(tmp_path):
    """Fails on main (a 'default' running on into the lines, '... Maine 04101, except as follows: Tomasz R', given to
    all): a line whose name is no person of the tables: whose the addresses are is not certain, none is given."""
    text = TABLE + EXCEPT.replace("Tomasz R. Wierzbicki --", "Tomas Wierzbicky --")
    people = _people(tmp_path, text)
    assert set(people) == {"Harriet J. Okafor", "Tomasz R. Wierzbicki", "Elena M. Castillo"}
    assert all(p.address is None for p in people.values())


def test_an_initial_in_an_excepted_name_ends_no_default(tmp_path):
    """Fails on main: 'Anthony R. Graham' ended a 'default' running on into the lines; no one had an address."""
    text = TABLE.replace("Tomasz R. Wierzbicki ", "Anthony R. Graham    ") + EXCEPT.replace(
        "Tomasz R. Wierzbicki --", "Anthony R. Graham --")
    people = _people(tmp_path, text)
    assert people["Anthony R. Graham"].address == WARSAW
    assert people["Harriet J. Okafor"].address == "40 Harbor Drive, Portland, Maine 04101"


def _keyed(name: str, position: str, occupation: str, address: list[str]) -> str:
    lines = [f"(i)&nbsp;&nbsp;{name}", f"(ii)&nbsp;&nbsp;{position}", f"(iii)&nbsp;&nbsp;{occupation}",
             "(iv)&nbsp;&nbsp;" + "<br>&nbsp;&nbsp;&nbsp;&nbsp;".join(address)]
    return "<p>" + "<br>".join(lines) + "</p>"


HTML = "\n".join([
    "<html><body>", "<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF HALVERSON MILLS, INC.</b></p>",
    "<p>The (i) name, (ii) position with Halverson Mills, Inc., (iii) present principal occupation and (iv) principal "
    "business address of each of the directors and executive officers of Halverson Mills, Inc. are listed below.</p>",
    "<p><u>Directors</u></p>",
    _keyed("Harriet J. Okafor", "Director", "Partner, Brill &amp; Hale LLP", ["12 Court Street", "Boston, Massachusetts 02108"]),
    _keyed("Tomasz R. Wierzbicki", "Director", "President, Wisla Trading", ["ul. Prosta 20", "00-850 Warsaw, Poland"]),
    "<p><u>Executive Officers</u></p>",
    _keyed("Elena M. Castillo", "Treasurer", "&#8212;", ["40 Harbor Drive", "Portland, Maine 04101"]),
    "<p>Each of the persons listed above is a citizen of the United States, except Tomasz R. Wierzbicki, who is a "
    "citizen of Poland.</p>",
    "</body></html>", ""])


def test_keyed_paragraphs_end_at_a_heading_and_the_sentence_after_them(tmp_path):
    """Fails on main: the heading and the citizenship sentence ran into the addresses above them (no one kept)."""
    people = _people(tmp_path, HTML, "annex.htm")
    assert set(people) == {"Harriet J. Okafor", "Tomasz R. Wierzbicki", "Elena M. Castillo"}
    assert people["Tomasz R. Wierzbicki"].address == "ul. Prosta 20, 00-850 Warsaw, Poland"
    assert people["Tomasz R. Wierzbicki"].citizenship == "Poland"
    assert people["Harriet J. Okafor"].address == "12 Court Street, Boston, Massachusetts 02108"
    assert people["Harriet J. Okafor"].citizenship == "United States"
    assert people["Elena M. Castillo"].address == "40 Harbor Drive, Portland, Maine 04101"
    assert people["Elena M. Castillo"].citizenship == "United States"


def test_power_corporation_keyed_blocks_unchanged():
    """Guard (passes on main too): Power Corporation's own keyed blocks, a value's lines indented past a page
    break, read as before."""
    path = Path(__file__).parent / "data" / "rosters_real" / "dev" / "labelled_roman_power_corp.txt"
    people = {p.name: p for p in kg.extract(path).people}
    assert people["Laurent Dassault"].citizenship == "France"
    assert people["Laurent Dassault"].address == ("Dassault Investissements, 9, Rond-Point des Champs-Elysees, "
                                                  "75008 Paris, France")
    assert people["Andre Desmarais"].address == "751 Victoria Square, Montreal QC H2Y 2J3"
