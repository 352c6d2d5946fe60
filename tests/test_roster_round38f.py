"""Round 38 (f): robustness and speed on the fuzz bench's slow shapes, with no change of output.

The fuzz bench (benchmarks/fuzz.py) found rosters whose lines were duplicated many times (a preamble roster, a
document whose tags were deleted) over their CPU limit: steps that compared every entry with every other, and
readers of one roster region that re-read the whole document. These tests hold that such shapes still read the
same persons as the documents they were made from (guards: they pass on main too, only slower; no timing in unit
tests), and that the index which replaced the pairwise comparisons answers as the comparisons did (fails on main:
kg.forms.span_index is new).
"""
from __future__ import annotations

import random
import re
from pathlib import Path

from kg.extract import extract
from kg.forms.span_index import SpanIndex, apart

ROSTERS = Path(__file__).parent / "data" / "rosters"


def _people(tmp_path: Path, text: str) -> list[tuple]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return [(p.name, tuple(p.positions), p.citizenship, p.address) for p in extract(str(path)).people]


def _repeated(text: str, opening: str, count: int, times: int) -> str:
    """`text` with the `count` lines from the one that opens with `opening` printed `times` more times there."""
    lines = text.splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.startswith(opening))
    return "".join(lines[:at] + lines[at:at + count] * times + lines[at:])


def test_a_preamble_roster_with_duplicated_entries_reads_the_same_persons(tmp_path):
    """Guard (passes on main, slowly): an entry of a ruled table under a preamble address, its lines repeated 60
    times, is the same person with the same values; so is a wrapped entry with its address lines."""
    text = (ROSTERS / "preamble_address_ariel.txt").read_text()
    read = _people(tmp_path, text)
    assert [name for name, *_ in read] == ["James W. Atkinson", "James E. Bowman, Jr.", "Mellody L. Hobson"]
    assert _people(tmp_path, _repeated(text, "Mellody", 3, 60)) == read
    assert _people(tmp_path, _repeated(text, "James E. Bowman", 4, 60)) == read


def test_a_roster_whose_tags_are_deleted_and_rows_repeated_reads_the_same_persons(tmp_path):
    """Guard (passes on main, slowly): two tables of two organisations with their <Table>, <Caption>, <S> and <C>
    tags deleted, then rows of the second repeated 100 times: the same 23 persons, titles and citizenships."""
    text = (ROSTERS / "multi_org_citigroup.txt").read_text()
    read = _people(tmp_path, text)
    assert len(read) == 23 and ("Alain J. P. Belda", ("Director",), "Brazil", None) in read
    untagged = re.sub(r"</?(?:S|C|Table|Caption)>", "", text)
    assert _people(tmp_path, untagged) == read
    assert _people(tmp_path, _repeated(untagged, "Ann Dibble", 3, 100)) == read


def _spans(seed: int) -> list[tuple[object, tuple[int, int]]]:
    rng = random.Random(seed)
    things = [object() for _ in range(rng.randint(0, 8))]
    spans = [(thing, (start, start + rng.randint(0, 120))) for thing in things
             for start in (rng.randint(0, 200) for _ in range(rng.choice([1, 1, 2, 3])))]
    rng.shuffle(spans)
    return spans


def test_the_span_index_answers_as_comparing_every_pair():
    """Fails on main (no kg.forms.span_index): which spans hold a place, and which spans share at most an edge
    with every other thing's span, as the pairwise comparisons they replace (a thing with two spans included)."""
    for seed in range(3000):
        spans = _spans(seed)
        index = SpanIndex(spans)
        for place in range(-2, 330, 7):
            assert index.holding(place) == [t for t, (s, e) in spans if s <= place < e]
        for edge in (0, 5, 40):
            assert apart(spans, edge) == [(t, (s, e)) for t, (s, e) in spans if all(
                min(e, e2) - max(s, s2) <= edge for u, (s2, e2) in spans if u is not t)]
