"""A person's name across the lines of its cell: the words, initials, suffixes, nicknames and bracketed
nationalities that wrap under a name's first line, and the name wraps of a fixed-width grid.
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.name_suffixes import suffix_alternation
from kg.forms.roster_inline import name_nationality
from kg.forms.roster_name_tail import MIN_COLUMN_GAP
from kg.forms.roster_names import only_affixes, strip_affixes, suffix_first

_AFFIX = re.compile(r"^(?:" + suffix_alternation(numerals=False, dot=r"\.?") + "|" + suffix_alternation(words=False, longest_first=True) + r"|[A-Z]\.?[A-Z]?\.?|C\.C\.?|O\.C\.?|M\.D\.?|Ph\.?D\.?|CFA|CPA|Esq\.?)$")


def continues_name(name: str, line: str) -> bool:
    """'DESMARAIS, PAUL G., P.C.,' + 'C.C': a name wrapped onto the next line."""
    if rt.is_nationality(line):
        return False  # 'U.S.' stacked under the name is the citizenship, not initials
    if name.endswith(",") and bool(_AFFIX.match(line.strip(" ,"))) or bool(_AFFIX.match(line.strip(" ,"))) and len(line) <= 6:
        return True
    from kg.forms.roster_names import only_affixes
    return (name.rstrip().endswith(",") or "," in line) and only_affixes(line)  # 'DUBERSTEIN, Prof. Kenneth' +
    # 'M., C.B.E.', 'Prof. Viviane Monges,' + 'C.B.E.'


NAME_START = re.compile(r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?(?:\s+[A-Z]\.)+")  # 'Theodore J.': a name cannot end so


_INVERTED = re.compile(r"\s*[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*)?,\s*[^\W\d_]")  # 'Dassault, Laurent'


def closed_by_initial(name: str) -> bool:
    """A name printed surname first whose given names end in an initial ('Graham, Anthony R.'): whole; a line under
    it ('Wittington Investments') is another field's, never more given names (a suffix is read apart)."""
    return bool(_INVERTED.match(name) and re.search(r"\s[A-Z]\.\s*,?$", name))


def whole_above(name: str, entries: list) -> bool:
    """A name line that is whole, so the line under it is no more of it: closed by an initial (`closed_by_initial`),
    or the name of an entry this list has read already ('Andre Desmarais' in the DIRECTORS section, then again over
    'Daniel Friedberg' in the OFFICERS section, each with a title of its own: two persons, never one wrapped name)."""
    key = " ".join(name.split()).casefold()
    return closed_by_initial(name) or any(" ".join(entry.name.split()).casefold() == key for entry in entries)


def given_names_wrapped(name: str, line: str, width: int) -> bool:
    """'NARVEKAR, Nirmal' / 'Prabhakar' alone under it, in a column `width` wide: the given names go on."""
    return bool(_INVERTED.match(name)) and _wrapped_surname(name, line, width, name)


