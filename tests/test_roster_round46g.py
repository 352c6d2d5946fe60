"""Forty-sixth round (g), issue 13: recall left on development data, read from what the text shows.

1. A saved one-cell-a-line table ('Name, Title' | 'Citizenship' | 'Principal Occupation' | 'Business Address', after
   saved_cells_name_title_sections_address_last) whose rows print no street (kg/forms/roster_cell_tail.py): two lines
   left for the occupation and the address are a line each ('Chief Executive' / 'Oakridge Partners'); a line that
   repeats the employer the occupation names opens the address ('Partner, Whitlow' / 'Whitlow' / 'Beam' /
   'Carver'); the address cell last with its street and no city ('1840 Larkspur Heights') is the rest of the row.
   Each such row was refused whole.
2. An occupation line that closes on the employer it names ('Chairman, Ridgeline Development Group'): the
   organisation's lines under it, down to the street, are the address's addressee (kg/forms/roster_addressee.py);
   they were read as more of the occupation and dropped from the address.
3. A row whose occupation and address cannot be told apart ('President and Chief Operating Officer' / 'Vantor
   Aerospace' / '310' / ...): the name, titles and citizenship are read, the two cells left out with a
   `roster-ambiguous` finding (kg/forms/roster_cell_partial.py); the whole row was refused.
4. A capitals part heading naming one of the title's two parties ('1. DIRECTORS OF HALVERSON' under '... OF
   HALVERSON AND THE PURCHASER') names the organisation and the body, as the mixed-case one does
   (kg/forms/roster_part_heading.py); it was 'Halverson and the Purchaser', no seat.
5. A cell closing on an address two sentence breaks could open, where the sentence between them is the employer the
   cell named before ('President of Pell Tool Corp. ...; Director of Lakeside Bank, N.A. Pell Tool Corp. 45 Mill
   Road, ...'): the address opens at the first (kg/forms/roster_cell_address.py); 'Director of Lakeside Bank, N.A.'
   is an other position (kg/forms/roster_own.py: a legal form after a comma stays with the name); both were refused.
6. Two numbered part headings in one exhibit ('1. Directors of X', '2. Directors and Executive Officers of the
   Purchaser') open a part each (kg/forms/annex.py `_split_by_title`, kg/forms/roster_org.py `opens_part`): every
   person was given 'X and the Purchaser'. A numbered capitals part heading naming bodies ('2. DIRECTORS AND
   EXECUTIVE OFFICERS OF Y') names Y (kg/forms/roster_org.py `organization`), not itself whole.

Texts of our own making. Each test marked "fails on main" fails on main f8ec269 and passes here; the guards pass on
both."""
from __future__ import annotations

from pathlib import Path

import kg

_SAVED = """\
EXHIBIT 99.1
SCHEDULE I
Information regarding each director and executive officer of Marlowe Holdings Corporation is set forth below.
Marlowe Holdings Corporation
Name, Title
Citizenship
Principal Occupation
Business Address

Directors

Harriet K. Ambler,
Director
United States
Chief Executive
Oakridge Partners

Desmond R. Pryce,
Director
United States
Partner, Whitlow
Whitlow
Beam
Carver

Corinne A. Falk,
Director
United States
Retired Chairman
1840 Larkspur Heights

Mateo J. Okafor,
Director
Canada
Chairman, Ridgeline Development Group
Ridgeline Development Company Limited
12/F Harbour Exchange Tower
8 Queen's Road Central
Hong Kong

Lionel V. Strand,
Director
Canada
President and Chief Operating Officer
Vantor Aerospace
310
boulevard des Sources
Pointe-Claire H9R 4Z4

Executive Officers

Greta M. Holm,
Chief Financial Officer
United States
-
Marlowe Holdings Corporation
55 Water Street
New York, New York 10041
"""


