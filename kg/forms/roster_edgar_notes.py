"""EDGAR's footnote section inside a legacy text table: '<FN>', the notes ('<F1> Elected to this office ...'),
'</FN>', before '</TABLE>'. Text normalisation blanks the tags (kg.read.documents) but keeps the notes' words, which
would then read as the last row's cells; the notes are no roster row, so their lines are blanked in the roster's
text (the same length, newlines kept). The source (`raw`, the same offsets as the text for a text document) shows
the tags; an HTML source (other offsets) is left alone. The reference tags glued to values ('Director<F1>') are
blanked by the normalisation already."""
from __future__ import annotations

import re

from kg.forms.roster_window import blanked_keeping_lines

_SECTION = re.compile(r"^[ \t]*<FN>[ \t]*\n(?:.*\n)*?[ \t]*</FN>[ \t]*$", re.I | re.M)  # (only a closed section)


def without_edgar_notes(text: str, raw: str, start: int, end: int) -> str:
    """`text` with each closed <FN> ... </FN> section of `raw` between `start` and `end` blanked."""
    if len(raw) != len(text):
        return text
    spans = [m.span() for m in _SECTION.finditer(raw, start, end)]
    return blanked_keeping_lines(text, start, end, spans)