def _wrapped_surname(first: str, line: str, width: int, name: str, last: bool = True) -> bool:
    """One or two words under a name whose first would not have fitted after it in the column, of no other
    kind (a title, a nationality, an address line), that the name takes as its last word. `last`: no line that
    may go on with them is stacked under them."""
    from kg.forms.roster_names import strip_affixes
    word = strip_affixes(name_nationality(line.strip())[0])  # ('Cuss (USA, United Kingdom)': the surname, then the
    # nationality; 'Cuss, M.D.': the surname, then credentials)
    if _INVERTED.match(name) and not last:
        return False  # ('Dassault, Laurent' / 'Dassault' / 'Investissements' / '9, Rond-Point': a name printed surname
        # first holds its surname; a word under it with more lines after it may open another field (an employer, an
        # address) as well as end the given names ('Narvekar, Nirmal' / 'Prabhakar', alone under it)
    return (bool(re.fullmatch(r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?", word))
            and len(first.rstrip()) + 1 + len(word.split()[0]) > width and not other_case(first, word)
            and not (rt.is_title(word) or rt.is_nationality(word) or rt.is_address_line(word) or rt.is_header(word)
                     or rt.is_citizenships(word))
            and rt.is_person_name(f"{name} {word}"))


def other_case(first: str, line: str) -> bool:
    """A line under a name printed in capitals that is not ('KENNETH J. BIALKIN' / 'Skadden'): no part of the name."""
    letters = [ch for ch in first if ch.isalpha()]
    return len(letters) >= 4 and all(ch.isupper() for ch in letters) and sum(ch.islower() for ch in line) >= 2


def joined_name(first: str, second: str) -> str:
    """Two lines of a wrapped name: 'Tarek F. Abdel-' / 'Meguid' is 'Tarek F. Abdel-Meguid'."""
    return f"{first}{second}" if first.endswith("-") else f"{first} {second}"


_MIDDLE_INITIAL = re.compile(r"(?:\d{1,3}\.\s+)?(?:[A-Z][\w'’.-]*\s+)+[A-Z]\.\s+[A-Z][\w'’-]*[\w'’](?:,?\s+" + suffix_alternation() + r"\.?)?")


def whole_by_initial(name: str) -> bool:
    """A name printed given names first whose middle initial stands before its last word ('Carolyn H. Byrd'): whole
    by its shape; a line under it whose first word would have fitted after it ('Globaltech Financial') is no more of
    it (a word wrapped would not have been)."""
    return bool(_MIDDLE_INITIAL.fullmatch(name.strip()))


def whole_fits(name: str, line: str, longest: tuple[int, int] | None) -> bool:
    """A name whole by its shape, and the first word of the `line` under it would have fitted after it in the
    column (`longest`: its longest printed line, and the room up to the next column, kg.forms.roster_widths; with
    room to spare, as kg.forms.roster_name_overrun): that line is another field's, no word of the name."""
    words = strip_affixes(line.strip()).split()
    wide = max(longest[0], longest[1] + 2 - 2 * MIN_COLUMN_GAP) if longest else 0
    return bool(words) and whole_by_initial(name) and len(name.rstrip()) + 1 + len(words[0]) <= wide


def wrapped_name(joined: str, stacked: list[str], first: str, width: int, wrapped: bool,
                 shared: bool = False, room: int | None = None,
                 longest: tuple[int, int] | None = None) -> tuple[str, list[str]]:
    """A name cell's first line and the lines under it: the whole name (its wrapped words, a nickname,
    a nationality in brackets closing below, a suffix), and the lines left under it. `shared`: the column's
    caption names another field beside the name ('Name and Business Address'): under a whole name, a word
    that did not fit is that field's. `room`: the characters from the name's first line's start to the next
    column's text on that line, where known (a word under it that would have fitted there is no word of it)."""
    stacked = list(stacked)
    if wrapped and stacked:
        joined = joined_name(joined, stacked.pop(0))  # (the grid saw the name go on in the next row)
    if (not rt.is_person_name(first) or suffix_first(first)) and stacked \
            and rt.is_person_name(joined_name(joined, stacked[0])):
        joined = joined_name(joined, stacked.pop(0))  # a name wrapped in its column ('JR., Louis A.' / 'Palladino,')
    nickname = re.match(r"[“\"][A-Z][\w'’.-]*[”\"]", stacked[0].strip()) if stacked else None
    if nickname and (not (rest := stacked[0].strip()[nickname.end():]).strip(" ,") or only_affixes(rest)):
        joined = f"{joined} {stacked.pop(0).strip()}"  # 'JOHNSON, Sylvester' / '“Chip”' (', C.B.E.'): the nickname
        # wrapped, with the credentials after it
    while stacked and joined.count("(") > joined.count(")"):
        joined = joined_name(joined, stacked.pop(0))  # 'Torsten Sløk (USA,' / 'Denmark)': the brackets close below
    if stacked and not (shared and rt.is_person_name(first.strip())) and not whole_fits(first, stacked[0], longest) \
            and _wrapped_surname(first, stacked[0], width, joined, _ends_stack(stacked)) \
            and not _fitted_on_line(first, stacked, room):
        joined = joined_name(joined, stacked.pop(0))  # '3. Britt Meelby' / 'Jensen': the name did not fit its column
    if stacked and _COMMA_CLOSED.fullmatch(stacked[0].strip()) and not joined.rstrip().endswith(",") \
            and not rt.is_title(stacked[0].strip(" ,")) and rt.is_person_name(joined_name(joined, stacked[0].strip(" ,"))):
        joined = joined_name(joined, stacked.pop(0).strip(" ,"))  # 'Francis Michael Cyprian' / 'Cuss,': the comma
        # that closes a name before its titles closes it on the next line
    while stacked and continues_name(joined, stacked[0]):
        joined = joined_name(joined, stacked.pop(0))
    return joined, stacked


def _ends_stack(stacked: list[str]) -> bool:
    """The first line under a name is the last of its kind: nothing under it, or a title or a nationality next
    ('Prabhakar' / 'Board Director'; 'Cyprian' / 'USA, United Kingdom'; 'Prabhakar' / a rule of '*' between entries),
    never a line that may go on with it ('Dassault' / 'Investissements')."""
    after = stacked[1].strip() if len(stacked) > 1 else ""
    return not after or not re.search(r"\w", after) or rt.is_title(after) or rt.is_nationality(after) or rt.is_citizenships(after)


def _fitted_on_line(first: str, stacked: list[str], room: int | None) -> bool:
    """The first word under a name would have fitted on the name's line before the next column's text, with a
    column gap to spare where more lines go on under it ('Curtis H. Barnette' / 'Skadden' / 'Arps' / 'Slate': an
    address stacked under the name), two where it ends the stack ('Carolyn H. Byrd' / 'Globaltech Financial'; never
    'Francis Michael Cyprian' / 'Cuss', which left one gap): a typist carries a word over only when it does not fit."""
    if room is None or not stacked[0].split():
        return False
    spare = MIN_COLUMN_GAP * (1 if not _ends_stack(stacked) else 2)
    return len(first.rstrip()) + 1 + len(stacked[0].split()[0]) + spare <= room


_RULE_LINE = re.compile(r"[\s=_-]*-{3,}[\s=_-]*|[\s=_-]*={3,}[\s=_-]*")  # a rule between entries: no cell above a name
_COMMA_CLOSED = re.compile(r"[A-Z][\w'’-]+,")  # one word closed by a comma, alone on its line


def name_wraps(body: list, cells_of, name_column: int) -> tuple[set[int], set[int]]:
    """Lines whose name cell is no name alone, nor is the name cell of the line right under it, but the two
    together are ('The Hon. Leslie B.' / 'Disharoon', 'Prof. Kenneth M.' / 'Duberstein, C.B.E.'): the start offsets of
    such lines and of the lines under them. `cells_of(line)` gives a grid line's cells by column (kg/forms/roster_grid.py)."""
    out, tails, above, stacked, open_beside = set(), set(), None, False, False
    for line in body:
        row = cells_of(line) if line.text.strip() and not _RULE_LINE.fullmatch(line.text) else {}
        cells = row.get(name_column)
        cell = rt.strip_numbering(cells[0][1])[0].strip() if cells else ""
        beside = " ".join(text for column, found in sorted(row.items()) if column != name_column for _, text in found)
        if above and cell and open_beside and rt.is_person_name(joined_name(above[1], cell)):
            out.add(above[0])  # ('Francis Michael' / 'Cyprian Cuss' beside 'Board Director (Biopharmaceutical' /
            tails.add(line.start)  # 'Consultant)': the row's bracket is still open, the line goes on with its row)
        elif above and cell and stacked and len(above[1].split()) == 1:
            pass  # ('Curtis H. Barnette' / 'Skadden' / 'Arps' / 'Slate': one word right under a filled cell goes on
            # with the cell above, an address stacked under a name, never for certain the head of a name of its own)
        elif above and cell and (not rt.is_person_name(above[1]) or suffix_first(above[1])) \
                and not rt.is_header(above[1]) \
                and (not rt.is_person_name(cell) or strip_affixes(above[1]) != above[1]) \
                and rt.is_person_name(joined_name(above[1], cell)):  # ('Prof. Dr. Susanne' / 'Antonie Schaffert': a
            # line that opens with an honorific and holds no whole name is the start of the name under it)
            out.add(above[0])
            tails.add(line.start)
        stacked = bool(above and cell)
        above = (line.start, cell) if cell else None
        open_beside = beside.count("(") > beside.count(")")
    return out, tails
