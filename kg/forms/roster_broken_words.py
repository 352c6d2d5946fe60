"""Title cell lines broken inside a word: a typist (or a wrapping program) that cuts a word too long for the column
where the column ends ('Director/Chairman/C' / 'hief Executive O' / 'fficer/President', 'Executive Officer/V' /
'ice-President', 'Director/Executive' / 'Officer/Chairman' / '/Co-Chief'). The pieces are joined back without a
space only where the text shows the cut: a line that opens with '/' or follows one ending in '/', or a line that
opens in lower case after one ending in a letter where the two pieces together make a title word ('C' + 'hief')
and the piece above alone is none ('Board of' / 'directors' stays two words)."""
from __future__ import annotations

import re

from kg.forms.roster_rules import rules

_LAST_PIECE = re.compile(r"[A-Za-z]+$")
_FIRST_PIECE = re.compile(r"^[a-z]+")


def mend_broken_words(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        text = line.strip()
        if out and text and (text.startswith("/") or out[-1].endswith("/") or _cut_word(out[-1], text)):
            out[-1] = out[-1] + text
        else:
            out.append(text)
    return out


def _cut_word(above: str, line: str) -> bool:
    tail, head = _LAST_PIECE.search(above), _FIRST_PIECE.match(line)
    if tail is None or head is None or rules().title_words.fullmatch(tail.group(0)):
        return False
    return bool(rules().title_words.fullmatch(tail.group(0) + head.group(0)))
