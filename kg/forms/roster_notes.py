"""Details in numbered notes under a roster table: every name carries a note number glued to it
('Pei-yuan Chia(1)') and the note of that number, under the table, states the person's
citizenship, business address and occupation ('(1)  Citizen of the United States. Business
address: c/o 70 Pine Street, New York, New York 10270. Present principal occupation: ...').

The numbers and the notes are blanked in a copy of the text (offsets unchanged) that the roster
readers read, so that the table reads as a table; after it is read, each note gives its values to
the one person whose name carries its number. The keying must be unambiguous: a number glued to
two names (unless its note states a citizenship alone: each name's), printed as a note twice, or glued to a name
without a note, gives nothing (a
`roster-ambiguous` finding). A note is read only when it is wholly made of labelled statements
(kg/patterns/roster.yml `note_fields`); a value a note gives where the table printed another is
left empty with both readings.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.context import Context
from kg.forms import roster_fields as rf
from kg.forms import roster_types as rt
from kg.forms.roster_affiliations import affiliations
from kg.forms.roster_marks import GLUED_MARKS
from kg.forms.roster_note_sentences import named_statements, names_another
from kg.forms.roster_rules import rules
from kg.forms.roster_window import Chars
from kg.lookups.abbreviations import abbreviations
from kg.read import clean
from kg.records import Person

# ('Pei-yuan Chia(1)'; loosely, 'Marshall A. Cohen (1)', '|Marshall A. Cohen (1)': a cell of HTML saved as text)
_MARKED = re.compile(r"^[ \t]*(?P<name>\S(?:[^\n]*?\S)?)\((?P<number>\d{1,2})\)(?=[ \t]{2,}|[ \t]*$)", re.M)
# (a letter too, after a space: 'COHEN, Marshall A. (a)' ... '(a)  This person's business address is ...'; never '(s)')
# (and a first cell of a table saved with bars between cells: 'Cohen, Marshall A. (1) | Cassels, Brock ...', or the
# cell after the entry's letter: 'B. | Cohen, Marshall A. (1) | ...')
_LOOSE = re.compile(r"^[ \t]*\|?(?:[ \t]*(?:[A-Z]|\d{1,3})[.)][ \t]*\|)?[ \t]*(?P<name>[^\s|](?:[^\n|]*?[^\s|])?)(?:[ \t]?\((?P<number>\d{1,2})\)|[ \t]\((?P<letter>[a-rt-z])\))"
                    r"(?=[ \t]{2,}|[ \t]*$|[ \t]*\|)", re.M)  # (a letter glued to the name: kg.forms.roster_marks, as before)
_NOTE = re.compile(r"^[ \t]*\((?P<number>\d{1,2}|[a-rt-z])\)[ \t]+(?=\S)", re.M)
_CITIZEN = re.compile(r"(?i)\b(?:citizen|national)")
_STATES_CITIZENSHIP = re.compile(r"(?i)\bcitizen|\bnationality\b|\ban?\s+national\s+of\b")  # (not 'National Bureau')
_PAGE_DEBRIS = re.compile(r"^[ \t]*(?:<PAGE>|-?[ \t]*\d{1,3}[ \t]*-?|page[ \t]+\d+(?:[ \t]+of[ \t]+\d+)?(?:[ \t]+pages?)?)?[ \t]*$",
                          re.I)


@dataclass
class Notes:
    text: str                                                        # numbers and notes blanked
    marks: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # number -> the marked lines (start, end)
    notes: dict[str, tuple[int, int]] = field(default_factory=dict)  # number -> the note's text (start, end)
    doubtful: list[tuple[str, tuple[int, int]]] = field(default_factory=list)  # numbers keyed ambiguously


def numbered_notes(text: str, start: int, end: int) -> Notes | None:
    """The numbered notes of text[start:end], or None when no person's name carries a note number. A number after a
    space or in a barred cell ('Marshall A. Cohen (1)', '|... (1)') is a mark only where every number keys one name
    and one note (else the marks glued to a name alone are read, as they always were)."""
    loose = _numbered_notes(text, start, end, _LOOSE)
    if loose is not None and not loose.doubtful:
        return loose
    return _numbered_notes(text, start, end, _MARKED)


def _numbered_notes(text: str, start: int, end: int, marks: re.Pattern) -> Notes | None:
    marked: dict[str, list[tuple[int, int, int, int]]] = {}  # number -> [(line start, line end, number's start, end)]
    for match in marks.finditer(text, start, end):
        name = rt.strip_numbering(match.group("name"))[0]  # ('Laurent Dassault* (a)': a sign glued before the mark
        if not _NOTE.match(text, match.start()) and rt.is_person_name(GLUED_MARKS.sub("", name)):  # is blanked later)
            line_end = text.find("\n", match.start(), end)
            marked.setdefault(match.group("number") or match.group("letter"), []).append(
                (match.start(), end if line_end < 0 else line_end, match.end("name"), match.end()))
    if not marked:
        return None
    last_mark = max(m[0] for ms in marked.values() for m in ms)
    notes: dict[str, list[tuple[int, int]]] = {}
    for match in _NOTE.finditer(text, last_mark, end):
        if not match.group("number").isdigit() and match.group("number") not in marked:
            continue  # ('(b) ...' under names marked by numbers alone: an outline's clause, no note of theirs)
        notes.setdefault(match.group("number"), []).append((match.end(), _note_end(text, match.end(), end)))
    if not notes:
        return None
    chars = Chars(text, start, end)  # (the region's characters only)
    result = Notes("")
    for number, lines in marked.items():
        for _s, _e, at, mark_end in lines:  # the number is no part of the name, whether its note is read or not
            chars[at:mark_end] = " " * (mark_end - at)
        if len(notes.get(number, [])) != 1 or len(lines) > 1 and set(note_values(text, *notes[number][0]) or ()) != {
                "citizenship"}:
            result.doubtful.append((number, (lines[0][0], lines[0][1])))
            continue
        result.marks[number] = [line[:2] for line in lines]  # (a note of citizenship alone marked on several names,
        # '(7) A citizen of the United Kingdom.': each name's, as the preamble's 'citizens of X' would be)
        result.notes[number] = notes[number][0]
    for spans in notes.values():
        for note_start, note_end in spans:
            first = text.rfind("\n", 0, note_start) + 1
            chars[first:note_end] = [c if c == "\n" else " " for c in text[first:note_end]]
    result.text = chars.text()
    return result


def _note_end(text: str, at: int, end: int) -> int:
    """Where a note that starts at `at` ends: its continuation lines are indented; blank lines and
    a page break (<PAGE>, a page number) inside it are skipped; the next note or a line at the margin ends it, once the
    note's last sentence has ended (a line at the margin after one that has not goes on it)."""
    line_end = text.find("\n", at, end)
    last = end if line_end < 0 else line_end
    pos = last + 1
    while pos < end:
        line_end = text.find("\n", pos, end)
        line_end = end if line_end < 0 else line_end
        line = text[pos:line_end]
        runs_on = pos == last + 1 and not text[at:last].rstrip().endswith(".")  # (right under a line that has not
        if _NOTE.match(line) or (line.strip() and not line[:1].isspace() and not runs_on):  # ended its sentence:
            break  # '..., Blackwell,' / '40 King Street West, ...': the note goes on at the margin)
        if line.strip() and not _PAGE_DEBRIS.match(line):
            last = line_end
        pos = line_end + 1
    return last


