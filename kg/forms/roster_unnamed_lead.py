"""An entry over the first labelled block's name whose name the NER does not know (one entry,
`entry_over_first_name`; kg/forms/roster_sides.py refuses the labelled-block reading then)."""
from __future__ import annotations

import re

from kg.forms.roster_joined_titles import MOST_WORDS_A_TITLE
from kg.forms.roster_rules import rules
from kg.read.clean import BLANK_LINE

_COUNTRY_AFTER = re.compile(r"[ \t]*\([^()\n]*\)[ \t]*$")  # ('Director (Canada)': the citizenship after the title)


def entry_over_first_name(text: str, start: int, blocks: list) -> bool:
    """Whether the roster's only labels are of one field other than the name (a note under some entries: 'Business
    Address: ...'), the first block's name heads its entry (unlabelled lines between the name and its label) and a
    title alone on its line stands over that name in its paragraph, after the roster's front (`start`): an entry the
    NER found no name in ('Pei-yuan Chia' / 'Director' / 'Retired Vice Chairman, ...' / 'Marshall A. Cohen' /
    'Director (Canada)' / ... / 'Business Address: ...', no blank line between them); the first block would take that
    entry's lines. The organisation's heading over the names ('American International Group, Inc.') and the
    preamble's sentences are no title."""
    fields = {f for block in blocks for f in block.columns}
    named = [block for block in blocks if block.name]
    if len(fields) != 1 or "name" in fields or not named:
        return False
    first = min(named, key=lambda block: block.name[0])
    name_line_end = text.find("\n", first.name[1])
    if first.label_start < first.name[0] or name_line_end < 0 or not text[name_line_end:first.label_start].strip():
        return False
    line_start = text.rfind("\n", start, first.name[0]) + 1 or start
    above = text[start:line_start]
    paragraph = above[max((m.end() for m in BLANK_LINE.finditer(above)), default=0):]
    return any(_title_alone(line) for line in paragraph.splitlines())


def _title_alone(line: str) -> bool:
    """A line that is one title and nothing else ('Director', 'Chief Financial Officer', 'Director (Canada)'): a few
    capitalised words ('of', 'the' between them), the last a title word."""
    words = re.findall(r"[A-Za-z]+", _COUNTRY_AFTER.sub("", line))
    return (0 < len(words) <= MOST_WORDS_A_TITLE and all(w[0].isupper() or w in ("of", "the") for w in words)
            and bool(rules().title_words.fullmatch(words[-1])))
