"""Which of many text spans hold a given place of the text, found without scanning them all.

A roster of hundreds of entries, its lines duplicated (a conversion's or a typist's repetition), prints one value
thousands of times; asking every entry about every printing is quadratic. The spans are sorted by start once; a
place is looked up by bisection, walking back only while an earlier span can still reach past it.
"""
from __future__ import annotations

from bisect import bisect_right
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
