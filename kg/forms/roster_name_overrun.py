"""A name read with a word of the line under it that would have fitted on the name's own line ('Kenneth J.
Bialkin' / 'Skadden' / 'Arps', the law firm of the address stacked under the name, read 'Kenneth J. Bialkin
Skadden'). A typist carries a word of a name over to the next line only when it does not fit before the next
column; a word that would have fitted is the start of another value (an address, an employer), so the name as read
is not certain. Part of the last guard over a roster's values (kg.forms.roster_junk): such a person is left out."""
from __future__ import annotations

import re

from kg.context import Context
from kg.forms import roster_types as rt
from kg.forms.roster_name_tail import MIN_COLUMN_GAP
from kg.forms.roster_rules import rules
from kg.read import clean
from kg.records import Person

_NEXT_CELL = re.compile(r"[ \t]{2,}(?=\S)")


def took_word_under(ctx: Context, person: Person) -> str | None:
    """The words of `person`'s name that are not printed on the name's line but open the line under it at the
    name's margin (or its entry's, left of a number), when they would have fitted on the name's line before its next cell; None otherwise."""
    if "name" not in person.spans:
        return None
    start, end = person.spans["name"]
    printed, name = ctx.text[start:end].split(), (clean.squash(person.name or "") or "").split()
    if len(name) <= len(printed) or [w.casefold() for w in name[:len(printed)]] != [w.casefold() for w in printed]:
        return None
    if len(printed) < 2 or len(printed[-1].strip(".,")) < 2:
        return None  # (the name's line is no whole name: a name cannot end in an initial, 'Martin S.' / 'Feldstein')
    taken = " ".join(name[len(printed):])
    line_start = ctx.text.rfind("\n", 0, start) + 1
    line_end = ctx.text.find("\n", end)
    if line_end < 0:
        return None
    next_cell = _NEXT_CELL.match(ctx.text, end, line_end)
    if next_cell is None:
        return None  # (no cell after the name on its line: the room there is not known)
    margin = start - line_start
    under_end = ctx.text.find("\n", line_end + 1)
    under = ctx.text[line_end + 1:under_end if under_end >= 0 else len(ctx.text)]
    entry_margin = len(ctx.text[line_start:start]) - len(ctx.text[line_start:start].lstrip())
    under_margin = len(under) - len(under.lstrip())
    if under_margin not in (margin, entry_margin) or not under.lstrip().startswith(taken.split()[0]):
        return None  # (the line under starts at the name's margin, or at its entry's ('(2) Kenneth J. Bialkin'))
    column = next_cell.end() - line_start
    gap = _NEXT_CELL.search(under, under_margin)  # (the line under's first cell ends there; its next cell opens at
    cell = under[:gap.start()] if gap else under  # the name line's next cell, give or take one character)
    if gap and abs(gap.end() - column) > 1 or cell.split()[:1] != [taken.split()[0]]:
        return None  # (the line under is no cell of the name's column alone: a title glued to it, 'Vantreight Executive')
    if len(cell.split()) != len(taken.split()):  # ('Janet M. Dolan' / 'Tennant Company': a firm's name goes on)
        return taken if _firm_goes_on(cell, taken) else None
    spare = MIN_COLUMN_GAP if _opens_block(ctx.text, under_end, under_margin, column) else 2 * MIN_COLUMN_GAP
    fits = end - line_start + 1 + len(taken) + spare <= column  # (room to spare: a wrap width is not known)
    return taken if fits else None


def _opens_block(text: str, under_end: int, under_margin: int, column: int) -> bool:
    """True when the line after the line under goes on at its margin with no cell in the next column ('Skadden' /
    'Arps' / 'Slate'): the line under opens a stacked value of the name column, so the name's line was whole
    where the words under fit with one column gap."""
    if under_end < 0:
        return False
    after_end = text.find("\n", under_end + 1)
    after = text[under_end + 1:after_end if after_end >= 0 else len(text)]
    after_margin = len(after) - len(after.lstrip())
    return bool(after.strip()) and after_margin == under_margin and len(after.rstrip()) <= column - MIN_COLUMN_GAP


def _firm_goes_on(cell: str, taken: str) -> bool:
    """The words `taken` open the `cell` under the name, which goes on to an organisation's name ('Tennant' of
    'Tennant Company'): the words are the firm's, no word of the name."""
    words = cell.split()
    return words[:len(taken.split())] == taken.split() and len(words) > len(taken.split()) \
        and bool(rules().organization_words.fullmatch(words[-1])) and rt.is_organization(" ".join(words))
