"""The citizenship line closing a dot-leader entry's indented paragraph: '(Citizen of Canada)' or 'Citizen of
France' alone on the paragraph's last line, under occupation and address lines printed one a line without labels
('    Counsel, Cassels, Brock &' / '      Blackwell' / '    40 King Street West' / '    Toronto, Ontario M5H 3C2' /
'    (Citizen of Canada)'). The line states the entry's citizenship whatever the lines above it say; it is read
alone, the lines above are left to the paragraph's own readers (and refused where none reads them). Only a whole
line saying 'Citizen(s) of' (kg/patterns/roster.yml `cell_citizen_line`) at the paragraph's close, on a line of its
own at the paragraph's margin (no wrap of the line above), is taken."""
from __future__ import annotations

import re


def closing_citizenship(text: str, body: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], str | None]:
    """(the paragraph's lines without its last, the citizenship) where the last states only a citizenship; (body,
    None) otherwise."""
    from kg.forms.roster_fields import stated_citizenship
    if len(body) < 2:
        return body, None
    last = text[body[-1][0]:body[-1][1]]
    margin = min(len(line) - len(line.lstrip()) for line in (text[s:e] for s, e in body) if line.strip())
    if not re.match(r"\s*\(?\s*(?:an?\s+)?[Cc]itizens?\s+of\s", last) or len(last) - len(last.lstrip()) != margin:
        return body, None
    value = stated_citizenship(last)
    return (body[:-1], value) if value else (body, None)
