"""An entry whose own text says where the person's business address is ('Her business address is 5716 Bent Branch
Road, Bethesda, MD 20816.') keeps no default address from the preamble ('Unless otherwise indicated below, the
business address of each of them is 1303 East Algonquin Road, ...') when no field read that sentence (issue 13,
precision first): the default would be the wrong value. The address is refused (left empty, `roster-ambiguous`).

The entry's own text runs from its evidence to the next entry's; the last entry's, to the end of the paragraph
after its evidence (a sentence its blank line cut off). Where the entry's span closes on the next entry's name line
(numbered entries: '5.       MR. ANTHONY R. GRAHAM'), it ends where that name opens, never past the next entry's own
'Principal Business Address:' block. The phrase is data (kg/patterns/roster.yml,
`address_stated`)."""
from __future__ import annotations

import bisect
import re

from kg.context import Context
from kg.forms.roster_rules import rules
from kg.forms.roster_types import is_address_line
from kg.records import Person

_ADDRESS_PARTS = ("address", "address_city", "address_country")
# the rest of the paragraph, and the paragraph after the blank line that ends it
_NEXT_PARAGRAPH = re.compile(r"(?:.|\n(?![ \t]*\n))*(?:\n[ \t]*\n[ \t]*\S(?:.|\n(?![ \t]*\n))*)?")


def refuse_address_stated(ctx: Context, people: list[Person]) -> None:
    """Each person of `people` given an address that their own text does not print (a default) whose own text states
    a business address of theirs loses it."""
    next_starts: list[int | None] | None = None
    starts: list[tuple[int, int, int]] | None = None
    for index, person in enumerate(people):
        if not person.address or "address" in person.spans or person.evidence is None:
            continue
        next_starts = next_starts or _next_starts(people)
        starts = starts or sorted((p.evidence[0], i, p.evidence[1]) for i, p in enumerate(people) if p.evidence)
        if (cut := _next_name_at_end(ctx.text, person.evidence, index, starts)) is not None:
            evidence, own = (person.evidence[0], cut), ctx.text[person.evidence[0]:cut]
        else:
            evidence, own = person.evidence, _own_text(ctx.text, person.evidence, next_starts[index])
        if _words(person.address) <= _words(own):
            continue  # (the value read is printed in the entry, its lines maybe in a column: the readers trace no span)
        if stated := rules().address_stated.search(own):
            ctx.warn("roster-ambiguous", f"the address of {person.name!r} is the preamble's, but the entry states "
                     f"its own ({own[stated.start():stated.start() + 60]!r}) where no field read it; left out",
                     span=person.evidence, readings=[person.address, None])
            for part in _ADDRESS_PARTS:
                setattr(person, part, None)
        elif line := _unread_address_line(ctx.text[evidence[0]:evidence[1]], _words(person.address)):
            ctx.warn("roster-ambiguous", f"the address of {person.name!r} is the preamble's, but the entry prints "
                     f"an address line ({line!r}) no field read; left out", span=person.evidence,
                     readings=[person.address, None])
            for part in _ADDRESS_PARTS:
                setattr(person, part, None)


def _unread_address_line(own: str, read: set[str]) -> str | None:
    """The first line of the entry's evidence (past its first line, the name's) that is an address line of its
    own with a number in it, a street's or a postal code's ('9, Rond-Point des Champs-Elysees', '75008 Paris,
    France'; not 'President of The Lane Press, Inc.') whose words are not all in the address given (`read`: the
    value's words, its broken words joined): the entry prints an address of its own."""
    for line in own.split("\n")[1:]:
        if re.search(r"\d", line) and is_address_line(line.strip()) and not _words(line) <= read:
            return line.strip()
    return None


def _next_starts(people: list[Person]) -> list[int | None]:
    """For each person with evidence, the first start of a later person's evidence at or past the end of theirs
    (None: no such person), read from the last person up over the sorted starts of those after."""
    found: list[int | None] = [None] * len(people)
    starts_after: list[int] = []  # sorted
    for index in range(len(people) - 1, -1, -1):
        if (evidence := people[index].evidence) is None:
            continue
        at = bisect.bisect_left(starts_after, evidence[1])
        found[index] = starts_after[at] if at < len(starts_after) else None
        bisect.insort(starts_after, evidence[0])
    return found


def _next_name_at_end(text: str, evidence: tuple[int, int], index: int,
                      starts: list[tuple[int, int, int]]) -> int | None:
    """The start of a later person's evidence (of `starts`: (start, person's index, end), sorted) that opens on the
    last line of `evidence` (person `index`'s) and runs past its end: the entry's span closes on the next entry's name
    ('5.       MR. ANTHONY R. GRAHAM'), where the entry's own text ends. None where no such person (columns side
    by side, an index over notes: a later start lines above the end, or a later span inside it)."""
    start, end = evidence
    at = bisect.bisect_left(starts, (max(start + 1, text.rfind("\n", 0, end) + 1),))
    return next((s for s, i, e in starts[at:bisect.bisect_left(starts, (end,))] if i > index and e > end), None)


def _own_text(text: str, evidence: tuple[int, int], next_start: int | None) -> str:
    start, end = evidence
    if next_start is not None:
        return text[start:next_start]
    return text[start:_NEXT_PARAGRAPH.match(text, end).end()]


def _words(value: str) -> set[str]:
    """The value's words (its lines joined with ', ' where read; in a column, among another column's words)."""
    return set(re.findall(r"\w+", value.casefold()))
