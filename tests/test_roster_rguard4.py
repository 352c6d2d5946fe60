"""Issue 13, precision of the roster reader: a last guard over a roster's values (kg/forms/roster_junk.py) and a
name glued to its employer in a fixed-width table (kg/forms/roster_rowcells.py `unglue`,
kg/forms/roster_name_guard.py `glued_employer`). Texts of our own making (people and organisations invented here);
benchmarks/audit_roster_values.py lists the junk values these shapes stand for.

Each test says whether it fails on main (a fix) or passes on both (a guard of precision)."""
from __future__ import annotations

import pytest

import kg

HEAD = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HARROW & PELL INDUSTRIES, INC.

"""


def _extract(tmp_path, body: str, name: str = "roster.txt", head: str = HEAD):
    path = tmp_path / name
    path.write_text(head + body, encoding="utf-8")
    return kg.extract(path)


def _values(person) -> list[str]:
    return [*person.positions, *person.other_positions, person.citizenship or "", person.address or "",
            person.address_city or ""]


def _found(filing, code: str = "roster-ambiguous") -> str:
    return "\n".join(w.message for w in filing.warnings if w.code == code)


# ---- a value holding a cell separator -------------------------------------------------------------------
PER_PERSON = """<html><body><p>SCHEDULE I</p><p>DIRECTORS AND EXECUTIVE OFFICERS OF HARROW &amp; PELL INDUSTRIES,
INC.</p>{blocks}</body></html>"""
BLOCK = """<h4>{name}</h4><table border=0><tr><td>Position with Harrow &amp; Pell Industries, Inc.:</td>
<td>{position}</td></tr><tr><td>Present Principal Occupation:</td><td>{occupation}</td></tr><tr><td>Business
Address:</td><td>{street}<br>{city}</td></tr><tr><td>Citizenship:</td><td>{citizenship}</td></tr></table>"""
PEOPLE = [("Oswin T. Marlowe", "Director", "Partner, Brisk &amp; Orme LLP", "18 Quay Street", "Portland, Maine 04101",
           "United States"),
          ("Beatrix L. Ashdown", "Chief Financial Officer", "Chief Financial Officer", "One Harrow Plaza",
           "Bath, Maine 04530", "United Kingdom")]


def test_no_value_holds_a_cell_separator(tmp_path):
    """Fails on main: the cells of a small table per person ran together into one value ('| United States | 18
    Quay Street ...'). Now a separator at a value's edge is cleaned off ('| Director' -> 'Director') and a value
    with one inside is left out, with a finding naming the person and the text."""
    blocks = "".join(BLOCK.format(name=n, position=p, occupation=o, street=s, city=c, citizenship=z)
                     for n, p, o, s, c, z in PEOPLE)
    filing = _extract(tmp_path, PER_PERSON.format(blocks=blocks), "roster.htm", head="")
    people = {p.name: p for p in filing.people}
    assert all("|" not in value for p in people.values() for value in _values(p))
    assert people["Oswin T. Marlowe"].positions == ["Director"]
    assert people["Beatrix L. Ashdown"].positions == ["Chief Financial Officer"]
    found = _found(filing)
    for person in people.values():
        assert person.address is None or "|" not in person.address
        if person.address is None:
            assert repr(person.name) in found


# ---- an other position that names no occupation ---------------------------------------------------------
STACKED = """OSWIN T. MARLOWE
     Director, Harrow & Pell Industries, Inc.
     Chief Executive
     Quillfeather Analytics
     Citizen of the United States

BEATRIX L. ASHDOWN
     Director, Harrow & Pell Industries, Inc.
     Partner, Brisk
     Brisk
     Orme
     Tallow
     Citizen of the United Kingdom

CORNELIUS J. VANTREIGHT
     Director, Harrow & Pell Industries, Inc.
     Chairman
     Norrland Shipping Group
     Citizen of Canada
"""


def test_an_employer_line_is_no_occupation(tmp_path):
    """Fails on main: the lines under a person's occupation (the employer's name, an address line cut at its
    commas: 'Brisk' / 'Orme' / 'Tallow') were read as more occupations. Now an other position with no word of a
    title or an occupation that names no organisation, or that names one beside an occupation of the person's
    own, is left out with a finding."""
    filing = _extract(tmp_path, STACKED)
    people = {p.name: p for p in filing.people}
    assert people["Oswin T. Marlowe"].other_positions == ["Chief Executive"]
    assert people["Beatrix L. Ashdown"].other_positions == ["Partner, Brisk"]
    assert people["Cornelius J. Vantreight"].other_positions == ["Chairman"]
    assert "'Quillfeather Analytics' of 'Oswin T. Marlowe' is left out" in _found(filing)


EMPLOYER_COLUMN = """Name                       Employer                     Position                 Citizenship
-------------------------  ---------------------------  -----------------------  --------------
Oswin T. Marlowe           Halden Group Ltd.            Director                 United States
Beatrix L. Ashdown         Brightwater Capital LLC      Managing Partner         United Kingdom
"""


def test_an_employer_column_is_kept(tmp_path):
    """Passes on both (a guard): an organisation's name alone, as an employer column prints it, stays the
    person's other position."""
    people = {p.name: p for p in _extract(tmp_path, EMPLOYER_COLUMN).people}
    assert people["Oswin T. Marlowe"].other_positions == ["Halden Group Ltd."]
    assert people["Beatrix L. Ashdown"].other_positions == ["Brightwater Capital LLC"]
    assert people["Beatrix L. Ashdown"].positions == ["Managing Partner"]


