"""A citizenship label printed in two languages on an entry's line (issue 13, round 49a): '(Nacionalidad /
Citizenship: USA)' under a name, as Latin American filers print their captions ('NOMBRE / NAME'). The label is read
by its English half (kg.forms.roster_caption_languages), so the line states a citizenship as '(Citizenship: USA)'
does; and a line so labelled is the person's own statement: where no field took it, a preamble's default
('Unless otherwise indicated, each person listed below is a citizen of Denmark.') must not cover that person."""
from __future__ import annotations

import re

from kg.forms.roster_caption_languages import english_caption, foreign_caption
from kg.forms.roster_rules import rules

_BRACKETED = re.compile(r"\([^()\n]{2,120}\)?")
_LABELLED = re.compile(r"^(?P<open>\(?[ \t]*)(?P<label>[^():\n]{2,80}?)[ \t]*:[ \t]*(?P<rest>\S[^\n]*)$")


def english_label(line: str) -> str:
    """`line` with a label of another language, or of halves in two, read as its English caption ('(Nacionalidad /
    Citizenship: USA)' -> '(Citizenship: USA)', 'NACIONALIDAD: Denmark' -> 'Citizenship: Denmark'); `line` itself
    where its label is English or no caption."""
    labelled = _LABELLED.match(line.strip())
    if not labelled or not foreign_caption(label := labelled.group("label")):
        return line
    return f"{labelled.group('open')}{english_caption(label)}: {labelled.group('rest')}"


def labels_citizenship(printed: str) -> bool:
    """A line of `printed` (an entry's text), or a bracket in it, that opens with a label of the citizenship and a
    value after it ('Citizenship: USA', 'Viviane Moreau (Nacionalidad / Citizenship: Freedonia)'), in English or
    through another language's caption."""
    pieces = printed.splitlines() + _BRACKETED.findall(printed)
    for piece in (english_label(p).strip().lstrip("(").strip() for p in pieces):
        label = rules().labels["citizenship"].match(piece)
        if label and piece[label.end():].strip(" )"):
            return True
    return False
