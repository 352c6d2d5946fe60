"""Round 47x (issue 13): EDGAR <TABLE>s whose column captions are Spanish then English in one cell ('NOMBRE /' over
'NAME', 'CARGO EN <ORG> /' over 'POSITION WITH <ORG>', 'DOMICILIO / BUSINESS ADDRESS', 'NACIONALIDAD /
CITIZENSHIP'), as Latin American filers print their annexes (gather66's bilingual_caption_cells_table).

What was wrong: walking up from the body, the header stopped at the first line of Spanish halves ('NOMBRE /
INTERNATIONAL GROUP,  DOMICILIO /'), so the titles' column took its caption from the last line alone: 'INC.' (a
column of no role: every title lost) or 'COMPANY' (an organisation's column: 'Director' read as the person's
organisation). Without <S>/<C> markers, a rule under the caption and EDGAR's <CAPTION> over it, no caption was read
at all and the columns' roles were guessed from their cells (titles read as occupations, the citizenship lost). A
caption line ending in an abbreviation ('POSITION WITH THE ST.') ended the preamble there, cutting the caption off.

What changed: captions of other languages are read through kg/patterns/roster_caption_languages.yml (Spanish,
Portuguese, French, German, Italian words for name, address, citizenship, position, occupation), a caption of halves
joined by '/' by the half English captions know (kg/forms/roster_caption_languages.py); EDGAR's <CAPTION> line
bounds a caption above as a rule does (kg/forms/roster_ruled_caption.py); caption lines set in over one column are
no preamble sentence (kg/forms/roster_caption_stack.py).

Texts of our own making. Tests marked "fails on main" fail on main 47aa355; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.forms.roster_caption_languages import english_caption
from kg.forms.roster_types import is_header
from kg.records import to_dict

HEAD = """\
                              ANEXO A / ANNEX A

              CONSEJEROS Y FUNCIONARIOS / DIRECTORS AND OFFICERS
                        GRUPO HALCON DEL NORTE, S.A.B.

The following table sets forth the name, position with Grupo Halcon del Norte,
S.A.B., business address, principal occupation and citizenship of each member
of the board of directors and each executive officer of Grupo Halcon del Norte,
S.A.B.

<TABLE>
<CAPTION>
                            CARGO EN GRUPO HALCON
                            DEL NORTE, S.A.B. /
                            POSITION WITH GRUPO
NOMBRE /                    HALCON DEL NORTE,         DOMICILIO /                   OCUPACION PRINCIPAL /         NACIONALIDAD /
NAME                        S.A.B.                    BUSINESS ADDRESS              PRINCIPAL OCCUPATION          CITIZENSHIP
"""

MARKERS = "<S>                         <C>                       <C>                           <C>                           <C>\n"
RULE = "=" * 120 + "\n"

ROWS = """\
Ramiro Ortega Salinas       Director                  Av. Constitucion 405          Chairman, Aceros del Bajio,   Mexico
                                                      Monterrey, N.L. 64000           S.A. de C.V.

Lucia Ferrer Quintana       Chief Financial Officer   Av. Constitucion 405          --                            Mexico
                                                      Monterrey, N.L. 64000

Daniel K. Whitcomb          Director                  200 Park Avenue               Partner, Whitcomb & Lyle LLP  United States
                                                      New York, NY 10166