# ---- a person's name that is an organisation's, or a line under a bare name ------------------------------
TYPEWRITTEN = """NAME AND                            PRESENT PRINCIPAL
BUSINESS ADDRESS                    OCCUPATION OR EMPLOYMENT            CITIZENSHIP
--------------------------------    ----------------------------------  -----------
<S>                                 <C>                                 <C>
OSWIN T. MARLOWE
QUILLFEATHER CONSULTING GROUP       DIRECTOR OF HARROW & PELL           U.S.A.
18 QUAY STREET                      INDUSTRIES, INC.; MANAGING
PORTLAND, ME 04101                  DIRECTOR, QUILLFEATHER

BEATRIX L. ASHDOWN
BRISK                               DIRECTOR OF HARROW & PELL           U.S.A.
ORME                                INDUSTRIES, INC.; PARTNER, BRISK
TALLOW

CORNELIUS J. VANTREIGHT
NORRLAND SHIPPING GROUP             DIRECTOR OF HARROW & PELL           U.S.A.
                                    INDUSTRIES, INC.; CHAIRMAN

LAVINIA R. STOKE                    DIRECTOR OF HARROW & PELL           U.S.A.
ONE HARROW PLAZA                    INDUSTRIES, INC.
BATH, ME 04530
"""


def test_a_line_under_a_name_is_never_a_person(tmp_path):
    """Fails on main: with the cells of each entry printed a line below its name (a converter's shifted
    baseline), the employer line took the entry's values as a person of its own ('Quillfeather Consulting
    Group', 'Brisk Orme'), and an address line in capitals read as a name ('One Harrow Plaza'). Now a name
    holding an organisation's word or a street's, or a name line right under a name read with no value while the
    roster's other people have values, is left out with a finding; nobody gets another's values."""
    filing = _extract(tmp_path, "<TABLE>\n" + TYPEWRITTEN + "</TABLE>\n")
    names = sorted(p.name for p in filing.people)
    assert set(names) <= {"Oswin T. Marlowe", "Beatrix L. Ashdown", "Cornelius J. Vantreight", "Lavinia R. Stoke"}
    people = {p.name: p for p in filing.people}
    for name, words in (("Oswin T. Marlowe", "QUILLFEATHER"), ("Beatrix L. Ashdown", "BRISK"),
                        ("Cornelius J. Vantreight", "CHAIRMAN"), ("Lavinia R. Stoke", "HARROW PLAZA")):
        assert all(words not in " ".join(_values(p)) for p in people.values() if p.name != name)
    assert "'Quillfeather Consulting Group' is read as a person's name" in _found(filing)


