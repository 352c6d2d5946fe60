"""Entries lettered 'A.', 'B.', 'C.' in order: the letters number the rows, they are no initials.

'A. ATKINSON, James W.' / 'B. HOBSON, Mellody L.': read as part of the name, each letter becomes a middle
initial ('James W. A. Atkinson'), a person nobody listed. One capital letter and a full stop is an initial
too ('A. Christopher Galvin'), so a letter counts as a row's number only where the roster shows the
sequence: the people, in reading order, each have a capital letter and a full stop just before or at the
start of their printed name, and the letters run A, B, C ... - three or more people in a row from A, B or C,
the letters of up to two entries not read missing between two people (and two thirds of the people lettered:
one read with no letter, a label read as a name, is passed over); or the two people of a roster of two, A and
B. Three or more in a row with no letter missing ('D.', 'E.', 'F.', the rows above not read) count too, and so do
runs of two or more lettered again from A under each heading ('A.', 'B.' directors, 'A.', 'B.' officers) where
every letter read is in such a run. A letter before the name (outside its span) is the row's, and then an initial opening the name is the
name's ('F.  H. Laurance Fuller'). The letter is cut from the names that hold it (the name is made again from
the rest of its printed text, its span starts after the letter); blanking it in the text instead would move
the name off the column the layout's geometry expects.
"""
from __future__ import annotations

import re

from kg.forms.roster_names import display_name
from kg.forms.roster_romans import numbered_rows, numeral_of
from kg.read import clean

_OPENING = re.compile(r"([A-Z])\.[ \t]+(?=\S)")  # at the start of the printed name
_BEFORE = re.compile(r"(?:^|(?<=[\s|]))([A-Z])\.[ \t]+$")  # just before it, on its line


def unletter_names(people: list, text: str) -> None:
    """Cut the row letters from the names of `people` (in place), where they run A, B, C ... (see the module).
    People read from one printed name (the same name span: one record per organisation or title line) are one
    entry of the sequence."""
    groups: list[list] = []
    for person in people:
        span = person.spans.get("name")
        if groups and span and groups[-1][0].spans.get("name") == span:
            groups[-1].append(person)
        else:
            groups.append([person])
    numerals = [numeral_of(group[0].spans.get("name"), text) for group in groups]  # ('II. Peter K. Barnes')
    for index in numbered_rows([found[:2] if found else None for found in numerals]):
        for person in groups[index]:
            _cut(person, text, numerals[index][2])
    letters = [None if numerals[index] and numerals[index][2] is None else _letter(group[0], text)
               for index, group in enumerate(groups)]
    for index in _lettered_rows(letters, len(groups)):
        for person in groups[index]:
            _cut(person, text, letters[index][1])


def _lettered_rows(letters: list, count: int) -> set[int]:
    """The entries whose letters run A, B, C ... among the entries read (see the module)."""
    lettered = [index for index, found in enumerate(letters) if found]
    if 3 * len(lettered) < 2 * count:
        return set()  # (most entries show no letter: one that does holds an initial)
    runs: list[list[int]] = []
    run: list[int] = []
    for index in lettered + [count]:
        found = letters[index] if index < count else None
        if found and run and 1 <= ord(found[0]) - ord(letters[run[-1]][0]) <= 3:  # (entries not read between)
            run.append(index)
            continue
        runs.append(run)
        run = [index] if found else []
    restarted = [r for r in runs if len(r) >= 2 and letters[r[0]][0] == "A"]
    rows: set[int] = set()
    for run in runs:
        if len(run) >= 3 and (letters[run[0]][0] <= "C" or _consecutive([letters[at][0] for at in run])) \
                or len(run) == 2 == count and letters[run[0]][0] == "A" \
                or run in restarted and len(restarted) >= 2 and sum(map(len, restarted)) == len(lettered):
            rows.update(run)  # (the last: 'A.', 'B.' under each heading, lettered again from A, every letter so)
    return rows


def _consecutive(found: list[str]) -> bool:
    """'D.', 'E.', 'F.' on three people in a row, no letter missing: the rows' letters (the rows above them not read),
    however late in the alphabet the run starts."""
    return all(ord(b) - ord(a) == 1 for a, b in zip(found, found[1:]))


def _letter(person, text: str) -> tuple[str, int | None] | None:
    """(letter, where the name goes on after it, None when the letter stands before the name)."""
    span = person.spans.get("name")
    if not span:
        return None
    start, end = span
    line_start = text.rfind("\n", 0, start) + 1
    before = _BEFORE.search(text, max(line_start, start - 12), start)
    if before:
        return before.group(1), None  # ('F.  H. Laurance Fuller': the row's letter, then the name's initial)
    opening = _OPENING.match(text, start, end)
    return (opening.group(1), opening.end()) if opening else None


def _cut(person, text: str, at: int | None) -> None:
    if at is None:
        return  # (the letter stands before the name: not read into it)
    printed = text[at:person.spans["name"][1]]
    whole = display_name(text[person.spans["name"][0]:person.spans["name"][1]])
    wrapped = person.name[len(whole):] if person.name.startswith(whole + " ") else ""  # ('G. Francis Michael
    first, _, rest = person.name.partition(" ")  # Cyprian' / 'Cuss': the name's words on the line under its span)
    number = text[person.spans["name"][0]:at].strip()
    # a name read with the number before it keeps the rest as read ('I. Lars Holm', printed 'I. LARS Holm': a
    # heading's case changed on the first row); else it is made again from the rest ('James W. A. Atkinson')
    person.name = rest if rest and first.lower() == number.lower() else display_name(printed + wrapped)
    flat = clean.squash((printed + wrapped).replace("\n", " "))
    person.name_as_printed = flat if flat != person.name else None
    person.trace("name", printed, (at, person.spans["name"][1]))
