"""One text line of a fixed-width roster table: its cells where a chunk runs across a column start,
and whether the line is a section row naming a body ('Executive Officers')."""
from __future__ import annotations

import re

from kg.forms import roster_types as rt


def split_at_columns(chunks: list[tuple[int, str]], starts: list[int]) -> list[tuple[int, str]]:
    """A chunk that runs across a column start with one space just before it ('Olivia R.
    Pemberton Halden Property Trust': a name that fills its column) is two cells."""
    out = []
    for offset, chunk in chunks:
        cut = next((s for s in starts if offset < s - 1 < offset + len(chunk) - 1 and chunk[s - 1 - offset] == " "
                    and chunk[s - offset] != " "), None)
        if cut is None:
            out.append((offset, chunk))
        else:
            out += [(offset, chunk[:cut - 1 - offset]), (cut, chunk[cut - offset:])]
    return out


def section_row(stripped: str, chunks: list[tuple[int, str]], starts: list[int]) -> str | None:
    """The body a section row names: one short cell naming a body ('Executive Officers'), or
    that cell followed by column headers only ('OFFICERS    TITLE'); None for any other row. A
    cell that stands in a later column and reads as running text ('Directors, BP Amoco, p.l.c.
    His business address') is the wrap of a cell above, never a section."""
    first = chunks[0][1].strip() if chunks else stripped
    if len(chunks) > 1 and not all(rt.is_header(c) for _, c in chunks[1:]):
        return None
    if chunks and len(starts) > 1 and chunks[0][0] >= starts[1] - 1 and re.search(r"[,.;:]", first):
        return None
    body = rt.body_of(first)
    if body and len(first.split()) <= 8 and not rt.is_person_name(first):
        return body
    return None
