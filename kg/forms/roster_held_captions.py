"""Column captions wrapped onto the lines under them: 'Position(s) with Smith' / 'Barney Corporate Trust' /
'Company' is one caption, the organisation's name wrapped under 'Position(s) with' (issue 13, round 36). Read as a
line of its own, 'Company' alone makes an organisation's column of the titles, and every wrapped title line a
person of its own.
"""
from __future__ import annotations

import re

from kg.forms.roster_caption_languages import english_caption

_HELD_BY = re.compile(r"\b(?:positions?|titles?|offices?)(?:\(s\))?\s+(?:held\s+)?(?:with|of|at|in)\b", re.I)

_RULE = re.compile(r"[-=_*\s]+")

_CAPTION_WIDTH = 50  # the longest line of one column's caption ('of any Corporation or Other Organization in')

_CAPTION_DEPTH = 16  # the header lines above a line that may hold its caption (a narrow column wraps the
# organisation's name one word a line: 'Position(s)' / 'with' / 'Castlerigg' / 'Master' / 'Investments' / 'Ltd.')


def under_held_caption(above: list, at: int, chunks: list[tuple[int, str]]) -> bool:
    """Line `at` goes on with the header lines (up to _CAPTION_DEPTH, unbroken) just above it: a chunk of it stands under a caption
    'Position(s) with ...' ('Present Position' / 'with Smith Barney' / 'Corporate Trust' / 'Company': the
    organisation's name wrapped onto this line), and its other chunks are that or the wrapped words of a caption
    above them, in lower case ('of any Corporation or Other Organization in'), or captions of their own."""
    from kg.forms import roster_types as rt
    block = []
    for line in above[max(0, at - _CAPTION_DEPTH):at][::-1]:
        if not line.text.strip() or any(len(chunk) > _CAPTION_WIDTH for _offset, chunk in line.chunks()):
            break  # (a line of prose above the header: 'position(s) with X, Inc. (the "Reporting Person") and ...')
        block.insert(0, line)
    captions: dict[int, str] = {}
    for line in block:
        for offset, chunk in line.chunks():
            captions[offset] = f"{captions.get(offset, '')} {chunk}".strip()
    if any(len(chunk) > _CAPTION_WIDTH for _offset, chunk in chunks):
        return False
    held = [offset for offset, chunk in chunks  # ('CARGO EN AMERICAN' / 'INTERNATIONAL GROUP,': another language's)
            if _HELD_BY.search(english_caption(f"{captions.get(offset, '')} {chunk}".strip()))
            or _HELD_BY.search(english_caption(_read_on(captions.get(offset, ""), chunk, above[at + 1:], offset)))]
    # ('NAME AND POSITION' over 'WITH SOUTHWESTERN ENERGY COMPANY': the caption goes on under this line)
    under = dict(above[at + 1].chunks()) if at + 1 < len(above) else {}  # ('Other Principal' / 'Occupation')
    return bool(held) and all(offset in held or offset in captions
                              and rt.is_header(_read_on(captions[offset], chunk, above[at + 1:], offset))
                              or _caption_of_its_own(chunk)
                              or offset in under and _caption_of_its_own(f"{chunk} {under[offset]}")
                              or offset in under and _wrapped_caption(chunk, offset, above[at + 1:])
                              for offset, chunk in chunks)


def _wrapped_caption(chunk: str, offset: int, below: list) -> bool:
    """A caption of its own column whose words kg has no role for, wrapped ('TRANSACTIONS IN THE SHARES' over
    'DURING THE PAST 60 DAYS'): the chunk starts where the header line under it has a chunk, and that column's caption
    is no person's name, the caption read on down to the header's last line at most two caption lines long: the
    column is read, its caption unknown (no value of it), and the organisation wrapped beside it stays its caption's."""
    from kg.forms import roster_types as rt
    caption = _read_on("", chunk, below, offset).strip()
    return len(caption) <= 2 * _CAPTION_WIDTH and not rt.is_person_name(chunk, False)


def _read_on(caption: str, chunk: str, below: list, offset: int) -> str:
    """The caption at `offset` as the header prints it whole: its words above, `chunk`, and the chunks at that offset
    on the header lines under it ('Present Principal' / ... / 'Organization in' / 'which such' / 'Employment is' /
    'Conducted': twelve lines of one narrow column, whose first words alone make no caption)."""
    words = [caption, chunk]
    for line in below:
        if not line.text.strip() or (cell := dict(line.chunks()).get(offset)) is None or _RULE.fullmatch(cell):
            break  # (the rule under the captions, '====', is no word of them)
        words.append(cell)
    return " ".join(words)


def _caption_of_its_own(chunk: str) -> bool:
    """A chunk that is a column's caption, or its first words ('Name of Executive', 'Country of', 'Occupation or'
    beside 'Paul Travelers' under 'Position(s) / with The St.'): no cell of a row."""
    from kg.forms import roster_types as rt
    from kg.forms.roster_rules import rules
    return (rt.is_header(chunk) or any(p.match(chunk.strip(" :|")) for p in rules().column_roles.values())) \
        and not rt.is_person_name(chunk, False)
