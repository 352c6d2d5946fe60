"""A roster printed as a footnote to the filer's name on a Schedule 13D cover page: the filer's name marked
('American International Group, Inc.(1)'), and under the box table the note '(1) The directors and executive
officers of American International Group, Inc., ..., are:' with one paragraph per person after it.

The list is read only where the note's mark follows a reporting person's name on the cover and the sentence names
that same person: the people are that filer's. It ends at the next page's running header, the next note, an Item's
heading or the end of the cover; a name printed elsewhere on the cover (the person authorised to receive notices)
is never in it.
"""
from __future__ import annotations

import re

from kg.context import Context
from kg.forms.roster_item2 import Item2List, _rx
from kg.forms.roster_org import names_same
from kg.forms.roster_rules import rules
from kg.read import clean
from kg.records import Filing

_END = re.compile(r"(?m)^[ \t]*(?:\(\d{1,2}\)[ \t]+(?!\(?continued\))|\*{1,3}[ \t]+\S|Item\s+\d{1,2}\b|CUSIP\s+No\b|<PAGE>|\f)", re.I)


def cover_note_lists(ctx: Context, filing: Filing) -> list[Item2List]:
    found = []
    for section in filing.sections:
        if section.name != "cover":
            continue
        for listed in _rx("note_listed").finditer(ctx.text, section.start, section.end):
            one = _note(ctx.text, filing, listed, section.start, section.end)
            if one is not None:
                found.append(one)
    return found


def _note(text: str, filing: Filing, listed: re.Match, start: int, end: int) -> Item2List | None:
    said = _rx("note_of").search(clean.squash(listed.group(0)) or "")
    if said is None:
        return None
    phrase = said.group("org").strip()
    mark = listed.group("mark")
    filer = next((p for p in filing.reporting_persons if p.name and names_same(p.name, phrase)), None)
    cover = clean.squash(text[start:listed.start()]) or ""
    if filer is None or not re.search(re.escape(filer.name) + r"\s?" + re.escape(mark), cover):
        return None  # (the note names no filer of this filing, or the filer's name on the cover carries no mark)
    stop = _END.search(text, listed.end(), end)
    bodies = {body_name for pattern, body_name in rules().body_headings if pattern.search(listed.group(0))}
    return Item2List(listed.end(), stop.start() if stop else end, filer.name, filer.printed.get("name", filer.name),
                     filer.spans.get("name"), bodies=bodies)
