"""Column starts for a table whose dashed rules are centred under its captions rather than set flush with its
cells (kg.forms.roster_geometry calls `gutter_starts` when a rule's dashes do not fit the body): captions
bottom-aligned and centred over their columns, each underlined ('Name' / '----' over names printed from the
margin, 'Position with' / 'AIG' / '---' over cells that start eight places left of the dashes).

The body's own gutters are the starts, where they give as many columns as the rule has runs of dashes, the
body's cells keep to them, and each run of dashes falls in a column of its own, in order; else None (the rule's
starts stand, and the row reader cuts or refuses what runs across them).
"""
from __future__ import annotations


def gutter_starts(body: list, dashes: list[tuple[int, int]], gutters, shares_gaps, column_of) -> list[int] | None:
    """The body's gutter starts where they replace the rule's (see the module's docstring); `dashes` are the
    rule's runs as (offset, length); the geometry's helpers are passed in (`gutters`, `shares_gaps`, `column_of`)."""
    if shares_gaps(body, [offset for offset, _ in dashes]):
        return None  # (the rule fits its cells: nothing to repair)
    starts = gutters(body)
    if len(starts) != len(dashes) or not shares_gaps(body, starts):
        return None
    placed = [column_of(starts, offset, length) for offset, length in dashes]
    return starts if placed == list(range(len(starts))) else None


_SET_IN = 8  # (places a caption may start right of its column's first character)


def set_in_starts(body: list, starts: list[int], gutters, shares_gaps) -> list[int] | None:
    """The captions' `starts` where the body keeps to them; else, for captions set in to the right of their columns
    ('Name and Title' | 'Occupation and  Business Address' at 56 over cells that all start at 50: Refac's header
    without EDGAR's <S>/<C> row), the body's own gutters, where they are as many as the captions, each caption starts
    over its gutter's column (at it or a few places on, never left of it) and every body line keeps to them; else
    None (rows printed one per line, cells wherever they fell: no columns to infer)."""
    if shares_gaps(body, starts):
        return starts
    found = gutters(body)
    if len(found) != len(starts) or not shares_gaps(body, found):
        return None
    return found if all(0 <= caption - column <= _SET_IN for caption, column in zip(starts, found)) else None
