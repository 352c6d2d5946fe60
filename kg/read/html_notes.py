"""A note reference set as a superscript glued to a word ('Martin S. Feldstein<sup><a href="#n1">1</a></sup>',
'Cohen<sup>1,2,3</sup>'): printed raised, it is no part of the word, but the text without markup runs its digits into
the word ('Feldstein1'), so a name cell no longer reads as a name. kg.read.html leaves such a superscript out of the
text (its characters are skipped: the offsets of the rest stay right). Only a bare number or a run of them apart by
commas, right after a letter or a full stop with no space between, inside a table row (read whole, so the
superscript's whole content is known when it opens); a superscript after a space or a digit ('10<sup>th</sup>',
'(1)' marks, '*' signs) is kept."""
from __future__ import annotations

import re

_NOTE_NUMBERS = re.compile(r"\d{1,2}(?:[ \t]*,[ \t]*\d{1,2})*")


def glued_note_mark(element, writer) -> bool:
    """`element` (a `<sup>` of a table row) holds only note numbers and follows a word with no space between."""
    if writer.space or writer.delimit or not (writer.last.isalpha() or writer.last == "."):
        return False
    return bool(_NOTE_NUMBERS.fullmatch("".join(element.itertext()).strip()))
