"""Typographic glyphs a word processor's conversion leaves in a text filing (length-preserving).

- Paragraph marks: a file converted with its formatting marks shown ends every line, blank ones too, with a
  pilcrow '¶'. Where (nearly) every line ends so, a line-final pilcrow is a mark, no text: it becomes a space. A
  pilcrow in running text ('Section 5 ¶ 3'), or at the end of a few lines only, is kept.
- Ellipsis leaders: AutoCorrect turns each '...' of a dot leader into one U+2026 HORIZONTAL ELLIPSIS, so a
  leader is a run of '…' between a name and its column ('Jane Roe……  Director'). Such a run becomes as many
  periods (one each: the columns stay where they are). An ellipsis in prose ('and so on… The') is kept.
- Characters displayed as more than one: a Japanese word processor pads columns with U+3000 IDEOGRAPHIC SPACE,
  two columns wide, and text extracted from a typeset PDF keeps the font's ligatures ('O\ufb03cer': U+FB00-FB06,
  two or three letters in one character). The text keeps each as one character (offsets kept), so a column padded
  with wide spaces starts at a different character on each line and a word with a ligature is no word; the roster
  reader reads such a text as displayed (kg.forms.roster_tabs), each character of DISPLAYED as what it shows.
"""
from __future__ import annotations

import re
import unicodedata

PILCROW = "\u00b6"
ELLIPSIS = "\u2026"
# Characters displayed as more than one -> what is displayed: a full-width space is two columns; a ligature, its
# letters (Unicode's compatibility decomposition: '\ufb03' -> 'ffi').
IDEOGRAPHIC_SPACE = "\u3000"
LIGATURES = "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"  # ff fi fl ffi ffl (long s)t st
DISPLAYED = {IDEOGRAPHIC_SPACE: "  ", **{glyph: unicodedata.normalize("NFKC", glyph) for glyph in LIGATURES}}
MIN_MARKED_LINES = 5  # a file this short is not judged
MARKED_SHARE = 0.9  # of its lines (blank ones too) that end with a pilcrow

_LINE_FINAL_PILCROW = re.compile(rf"{PILCROW}(?=[ \t]*$)", re.M)
# A leader: a run of ellipses right after a word, then two or more spaces and the column's text; or a run of
# three or more anywhere (no prose writes '………').
_LEADER = re.compile(rf"(?<=\S){ELLIPSIS}+(?=[ \t]{{2,}}\S)|{ELLIPSIS}{{3,}}")


def without_paragraph_marks(text: str) -> str:
    """Blank the line-final pilcrows of a text whose lines (nearly) all end with one."""
    if PILCROW not in text:
        return text
    lines = text.split("\n")
    if lines and not lines[-1].strip():
        lines = lines[:-1]  # (the empty piece after the last line end)
    marked = sum(1 for line in lines if line.rstrip(" \t").endswith(PILCROW))
    if len(lines) < MIN_MARKED_LINES or marked < MARKED_SHARE * len(lines):
        return text
    return _LINE_FINAL_PILCROW.sub(" ", text)


def ellipsis_leaders_as_dots(text: str) -> str:
    """Each '…' of a dot leader becomes one '.'."""
    if ELLIPSIS not in text:
        return text
    return _LEADER.sub(lambda match: "." * len(match.group(0)), text)
