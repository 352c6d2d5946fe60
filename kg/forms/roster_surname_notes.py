"""An index of the roster, then notes keyed by surname: a dot-leader list of every person ('Name ....... Position'),
a heading ('ADDITIONAL INFORMATION'), then one paragraph of particulars per person, opened only by the surname in
capitals ('CHIA.', or 'CHIA (Pei-yuan).' where two people share it) and made of labelled statements
('Business address: ...', 'Citizenship: ...').

The index gives the names and titles (kg/forms/roster_leaders.py); a paragraph's particulars go to the one person of
the index whose surname its key is (and whose given names its bracket holds, where given). A paragraph whose key
pairs with no person or with more than one, or a person two paragraphs pair with, gets nothing from it (a doubt on the
entry where there is one); text under the heading that is no keyed paragraph leaves the notes unread.
"""
from __future__ import annotations

import re

from kg.forms.roster_entry import Entry
from kg.forms.roster_leaders import _RULE, _lines, _statements, read_leaders
from kg.read import clean

_KEY = re.compile(r"[ \t]+(?P<key>[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,2})(?: \((?P<given>[^()\n]{1,60})\))?\.[ \t]+\S")
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_PAGE_HEADER = re.compile(r"(?i)(?:page\s+\d{1,3}|(?:schedule|annex|exhibit|appendix)\s+[\w-]{1,4}\s+\(continued\)|\f)")


def read_indexed_notes(text: str, start: int, end: int) -> list[Entry] | None:
    """Entries of an index with surname-keyed notes in text[start:end], or None when it is not one."""
    if "\n" not in text[start:end] or len(re.findall(r"\.{4,}[ \t]+\S", text[start:end])) < 2:
        return None
    lines = _lines(text, start, end)
    openers = [i for i, (_s, _e, line) in enumerate(lines) if (m := _KEY.match(line)) and m.group("key").isupper()]
    if len(openers) < 2:
        return None
    heading = next((i for i in range(openers[0] - 1, -1, -1) if lines[i][2].strip()), None)
    if heading is None or not _is_heading(lines[heading][2]):
        return None
    entries = read_leaders(text, start, lines[heading][0])
    if not entries:
        return None
    paragraphs = _paragraphs(lines, heading + 1, openers)
    if paragraphs is None:
        for entry in entries:  # (the index is read; its particulars could be anyone's)
            entry.doubts.append(f"the particulars under {lines[heading][2].strip()!r}: text between them is no "
                                "paragraph keyed by a surname")
        return entries
    _pair(text, entries, paragraphs)
    return entries


def _is_heading(line: str) -> bool:
    """A line in capitals alone, no leader in it ('ADDITIONAL INFORMATION')."""
    words = line.strip().rstrip(":").split()
    return 0 < len(words) <= 6 and line.strip().rstrip(":").isupper() and "..." not in line


def _paragraphs(lines: list, first: int, openers: list[int]) -> list[tuple[re.Match, int, int]] | None:
    """(key match, start, end) of each keyed paragraph: its opener and the lines that follow up to a blank line
    or a rule. Text after the last keyed paragraph is no note (the notes end there); None when other text stands
    between keyed paragraphs (a note's second paragraph, or text of another kind: which, the text does not say)."""
    out, current, stray = [], None, False
    for index in range(first, len(lines)):
        s, e, line = lines[index]
        if index in openers:
            if stray:
                return None
            current = [_KEY.match(line), s, e]
            out.append(current)
        elif not line.strip() or _RULE.fullmatch(line.strip()) or _PAGE_HEADER.fullmatch(line.strip()):
            current = None
        elif current is not None:
            current[2] = e
        else:
            stray = True  # (text that is no keyed paragraph: the notes end, unless a keyed one follows)
    return [tuple(paragraph) for paragraph in out]


def _pair(text: str, entries: list[Entry], paragraphs: list) -> None:
    """The particulars of each paragraph onto the one entry its key names."""
    paired: dict[int, list] = {}
    for match, start, end in paragraphs:
        found = [i for i, entry in enumerate(entries) if _keyed(entry.name, match.group("key"), match.group("given"))]
        if len(found) == 1:
            paired.setdefault(found[0], []).append((match, start, end))
    for index, found in paired.items():
        entry = entries[index]
        if len(found) > 1:
            entry.doubts.append(f"{len(found)} paragraphs of particulars are keyed {found[0][0].group('key')!r}")
            continue
        match, start, end = found[0]
        body = start + match.end() - 1  # (after 'KEY.' and its spaces)
        values = _statements(text, body, end)
        if values is None or not values.keys() <= {"occupation", "address", "citizenship"}:
            entry.doubts.append(clean.squash(text[body:end])[:120])
            continue
        entry.fields.update(values)
        entry.evidence = (entry.evidence[0], max(entry.evidence[1], end))


def _keyed(name: str, key: str, given: str | None) -> bool:
    """Whether the key ('CHIA', with 'Pei-yuan' in brackets or not) names this person ('Pei-yuan Chia',
    'CHIA, Pei-yuan')."""
    surname, first = _parts(name)
    words = key.casefold().split()
    if [w.casefold() for w in surname[-len(words):]] != words or len(surname) < len(words):
        return False
    return given is None or clean.squash(given).casefold() == " ".join(first).casefold().strip(" ,")


def _parts(name: str) -> tuple[list[str], list[str]]:
    """(surname words, given words) of a name printed 'SURNAME, Given' or 'Given Surname'."""
    pieces = [p.strip() for p in name.split(",") if p.strip()]
    while len(pieces) > 1 and pieces[-1].strip(".").casefold() in _SUFFIXES:
        pieces.pop()
    if len(pieces) == 2:
        return pieces[0].split(), pieces[1].split()
    words = [w for w in " ".join(pieces).split() if w.strip(".,").casefold() not in _SUFFIXES]
    return words[-1:], words[:-1]
