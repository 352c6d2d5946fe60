"""Where an occupation cell ends over an address cell that opens with its addressee (an HTML table saved as text one
cell a line): 'President and CEO, Power Financial Corporation' / 'Power Financial Corporation' / '751 Victoria
Square' / 'Montreal QC H2Y 2J3'.

A line under the occupation's first line that only repeats an employer that line already names (its legal form
may be added: 'National Bureau of Economic Research' / 'National Bureau of Economic Research, Inc.') is the
address's addressee, not more of the occupation: the occupation ends above it."""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_affiliations import is_organization_name
from kg.forms.roster_own import org_phrase
from kg.forms.roster_wrap import LEGAL_FORM
from kg.lookups.empty_cells import is_empty_cell

_LEGAL_FORM = re.compile(r"[\s,]+(?:" + LEGAL_FORM.pattern + r")$", re.I)  # (the legal forms kg.forms.roster_wrap knows)
_HOUSE_NUMBER = re.compile(r"\d{1,5}[A-Za-z]?")  # (a street's number saved in a cell line of its own: '21' / 'avenue Matignon')
_PUNCTUATION = re.compile(r"[^\w&]+")


def occupation_lines(taken: list[str]) -> int | None:
    """How many of an occupation cell's lines (those before the address's first street line) are the occupation's:
    up to the first line that repeats an employer the lines above it name, or a house number alone right under the
    occupation's first line or under titles each closing on its employer; all of them where no line does. None where
    a house number stands lower under other lines (the line between, 'Bombardier Aerospace', may be the occupation's
    or the address's addressee: not guessed at)."""
    if taken and is_empty_cell(taken[0]):
        return 1  # ('-' / 'Power Corporation of Canada': the occupation's cell is empty, the address opens under it)
    if len(taken) > 1 and names_employer(taken[0]) and all(_addressee_line(line) for line in taken[1:]):
        return 1  # ('Chairman, Hang Lung Development Group' / 'Hang Lung Development Company Limited' / '28/F ...')
    for index in range(1, len(taken)):
        if _repeats_employer(taken[index], " ".join(taken[:index])):
            return index
        if _HOUSE_NUMBER.fullmatch(taken[index].strip(" ,")):
            return index if index == 1 or all(titled_employer(line) for line in taken[:index]) else None
            # (a line between, 'Bombardier Aerospace': the occupation's or an addressee, unseen; titles that close
            # on their employer, 'Chief Financial Officer of Scout Capital Corp.', are the occupation's whole)
    return len(taken)


def titled_employer(line: str) -> bool:
    """A title closing on the employer it names ('Director of Scout Capital Corp.'): no addressee."""
    return rt.is_title(line.strip(" ,")) and names_employer(line)


def _repeats_employer(line: str, above: str) -> bool:
    bare = line.strip(" ,")
    if not bare or rt.is_title(bare):  # (a name's shape, 'Wittington Investments', may be the employer's)
        return False
    above_words = f" {_words(above)} "
    return any(f" {words} " in above_words for words in (_words(bare), _words(_LEGAL_FORM.sub("", bare))) if words)


def _words(text: str) -> str:
    return _PUNCTUATION.sub(" ", text).casefold().strip()


_DOTTED_FORM = re.compile(r",?\s+(?:[A-Za-z]\.){1,3}[A-Za-z]?\.?$")
_RUNS_ON = re.compile(r"(?:[,;&/-]|\b(?:and|of|for|the|to|at|in|with|or))\s*$", re.I)


def names_employer(line: str) -> bool:
    """An occupation's line that closes on the employer it names ('Chairman, Power Tech', 'CEO of Harvard Management
    Company', '..., BP Amoco, p.l.c.') and runs on into no next line: the line under it is not that employer."""
    phrase, appended = org_phrase(line)
    if not phrase or _RUNS_ON.search(line.strip()) or rt.is_title(phrase):
        return False
    phrase = _DOTTED_FORM.sub("", phrase) or phrase  # ('BP Amoco, p.l.c': the name before its legal form)
    return is_organization_name(phrase) if appended else rt.is_organization(phrase)


def _addressee_line(line: str) -> bool:
    """A line that can open an address as its addressee: an organisation's or a building's name, no title, no name."""
    bare = line.strip(" ,")
    return is_organization_name(bare) and not rt.is_title(bare) and not rt.is_person_name(bare) \
        and not _RUNS_ON.search(bare)