def _extract(tmp_path: Path, text: str, name: str = "roster.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return kg.extract(path)


def _people(tmp_path: Path, text: str) -> dict:
    return {p.name: p for p in _extract(tmp_path, text).people}


def test_saved_rows_with_no_street_are_read_a_line_a_cell(tmp_path):
    """fails on main: the three rows were refused whole."""
    people = _people(tmp_path, _SAVED)
    ambler, pryce, falk = people["Harriet K. Ambler"], people["Desmond R. Pryce"], people["Corinne A. Falk"]
    assert (ambler.other_positions, ambler.address) == (["Chief Executive"], "Oakridge Partners")
    assert (pryce.other_positions, pryce.address) == (["Partner, Whitlow"], "Whitlow, Beam, Carver")
    assert (falk.other_positions, falk.address) == (["Retired Chairman"], "1840 Larkspur Heights")
    assert all(p.positions == ["Director"] and p.citizenship == "United States" for p in (ambler, pryce, falk))


def test_the_lines_under_an_occupation_naming_its_employer_open_the_address(tmp_path):
    """fails on main: 'Ridgeline Development Company Limited' and the building were left out of the address."""
    okafor = _people(tmp_path, _SAVED)["Mateo J. Okafor"]
    assert okafor.other_positions == ["Chairman, Ridgeline Development Group"]
    assert okafor.address == ("Ridgeline Development Company Limited, 12/F Harbour Exchange Tower, "
                              "8 Queen's Road Central, Hong Kong")


def test_a_row_whose_occupation_and_address_cannot_be_told_apart_keeps_its_other_cells(tmp_path):
    """fails on main: Strand was refused whole. His occupation and address stay out, with a finding."""
    found = _extract(tmp_path, _SAVED)
    strand = next(p for p in found.people if p.name == "Lionel V. Strand")
    assert (strand.positions, strand.citizenship, strand.bodies) == (["Director"], "Canada", ["board of directors"])
    assert strand.other_positions == [] and strand.address is None
    assert any(w.code == "roster-ambiguous" and "Vantor Aerospace" in w.message for w in found.warnings)


def test_guard_an_empty_occupation_cell_and_the_listed_organisation_as_addressee(tmp_path):
    """Guard: '-' then the organisation's name over the street: the whole address, no occupation."""
    holm = _people(tmp_path, _SAVED)["Greta M. Holm"]
    assert holm.positions == ["Chief Financial Officer"] and holm.other_positions == []
    assert holm.address == "Marlowe Holdings Corporation, 55 Water Street, New York, New York 10041"


def test_guard_three_lines_and_no_street_stay_refused(tmp_path):
    """Guard: 'Chairman' / 'Globe Tech' / 'Capital' with no street and no repeated employer: where the occupation
    ends cannot be seen; nothing of the two cells is read."""
    text = _SAVED.replace("Chief Executive\nOakridge Partners", "Chairman\nGlobe Tech\nCapital")
    ambler = _people(tmp_path, text).get("Harriet K. Ambler")
    assert ambler is None or (ambler.other_positions == [] and ambler.address is None)


# ---- Danaher's layout: a two-party title, dot leaders, occupations closing on an address ---------------------------
_PREAMBLE = """\
          Directors and executive officers of Halverson. The following table sets
forth the name and present principal occupation or employment, and material
occupations, positions, offices or employments for the past five years of each
director and executive officer of Halverson. Unless otherwise indicated below each
occupation set forth opposite each person refers to employment with Halverson.
Unless otherwise indicated, the business address of each such person is c/o
Halverson, at 1717 Rhode Island Avenue, NW, 9th Floor, Washington, D.C. 20036-
4412, and each such person is a citizen of the United States of America.
"""

_TABLE = """\
                             Present Principal Occupation and
Name                         Five-Year Employment History
----                         ----------------------------

 Gerald L. Whitcomb........  Vice President of Halverson since 1999; Treasurer
                             of Halverson from 1996 to 1999.

 Lucinda M. Orr............  President of Pell Tool Corp. for over five years;
                             Director of Lakeside Bank, N.A. Pell Tool Corp. 45
                             Mill Road, Dayton, OH 45402

 Oscar T. Lindqvist........  President of Brandt Foundry Co. for over five years;
                             Director of Lakeside Bank, N.A. Keller Building. 9
                             Canal Street, Dayton, OH 45402
"""


def _danaher(tmp_path: Path, part: str) -> dict:
    text = (f"<PAGE>\n\n                                   Exhibit 9\n\n         DIRECTORS AND EXECUTIVE OFFICERS OF "
            f"HALVERSON AND THE PURCHASER\n\n{_PREAMBLE}\n{part}\n\n{_TABLE}")
    return _people(tmp_path, text)


def test_a_capitals_part_heading_names_one_party_of_a_two_party_title(tmp_path):
    """fails on main: 'Halverson and the Purchaser'. The heading names the body too: each person is a Director."""
    people = _danaher(tmp_path, "1. DIRECTORS OF HALVERSON")
    assert {p.organization for p in people.values()} == {"Halverson"}
    assert people["Gerald L. Whitcomb"].positions[0] == "Director"
    assert people["Lucinda M. Orr"].bodies == ["board of directors"]


def test_guard_the_mixed_case_part_heading_still_gives_the_seat(tmp_path):
    """Guard: '1. Directors of Halverson' names the organisation and the body: each person is a Director."""
    people = _danaher(tmp_path, "1. Directors of Halverson")
    assert {p.organization for p in people.values()} == {"Halverson"}
    assert people["Gerald L. Whitcomb"].positions[0] == "Director"


def test_guard_a_part_heading_naming_no_party_of_the_title_is_not_taken(tmp_path):
    """Guard: '1. DIRECTORS OF KESTREL' under '... OF HALVERSON AND THE PURCHASER' names neither party."""
    people = _danaher(tmp_path, "1. DIRECTORS OF KESTREL")
    assert "Kestrel" not in {p.organization for p in people.values()}


def test_an_address_opened_by_the_employer_named_before_is_read(tmp_path):
    """fails on main: two breaks could open it ('N.A. Pell Tool Corp.' and 'Corp. 45'); the sentence between them is
    the employer Orr's cell named before, so the address opens at the first."""
    orr = _danaher(tmp_path, "1. Directors of Halverson")["Lucinda M. Orr"]
    assert orr.address == "Pell Tool Corp. 45 Mill Road, Dayton, OH 45402"
    assert orr.other_positions == ["President of Pell Tool Corp. for over five years",
                                   "Director of Lakeside Bank, N.A."]
    assert orr.positions == ["Director"]


def test_guard_an_address_whose_first_sentence_is_named_nowhere_stays_refused(tmp_path):
    """Guard: 'N.A. Keller Building. 9 Canal Street': 'Keller Building' is named nowhere before; the address and
    the item before it stay out, and the default is not given."""
    lindqvist = _danaher(tmp_path, "1. Directors of Halverson")["Oscar T. Lindqvist"]
    assert lindqvist.address is None
    assert not any("Canal Street" in v or "Lakeside" in v for v in lindqvist.positions + lindqvist.other_positions)


_SECOND_TABLE = """\
                             Present Principal Occupation and
Name                         Five-Year Employment History
----                         ----------------------------

 Agnes P. Morrow...........  President of the Purchaser since 2001; Vice
                             President of Halverson from 1995 to 2001.

 Felix D. Narbonne.........  Treasurer of the Purchaser since 2001.
"""


def _two_parts(tmp_path: Path, first: str, second: str) -> dict:
    text = (f"<PAGE>\n\n                                   Exhibit 9\n\n         DIRECTORS AND EXECUTIVE OFFICERS OF "
            f"HALVERSON AND THE PURCHASER\n\n{_PREAMBLE}\n{first}\n\n{_TABLE}\n{second}\n\n{_SECOND_TABLE}")
    return _people(tmp_path, text)


def test_two_mixed_case_part_headings_are_a_part_each(tmp_path):
    """fails on main: one region, every person 'Halverson and the Purchaser'. Each part heading opens its own part:
    Halverson's directors under the first, the Purchaser's people (no organisation kg can name) under the second."""
    people = _two_parts(tmp_path, "1. Directors of Halverson", "2. Directors and Executive Officers of the Purchaser")
    assert {people[n].organization for n in ("Gerald L. Whitcomb", "Lucinda M. Orr")} == {"Halverson"}
    assert people["Gerald L. Whitcomb"].positions[0] == "Director"
    assert {people[n].organization for n in ("Agnes P. Morrow", "Felix D. Narbonne")} <= {None, "the Purchaser",
                                                                                         "The Purchaser"}
    assert people["Felix D. Narbonne"].address is None  # (the preamble's default is Halverson's people's)


def test_a_numbered_capitals_part_heading_names_its_organisation_after_of(tmp_path):
    """fails on main: '2. DIRECTORS AND EXECUTIVE OFFICERS OF BRANDT ACQUISITION CORP.' was read whole as the
    organisation ('Directors and Executive Officers of Brandt Acquisition Corp.')."""
    people = _two_parts(tmp_path, "1. DIRECTORS OF HALVERSON",
                        "2. DIRECTORS AND EXECUTIVE OFFICERS OF BRANDT ACQUISITION CORP.")
    assert people["Gerald L. Whitcomb"].organization == "Halverson"
    assert {people[n].organization for n in ("Agnes P. Morrow", "Felix D. Narbonne")} == {"Brandt Acquisition Corp."}


def test_an_occupation_left_out_is_not_the_preambles_default_either(tmp_path):
    """fails on main (Strand refused whole); with the occupation left out, the preamble's 'principal occupation of
    each person ... is an officer of X' does not fill it (kg/forms/roster_entry.py: a refused occupation)."""
    text = _SAVED.replace("is set forth below.\n", "is set forth below. Unless otherwise indicated, the principal "
                          "occupation of each person listed below is an officer of Marlowe Holdings Corporation.\n")
    people = _people(tmp_path, text)
    assert people["Lionel V. Strand"].positions == ["Director"] and people["Lionel V. Strand"].other_positions == []
    assert people["Greta M. Holm"].other_positions == ["officer of Marlowe Holdings Corporation"]


def test_guard_an_occupation_line_that_runs_on_is_not_cut_from_the_next(tmp_path):
    """Guard: 'Chief Executive Officer,' / 'Oakridge Partners' (no street): the comma runs the occupation on into
    the next line, so the two lines are not a line a cell."""
    text = _SAVED.replace("Chief Executive\nOakridge Partners", "Chief Executive Officer,\nOakridge Partners")
    ambler = _people(tmp_path, text).get("Harriet K. Ambler")
    assert ambler is None or ambler.address is None


def test_an_empty_occupation_over_an_organisation_alone_is_the_address(tmp_path):
    """fails on main: '-' / 'Marlowe Holdings Corporation' (no street) was refused whole; the empty cell '-' is
    the occupation's, the organisation's name the address."""
    text = _SAVED.replace("Marlowe Holdings Corporation\n55 Water Street\nNew York, New York 10041\n",
                          "Marlowe Holdings Corporation\n")
    holm = _people(tmp_path, text)["Greta M. Holm"]
    assert (holm.other_positions, holm.address) == ([], "Marlowe Holdings Corporation")
