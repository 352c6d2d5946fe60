"""Rows of tildes as rules: some word-processed exhibits converted to EDGAR text set their entries apart by a full
line of tildes ('~~~~~~~~', or spaced '~ ~ ~ ~') where others print a line of dashes. Such a line holds no value;
it is read as the dashed rule it stands for (the tildes from the first to the last become dashes; the line keeps
its length). Only a line of nothing but tildes (at least MIN_TILDES of them, one space at most between two) and
blanks is a rule; a tilde in a line of text ('~ 5%', 'approx.~') is left as printed."""
from __future__ import annotations

import re

MIN_TILDES = 10  # a rule is a row of at least this many tildes
_TILDE_RULE = re.compile(r"(?m)^([ \t]*)(~(?: ?~){%d,})([ \t\r]*)$" % (MIN_TILDES - 1))


def tildes_as_dashes(text: str) -> str:
    """`text` with each line of nothing but tildes read as a dashed rule (the same length)."""
    return _TILDE_RULE.sub(lambda m: m.group(1) + "-" * len(m.group(2)) + m.group(3), text)
