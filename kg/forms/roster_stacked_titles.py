"""Titles printed one a line in a labelled value, the value's width taken from its longest line ('Position(s):
Chief Executive Officer' / '              Vice Chairman of the Board'): a line whose first word would not have fitted
on the line above reads as that line's wrap, yet where both lines are whole titles by themselves and the line starts
at the column the line above starts at, the text shows two titles, not one cut ('Chairman and Chief Executive' /
'Officer' is cut: the first line ends with no title's last word). The vocabulary is data:
kg/patterns/roster_stacked_titles.yml."""
from __future__ import annotations

from functools import cache

from kg.patterns import build


@cache
def _vocabulary() -> dict[str, frozenset[str]]:
    def make(data) -> dict[str, frozenset[str]]:
        words = {key: frozenset(str(w).casefold() for w in data[key])
                 for key in ("title_vocabulary", "title_opens", "title_ends")}
        if not words["title_opens"] <= words["title_vocabulary"] or not words["title_ends"] <= words["title_vocabulary"]:
            raise ValueError("title_opens and title_ends must be words of title_vocabulary")
        return words
    return build("roster_stacked_titles.yml", make)


def whole_title(line: str) -> bool:
    """Every word a title's, its first one a title opens with and its last one a title ends with."""
    words = [w.strip(",").casefold() for w in line.split()]
    vocabulary = _vocabulary()
    return bool(words) and all(w in vocabulary["title_vocabulary"] for w in words) \
        and words[0] in vocabulary["title_opens"] and words[-1] in vocabulary["title_ends"]


def stacked_title(above: str, line: str) -> bool:
    """`line` (at the column `above` starts at) is a title of its own after `above`, not its wrap."""
    return whole_title(above.strip()) and whole_title(line.strip())
