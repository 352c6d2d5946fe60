"""Names marked by a footnote sign ('*  Marc Audrin' ... '* Member, Conseil d'Administration'):
the sign is no part of the name, and what the footnote says is a position of every marked person
(its span is the footnote's: key 'positions:<note>', and 'bodies:<body>' for the body it names).

The signs are blanked in a copy of the text (offsets unchanged) that the roster readers read; the
footnote lines are blanked too, so that they are never read as an entry or a value.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.forms import roster_types as rt
from kg.forms.roster_note_verbs import without_note_verb
from kg.forms.roster_window import Chars, blanked_keeping_lines
from kg.records import Person

_SIGNED = re.compile(r"^([ \t]*)(\*{1,3}|†|‡)[ \t]+(\S[^\n]*?)[ \t]*$", re.M)


@dataclass
class Marks:
    text: str                                                # the text with signs and footnotes blanked
    notes: dict[str, str] = field(default_factory=dict)      # sign -> what its footnote says
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # sign -> where the footnote says it
    lines: list[tuple[int, int, str]] = field(default_factory=list)  # marked lines: start, end, sign


def footnote_marks(text: str, start: int, end: int) -> Marks | None:
    """The footnote signs of a roster region, or None when no name is marked by an explained sign."""
    notes: dict[str, tuple[int, int, str, tuple[int, int]]] = {}
    marked: list[tuple[int, int, str]] = []
    for match in _SIGNED.finditer(text, start, end):
        sign, rest = match.group(2), match.group(3)
        head = re.split(r"\s{2,}", rest)[0]
        if rt.is_person_name(head):
            marked.append((match.start(), match.end(), sign))
        elif len(rest) <= 120 and not re.search(r"\s{3,}", rest):
            notes[sign] = (match.start(), match.end(), rest, match.span(3))  # the footnote (the last of its sign)
    marked = [m for m in marked if m[2] in notes and m[0] < notes[m[2]][0]]
    bullets = outline_names(text, start, end)  # ('*    Name' over 'o    Director, X' items: a list's bullet, no sign)
    marked = [m for m in marked if not any(m[0] <= at < m[1] for at in bullets)]
    if not marked:
        return _unused_notes(text, start, end, notes)
    chars = Chars(text, start, end)  # (the region's characters only)
    for line_start, _end, sign in marked:
        at = text.index(sign, line_start)
        chars[at:at + len(sign)] = " " * len(sign)
    for sign, (note_start, note_end, _rest, _span) in notes.items():
        chars[note_start:note_end] = " " * (note_end - note_start)
    return Marks(chars.text(), notes={sign: note[2] for sign, note in notes.items()}, lines=marked,
                 spans={sign: note[3] for sign, note in notes.items()})


def _unused_notes(text: str, start: int, end: int, notes: dict) -> Marks | None:
    """A footnote under the footnotes' rule ('-----------' / '* Director of X') whose sign marks no name of
    the list (no director in it): blanked all the same, never read as an entry; None where there is none."""
    from kg.forms.roster_bullets import bullet_rules
    rule, chars = bullet_rules()["rule"], Chars(text, start, end)
    for note_start, note_end, _rest, _span in notes.values():
        above = [line for line in text[start:note_start].split("\n")[:-1] if line.strip()]
        if above and rule.match(above[-1]):
            chars[note_start:note_end] = " " * (note_end - note_start)
    blanked = chars.text()
    return None if blanked == text else Marks(blanked)


def outline_names(text: str, start: int, end: int) -> list[int]:
    """Where the persons' names of a two-level bulleted list start (kg.forms.roster_bullets): their '*' is the
    list's bullet, never a footnote's sign, though a '* Also a director of X' note stands under the list."""
    from kg.forms.roster_bullets import FEWEST, _outline
    people = _outline(text, start, end) or []
    return [p.at for p in people] if len(people) >= FEWEST and all(p.items for p in people) else []


def apply_marks(people: list[Person], marks: Marks) -> None:
    """The footnote's words as a position of each person whose name stands on a marked line."""
    from kg.forms.roster_fields import bodies_of
    from kg.forms.roster_own import title_in_own_organization
    for person in people:
        span = person.spans.get("name")
        sign = next((s for a, b, s in marks.lines if span and a <= span[0] < b), None)
        if sign is None:
            continue
        printed, (start, _end) = marks.notes[sign], marks.spans[sign]
        note = printed.strip(" .")
        span = (start + len(printed) - len(printed.lstrip(" .")), start + len(printed.rstrip(" .")))
        note, span = without_note_verb(note, span)  # ('* Denotes a Director of X.': 'Director of X')
        if person.organization and (title := title_in_own_organization(note, person.organization.casefold())):
            note, span = title, (span[0], span[0] + len(title))  # ('* Director of X, Inc.' in X's roster: 'Director')
        if note not in person.positions:
            person.positions.append(note)
        if f"positions:{note}" not in person.spans:  # (the seat the sign gave its entry: kg.forms.annex's marked_seats)
            person.trace(f"positions:{note}", note, span)
        for body in bodies_of(note, None, set()):
            if body not in person.bodies:
                person.bodies.append(body)
            if f"bodies:{body}" not in person.spans:
                person.trace(f"bodies:{body}", note, span)


