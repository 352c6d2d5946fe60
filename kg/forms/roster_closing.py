"""The closing paragraph of a labelled roster: after the last block, set apart by a blank line or a rule, a
paragraph whose first sentence speaks of every person listed above ('Each of the persons named above is a citizen
of the United States, except the following, ...'). It is what the roster states after its list (kg/forms/
roster_postamble.py reads it), never a line of the last block's value: the blocks are read up to it. Only where
no label follows it (a paragraph between blocks is left to the reader). The words are data:
kg/patterns/roster_closing.yml."""
from __future__ import annotations

import re
from functools import cache

from kg.forms.roster_bullets import bullet_rules
from kg.forms.roster_rules import rules
from kg.patterns import required_regexes
from kg.read import clean

_SENTENCE_END = re.compile(r"\.(?:\s|$)")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


@cache
def _rules() -> dict[str, re.Pattern]:
    return required_regexes("roster_closing.yml", ("all_above",))


def blocks_end(text: str, start: int, end: int) -> int:
    """Where the labelled blocks of text[start:end] end: at the first line, after a blank line or a rule, that
    opens a closing paragraph about everyone listed above with no label after it; else `end`."""
    set_apart, at = False, start
    while at < end:
        stop = text.find("\n", at, end)
        stop = end if stop < 0 else stop
        line = text[at:stop]
        if not line.strip() or bullet_rules()["rule"].match(line):
            set_apart = True
        elif set_apart and _closes(text, at, end):
            return at
        else:
            set_apart = False
        at = stop + 1
    return end


def _closes(text: str, at: int, end: int) -> bool:
    blank = _BLANK_LINE.search(text, at, end)
    paragraph = clean.squash(text[at:blank.start() if blank else end]) or ""
    first = _SENTENCE_END.split(paragraph, maxsplit=1)[0]
    if not _rules()["all_above"].search(first):
        return False
    return not any(label.search(text, at, end) for label in rules().labels.values())
