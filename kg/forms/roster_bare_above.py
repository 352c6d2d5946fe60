"""A roster's people as the last guard (kg.forms.roster_junk) counts them while it refuses values one person at a
time: how many have a value, and whose name line stands right above a person's name line with no value read.

Both are asked once per person of the roster; counted afresh each time, a roster of thousands of people (a large
filing, or one whose lines repeat) costs time in the square of its size. The count is kept as values are lost, and
the names are found by where they start (the text's offsets, which the guard never moves), so each answer costs
the few people on the line above, and says the same as reading the whole list again would.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from kg.context import Context
from kg.records import Person


def has_values(person: Person) -> bool:
    return bool(person.positions or person.other_positions or person.citizenship or person.address)


class Filled:
    """How many of a roster's people have a value, kept while one person at a time loses values."""

    def __init__(self, people: list[Person]):
        self.times = Counter(id(p) for p in people)  # (a person listed twice counts twice)
        self.has = {id(p): has_values(p) for p in people}
        self.count = sum(map(has_values, people))

    def recount(self, person: Person) -> int:
        now = has_values(person)
        self.count += self.times[id(person)] * (now - self.has[id(person)])
        self.has[id(person)] = now
        return self.count


class NameStarts:
    """Where each person's name starts, in order, with the person's place in the roster's list."""

    def __init__(self, people: list[Person]):
        named = sorted((q.spans["name"][0], index) for index, q in enumerate(people) if "name" in q.spans)
        self.people = people
        self.starts = [start for start, _index in named]
        self.indexes = [index for _start, index in named]

    def between(self, low: int, high: int) -> list[Person]:
        """The people (in the list's order) whose names started in [low, high) when the roster was read."""
        first, last = bisect_left(self.starts, low), bisect_left(self.starts, high)
        return [self.people[index] for index in sorted(self.indexes[first:last])]


def under_a_bare_name(ctx: Context, person: Person, names: NameStarts, filled: int) -> str | None:
    """The name of a person with no value whose name line stands right above `person`'s, where most of the
    roster's people have values (`filled` of them); None where there is none."""
    people = names.people
    if "name" not in person.spans or not has_values(person):
        return None
    if 2 * filled <= len(people):
        return None  # (a list of names, most with no value: a name under a name is the next entry)
    start = person.spans["name"][0]
    line_start = ctx.text.rfind("\n", 0, start) + 1
    above = ctx.text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    if line_start == 0 or not ctx.text[above:line_start].strip():
        return None
    return next((q.name for q in names.between(above, line_start) if q is not person and not has_values(q)
                 and "name" in q.spans and above <= q.spans["name"][0] < line_start), None)