def marked_seats(entries: list, marks: Marks | None) -> None:
    """The board of each entry whose name stands on a line marked by a sign whose footnote is a seat on it and
    nothing else, in the word the body's seat is given by ('* Director of X', after a verb: '* Denotes a Director of
    X'): the entry's body, as a heading
    'DIRECTORS' above it would give it (its occupation that names no office is then held elsewhere:
    kg.forms.roster_bare)."""
    from kg.forms.roster_fields import bodies_of
    from kg.forms.roster_mixed import SEATS
    from kg.forms.roster_rules import rules
    for entry in entries if marks is not None else []:
        sign = next((s for a, b, s in marks.lines if a <= entry.name_span[0] < b), None)
        if sign is None or entry.body:
            continue
        note = without_note_verb(" ".join(marks.notes[sign].split()).strip(" ."), (0, 0))[0]
        seat = re.split(r"\s+(?:of|at)\s+", note, maxsplit=1)[0]
        bodies = bodies_of(seat, None, set())
        given = ("Director" if bodies == ["board of directors"] else rules().body_seats.get(bodies[0])) if len(bodies) == 1 else None
        if SEATS.fullmatch(seat) and given and given.casefold() == seat.casefold():
            entry.body = bodies[0]  # (the seat the body gives is the note's own word: 'Director', no other title)


# Footnote signs glued to the word before them ('Laurent Dassault(a)', 'WAY, Bill*', 'Anne Roux†', 'Caio¹(2)'),
# never '(s)' ('POSITION(S)') nor a sign that opens a word or stands apart ('(a) Business address:')
# EDGAR's own reference tags ('Director<F1>', 'Utah 84042<F2>') and a number glued to a postal code ('77389(2)') too
GLUED_MARKS = re.compile(r"(?:(?<=[A-Za-z.])(?:\((?:\d{1,2}|[a-rt-z])\)|\*{1,3}|[†‡§]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}){1,3}"
                         r"|(?<=\d)\(\d{1,2}\)|(?<=[\w.)])<F\d{1,2}>)(?=[\s,;:|).]|$)")


def without_glued_signs(text: str, start: int, end: int) -> str:
    """`text` with the footnote signs glued to a word between `start` and `end` blanked, and the notes those
    signs open after the last of them ('(a) Appointed on March 1, 2021.', up to a blank line): the same length,
    the same object when there is none. Left after the notes kg reads (kg.forms.roster_notes), a sign is no part
    of the name or value it is glued to: kept, 'Laurent Dassault(a)' is no name and its row runs into the one
    above; its note is no value of the last entry."""
    glued = list(GLUED_MARKS.finditer(text, start, end))
    if not glued:
        return text
    spans = [m.span() for m in glued]
    opens = re.compile(r"^[ \t]*(\S+)[ \t]", re.M)  # (a sign that opens a line above is an outline's clause letter)
    signs = {m.group(0) for m in glued} - {m.group(1) for m in opens.finditer(text, start, spans[-1][1])}
    if signs:
        note = re.compile(r"^[ \t]*(?:" + "|".join(map(re.escape, sorted(signs, key=len, reverse=True)))
                          + r")[ \t]+\S(?:.|\n(?![ \t]*\n|[ \t]*</?[A-Z]{1,8}>[ \t]*$))*", re.M)  # (to '</FN>')
        spans += [m.span() for m in note.finditer(text, spans[-1][1], end)]
    return blanked_keeping_lines(text, start, end, spans)
