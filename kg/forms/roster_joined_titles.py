"""A line that joins several titles: 'Director, Executive Officer, Chairman and Co-Chief Executive Officer'.

A list of name-and-title blocks whose first line under a name joins the person's titles this way prints the titles
held in the organisation on that one line (National Grid's Exhibit A); a later line of the block is then the
person's occupation elsewhere, even where it names no company ('Chairman, President and CEO', Paul Fribourg's
occupation at his own company, 'Chairman' being another person's title in the listed organisation).
"""
from __future__ import annotations

import re

from kg.forms.roster_own import is_department
from kg.forms.roster_rules import rules

_PARTS = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
MOST_WORDS_A_TITLE = 5  # ('Senior Vice President of Finance': more words are a phrase, no title)


def joins_titles(line: str) -> bool:
    """The line joins two or more titles with a comma (and 'and'), each part ending on a title word, in capitals,
    naming no company or department ('Manager, Treasury Services' ends on no title word: one title and its unit)."""
    parts = _PARTS.split(line.strip())
    if "," not in line or len(parts) < 2:
        return False
    return all(_is_title(part) for part in parts)


def _is_title(part: str) -> bool:
    words = re.findall(r"[A-Za-z]+", part)
    return (0 < len(words) <= MOST_WORDS_A_TITLE and all(w[0].isupper() or w in ("of", "the") for w in words)
            and bool(rules().title_words.fullmatch(words[-1])))


_COMPANY = re.compile(r",\s+|\s(?:of|for|at|with)\s+(?=[A-Z])")  # ('..., AXA'; '... of Morgan Stanley'; '...
# affiliated with Forstmann Little & Co.'; not 'of the Board', 'of the Executive Committee': a body of the organisation)


def names_company(item: str) -> bool:
    """A title at a company: what follows its comma or 'of' is more than title words ('Chairman of the Board'
    names none)."""
    tail = _COMPANY.split(item)[-1] if _COMPANY.search(item) else ""
    words = [w for w in re.findall(r"[A-Za-z]+", tail) if w not in ("of", "the", "and")]
    if is_department(tail) or any(pattern.search(tail) for pattern, _body in rules().position_bodies):
        return False  # ('Vice President of Business Development'; 'Member, Conseil d'Administration': the board)
    return bool(words) and not all(rules().title_words.fullmatch(w) for w in words)
