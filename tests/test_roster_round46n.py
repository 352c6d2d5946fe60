"""Round 46n (issue 13): the recombined-layout bench, seeds 44 and 45 (`bench_roster_combos.py --wider`).

(1) A column's caption naming the organisation, wrapped one word a line in a narrow column ('Position(s)' / 'with' /
'Castlerigg' / 'Master' / 'Investments' / 'Ltd.'): a line of the caption was taken as its own only up to three lines
under 'Position(s) with'; deeper, the header stopped there, the column had no role and the titles were lost while the
occupation was read as the positions. The lines above that may hold the caption now go up to eight, unbroken.

(2) That header printed again after a page break: 'with Smith' / 'Barney' / 'Corporate', lines of one cell between the
caption lines, were read as the broken entry's titles ('Executive with Smith Barney Corporate Officer'). A run of
one-cell lines between two caption lines of one unbroken block is the caption's; after a page break it is passed over.

(3) Labelled blocks under a name heading in capitals with titles one a line ('ROBERT H. BENMOSCHE' / 'Director' /
'Chairman of the Board' / 'Chief Executive Officer' / 'Address - ...'): the name, set apart by a blank line, was taken
for the block's only when at most one line stood between it and the first label; with three title lines the name
and its titles ran on as the previous block's occupation ('... LLP ROBERT H. BENMOSCHE', 'Chairman of the Board' on
the person above). A name set apart over title lines only, up to a label, heads its block."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "roster.txt"
    path.write_text(text)
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


def _narrow_caption(words: list[str]) -> str:
    caption = "".join(f"{'':<24}{word}\n" for word in words[:-1])
    return f"""ANNEX A

Executive Officers and Directors of Pellworth Harbour Partners Ltd.

{caption}Name and Citizenship    {words[-1]:<13}Principal Occupation
======================  ===========  ========================

1. Oskar Lindqvar       Director     Fund Manager
Sweden

2. Ysolde Marchetti     Director     Risk Officer
Italy
"""


def test_caption_wrapped_one_word_a_line_six_lines_deep(tmp_path):
    people = _people(tmp_path, _narrow_caption(["Position(s)", "with", "Pellworth", "Harbour", "Partners", "Ltd."]))
    assert people["Oskar Lindqvar"]["positions"] == ["Director"]
    assert people["Oskar Lindqvar"]["other_positions"] == ["Fund Manager"]
    assert people["Ysolde Marchetti"]["positions"] == ["Director"]
    assert people["Ysolde Marchetti"]["citizenship"] == "Italy"


def test_guard_caption_wrapped_four_lines_deep(tmp_path):
    people = _people(tmp_path, _narrow_caption(["Position(s)", "with", "Pellworth", "Ltd."]))
    assert people["Oskar Lindqvar"]["positions"] == ["Director"]
    assert people["Ysolde Marchetti"]["other_positions"] == ["Risk Officer"]


_PAGED_HEADER = """                                                              Position(s)
                                                              with Quarrow
                                                              Fiduciary
                                                              Services
Name and Citizenship    Business Address                      Trust Company
<S>                     <C>                                   <C>
"""


def _paged_roster() -> str:
    return f"""EXHIBIT 1

Executive Officers and Directors of Quarrow Fiduciary Services Trust Company

<TABLE>
{_PAGED_HEADER}
A. Lionel Fairbrook     Quarrow Fiduciary Services            Director
United States           77 Tanner Lane
                        Dover, DE 19901

B. Hester Vanloo        Quarrow Fiduciary Services            Director
United States           77 Tanner Lane                        Executive

<PAGE>
                                      -5-

{_PAGED_HEADER}
                        Dover, DE 19901                       Officer
                                                              First Vice
                                                              President

C. Rupert Ashgrove      Quarrow Fiduciary Services            Director
United States           77 Tanner Lane
                        Dover, DE 19901
</TABLE>
"""


def test_header_wrapped_one_cell_a_line_again_after_a_page_break(tmp_path):
    people = _people(tmp_path, _paged_roster())
    positions = people["Hester Vanloo"]["positions"]
    assert not any("Quarrow" in p or "Fiduciary" in p for p in positions), positions
    assert "Executive Officer" in positions
    assert people["Rupert Ashgrove"]["positions"] == ["Director"]


def test_guard_header_without_page_break(tmp_path):
    text = _paged_roster().replace("<PAGE>\n                                      -5-\n\n" + _PAGED_HEADER, "")
    people = _people(tmp_path, text)
    assert people["Lionel Fairbrook"]["positions"] == ["Director"]
    assert people["Rupert Ashgrove"]["positions"] == ["Director"]


def _headed(titles: list[str]) -> str:
    lines = "\n".join(titles)
    return f"""SCHEDULE I

DIRECTORS AND EXECUTIVE OFFICERS OF Tamberlin Mutual

MIRANDA K. OSTERHOLT
Director
Address -                              Osterholt & Vane LLP
                                       12 Quay Street
                                       Boston, MA 02110
Country of Citizenship -               United States
Principal Occupation -                 Partner, Osterholt & Vane LLP

FENWICK J. HALLORAN
{lines}
Address -                              c/o Tamberlin Mutual
                                       9 Granary Row
                                       Hartford, CT 06103
Country of Citizenship -               United States

AGATHA P. MORCOMBE
Director
Address -                              c/o Tamberlin Mutual
                                       9 Granary Row
                                       Hartford, CT 06103
Country of Citizenship -               Canada
Principal Occupation -                 Retired Actuary
"""


def test_capital_name_heading_over_three_title_lines(tmp_path):
    people = _people(tmp_path, _headed(["Director", "Chairman of the Board", "Chief Executive Officer"]))
    assert people["Miranda K. Osterholt"]["other_positions"] == ["Partner, Osterholt & Vane LLP"]
    assert people["Miranda K. Osterholt"]["positions"] == ["Director"]
    assert people["Fenwick J. Halloran"]["positions"] == ["Director", "Chairman of the Board",
                                                           "Chief Executive Officer"]


def test_guard_capital_name_heading_over_one_title_line(tmp_path):
    people = _people(tmp_path, _headed(["Director"]))
    assert people["Miranda K. Osterholt"]["other_positions"] == ["Partner, Osterholt & Vane LLP"]
    assert people["Fenwick J. Halloran"]["positions"] == ["Director"]
    assert people["Agatha P. Morcombe"]["citizenship"] == "Canada"