# ---- a citizenship of two cells, a country as city -------------------------------------------------------
def test_a_citizenship_of_two_countries_run_together_is_refused(tmp_path):
    """Fails on main: 'Korea Singapore' (the end of an occupation's line and the citizenship) was one
    citizenship. Now two countries with nothing between them are left out with a finding; 'Korea and Singapore'
    (a dual citizen) stays."""
    body = """Name: Oswin T. Marlowe
Position: Director
Citizenship: Korea Singapore

Name: Beatrix L. Ashdown
Position: Chief Financial Officer
Citizenship: Korea and Singapore
"""
    filing = _extract(tmp_path, body)
    people = {p.name: p for p in filing.people}
    assert people["Oswin T. Marlowe"].citizenship is None
    assert people["Beatrix L. Ashdown"].citizenship == "Korea and Singapore"
    assert "'Korea Singapore' of 'Oswin T. Marlowe' is left out" in _found(filing)


def test_a_country_is_no_city(tmp_path):
    """Fails on main: 'LONDON SW1A 1HG ENGLAND' / 'UNITED KINGDOM' gave the city 'ENGLAND'. Now a city that is
    a country is left out (the address stays), with a finding; a city named as its country ('LUXEMBOURG') is
    never taken for one."""
    body = """<TABLE>
NAME AND                            PRESENT PRINCIPAL
BUSINESS ADDRESS                    OCCUPATION OR EMPLOYMENT            CITIZENSHIP
--------------------------------    ----------------------------------  -----------
OSWIN T. MARLOWE                    DIRECTOR OF HARROW & PELL           U.K.
THE QUILLFEATHER REVIEW             INDUSTRIES, INC.
25 ST. JAMES'S ST.
LONDON SW1A 1HG ENGLAND
UNITED KINGDOM

BEATRIX L. ASHDOWN                  DIRECTOR OF HARROW & PELL           LUXEMBOURG
12 BOULEVARD ROYAL                  INDUSTRIES, INC.
L-2449 LUXEMBOURG
</TABLE>
"""
    filing = _extract(tmp_path, body)
    people = {p.name: p for p in filing.people}
    assert people["Oswin T. Marlowe"].address_city is None
    assert "LONDON SW1A 1HG ENGLAND" in people["Oswin T. Marlowe"].address
    assert not any("address_city" in w.message and "Ashdown" in w.message for w in filing.warnings)
    from kg.forms.roster_junk import _not_a_city
    assert _not_a_city("LUXEMBOURG") is None and _not_a_city("Hong Kong") is None
    assert people["Beatrix L. Ashdown"].address_country == "LU"
    assert "the address_city 'ENGLAND' of 'Oswin T. Marlowe' is left out" in _found(filing)


# ---- a name glued to its employer in a fixed-width table -------------------------------------------------
def _glued(line: str) -> str:
    return EMPLOYER_COLUMN + line + "\n"


@pytest.mark.parametrize("employer", ["Acme Holdings Inc.", "Acme Corp.", "Halden Group Ltd."])
def test_a_name_glued_to_its_employer_is_cut_when_certain(tmp_path, employer):
    """Fails on main (the row was refused whole, or read with a name holding the employer): the organisation
    after the name is certain by its legal form ('Inc.', 'Corp.') or because the employer column prints it in
    another row: the cell is cut in two."""
    filing = _extract(tmp_path, _glued(f"{'Cornelius J. Vantreight ' + employer:<56}President                Canada"))
    people = {p.name: p for p in filing.people}
    assert sorted(people) == ["Beatrix L. Ashdown", "Cornelius J. Vantreight", "Oswin T. Marlowe"]
    assert people["Cornelius J. Vantreight"].other_positions == [employer]
    assert people["Cornelius J. Vantreight"].positions == ["President"]
    assert people["Cornelius J. Vantreight"].citizenship == "Canada"
    assert people["Beatrix L. Ashdown"].other_positions == ["Brightwater Capital LLC"]