def apply_notes(ctx: Context, people: list[Person], notes: Notes, default_address: str | None = None,
                default_citizenship: str | None = None) -> None:
    """Each note's values to the one person whose name stands on the line its number marks (in place of the
    preamble's `default_address` and `default_citizenship`: 'Unless otherwise indicated in the notes to the table,
    ...'; a note not read leaves that person neither default)."""
    for number, span in notes.doubtful:
        ctx.warn("roster-ambiguous", f"the note number ({number}) is glued to more than one name, printed as a "
                 "note more than once, or has no note; its note is not read", span=span, readings=[number, None])
    for person in people:
        at = person.spans.get("name")
        number = next((n for n, lines in notes.marks.items() for a, b in lines if at and a <= at[0] < b), None)
        if number is None:
            continue
        values = named_statements(ctx.text, *notes.notes[number], person.name) or (None if names_another(
            ctx.text, *notes.notes[number], person.name, [p.name for p in people]) else note_values(
            ctx.text, *notes.notes[number]))  # ('The business address of <Name> is ...': the marked name's sentences)
        default = rf.parse_address(default_address)[0] if default_address else None
        if values is None:
            ctx.warn("roster-ambiguous", f"{person.name!r}: note ({number}) says more than kg can read or names another; it is "
                     "not read", span=notes.notes[number], readings=[person.name, None])
            if default and person.address == default:
                person.address = person.address_city = person.address_country = None
            if default_citizenship and person.citizenship == default_citizenship and _CITIZEN.search(
                    ctx.text, *notes.notes[number]):  # (a note of citizenship kg cannot read: no default either)
                person.citizenship = person.country = None
            continue
        for name, (printed, span) in values.items():
            if name == "address" and default and person.address == default:
                person.address = person.address_city = person.address_country = None  # (the note's, not the default)
            if name == "citizenship" and default_citizenship and person.citizenship == default_citizenship:
                person.citizenship = person.country = None
            _give(ctx, person, name, printed, span)
        if "citizenship" not in values and default_citizenship and person.citizenship == default_citizenship:
            _refuse_unread_citizenship(ctx, person, notes.notes[number])


