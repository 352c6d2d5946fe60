"""Forty-sixth round (o), issue 13: speed, no output changed. Fuzz seeds 39 and 40 found fixed_width_aig.txt with
three of its lines printed again a thousand times (227 KB) over the fuzz limit of 2 CPU s: the reader of name and
title lines (kg/forms/roster_title_lines.py) read every block before the list as preamble and, for each block alone
on its line, searched the whole preamble so far again ('of <the line>:', kg.forms.roster_nameblock_after.named_above):
time growing with the square of the text. kg/forms/roster_named_of.py keeps the preamble's words as they grow and
finds each 'of ' by the word after it: the same answers, in time growing with the text.

Texts of our own making. The test marked "fails on main" failed on main 2f13244 (the branch point) and passes here;
the guards pass on both."""
from __future__ import annotations

import random
import time

from kg.forms.roster_nameblock_after import named_above
from kg.forms.roster_title_lines import read_title_lines

_LIST = """\
Names, positions, principal occupations and business addresses of the directors and executive officers
of

Canopy:

{preamble}Canopy

Ralph J. Yarro
President
Director

Thomas H. Field
Director

Unless another business address is shown above, the business address of each of
the above listed persons is:

   333 South 520 West, Suite 300
   Lindon, Utah 84042
"""


def _lines_before(count: int) -> str:
    return "".join(f"Retired Vice Chairman, Citicorp {i % 7}\n\n" for i in range(count))


def _cpu(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        read_title_lines(text, 0, len(text))
        best = min(best, time.process_time() - start)
    return best


def test_the_lines_before_a_list_are_read_in_time_growing_with_the_text():
    """Fails on main (CPU time grew about 15 times for 4 times the lines: each line searched the whole preamble)."""
    small = _LIST.format(preamble=_lines_before(600))
    large = _LIST.format(preamble=_lines_before(2400))
    assert read_title_lines(large, 0, len(large)) is not None
    assert _cpu(large) < 8 * _cpu(small)


def test_the_organisation_named_after_of_across_a_blank_line_still_heads_the_list():
    """Guard (passes on main too): 'of' ending one paragraph, 'Canopy:' the next, 'Canopy' alone over the list."""
    for count in (0, 5):
        text = _LIST.format(preamble=_lines_before(count))
        entries = read_title_lines(text, 0, len(text))
        assert [e.name for e in entries] == ["Ralph J. Yarro", "Thomas H. Field"]
        assert {e.fields.get("organization") for e in entries} == {"Canopy"}


def test_a_line_the_preamble_does_not_name_does_not_head_the_list():
    """Guard (passes on main too): 'Canopy Growth' alone on its line is no organisation the preamble names."""
    text = _LIST.format(preamble=_lines_before(3)).replace("Canopy\n\nRalph", "Canopy Growth\n\nRalph")
    entries = read_title_lines(text, 0, len(text))
    assert {e.fields.get("organization") for e in entries} == {None}


_PIECES = ["of", "Of", "Lor", "Finance", "Inc.", ":", ".", " ", "  ", "\n", "\t", "xof", "A", "B.C", "Lor Finance:",
           "of:", "_of", "\u00e9", "\u00a0", "of Lor Finance:", "of A.", "of B.C ."]


def test_the_grown_preamble_answers_as_named_above_on_the_whole_text():
    """Guard: kg.forms.roster_named_of.Preamble.names(line) is named_above(line, the blocks so far) on every text of
    random pieces ('of' at a block's end, a ':' after a space, words glued before 'of', odd spaces)."""
    from kg.forms.roster_named_of import Preamble

    rng, positives = random.Random(46), 0
    for _ in range(3000):
        preamble, above = Preamble(), ""
        for _ in range(rng.randint(1, 6)):
            if rng.random() < 0.6:
                block = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 8)))
                preamble.add(block)
                above += f" {block}"
            line = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 3))).strip()
            expected = named_above(line, above)
            positives += expected
            assert preamble.names(line) == expected, (above, line)
    assert positives >= 3