@pytest.mark.parametrize("line", [
    f"{'Cornelius J. Vantreight Halden Group':<56}President                Canada",  # (no legal form, not the column's)
    f"{'Cornelius J. Vantreight Acme Holdings':<56}President                Canada",
    "Cornelius J. Vantreight Acme Corp.  President                Canada",  # (cells shifted: no column certain)
])
def test_a_name_glued_to_an_employer_cut_nowhere_for_certain_is_refused(tmp_path, line):
    """Fails on main for 'Halden Group' (read as the name 'Cornelius J. Vantreight Halden Group'); the others
    are guards. No person gets a name holding an organisation; the row is reported as an unassigned name."""
    filing = _extract(tmp_path, _glued(line))
    people = {p.name: p for p in filing.people}
    assert sorted(people) == ["Beatrix L. Ashdown", "Oswin T. Marlowe"]
    assert people["Beatrix L. Ashdown"].positions == ["Managing Partner"]
    assert [w.values["name"] for w in filing.warnings if w.code == "unassigned-name"] == [line.split("  ")[0]]


def test_a_glued_name_in_a_title_column_table_stays_refused(tmp_path):
    """Passes on both (a guard): where the column after the names is the titles', an organisation glued to the
    name is no title: the row is refused with an unassigned-name finding, never read into the row above."""
    body = """Name                           Position                         Citizenship
----------------------------   ------------------------------   -------------
Oswin T. Marlowe               Director                         United States
Beatrix L. Ashdown             Chief Financial Officer          United Kingdom
Cornelius J. Vantreight Acme Holdings Inc.                      Canada
"""
    filing = _extract(tmp_path, body)
    people = {p.name: p for p in filing.people}
    assert sorted(people) == ["Beatrix L. Ashdown", "Oswin T. Marlowe"]
    assert people["Beatrix L. Ashdown"].citizenship == "United Kingdom"
    assert [w.values["name"] for w in filing.warnings if w.code == "unassigned-name"] == [
        "Cornelius J. Vantreight Acme Holdings Inc."]


# ---- a name wrapped over two lines, its second line glued to the title -----------------------------------
RULED = """Name                           Position                         Citizenship
----------------------------   ------------------------------   -------------
Oswin T. Marlowe               Director                         United States
Beatrix L. Ashdown             Chief Financial Officer          United Kingdom
"""


@pytest.mark.parametrize("rows", [
    "Cornelius Jonathan                                              Canada\nVantreight Executive Vice President\n",
    "Cornelius Jonathan\nVantreight Executive Vice President                             Canada\n",
])
def test_a_wrapped_name_glued_to_its_title_is_read(tmp_path, rows):
    """Fails on main (the name 'Cornelius Jonathan', the title 'Vantreight Executive Vice President'): the second
    line of a name wrapped in its column runs into the title by one space. Where it stands right under the name,
    at the name column's margin of a table, the word is the name's end and the rest the title."""
    people = {p.name: p for p in _extract(tmp_path, RULED + rows).people}
    assert sorted(people) == ["Beatrix L. Ashdown", "Cornelius Jonathan Vantreight", "Oswin T. Marlowe"]
    assert people["Cornelius Jonathan Vantreight"].positions == ["Executive Vice President"]
    assert people["Cornelius Jonathan Vantreight"].citizenship == "Canada"
    assert people["Beatrix L. Ashdown"].positions == ["Chief Financial Officer"]


def test_a_name_tail_glued_to_a_title_in_another_entry_is_refused(tmp_path):
    """Fails on main (Beatrix L. Ashdown got 'Vantreight Executive Vice President', the citizenship 'United
    Kingdom Canada' and the occupation 'Cornelius J.'): a name the reader could not read ran into the entry above.
    Now the name column's text glued to a title, two countries run together and a name's start are left out, each
    with a finding; Beatrix keeps her own values."""
    body = RULED + "Cornelius J.                                                    Canada\n" \
        "Vantreight Executive Vice President\n"
    filing = _extract(tmp_path, body)
    people = {p.name: p for p in filing.people}
    assert people["Beatrix L. Ashdown"].positions == ["Chief Financial Officer"]
    assert people["Beatrix L. Ashdown"].other_positions == []
    assert people["Beatrix L. Ashdown"].citizenship in (None, "United Kingdom")
    assert "'Vantreight Executive Vice President' of 'Beatrix L. Ashdown' is left out" in _found(filing)