</TABLE>
"""


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "annex.txt"
    path.write_text(text)
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


def _assert_read(people: dict[str, dict]) -> None:
    assert sorted(people) == ["Daniel K. Whitcomb", "Lucia Ferrer Quintana", "Ramiro Ortega Salinas"]
    assert {name: p["positions"] for name, p in people.items()} == {
        "Ramiro Ortega Salinas": ["Director"], "Lucia Ferrer Quintana": ["Chief Financial Officer"],
        "Daniel K. Whitcomb": ["Director"]}
    assert {name: p["citizenship"] for name, p in people.items()} == {
        "Ramiro Ortega Salinas": "Mexico", "Lucia Ferrer Quintana": "Mexico", "Daniel K. Whitcomb": "United States"}
    assert people["Ramiro Ortega Salinas"]["other_positions"] == ["Chairman, Aceros del Bajio, S.A. de C.V."]
    assert people["Daniel K. Whitcomb"]["address"] == "200 Park Avenue, New York, NY 10166"
    assert {p["organization"] for p in people.values()} == {"Grupo Halcon del Norte, S.A.B."}  # (never 'Director')


def test_bilingual_captions_over_edgar_markers(tmp_path):  # fails on main
    _assert_read(_people(tmp_path, HEAD + MARKERS + ROWS))


def test_bilingual_captions_between_the_caption_tag_and_a_rule(tmp_path):  # fails on main
    _assert_read(_people(tmp_path, HEAD + RULE + ROWS))


HEAD_ST = """\
                              ANEXO A / ANNEX A

              CONSEJEROS Y FUNCIONARIOS / DIRECTORS AND OFFICERS
                         THE ST. LOUIS TRUST COMPANY

The following table sets forth the name, position with The St. Louis Trust
Company, business address, principal occupation and citizenship of each member
of the board of directors and each executive officer of the trust company.

<TABLE>
<CAPTION>
                            CARGO EN THE ST. LOUIS
                            TRUST COMPANY /
                            POSITION WITH THE ST.
NOMBRE /                    LOUIS TRUST               DOMICILIO /                   OCUPACION PRINCIPAL /         NACIONALIDAD /
NAME                        COMPANY                   BUSINESS ADDRESS              PRINCIPAL OCCUPATION          CITIZENSHIP
"""


def test_a_caption_line_ending_in_an_abbreviation_is_no_sentence(tmp_path):  # fails on main
    people = _people(tmp_path, HEAD_ST + MARKERS + ROWS)
    assert {name: p["positions"] for name, p in people.items()} == {
        "Ramiro Ortega Salinas": ["Director"], "Lucia Ferrer Quintana": ["Chief Financial Officer"],
        "Daniel K. Whitcomb": ["Director"]}
    assert {p["organization"] for p in people.values()} == {"The St. Louis Trust Company"}  # (never 'Director')


def test_english_captions_still_read(tmp_path):  # guard: the same table with English captions only
    english = HEAD[:HEAD.index("<CAPTION>\n") + len("<CAPTION>\n")] + (
        "                            POSITION WITH GRUPO\n"
        "NAME                        HALCON DEL NORTE, S.A.B.  BUSINESS ADDRESS              PRINCIPAL OCCUPATION"
        "          CITIZENSHIP\n")
    _assert_read(_people(tmp_path, english + MARKERS + ROWS))


def test_captions_read_by_the_half_english_captions_know():
    assert english_caption("NOMBRE / NAME") == "NAME"
    assert english_caption("DOMICILIO / BUSINESS ADDRESS") == "BUSINESS ADDRESS"
    assert english_caption("CARGO EN ACME, S.A. / POSITION WITH ACME, S.A.") == "POSITION WITH ACME, S.A."
    assert english_caption("NACIONALIDAD") == "Citizenship"
    assert english_caption("Ocupación principal") == "Principal Occupation"
    assert english_caption("Fonction au sein de Power Corporation") == "Position with Power Corporation"
    assert english_caption("Staatsangehörigkeit / Citizenship") == "Citizenship"
    assert is_header("NOMBRE /") and is_header("OCUPACION PRINCIPAL /") and is_header("CARGO EN GRUPO HALCON")


def test_no_caption_read_where_a_half_is_no_caption():  # guard
    assert english_caption("State / Province") == "State / Province"  # (English halves: as they are)
    assert english_caption("CONSEJEROS Y FUNCIONARIOS / DIRECTORS AND OFFICERS") == \
        "CONSEJEROS Y FUNCIONARIOS / DIRECTORS AND OFFICERS"
    assert english_caption("Name;") == "Name;"  # (an English word is no other language's; ';' is no caption's)
    assert not is_header("ASTAR Air Cargo, Inc.") and not is_header("Cargo, Inc.")
    assert not is_header("INC. /") and not is_header("Ramiro Ortega Salinas")
