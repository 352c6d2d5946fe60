"""Forty-third round (f), issue 13: small known misses on layouts already read.

1. A US ZIP+4 code printed with an en dash or an em dash ('Boise, Idaho 83716–9632', '10017—1234') gave no city
   where the hyphen form does: the dash characters are data (kg/lookups/dashes.yml) read as '-' where addresses are
   split into city, state and postal code, and where a line is told to be an address's last line
   (kg/forms/roster_postal.py).
2. Braces drawn otherwise than round 41b's '\\' '|' '}' '/': '{' between '/' '|' ... '|' '\\' (or '|' alone at both
   ends), ')' as the middle mark, a column of ')', the Unicode pieces '⎫⎪⎬⎪⎭' and '⎧⎪⎨⎪⎩' (data:
   kg/patterns/roster_braces.yml, kg/forms/roster_brace_marks.py). A middle mark alone on its line ('}' or '{'
   with nothing above or below it) draws no span: the values beside it are refused for every row, never guessed.
3. An employer named twice under a one-line occupation ('Chief Executive' / 'The St. Paul Travelers Companies,
   Inc.' / 'The St. Paul Travelers'): the first names the occupation's employer, the second (its first words or
   the same) opens the address (kg/forms/roster_employer_line.py).
4. '(Ret.)' after a name and 'Baron' / 'Baroness' before it are no part of the name (kg/patterns/name_affixes.yml);
   an honorific is not taken off where one word would be left ('Baron Hill': a given name).

Texts of our own making. Each test marked "fails on main" failed on main 449ab2a and passes here; the guards pass
on both."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

import kg
from kg.forms.roster_names import display_name
from kg.forms.roster_postal import hyphenated_postal

sys.path.insert(0, str(Path(__file__).parent))
from test_roster_round41b import _BRACED, _SHARED  # noqa: E402  (round 41b's braced table, its shared values)

_HEAD = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HARROWGATE FOODS, INC.

      The names of the directors and executive officers of Harrowgate Foods,
      Inc. and their titles, business addresses and principal occupations are
      set forth below. Each person is a citizen of the United States.

"""

_STACK = _HEAD + """NAME AND BUSINESS ADDRESS               PRESENT PRINCIPAL OCCUPATION

Alice M. Fenwick                        Chairman of the Board, Harrowgate
   8000 South Federal Way                 Foods, Inc.
   Boise, Idaho 83716{d}9632

Peter J. Vang                           Director, Harrowgate Foods, Inc.
   245 Park Avenue
   New York, NY 10017{d}1234
"""

_TABLE = _HEAD + """Name                  Position                      Business Address
--------------------  ----------------------------  ------------------------------
Alice M. Fenwick      Chairman of the Board         8000 South Federal Way
                                                    Boise, Idaho 83716{d}9632
Peter J. Vang         Director                      245 Park Avenue
                                                    New York, NY 10017{d}1234
"""

_LABELLED = _HEAD + """Name:              Alice M. Fenwick
Position:          Chairman of the Board
Business Address:  8000 South Federal Way, Boise, Idaho 83716{d}9632

Name:              Peter J. Vang
Position:          Director
Business Address:  245 Park Avenue, New York, NY 10017{d}1234
"""


def _people(tmp_path, text: str) -> dict:
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def _cities(tmp_path, text: str) -> dict:
    return {name: (p.address_city, p.address_country) for name, p in _people(tmp_path, text).items()}


# ---- 1. ZIP+4 with an en dash or an em dash ------------------------------------------------------------------
@pytest.mark.parametrize("layout", [_STACK, _TABLE, _LABELLED], ids=["stack", "table", "labelled"])
@pytest.mark.parametrize("dash", ["\u2013", "\u2014"], ids=["en", "em"])
def test_a_zip_plus_four_with_a_dash_gives_the_city(tmp_path, layout, dash):
    """Fails on main: no city and no country for either person."""
    assert _cities(tmp_path, layout.format(d=dash)) == {"Alice M. Fenwick": ("Boise", "US"),
                                                         "Peter J. Vang": ("New York", "US")}


@pytest.mark.parametrize("layout", [_STACK, _TABLE, _LABELLED], ids=["stack", "table", "labelled"])
def test_a_zip_plus_four_with_a_hyphen_reads_as_before(tmp_path, layout):
    """Guard (passes on both)."""
    assert _cities(tmp_path, layout.format(d="-")) == {"Alice M. Fenwick": ("Boise", "US"),
                                                        "Peter J. Vang": ("New York", "US")}


