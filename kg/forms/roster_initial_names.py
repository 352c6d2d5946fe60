"""Names on lines of their own that open with a capital and a full stop, where the NER misses them (issue 13): one
entry, `with_initial_names`, used by kg.forms.roster_block_names.name_spans.

A labelled roster whose entries follow one another with no blank line between them ('        New York, New York
10036' / '                 G. Andrea Vescovi' / '        Position(s): ...'): the NER reads the name's line on from
the address above it and finds no person there, and the name was read as the address's last line (a value on the
wrong person, the person lost). A line alone that is a capital, a full stop and a person's name (the NER finds one in
the line alone, or in the line after its letter) is a name, the whole line: where the capital is one step of a run of
entry letters over the text's lines ('B. Kenneth J. Bialkin' under 'A. Howard P. Berkowitz', 'C. ...' below), the
name keeps it and is refused at the end (kg.forms.roster_kept_marks), its lines no other entry's values; elsewhere
it is the name's own initial ('G. Andrea Vescovi' under 'F. Ross Whitcombe', no 'A.' .. 'E.' above them).
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_kept_marks import entry_mark

_LETTER_LINE = re.compile(r"(?m)^[ \t]*([A-Z]\.[ \t]+[A-Z][^\n]*?)[ \t]*$")


def with_initial_names(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` (the NER's names in text[start:end]) with the names alone on a line opening with a capital and a full
    stop that no span covers."""
    out = [_with_entry_letter(text, s, e) for s, e in spans]
    for line in _LETTER_LINE.finditer(text, start, end):
        s, e = line.span(1)
        if any(a < e and s < b for a, b in out):
            continue
        after = entry_mark(text, line.start())
        if rt.is_person_name(text[after if after is not None else s:e], in_name_column=False):
            out.append((s, e))
    return sorted(out)


def _with_entry_letter(text: str, s: int, e: int) -> tuple[int, int]:
    """A name the NER found after an entry's letter opening its line ('C. Keith B. Lindqvist': 'Keith B. Lindqvist'),
    from that letter on (the letter is the entry's mark, no word of the line before the name)."""
    line_start = text.rfind("\n", 0, s) + 1
    letter = _LETTER_LINE.match(text, line_start)
    if letter is None or letter.start(1) >= s or entry_mark(text, line_start) != s:
        return s, e
    return letter.start(1), e
