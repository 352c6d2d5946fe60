"""Which of many text spans hold a given place of the text, found without scanning them all.

A roster of hundreds of entries, its lines duplicated (a conversion's or a typist's repetition), prints one value
thousands of times; asking every entry about every printing is quadratic. The spans are sorted by start once; a
place is looked up by bisection, walking back only while an earlier span can still reach past it.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate
from typing import Generic, Sequence, TypeVar

T = TypeVar("T")


class SpanIndex(Generic[T]):
    """`items`, each (thing, (start, end)): `holding(place)` gives the things whose span holds `place`
    (start <= place < end), in the order of `items`."""

    def __init__(self, items: Sequence[tuple[T, tuple[int, int]]]):
        self.items = list(items)
        self.order = sorted(range(len(self.items)), key=lambda i: self.items[i][1][0])
        self.starts = [self.items[i][1][0] for i in self.order]
        self.reach = list(accumulate((self.items[i][1][1] for i in self.order), max))  # the furthest end so far

    def holding(self, place: int) -> list[T]:
        found = []
        at = bisect_right(self.starts, place) - 1
        while at >= 0 and self.reach[at] > place:
            if self.items[self.order[at]][1][1] > place:
                found.append(self.order[at])
            at -= 1
        return [self.items[i][0] for i in sorted(found)]


def apart(items: Sequence[tuple[T, tuple[int, int]]], edge: int) -> list[tuple[T, tuple[int, int]]]:
    """The items whose span shares at most `edge` characters with the span of every other thing of `items` (the
    spans sorted once: no pair of items is compared)."""
    long = sorted((s, e, id(thing)) for thing, (s, e) in items if e - s > edge)  # (a shorter span shares no more)
    starts, best = [s for s, _e, _id in long], []
    top: list[tuple[int, int]] = []  # the two furthest ends so far, of two different things: (end, id)
    for _s, e, key in long:
        mine = max([e] + [end for end, other in top if other == key])
        top = sorted([(mine, key)] + [t for t in top if t[1] != key], reverse=True)[:2]
        best.append(top)
    kept = []
    for thing, (s, e) in items:
        before = bisect_left(starts, e - edge)  # (the spans that start early enough to share more than `edge`)
        reach = next((end for end, key in best[before - 1] if key != id(thing)), None) if before else None
        if e - s <= edge or reach is None or reach - s <= edge:
            kept.append((thing, (s, e)))
    return kept
