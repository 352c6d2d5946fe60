"""Thirty-ninth round (i), issue 13: two recombined layouts that put a value on the wrong person or read a
person who is none (benchmarks/bench_roster_combos.py --seed 33 --wider, combo_33_495 and combo_33_292).

1. A fixed-width table split by citizenship sub-headings of one line ('Citizens of Sweden:' over the first
   entry, 'Citizens of Belgium:' over the second): the headings were no sub-headings (only 'The following persons
   are citizens of X:' was), so 'Citizens of Belgium:' was read into the entry above it as that person's
   citizenship. Now 'Citizens of X:' alone on its line is a citizenship sub-heading
   (kg/patterns/roster.yml `citizenship_group_heading`, kg/forms/roster_addrgroups.py).
2. (left) A table whose entries are numbered ('(1) HOWARD P. BERKOWITZ') where a page break falls inside an
   entry and the stacked address carries on under it ('Skadden' / page break / 'Arps' / 'Slate'): 'Arps Slate' is
   still read as a person (a refusal in the grid reader kept the preamble's defaults on the entry above; see
   BENCHMARKS.md).

Texts of our own making. Each test marked "fails on main" failed on main 8ef8601 and passes here; the guards pass
on both."""
from __future__ import annotations

import kg

_CITIZENS = """EXHIBIT 1

DIRECTORS AND EXECUTIVE OFFICERS OF Fjord Harbour Partners Ltd.

Set forth below is certain information concerning the directors and executive
officers of Fjord Harbour Partners Ltd..

<TABLE>
Present Principal                       Principal     Present
Occupation or                           Business      Position
Employment         Full Name            Address       with Fund
-----------------  -------------------  ------------  -----------
<S>                <C>                  <C>           <C>

{first}

Portfolio Manager  (1) LINDQVIST, ERIK  12 King       Director
                                        Street
                                        London

{second}

Fund Manager       (2) DUPONT, Marie    8 Rue de la   Director
                                        Paix
                                        Paris

</TABLE>
"""

def _extract(tmp_path, text: str):
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    return kg.extract(path)


def _citizenships(tmp_path, text: str) -> dict[str, str | None]:
    return {p.name: p.citizenship for p in _extract(tmp_path, text).people}


def test_one_line_citizens_headings_give_each_group_its_citizenship(tmp_path):
    """Fails on main: 'Citizens of France:' under the first entry was read as Erik Lindqvist's citizenship."""
    text = _CITIZENS.format(first="Citizens of Sweden:", second="Citizens of France:")
    assert _citizenships(tmp_path, text) == {"Erik Lindqvist": "Sweden", "Marie Dupont": "France"}


def test_following_persons_heading_still_read(tmp_path):
    """Guard (passes on both): the long form of the sub-heading."""
    text = _CITIZENS.format(first="The following persons are citizens of Sweden:",
                            second="The following persons are citizens of France:")
    assert _citizenships(tmp_path, text) == {"Erik Lindqvist": "Sweden", "Marie Dupont": "France"}
