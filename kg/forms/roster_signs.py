"""A citizenship told by a sign glued to a name and a note under the table ('Marshall A. Cohen*' ... '*    A
citizen of Canada.'; '**' for a second such note, '(a)' likewise), where the preamble's default covers the rest
('Except as noted by an asterisk, each person listed below is a citizen of the United States.').

A marked person takes the note's citizenship when the note is one whole citizenship statement ('A citizen of X.',
'Citizen of X.', 'A French citizen.', 'Citizenship: X.'). A note that speaks of citizenship in other words, a sign
with two notes, or (where the preamble ties its default to the marks) a sign with no note about citizenship,
leaves the marked person's citizenship out with a finding: never the default, which is for the unmarked. A
citizenship the person's own entry prints stands unless the note says another (then neither is kept).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.context import Context
from kg.forms import roster_fields as rf
from kg.forms.roster_marks import outline_names
from kg.read import clean
from kg.records import Person

_SIGN = r"\*+|†+|‡+|§+|\([a-h]\)"  # the signs read here ('(1)' notes: kg.forms.roster_notes)
_ONE = re.compile(_SIGN + r"|\(\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
_GLUED = re.compile(r"(?<=[A-Za-z.])(?:" + _ONE.pattern + r")+(?=[\s,;:|).]|$)")  # ('Caio*†': two signs)
_MENTION = re.compile(r"\b(?:citizen(?:ship)?s?|nationality|national)\b", re.I)
_STATED = re.compile(r"(?:(?:he|she)\s+is\s+)?(?:an?\s+)?citizen\s+of\s+(?:the\s+)?(?P<of>[A-Z][^.;:]*?)|(?:an?\s+)?"
                     r"(?P<adj>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:citizen|national)|(?:citizenship|nationality)\s*:"
                     r"\s*(?P<said>[A-Z][^.;:]*?)", re.I)
_TIED = re.compile(r"\b(?:except|unless)\b[^.]{0,60}?\b(?:asterisks?|daggers?|marked|symbols?|signs?)\b", re.I)


@dataclass
class SignNotes:
    notes: dict[str, tuple[str, tuple[int, int]] | None] = field(default_factory=dict)  # sign -> note (None: two)
    tied: bool = False  # the preamble's default is for the unmarked ('Except as noted by an asterisk, ...')
    doubtful: bool = False  # a sign with two notes, or a note whose sign no name carries: which mark is whose?


def sign_notes(text: str, start: int, end: int) -> SignNotes | None:
    """The notes of the signs glued to words of text[start:end], or None when there is no such sign."""
    glued = list(_GLUED.finditer(text, start, end))
    signs = {sign for m in glued for sign in _ONE.findall(m.group(0)) if re.fullmatch(_SIGN, sign)}
    if not signs:
        return None
    found = SignNotes(tied=bool(_TIED.search(" ".join(text[start:glued[0].start()].split()))))
    bullets = set(outline_names(text, start, end))  # ('*    Miriam T. Cole': a bulleted list's person, no note)
    for sign in signs:
        line = re.compile(r"^[ \t]*" + re.escape(sign) + r"(?![*†‡§])[ \t]*(\S[^\n]*)", re.M)
        notes = [m for m in line.finditer(text, glued[-1].end(), end) if m.start(1) not in bullets]
        if notes:
            found.notes[sign] = (notes[0].group(1).strip(), notes[0].span(1)) if len(notes) == 1 else None
    noted = [m.group(1) for m in _NOTE_SIGN.finditer(text, glued[-1].end(), end) if m.end() - 1 not in bullets]
    found.doubtful = len(noted) != len(set(noted)) or not set(noted) <= signs
    return found


_NOTE_SIGN = re.compile(r"^[ \t]*(" + _SIGN + r")(?![*†‡§])[ \t]*\S", re.M)


def note_citizenship(note: str) -> str | None | bool:
    """The citizenship a note states whole; False when it is no citizenship note; None when it speaks of
    citizenship in words not read for certain."""
    if not _MENTION.search(note):
        return False
    stated = _STATED.fullmatch(note.strip().rstrip("."))
    value = next((v for v in stated.groups() if v), "").strip() if stated else ""
    return value if value and rf.is_citizenships(value) else None


def apply_sign_notes(ctx: Context, people: list[Person], signs: SignNotes, default: str | None) -> None:
    """The note's citizenship to each person whose printed name carries its sign (see the module)."""
    said = any(note and note_citizenship(note[0]) is not False for note in signs.notes.values())
    doubtful = signs.doubtful or any(note is None for note in signs.notes.values())
    for person in people:
        at = person.spans.get("name")
        run = _GLUED.match(ctx.text, at[1]) if at else None
        if run is None or not (signs.tied or said):
            continue  # (no sign, or notes that say nothing of citizenship where the default is everyone's)
        marked = _ONE.findall(run.group(0))
        note = signs.notes.get(marked[0], False) if len(marked) == 1 and not doubtful else None
        value = note_citizenship(note[0]) if note else (None if note is None or signs.tied else False)
        if value is False and not signs.tied:
            continue  # ('(a) Appointed on March 1, 2021.': a note on something else)
        own = person.citizenship is not None and person.citizenship != default  # (printed in the entry)
        if value and (not own or person.citizenship == value):
            person.citizenship, person.country = value, clean.country_of(value)[0]
            person.trace("citizenship", note[0], note[1])
            continue
        person.citizenship = person.country = None
        ctx.warn("roster-ambiguous", f"{person.name!r} carries the sign {run.group(0)!r}, whose note under the table "
                 "does not state one citizenship kg reads (or says another than the entry prints); no citizenship "
                 "is given", span=at, readings=[person.name, None], field="citizenship")