def test_an_entry_run_over_the_next_keeps_only_its_own_values(tmp_path):
    """Fails on main (Oswin T. Marlowe got 'Chief Financial Officer', the occupation 'Beatrix L. Ashdown' and the
    citizenship 'United States United Kingdom'): a blank line after the first rows made the reader take the next
    row for a line of the entry above. Now a value that is a person's name alone marks where another entry begins:
    what is printed only after it is left out, with a finding."""
    body = RULED.replace("Beatrix", "\nBeatrix", 0) + "\nCornelius Jonathan                                              " \
        "Canada\nVantreight Executive Vice President\n"
    filing = _extract(tmp_path, body)
    people = {p.name: p for p in filing.people}
    assert people["Oswin T. Marlowe"].positions == ["Director"]
    assert people["Oswin T. Marlowe"].other_positions == []
    assert people["Oswin T. Marlowe"].citizenship in (None, "United States")
    assert all("Chief Financial Officer" not in p.positions for n, p in people.items() if n != "Beatrix L. Ashdown")


def test_a_title_under_a_name_in_a_block_is_kept(tmp_path):
    """Passes on both (a guard): in blocks of lines under a name, no table, a title that opens with a word of no
    title ('Lead Director', 'Portfolio Manager') is the title, never a name's end."""
    body = """OSWIN T. MARLOWE
     Lead Director, Harrow & Pell Industries, Inc.
     Citizen of the United States

BEATRIX L. ASHDOWN
     Director, Harrow & Pell Industries, Inc.
     Portfolio Manager
     Citizen of the United Kingdom
"""
    people = {p.name: p for p in _extract(tmp_path, body).people}
    assert sorted(people) == ["Beatrix L. Ashdown", "Oswin T. Marlowe"]
    assert people["Beatrix L. Ashdown"].other_positions == ["Portfolio Manager"]
    assert people["Oswin T. Marlowe"].positions == ["Lead Director"]


# ---- a word hyphenated at a line's end; a heading or a cut inside a value --------------------------------
def test_a_word_hyphenated_at_a_line_end_is_joined_in_an_address(tmp_path):
    """Fails on main ('Norrland Shipping Corpo- ration, The St. Lawrence Build- ing'): an address printed by a PDF
    converter with words broken at the line's end, rendered by tests/relayout.py's pdf_ragged_hyphenated layout
    from people of our own. The broken words are joined (a hyphen, a space, a lower-case letter); the printed
    text is kept beside."""
    import relayout
    people = [dict(name=name, positions=["Director"], other_positions=[], citizenship="Canada", country="CA",
                   address=["Norrland Shipping Corporation", "The St. Lawrence Building", "Montreal, Quebec H2Y 1A1"],
                   address_city="Montreal", address_country="CA", bodies=["board of directors"])
              for name in ("Oswin T. Marlowe", "Cornelius J. Vantreight")]
    suffix, text, _ = relayout.DEV_FAMILIES["pdf_ragged_hyphenated"](
        relayout.Roster("Harrow & Pell Industries, Inc.", people), relayout.Options())
    filing = _extract(tmp_path, text, f"roster{suffix}", head="")
    addresses = [p.address for p in filing.people if p.address]
    assert addresses and all("- " not in a for a in addresses)
    assert "Norrland Shipping Corporation, The St. Lawrence Building, Montreal, Quebec H2Y 1A1" in addresses


def test_values_of_another_entry_or_cut_short_are_refused():
    """Fails on main (no such check; kg.forms.roster_junk is new): the next entry's numbered heading inside an
    address or a citizenship ('5. Sandra L. West 130 Liberty Street', 'U.S. 6. H. Laurance Fuller', as the
    definition_list_html layout gave on main), or an address cut at an abbreviation's full stop ('The St.'), is
    refused; an address with a building number ('Building 2. Kowloon Bay Center') is not."""
    from kg.forms.roster_junk import _junk
    assert _junk("5. Oswin T. Marlowe 130 Liberty Street, New York, New York 10006", "address")
    assert _junk("U.S. 6. Beatrix L. Ashdown", "citizenship")
    assert _junk("The St.", "address")
    assert _junk("Building 2. Kowloon Bay Center, Hong Kong", "address") is None
    assert _junk("130 Liberty Street, New York, New York 10006", "address") is None
    assert _junk("Korea and Singapore", "citizenship") is None
