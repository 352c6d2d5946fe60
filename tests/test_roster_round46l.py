"""Round 46l (issue 13): recall left by the combos bench (round 46d), read where the text shows it.

(1) Name headings (in capitals, or lettered 'A.' / numbered '(1)') over indented title lines and nothing else, blank
lines or rules between people: kg/forms/roster_headed.py read only blocks of two or more typed lines (titles read
as occupations), passed the one-line blocks over, or found no block at all; the last resort read the names only, or
nothing. kg/forms/roster_headed_titles.py reads each title line as a title held in the organisation.

(2) Titles one a line in a labelled value whose width is taken from its longest line ('Chief Executive Officer' /
'Vice Chairman of the Board'): the second line's first word would not have fitted on the first, so it read as a
wrap. Two whole titles at the value's column are two titles (kg/forms/roster_stacked_titles.py).

(3) Words cut inside the word at a column's edge ('Conseil d'Admi' / 'nistration', 'Biopharmaceu' / 'tical'): joined
with a space. Joined without one where the pieces make a known word of the title/occupation vocabulary and neither
piece alone is one (kg/forms/roster_broken_words.py, kg/patterns/roster_cut_words.yml)."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "roster.txt"
    path.write_text(text)
    try:
        return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}
    except kg.errors.StructureError:
        return {}


_HEADED_CAPS = """SCHEDULE I

DIRECTORS AND EXECUTIVE OFFICERS OF BRANTWOOD HOLDINGS A/S

Set forth below is certain information concerning the directors and executive
officers of Brantwood Holdings A/S.

Each such person's business address is Vestergade 44, 1456 Copenhagen,
Denmark.

MAGNUS HOLBERG
    Chair of the Board
----------------------------------------
IDA VESTERLUND
    Vice Chair of the Board
----------------------------------------
PALLE ORSTED KJAER
    Board Director
----------------------------------------
SIGRID MARIE AABY
    Chief Executive Officer
----------------------------------------
"""


def test_capital_name_headings_over_indented_titles(tmp_path):
    people = _people(tmp_path, _HEADED_CAPS)
    assert set(people) == {"Magnus Holberg", "Ida Vesterlund", "Palle Orsted Kjaer", "Sigrid Marie Aaby"}
    assert people["Magnus Holberg"]["positions"] == ["Chair of the Board"]
    assert people["Ida Vesterlund"]["positions"] == ["Vice Chair of the Board"]
    assert people["Sigrid Marie Aaby"]["positions"] == ["Chief Executive Officer"]
    assert people["Palle Orsted Kjaer"]["address"] == "Vestergade 44, 1456 Copenhagen, Denmark"


_LETTERED = """SCHEDULE A

Executive Officers and Directors of QUILLMARSH RESOURCES COMPANY

Each of the persons listed below is a citizen of the United States of America.

A. Dorothea P. Lindqvist
        Director

B. Harlan T. Weebs
        Director

C. Oswin R. Calloway
        President
        Chief Executive Officer
        Director

D. Philippa Strand
        Senior Vice President - Administration

E. Ruben Oakhill
        Vice President
        General Counsel
"""


def test_lettered_headings_over_title_lines_one_or_several(tmp_path):
    people = _people(tmp_path, _LETTERED)
    assert set(people) == {"Dorothea P. Lindqvist", "Harlan T. Weebs", "Oswin R. Calloway", "Philippa Strand",
                           "Ruben Oakhill"}
    assert people["Oswin R. Calloway"]["positions"] == ["President", "Chief Executive Officer", "Director"]
    assert people["Harlan T. Weebs"]["positions"] == ["Director"]
    assert people["Ruben Oakhill"]["positions"] == ["Vice President", "General Counsel"]
    assert people["Philippa Strand"]["citizenship"] == "United States of America"


_NUMBERED = """SCHEDULE A

INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF FENWICK PARTNERS, INC.

Set forth below is certain information concerning the directors and executive
officers of Fenwick Partners, Inc.

UNITED STATES CITIZENS

(1) Marchetti, Laura B.
    Executive Vice President
----------------------------------------
(2) Oduya, Kelvin S.
    Director
    President