def test_only_a_dash_between_five_digits_and_four_is_read_as_a_hyphen():
    """Guard: a year range, a telephone number and a longer run of digits keep their dash (offsets kept)."""
    assert hyphenated_postal("Boise, Idaho 83716\u20139632") == "Boise, Idaho 83716-9632"
    for text in ("1998\u20132003", "(402) 555\u20130143", "123456\u20139632", "83716\u201396321"):
        assert hyphenated_postal(text) == text


# ---- 2. braces drawn with other marks ------------------------------------------------------------------------
def _restyled(marks: str) -> str:
    """Round 41b's braced table with its brace drawn with `marks`, one a line, top to bottom."""
    lines = _BRACED.splitlines()
    column = next(line.index("\\") for line in lines if line.startswith("Alice"))
    out, used = [], 0
    for line in lines:
        if len(line) > column and line[column] in "\\|}/" and line[column - 1] == " " and used < len(marks):
            line, used = line[:column] + marks[used] + line[column + 1:], used + 1
        out.append(line)
    assert used == len(marks) == 13
    return "\n".join(out) + "\n"


_DRAWN = {"opening brace": "/" + "|" * 5 + "{" + "|" * 5 + "\\", "opening brace, bars": "|" * 6 + "{" + "|" * 6,
          "closing brace, bars": "|" * 6 + "}" + "|" * 6, "parenthesis tip": "\\" + "|" * 5 + ")" + "|" * 5 + "/",
          "column of parentheses": ")" * 13, "Unicode closing": "⎫" + "⎪" * 5 + "⎬" + "⎪" * 5 + "⎭",
          "Unicode opening": "⎧" + "⎪" * 5 + "⎨" + "⎪" * 5 + "⎩"}


@pytest.mark.parametrize("marks", list(_DRAWN.values()), ids=list(_DRAWN))
def test_values_beside_a_brace_drawn_otherwise_belong_to_every_row_it_spans(tmp_path, marks):
    """Fails on main: the shared lines were split between Alice M. Fenwick and Peter J.
    Vang ('Montreal QC H2Y 2J3' on him: a value on the wrong person) and Carla J. Moreno got none."""
    people = _people(tmp_path, _restyled(marks))
    for name in ("Alice M. Fenwick", "Peter J. Vang", "Carla J. Moreno"):
        assert (people[name].address, people[name].citizenship) == (_SHARED, "Canada"), name
    assert (people["Henry T. Osei"].address, people["Henry T. Osei"].citizenship) == (
        "Osei Capital, 12 Ring Road, Accra, Ghana", "Ghana")


@pytest.mark.parametrize("tip", ["}", "{"])
def test_a_brace_whose_span_is_not_drawn_refuses_its_values_for_every_row(tmp_path, tip):
    """Fails on main: a lone middle mark, no mark above or below it: which rows it covers is not known, and the
    lines beside it fell to Alice M. Fenwick and Peter J. Vang. Now no row takes any of them (a finding)."""
    path = tmp_path / "annex.txt"
    path.write_text(_restyled(" " * 6 + tip + " " * 6), encoding="utf-8")
    filing = kg.extract(path)
    people = {p.name: (p.address, p.citizenship) for p in filing.people}
    assert {people[n] for n in ("Alice M. Fenwick", "Peter J. Vang", "Carla J. Moreno")} == {(None, None)}
    assert people["Henry T. Osei"] == ("Osei Capital, 12 Ring Road, Accra, Ghana", "Ghana")
    assert any(w.code == "roster-ambiguous" and "brace" in w.message for w in filing.warnings)


def test_a_lone_mark_with_nothing_beside_it_refuses_nothing(tmp_path):
    """Guard (passes on both): a '}' typed after the last cell of a row, nothing to its right, is no value and takes
    nothing away."""
    osei = next(line for line in _BRACED.splitlines() if line.startswith("Henry T. Osei"))
    people = _people(tmp_path, _BRACED.replace(osei, osei + "   }"))
    assert (people["Henry T. Osei"].address, people["Henry T. Osei"].citizenship) == (
        "Osei Capital, 12 Ring Road, Accra, Ghana", "Ghana")


def test_the_typed_brace_of_round_41b_reads_as_before(tmp_path):
    """Guard (passes on both)."""
    people = _people(tmp_path, _BRACED)
    assert {(people[n].address, people[n].citizenship) for n in ("Alice M. Fenwick", "Peter J. Vang")} == {
        (_SHARED, "Canada")}


