"""Round 54p (issue 13): gather124's power_corp_roman_keys_column_11_titles_one_a_line and gather125's
saved_text_cells_one_a_line_number_cell_citizenship_second_address_one_string_last.

What was wrong: (1) blocks keyed '(i)' to '(v)' by the preamble ('The (i) name, (ii) title, ...') print each title
on a line of its own under '(ii)' ('Director' / 'Chairman of the Board' / 'Chief Executive Officer'); the lines were
joined into one position, 'Director Chairman of the Board Chief Executive Officer', a title nobody holds. Lines that
are each a whole title are the person's titles one by one (kg.forms.roster_marked); a line that runs on ('Director,
Chairman and Co-Chief' / 'Executive Officer') is a wrap, left as printed. (2) A table saved as text whose heading
'Directors and Executive Officers of Power Corporation of Canada' stands right over the preamble's sentence, no blank
line between, gave its persons no organisation: read as one paragraph, the heading's 'of X' ran into the sentence.
The heading line is read alone where the sentence under it names the same X after 'of' (kg.forms.roster_heading_line).

Texts of our own making. Tests marked "fails on main" fail on main 7e2f4e9c; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict

KEYED = """\
                                                                       Exhibit 1



         DIRECTORS AND EXECUTIVE OFFICERS OF HALVERSTON INSTRUMENTS

         The (i) name, (ii) title, (iii) country of citizenship, (iv) principal
occupation and (v) principal business address of each of the directors and
executive officers of Halverston Instruments are listed below.

(i)        Odalys P. Brenneman
(ii)       Director
           Chairman of the Board
           Chief Executive Officer
(iii)      United States
(iv)       Director, Halverston Instruments
(v)        4410 Quarry Ridge Road
           Dayton, Ohio 45402

(i)        Teodor W. Marchetti
(ii)       {second_a}
           {second_b}
(iii)      Italy
(iv)       Managing Partner, Fiorvanti Capital
(v)        Via Solferino 12
           20121 Milano, Italy

(i)        Renske A. Vandermolen
(ii)       Director
(iii)      Netherlands
(iv)       Professor of Economics, Leiden University
(v)        Rapenburg 70
           2311 EZ Leiden, Netherlands
"""

SAVED = """\
SCHEDULE B
Directors and Executive Officers of {heading}
The following table sets forth certain information regarding each director and executive officer of {sentence}.

Name
Citizenship
Position with {heading}
Present Principal Occupation or Employment
Business Address

Jocelyne Tremblay-Ouellet
Canada
Director
Managing Director, Ouellet Placements
Ouellet Placements, 40 rue Sherbrooke Ouest, Montreal QC H2X 1X2

Anselm Kirchhofer
Germany
Director; President and Chief Executive Officer
--
88 Wellington Street West, Toronto ON M5J 2N7

Priyanka Raghunathan
Canada
Vice-President
--
88 Wellington Street West, Toronto ON M5J 2N7
"""


def _people(tmp_path: Path, text: str, name: str = "roster.txt") -> dict[str, dict]:
    path = tmp_path / name
    path.write_text(text)
    return {person["name"]: person for person in to_dict(kg.extract(path))["people"]}


def test_titles_one_a_line_under_a_key_are_titles_apart(tmp_path):  # fails on main
    people = _people(tmp_path, KEYED.format(second_a="Executive Vice President", second_b="Chief Financial Officer"))
    assert "Chairman of the Board" in people["Odalys P. Brenneman"]["positions"]
    assert "Chief Executive Officer" in people["Odalys P. Brenneman"]["positions"]
    assert not any("Director Chairman" in p for p in people["Odalys P. Brenneman"]["positions"])
    assert set(people["Teodor W. Marchetti"]["positions"]) >= {"Executive Vice President", "Chief Financial Officer"}


def test_a_wrapped_title_under_a_key_stays_whole(tmp_path):  # guard
    people = _people(tmp_path, KEYED.format(second_a="Director, Chairman and Co-Chief", second_b="Executive Officer"))
    positions = people["Teodor W. Marchetti"]["positions"]
    assert "Executive Officer" not in positions
    assert "Director, Chairman and Co-Chief" not in positions
    assert people["Renske A. Vandermolen"]["positions"] == ["Director"]


def test_heading_line_over_the_sentence_names_the_organisation(tmp_path):  # fails on main
    text = SAVED.format(heading="Brantwood Holdings of Canada", sentence="Brantwood Holdings of Canada")
    people = _people(tmp_path, text)
    assert len(people) == 3
    assert {p["organization"] for p in people.values()} == {"Brantwood Holdings of Canada"}
    assert people["Priyanka Raghunathan"]["positions"] == ["Vice-President"]


def test_heading_line_the_sentence_does_not_repeat_names_no_organisation(tmp_path):  # guard
    text = SAVED.format(heading="Brantwood Holdings of Canada", sentence="its parent, Kestrel Crown Group")
    people = _people(tmp_path, text)
    assert len(people) == 3
    assert "Brantwood Holdings of Canada" not in {p["organization"] for p in people.values()}
