"""A line that opens in lower case with a role of its own ('main board member of Samsung Electronics, Korea' under
'Head of the endowment fund for the National University' / 'of Singapore'), in a labelled value
(kg.forms.roster_labels.items_by_line) or a fixed-width occupation cell (kg.forms.roster_place.occupations_apart):
where the line above was broken on purpose, the line starts an item of its own (word lists:
kg/patterns/roster_lower_role.yml). The one rule for such lines: kg/forms/roster_item_opens.py reads upper-case
lines only."""
from __future__ import annotations

import re
from functools import cache

from kg.forms import roster_types as rt
from kg.patterns import build


@cache
def _words() -> tuple[re.Pattern, re.Pattern]:
    """The line-end words a phrase runs on from, and the line-opening words that go on the phrase above
    (kg/patterns/roster_lower_role.yml): lists of plain words, none empty."""
    def make(data) -> tuple[re.Pattern, re.Pattern]:
        lists = [data["runs_on"], data["goes_on"]]
        if any(not words or not all(isinstance(w, str) and re.fullmatch(r"[A-Za-z-]+", w) for w in words)
               for words in lists):
            raise ValueError("a list of words is empty or holds a non-word")
        alternatives = ["|".join(map(re.escape, words)) for words in lists]
        return (re.compile(r"(?:[,&;:(-]|\b(?:" + alternatives[0] + r"))\s*$", re.I),
                re.compile(r"(?:" + alternatives[1] + r")\b", re.I))
    return build("roster_lower_role.yml", make)


def lower_role_apart(lines: list[str], index: int, columns: tuple[int, ...] | None, item: str) -> bool:
    """Whether printed line `index` of a labelled value (its lines as printed, the first one after the label)
    opens an item of its own though it starts in lower case: it names a role ('main board member of X', 'member
    of the board of Y'), opens with no word that goes on a phrase ('of', 'and', 'since'), the item above ends no
    phrase half-way, and its first word would have fitted on the printed line above within the value's own
    longest line (so the line above was not wrapped: it ended there). Where the first line's column is not known
    (`columns` None), the line right under it is never judged (its printed length is not known)."""
    line = lines[index].strip()
    if not lower_role(line, lines[index - 1]) or _words()[0].search(item):
        return False
    if columns is None and index < 2:
        return False
    printed = [len(x.rstrip()) for x in lines]
    if columns is not None:
        printed[0] = columns[1] + len(lines[0].strip())
    else:
        printed[0] = 0  # (unknown: not counted towards the widest line)
    return printed[index - 1] + 1 + len(line.split()[0]) <= max(printed)


def lower_role(line: str, above: str) -> bool:
    """A line in lower case that opens with a role ('main board member of Samsung Electronics, Korea'), no word
    going on a phrase ('of Singapore', 'and Director'), under a printed line that ends no phrase half-way. Whether
    the line above was broken on purpose (the line's first word would have fitted there) is the caller's."""
    line, (runs_on, goes_on) = line.strip(), _words()
    return line[:1].islower() and not goes_on.match(line) and not runs_on.search(above.strip()) \
        and rt.is_title(line.split(",")[0].strip()) and not rt.is_address_line(line)
