"""A name wrapped in a cell that stacks the name over its address ('NAME AND BUSINESS ADDRESS'):

    CUSS, Francis Michael           Biopharmaceutical Consultant        Board Director
      Cyprian
      Tuborg Havnevej 19
      2900 Hellerup

The name's wrapped line and the address lines under it are set in alike, so the grid (kg.forms.roster_gridentry)
reads 'Cyprian' as the address's first line and 'Francis Michael Cuss' as the name: a person who is none. One
word alone under the name, of a name's shape and no other kind (no digit, title, nationality, address or caption
word, an organisation), above a line that opens another entry's address in the same table, is the name's last: the
address starts where the others' do. Where the others' addresses do not show that, and the word stands over a
street line, it may be the name's or the address's: the entry is refused (left out), never read on a cut name.
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_entry import Entry
from kg.forms.roster_name_address_cell import citizenship_closing_stacks
from kg.forms.roster_name_wrap import closed_by_initial, joined_name, other_case, whole_by_initial

_WORD = re.compile(r"[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*")  # 'Cyprian', 'Cuss', "O'Neil"
_DIGIT = re.compile(r"\d")


def settle_stacks(entries: list[Entry], roles: list[list[str]], name_column: int,
                  orphans: list[tuple[int, int]]) -> None:
    """The name column's stacks settled over the whole table (in place): a name's wrapped word read back
    (`_name_word`), the citizenship closing the stacks (kg.forms.roster_name_address_cell)."""
    if "address" in roles[name_column] and len(entries) > 1:
        firsts = [_lines(entry)[0].strip() for entry in entries]
        for index, entry in reversed(list(enumerate(entries))):
            lines = _lines(entry)
            if len(lines) < 2 or not _name_word(entry.name, lines[0].strip()):
                continue
            peers = [first for at, first in enumerate(firsts) if at != index and first]
            if lines[1].strip() in peers and not any(_WORD.fullmatch(first) for first in peers):
                entry.name, entry.fields["address"] = joined_name(entry.name, lines[0].strip()), "\n".join(lines[1:])
            elif _DIGIT.search(lines[1]) or rt.is_address_line(lines[1]):
                orphans.append(entry.name_span)  # (the word may end the name or open the address: left out)
                del entries[index]
    citizenship_closing_stacks(entries, roles, name_column)


def _lines(entry: Entry) -> list[str]:
    return (entry.fields.get("address") or "").split("\n")


def _name_word(name: str, word: str) -> bool:
    """'CUSS, Francis Michael' / 'Cyprian', '7. Francis Michael Cyprian' / 'Cuss': one word under a name that is
    not whole by its shape, of a name's shape and no other kind, that the name takes as its next word."""
    if not _WORD.fullmatch(word) or closed_by_initial(name) or whole_by_initial(name) or other_case(name, word):
        return False
    if rt.is_title(word) or rt.is_nationality(word) or rt.is_address_line(word) or rt.is_header(word) \
            or rt.is_citizenships(word) or rt.is_organization(word):
        return False
    return rt.is_person_name(name) and rt.is_person_name(joined_name(name, word))