----------------------------------------
"""


def test_numbered_surname_first_headings_small_file(tmp_path):
    people = _people(tmp_path, _NUMBERED)
    assert set(people) == {"Laura B. Marchetti", "Kelvin S. Oduya"}
    assert people["Kelvin S. Oduya"]["positions"] == ["Director", "President"]
    assert people["Laura B. Marchetti"]["positions"] == ["Executive Vice President"]


def test_a_line_naming_another_company_is_no_title_of_the_list(tmp_path):
    """Guard: a heading over a title at another company is not read as a title held in the organisation."""
    text = _HEADED_CAPS.replace("    Board Director\n", "    Managing Director, Halvorsen Shipping\n")
    people = _people(tmp_path, text)
    assert "Managing Director, Halvorsen Shipping" not in (people.get("Palle Orsted Kjaer") or {}).get("positions", [])


_TYPED = """SCHEDULE A

DIRECTORS OF LORIMER TRUST

MARSHALL A. COHEN
     Director, American Widget Group, Inc.
     Counsel, Bracken & Hale
     40 King Street West, 20th Floor
     Toronto, Ontario M5H 3C2
     Citizen of Canada

EDITH P. MORROW
     Partner, Sable Row Capital
     12 Harbour Lane
     Boston, MA 02110
     Citizen of the United States
"""


def test_typed_heading_blocks_still_read_as_before(tmp_path):
    """Guard: headed blocks with occupations, address and citizenship keep the typed reading."""
    people = _people(tmp_path, _TYPED)
    assert people["Marshall A. Cohen"]["citizenship"] == "Canada"
    assert people["Edith P. Morrow"]["address"].startswith("12 Harbour Lane")


_LABELLED = """ANNEX A

Executive Officers and Directors of Corvane Holdings, Inc.

    Name of Executive Officer or Director: A. Pell, Martin R.
    Position(s) with Corvane Corporation:  Chairman of the Board
    Address:                               c/o Corvane Corporation
                                           88 Mercer Street
                                           Newark, NJ 07102
    Country of Citizenship:                United States
----------------------------------------
    Name of Executive Officer or Director: B. Ostrow, Dana L.
    Position(s) with Corvane Corporation:  Chief Executive Officer
                                           Vice Chairman of the Board
    Address:                               c/o Corvane Corporation
                                           88 Mercer Street
                                           Newark, NJ 07102
    Country of Citizenship:                United States
----------------------------------------
    Name of Executive Officer or Director: C. Tybalt, Iris
    Position(s) with Corvane Corporation:  Chairman and Chief
                                           Executive Officer
    Address:                               c/o Corvane Corporation
                                           88 Mercer Street
                                           Newark, NJ 07102
    Country of Citizenship:                United States
----------------------------------------
"""


def test_two_whole_titles_one_a_line_are_two_titles(tmp_path):
    people = _people(tmp_path, _LABELLED)
    assert people["Dana L. Ostrow"]["positions"] == ["Chief Executive Officer", "Vice Chairman of the Board"]


def test_a_title_cut_by_its_wrap_stays_one(tmp_path):
    """Guard: 'Chairman and Chief' / 'Executive Officer' is one title wrapped (the first line ends no title)."""
    people = _people(tmp_path, _LABELLED)
    assert people["Iris Tybalt"]["positions"] == ["Chairman and Chief Executive Officer"]


_CUT = """SCHEDULE A

DIRECTORS AND EXECUTIVE OFFICERS OF VERNAY S.A.

No.   Residence or Business Address   Title           Name
----  ------------------------------  --------------  --------------------
1.    12 rue Caulaincourt             Member,         Anselme Rigaud
      75018 Paris                     Conseil d'Admi
      France                          nistration
------------------------------------------------------------------------
2.    12 rue Caulaincourt             Member,         Odile Fauchard
      75018 Paris                     Board of
      France                          directors
------------------------------------------------------------------------
"""


def test_a_word_cut_at_the_column_edge_is_joined(tmp_path):
    people = _people(tmp_path, _CUT)
    assert people["Anselme Rigaud"]["positions"] == ["Member, Conseil d'Administration"]


def test_two_words_over_two_lines_stay_two(tmp_path):
    """Guard: 'Board of' / 'directors': two known words, kept apart."""
    people = _people(tmp_path, _CUT)
    assert "directors" not in " ".join(people["Odile Fauchard"]["positions"]).replace("of directors", "")
    assert "ofdirectors" not in " ".join(people["Odile Fauchard"]["positions"])
