"""A person's own address printed flush under their titles and occupation lines, at the block's margin (issue 13,
round 56f): the layout of kg.forms.roster_nameblocks with no indentation to tell the address from the lines above.

    Marshall A. Cohen
    Director, American International Group, Inc.
    Counsel, Cassels, Brock & Blackwell
    Cassels, Brock & Blackwell
    40 King Street West, 20th Floor
    Toronto, Ontario M5H 3C2

The address opens at the first line that reads as one (a number, a street, a city line) and runs to the block's end;
every line of it must read as no title, no person and no label ('Citizenship: Canada' closing a block is another
layout). The line just above it belongs to the address only where it has no title word and names the employer the
line above it names, or is an organisation's name under a title line ('Cassels, Brock & Blackwell'). Where that line
is neither the employer nor a title or occupation ('Le Prince de Galles', 'Limited'), no address is given and the
lines there that are no title are left out; where one of them is no line of words ('U.S.', '-'), the block is not
read by this rule. A title line wrapped onto a line indented two more columns ('  Research') goes on with the line
above.
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_ocr import opens_label
from kg.forms.roster_rules import rules

_LABEL = re.compile(r"[A-Za-z][\w .'/-]{0,40}:(?:\s|$)")  # ('Citizenship: Canada', 'Address:')
_CONTINUED = 2  # (a wrapped line's hanging indent, in columns)
_WORD = re.compile(r"[A-Za-z]{3,}")
_COMMON = {"the", "and", "inc", "corp", "company", "group", "limited", "llc", "ltd", "of"}


def _column(text: str, at: int) -> int:
    return at - (text.rfind("\n", 0, at) + 1)


def flush_address(text: str, lines: list[tuple[int, str]], starts_title) -> tuple[
        list[tuple[int, str]], str | None, list[str]] | None:
    """(the block's lines above its address, wraps joined; the address; the lines left out) where the block's closing
    lines at its margin read as its person's address, or None. Where the line above the address is neither its
    employer nor a title, no address is given and the lines between the first title and the address that read as
    no title are left out (where the address starts, the text does not say)."""
    joined = _joined(text, lines)
    if joined is None:
        return None
    first = next((i for i, (_at, line) in enumerate(joined) if i >= 2 and _reads_as_address(line)), None)
    if first is None or not all(_may_be_address(line, starts_title) for _at, line in joined[first:]):
        return None
    if first >= 3 and _employer(joined[first - 1][1], joined[first - 2][1], starts_title):
        first -= 1
    elif first >= 3 and not _is_work(joined[first - 1][1], starts_title):
        kept = joined[:2] + [(at, line) for at, line in joined[2:first] if _titled(line, starts_title)]
        left = [line for _at, line in joined[2:first] if not _titled(line, starts_title)]
        if not all(_wordy(line) for line in left):
            return None  # ('U.S.' / '-' over the address: cells of another layout)
        return kept, None, left
    return joined[:first], ", ".join(line for _at, line in joined[first:]), []


def _joined(text: str, lines: list[tuple[int, str]]) -> list[tuple[int, str]] | None:
    indent = _column(text, lines[0][0])
    out: list[tuple[int, str]] = []
    for at, line in lines:
        column = _column(text, at)
        if column == indent + _CONTINUED and len(out) > 1:
            out[-1] = (out[-1][0], f"{out[-1][1]} {line}")
        elif column == indent or not out and column > indent:
            out.append((at, line))
        else:
            return None
    return out


def _reads_as_address(line: str) -> bool:
    return bool(re.search(r"\d", line)) or rt.is_address_line(line) or rt.is_city_line(line)


def _may_be_address(line: str, starts_title) -> bool:
    return not (starts_title(line) or _LABEL.match(line) or opens_label(line) or re.search(r"\S {3,}\S", line)
                or rt.is_person_name(line))  # ('Citizenship: Canada' closing the block: another layout)


def _employer(line: str, above: str, starts_title) -> bool:
    """The line names the employer the line above names ('Counsel, Cassels, Brock & Blackwell' / 'Cassels, Brock &
    Blackwell'), or is an organisation's name under a title line, with no title word of its own: the address's first
    line."""
    if not line[:1].isupper() or rules().title_words.search(line) or re.search(r"\d", line):
        return False
    words = {w.casefold() for w in _WORD.findall(line)} - _COMMON
    named_above = words <= {w.casefold() for w in _WORD.findall(above)}
    return bool(words) and (named_above or rt.is_organization(line) and _is_work(above, starts_title))  # ('LTD': no
    # name of its own, the rest of an employer's name above it)


def _wordy(line: str) -> bool:
    """A line of words that may name an employer or an occupation: no number, nationality, label or dash."""
    return bool(re.match(r"[A-Z][A-Za-z'&-]*[A-Za-z]", line)) and not (re.search(r"\d", line) or rt.is_nationality(line)
                                                                     or _LABEL.match(line))


def _titled(line: str, starts_title) -> bool:
    return starts_title(line) or bool(rules().title_words.search(line))


def _is_work(line: str, starts_title) -> bool:
    """A line that reads as a title or an occupation ('Retired Vice Chairman, Citicorp', 'Private Investor'), never as
    an address's first line."""
    from kg.forms.roster_junk import junk_rules  # (roster_junk imports the guard that imports the readers)
    return starts_title(line) or line[:1].islower() or bool(rules().title_words.search(line)) \
        or bool(junk_rules()["occupation_nouns"].search(line))  # ('Self Employed Businessman')
