"""The paragraph under a dot-leader line made of items, each opening at the paragraph's margin and wrapping with a
hanging indent, the occupations held elsewhere first, then labelled statements:

    Marshall A. Cohen (Canada) ................ Director
        Counsel, Cassels, Brock & Blackwell
        Business address: Cassels, Brock & Blackwell, 40 King Street West,
          20th Floor, Toronto, Ontario M5H 3C2

A line at the paragraph's margin opens an item where the text shows it: the list wraps its items with a hanging
indent (a line set deeper than the margin under some entry's item), or the line's first word would have fitted on
the line above within the widest line of the list's paragraphs (kg.forms.roster_lead_breaks); a line set deeper goes
on with the item above. An item opening with a label kg knows (kg/patterns/roster.yml `labels`) is that labelled
statement (read as kg.forms.roster_leaders reads one); every other item, before the first labelled one, is an
occupation held elsewhere, where it holds a word of a title or an occupation and reads as no address line and no
citizenship. Anything else (an item after a labelled one, a line set left of the margin, an item that reads as
no occupation) and the paragraph is not read this way: the caller leaves it out, named in the entry's doubts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from kg.forms import roster_fields as rf
from kg.forms import roster_types as rt
from kg.forms.roster_lead_breaks import may_wrap
from kg.forms.roster_rules import rules
from kg.read import clean

Span = tuple[int, int]
_RUNS_ON = re.compile(r"(?:[,&(/-]|\b(?:and|or|of|for|the|to|at|in|with|on|a|an))$", re.I)
_GOES_ON = re.compile(r"[(&,;:.)/-]|(?:and|or|of|for|the|to|at|in|with|on|a|an|as|by|from)\b")


@dataclass(frozen=True)
class Shape:
    hangs: bool  # some paragraph of the list wraps an item with a hanging indent
    width: int  # the widest line of the list's paragraphs


def _indent(text: str, span: Span) -> int:
    line = text[span[0]:span[1]]
    return len(line) - len(line.lstrip())


def paragraphs_shape(text: str, bodies: list[list[Span]]) -> Shape:
    """How the list's paragraphs under its leader lines are set: with a hanging indent somewhere, and how wide."""
    hangs = any(_indent(text, span) > _indent(text, body[0]) for body in bodies if body for span in body[1:])
    return Shape(hangs, max((span[1] - span[0] for body in bodies for span in body), default=0))


def _items(text: str, body: list[Span], shape: Shape) -> list[Span] | None:
    margin = _indent(text, body[0])
    items: list[Span] = []
    for span in body:
        indent = _indent(text, span)
        if indent < margin:
            return None
        above = text[items[-1][0]:items[-1][1]].split("\n")[-1] if items else ""
        line = text[span[0]:span[1]].strip()
        if items and indent == margin and not shape.hangs and _title_then_other(above.strip(), line):
            return None  # (a whole title, then a line with no word of one: 'Chief Executive' / 'HPB/Blackrock')
        if items and (indent > margin or not shape.hangs and may_wrap(above, line, shape.width)):
            items[-1] = (items[-1][0], span[1])  # (the item above goes on)
        else:
            items.append(span)
    return items


def _title_then_other(above: str, line: str) -> bool:
    """`above` a whole title running on into nothing, `line` holding no word of a title or an occupation: the
    employer's or the address's line, or the title's wrap; which, the text does not say."""
    from kg.forms.roster_junk import holds_occupation
    return rt.is_title(above) and not _RUNS_ON.search(above) and not holds_occupation(line) \
        and not _GOES_ON.match(line)


def _labelled(text: str, span: Span) -> bool:
    at = span[0] + _indent(text, span)
    return any(pattern.match(text, at) for pattern in rules().labels.values())


def is_occupation(item: str) -> bool:
    from kg.forms.roster_junk import holds_occupation
    return holds_occupation(item) and not rt.is_address_line(item) and not rf.is_citizenships(item) \
        and not (rf.find_nationality(item) and len(item.split()) <= 3)


def item_fields(text: str, body: list[Span], shape: Shape,
                statements: Callable[[str, int, int], dict[str, str] | None], cited: bool = False) -> dict[str, str] | None:
    """field -> value of a paragraph of items (`statements` reads a labelled one), or of occupations then an
    address printed one line a line (kg.forms.roster_leader_block; `cited`: a citizen line closed the paragraph),
    or None where it is neither."""
    from kg.forms.roster_leader_block import occupations_then_address
    return _labelled_items(text, body, shape, statements) or occupations_then_address(text, body, shape.hangs, cited)


def _labelled_items(text: str, body: list[Span], shape: Shape,
                    statements: Callable[[str, int, int], dict[str, str] | None]) -> dict[str, str] | None:
    items = _items(text, body, shape)
    if not items:
        return None
    labelled = [_labelled(text, span) for span in items]
    first = labelled.index(True) if True in labelled else len(items)
    if not all(labelled[first:]):
        return None  # (an item after a labelled one: it may go on with that statement)
    values: dict[str, str] = {}
    for start, end in items[first:]:
        if (stated := statements(text, start, end)) is None or set(stated) & set(values):
            return None
        values.update(stated)
    occupations = [clean.squash(text[s:e]) or "" for s, e in items[:first]]
    if not all(is_occupation(item) for item in occupations) or any(";" in item for item in occupations):
        return None
    if occupations:
        values["other_positions"] = ";".join(occupations)
    return values
