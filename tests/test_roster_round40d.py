"""Round 40 (d): large inputs read in time linear in their size, the output unchanged (issue 13).

Roster readers that print a region again (a mark blanked, a label moved) now hold only the region's characters
as a list (kg.forms.roster_window.Chars), not the whole document's for each region. These tests pin the contract
of that new class: whatever is read or changed through it, by the document's offsets, the text it prints is the
text a list of the whole document's characters would give. Each fails on main (no such module there)."""
from __future__ import annotations

import random

from kg.forms.roster_window import Chars


def _same_as_whole_list(text: str, start: int, end: int, steps: list[tuple]) -> None:
    whole, held = list(text), Chars(text, start, end)
    for kind, low, high, new in steps:
        if kind == "get":
            assert whole[low:high] == held[low:high]
        elif kind == "set":
            whole[low] = new
            held[low] = new
        else:
            whole[low:high] = new
            held[low:high] = new
    assert held.text() == "".join(whole)


def test_changes_inside_the_region_print_the_document_with_them_and_hold_only_the_region():
    text = "Name\n* John Smith\nDirector\n\n* Citizen of Canada\nrest of the filing\n"
    start, end = text.index("* John"), text.index("rest")
    held = Chars(text, start, end)
    held[start:start + 1] = " "
    held[text.index("* Citizen"):text.index("rest") - 1] = " " * (text.index("rest") - 1 - text.index("* Citizen"))
    assert held.text() == text.replace("* John", "  John").replace("* Citizen of Canada", " " * 19)
    assert held.span == (start, end)  # (the document outside the region was never copied into the list)


def test_a_change_outside_the_region_is_made_as_on_the_whole_document():
    text = "abc\ndef\nghi\n"
    _same_as_whole_list(text, 4, 7, [("slice", 0, 3, "XYZ"), ("slice", 5, 9, "1234")])
    _same_as_whole_list(text, 4, 7, [("set", -1, None, "!"), ("get", 2, 6, None)])
    _same_as_whole_list(text, 4, 7, [("slice", 5, 6, "longer"), ("slice", 8, 8, "+")])  # (a length that changes)


def test_random_reads_and_changes_match_a_list_of_the_whole_document():
    rng = random.Random(40)
    for _ in range(3000):
        text = "".join(rng.choice("ab \n") for _ in range(rng.randrange(0, 25)))
        n = len(text)
        steps = []
        for _step in range(rng.randrange(1, 6)):
            low, high = rng.randrange(-3, n + 4), rng.randrange(-3, n + 4)
            kind = rng.choice(["get", "slice", "slice"])
            steps.append((kind, low, high, "Y" * rng.choice([max(high - low, 0), rng.randrange(0, 4)])))
        _same_as_whole_list(text, rng.randrange(-2, n + 3), rng.randrange(-2, n + 3), steps)