# ---- 3. an employer named twice under a one-line occupation --------------------------------------------------
_NAMED_TWICE = """                                   SCHEDULE B

                      DIRECTORS AND EXECUTIVE OFFICERS OF
                      MERIDIAN HARBOUR HOLDINGS, INC.


The name, position with Meridian Harbour Holdings, Inc., citizenship, present
principal occupation and business address of each director and executive
officer of Meridian Harbour Holdings, Inc. are set forth below.


<Table>
<Caption>
NAME, POSITION AND CITIZENSHIP          PRESENT PRINCIPAL OCCUPATION AND BUSINESS ADDRESS
------------------------------          -------------------------------------------------
<S>                                     <C>
Harold T. Winslow                       Chairman
Director                                Brookfield Lane Advisors
United States

Samuel J. Reyes                         Chief Executive
Chief Executive                         Meridian Harbour Holdings, Inc.
United States                           Meridian Harbour

Lydia M. Ferrante                       Partner
Director                                Ferrante Lane Capital
United States                           Harbour Point Advisors

</Table>
"""


def test_an_employer_named_twice_the_second_opens_the_address(tmp_path):
    """Fails on main: Samuel J. Reyes's address was both lines ('Meridian Harbour Holdings, Inc., Meridian
    Harbour'); the first names the employer of the occupation above it, the second opens the address."""
    reyes = _people(tmp_path, _NAMED_TWICE)["Samuel J. Reyes"]
    assert reyes.address == "Meridian Harbour"
    assert reyes.positions == ["Chief Executive"] and reyes.other_positions == []


def test_an_employer_line_not_named_again_reads_as_before(tmp_path):
    """Guard (passes on both): one employer's line is the address; two lines that are no repeat are left as read."""
    people = _people(tmp_path, _NAMED_TWICE)
    assert people["Harold T. Winslow"].address == "Brookfield Lane Advisors"
    assert people["Harold T. Winslow"].other_positions == ["Chairman"]
    assert people["Lydia M. Ferrante"].address is None


# ---- 4. names with parts that are not the name ---------------------------------------------------------------
_NAMES = [("John A. Smith (Ret.)", "John A. Smith"), ("Baron Jean-Pierre Lasalle", "Jean-Pierre Lasalle"),
          ("Walter Scott, Jr.", "Walter Scott, Jr."), ("August A. Busch III", "August A. Busch III"),
          ("Ingrid K. Vossberg, M.D.", "Ingrid K. Vossberg"), ("Helen T. Marsh, Ph.D.", "Helen T. Marsh"),
          ("Samuel O. Adeyemi, Esq.", "Samuel O. Adeyemi"), ("Dana R. Cole, CPA", "Dana R. Cole"),
          ("Dr. Peter J. Vang", "Peter J. Vang"), ("Sir Howard J. Pemberton", "Howard J. Pemberton"),
          ("Lord Alistair Carrick", "Alistair Carrick")]


def _names_stack() -> str:
    out = ["NAME AND BUSINESS ADDRESS               PRESENT PRINCIPAL OCCUPATION", ""]
    for i, (name, _) in enumerate(_NAMES):
        out += [f"{name:<40}Director, Harrowgate Foods, Inc.", f"   {100 + i} Main Street", "   Omaha, NE 68102", ""]
    return _HEAD + "\n".join(out)


def _names_table() -> str:
    out = ["Name                          Position                      Business Address", "-" * 88]
    for i, (name, _) in enumerate(_NAMES):
        out += [f"{name:<30}{'Director':<30}{100 + i} Main Street", f"{'':<60}Omaha, NE 68102", ""]
    return _HEAD + "\n".join(out)


def _names_labelled() -> str:
    out = []
    for i, (name, _) in enumerate(_NAMES):
        out += [f"Name:              {name}", "Position:          Director",
                f"Business Address:  {100 + i} Main Street, Omaha, NE 68102", ""]
    return _HEAD + "\n".join(out)


@pytest.mark.parametrize("make", [_names_stack, _names_table, _names_labelled], ids=["stack", "table", "labelled"])
def test_name_parts_in_every_layout(tmp_path, make):
    """Fails on main: 'John A. Smith (Ret.)' and 'Baron Jean-Pierre Lasalle' kept those words in the name. The
    others (suffixes kept as printed, honorifics and degrees left out, as the golds have them) guard."""
    people = _people(tmp_path, make())
    assert set(people) == {shown for _, shown in _NAMES}
    for i, (printed, shown) in enumerate(_NAMES):
        assert people[shown].positions == ["Director"], printed
        assert people[shown].address.startswith(f"{100 + i} Main Street"), printed
        assert (people[shown].name_as_printed or shown) == printed


def test_an_honorific_leaving_one_word_is_a_given_name():
    """Fails on main for 'Baron Hill' ('Hill'); 'Baroness' and a 'SURNAME, Given' name read as before."""
    assert display_name("Baron Hill") == "Baron Hill"
    assert display_name("Baroness Jo Valentine") == "Jo Valentine"
    assert display_name("SMITH, JOHN A. (Ret.)") == "John A. Smith"
