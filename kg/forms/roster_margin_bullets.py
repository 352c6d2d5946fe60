"""A one-level bulleted list of persons: each entry opens with a bullet set alone at the left margin before the
person's name, the entry's other lines indented under the name with no bullet of their own. A word processor's
Wingdings square bullet comes out of a conversion to plain text as '§' (the Symbol bullet as '•', the hollow one as
'o'); a typesetter's em dash bullet ('— Lars Green', one space after it) is one too:

    §    Pei-yuan Chia
         Director, American International Group, Inc.
         c/o 70 Pine Street

The bullet is an entry's mark as a number is, no text of the entry: read with it, the name's line is a row of two
cells ('§' | 'Pei-yuan Chia') and the entry's lines under it are lost. It is blanked (a space; the offsets stay)
where every line of the region that opens with a bullet at the margin names a person after it (a number before
the name, '1.', is kept), at least two such lines use the same bullet at the same margin, and no line is a deeper
bulleted item (a two-level outline, kg.forms.roster_bullets, reads its own bullets). The patterns are data
(kg/patterns/roster_bullets.yml, `margin_bullet`).
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_window import blanked
from kg.patterns import required_regexes

FEWEST = 2  # (two entries at least: one bullet before a name could be anything)
_LINE = re.compile(r"[^\n]*")
_NUMBER = re.compile(r"^(?:\d{1,3}|[A-Z])[.)][ \t]+")  # ('1. Pei-yuan Chia', 'A. Pei-yuan Chia')
_CELL_GAP = re.compile(r"[ \t]{3,}")  # (a name's cell and the next cell of its line)


def _rules() -> dict[str, re.Pattern]:
    return required_regexes("roster_bullets.yml", ("margin_bullet", "bullet", "mark"))


def without_margin_bullets(text: str, start: int, end: int) -> str:
    """`text` with the bullets before the persons' names between `start` and `end` blanked (the same length)."""
    if not _maybe_bulleted(text, start, end):
        return text
    rules, found = _rules(), []  # (offset of the bullet, its margin, the bullet)
    for line in _LINE.finditer(text, start, end):
        body = line.group().expandtabs(8)
        if (marked := rules["margin_bullet"].match(line.group())) is not None:
            if not _names_person(marked.group("text"), rules["mark"]):
                return text  # (a bullet before something else: a list of another kind)
            found.append((line.start() + marked.start("bullet"), len(marked.group("lead").expandtabs(8)),
                          marked.group("bullet")))
        elif (item := rules["bullet"].match(body)) is not None and not item.group("bullet")[:1].isdigit() \
                and found and len(item.group("lead")) > found[0][1]:
            return text  # (a deeper bulleted item: a two-level outline's)
    if len(found) < FEWEST or len({(margin, bullet) for _at, margin, bullet in found}) != 1:
        return text
    return blanked(text, start, end, [(at, at + 1) for at, _margin, _bullet in found])


def _maybe_bulleted(text: str, start: int, end: int) -> bool:
    """A quick look: some character of the bullets stands in the region (most rosters have none)."""
    region = text[start:end]
    return any(sign in region for sign in "§•·▪■◦●\uf0a7\uf0b7\u2014") or "\no " in region or "\no\t" in region


def _names_person(text: str, mark: re.Pattern) -> bool:
    """The text after a bullet opens with a person's name alone in its cell ('1. Pei-yuan Chia', 'CHIA, Pei-yuan',
    'Lars Green(1)    Director')."""
    cell = _CELL_GAP.split(text.strip(), maxsplit=1)[0]
    cell = mark.sub("", _NUMBER.sub("", cell)).strip()
    return bool(cell) and rt.is_person_name(cell)
