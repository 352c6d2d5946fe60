"""An organisation's name wrapped in the name column under a person's name, in a fixed-width table whose entries are
set apart and whose names' column holds the addresses too ('Name and Business Address': kg.forms.roster_grid):

    Name and Business                                Present Principal
    Address                 Office Held              Occupation
    Edmund Martinez         Director
    Smith Barney Corporate  Executive Officer
    Trust Company           President
    824 Market Street,      Chief Executive Officer

'Smith Barney Corporate' reads like a name, and its row fills the title column as an entry's first row does; but
it goes on on the next line ('Trust Company') into an organisation's name: the employer the entry's address opens
with, a line of the entry above, never a person of its own. Only where the table's entries are set apart (every entry
opens after a blank line or a rule: kg.forms.roster_steady.steady_columns), where the header says the names' column
prints the address (an employer's lines under the name are its first lines), and the line is no entry's first (a
line right above it, no break between); the line under it is made of organisation words only (the rest of a
name, no name of its own).
"""
from __future__ import annotations

import re

from kg.forms import roster_geometry as geo
from kg.forms import roster_types as rt
from kg.forms.roster_pages import PAGE_MARK
from kg.forms.roster_rules import rules
from kg.forms.roster_steady import steady_columns


def org_wrap_heads(body: list[geo.Line], cells_of, name_column: int) -> set[int]:
    """The starts of the lines whose name cell is the first line of an organisation's name wrapped onto the next
    line, under a line of an entry (see the module); `cells_of(line)`: the line's cells by column."""
    rows = [None if _break(line) else (line, cells_of(line)) for line in body]
    if sum(row is not None and len(row[1]) > 1 for row in rows) < 2:
        return set()
    candidates = [here for above, here, below in zip(rows, rows[1:], rows[2:])
                  if above is not None and here is not None and below is not None and _org_wrapped(
                      here[1].get(name_column), below[1].get(name_column))]
    if not candidates or not steady_columns(body, cells_of, name_column):
        return set()
    return {line.start for line, _ in candidates}


def _break(line: geo.Line) -> bool:
    return not line.text.strip() or bool(geo.RULE.match(line.text) or geo.MARKUP.match(line.text)
                                         or PAGE_MARK.match(line.text))


def _org_wrapped(first: list | None, second: list | None) -> bool:
    """'Smith Barney Corporate' over 'Trust Company': a name-like cell that reads as an organisation's name with the
    cell under it, alone no organisation's; the cell under it made of organisation words only ('Trust Company',
    'Holdings, Inc.', '& Co.'; never 'Halverson Trust Inc.': an employer of its own, under a person's name)."""
    if not first or not second:
        return False
    head, tail = first[0][1].strip(), second[0][1].strip()
    words = [word for word in re.split(r"[\s,]+", tail) if word and word != "&"]
    return bool(words) and all(rules().organization_words.fullmatch(word) for word in words) \
        and rt.is_person_name(head) and not rt.is_organization(head) and rt.is_organization(f"{head} {tail}")