def _refuse_unread_citizenship(ctx: Context, person: Person, note: tuple[int, int]) -> None:
    """A note that speaks of citizenship where kg read none ('Ms. Ferrand is a citizen of France.'): the person is
    left no citizenship, never the preamble's default the note may deny."""
    if _STATES_CITIZENSHIP.search(ctx.text, *note):
        ctx.warn("roster-ambiguous", f"{person.name!r}: the note speaks of citizenship kg does not read; the default "
                 f"{person.citizenship!r} is left out", span=note, readings=[person.citizenship, None])
        person.citizenship = person.country = None


def note_values(text: str, start: int, end: int) -> dict[str, tuple[str, tuple[int, int]]] | None:
    """field -> (printed value, span) of the note text[start:end]; None when any of it is no
    labelled statement kg knows."""
    labels = sorted((m.start(), m.end(), name) for name, pattern in rules().note_fields.items()
                    for m in pattern.finditer(text, start, end) if _at_sentence_start(text, start, m.start()))
    if not labels or text[start:labels[0][0]].strip():
        return None
    values: dict[str, tuple[str, tuple[int, int]]] = {}
    for index, (_s, label_end, name) in enumerate(labels):
        value_end = labels[index + 1][0] if index + 1 < len(labels) else end
        printed = text[label_end:value_end].rstrip()
        printed = printed[:-1] if printed.endswith(".") and not _ABBREVIATION.search(printed) else printed
        printed = printed.rstrip()
        if name in values or not printed.strip():
            return None
        values[name] = (printed, (label_end, label_end + len(printed)))
    return values


_ABBREVIATION = re.compile(r"(?:(?<![\w.])(?:[A-Za-z]{1,3}\.){2,}|\b" + abbreviations("sentence_end") + r"\.)$")


def _at_sentence_start(text: str, start: int, at: int) -> bool:
    before = text[start:at].rstrip()
    return not before or before.endswith(".")


def _give(ctx: Context, person: Person, name: str, printed: str, span: tuple[int, int]) -> None:
    value = clean.squash(printed.replace("\n", " ")) or ""
    if name == "citizenship":
        if not rf.is_citizenships(value):
            return
        new = {"citizenship": value, "country": clean.country_of(value)[0]}
    elif name == "address":
        address, city, country = rf.parse_address(value)
        new = {"address": address, "address_city": city, "address_country": country}
    else:
        items = [clean.squash(item) for item in value.split(";") if clean.squash(item)]
        items = [item for item in items if not rules().no_occupation.match(item)]
        if items and not set(items) & set(person.other_positions):
            person.other_positions = person.other_positions + items
            person.affiliations = [a for other in person.other_positions for a in affiliations(other)]
            for item in items:
                person.trace(f"other_positions:{item}", item, span)
        return
    key = next(iter(new))
    had = getattr(person, key)
    if had and had != new[key]:
        ctx.warn("roster-ambiguous", f"{person.name!r}: the table gives the {key} {had!r}, its note {new[key]!r}; "
                 "it is left out", span=span, readings=[had, new[key]], field=key)
        rf.settle(person, new, printed, span, refused=True)
        return
    rf.settle(person, new, printed, span, refused=False)
