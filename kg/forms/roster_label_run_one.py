"""A paragraph of one labelled sentence among paragraphs of labelled sentences (kg.forms.roster_label_runs): 'James W.
Atkinson. Position with Ariel Capital Management, Inc.: Executive Vice President.' where a preamble gives the
address and citizenship every person shares and an entry prints only the fields it has of its own. One label is no
layout by itself (a sentence may hold a word and a colon), so such a paragraph is printed again only where the label
stands right after the person's name and its full stop, and only where the region shows the layout: two paragraphs
or more printed again in all (those of two labels or more counted)."""
from __future__ import annotations

from typing import Callable

_SHOWN = 2  # paragraphs printed again in the region, one-label ones counted, for a one-label paragraph to be


def one_label_parts(text: str, parts: list[tuple[int, int, str | None]],
                    shape: Callable[..., str | None]) -> list[tuple[int, int, str | None]]:
    """`parts` (start, end, printed again or None) with each paragraph not printed again printed with one label
    where that reads, when the paragraphs printed again then number `_SHOWN` or more; else `parts` as they are."""
    single = [(a, b, lines if lines is not None else shape(text[a:b], fewest=1)) for a, b, lines in parts]
    if sum(lines is not None for _a, _b, lines in single) < _SHOWN:
        return parts
    return single
