"""The structure of a labelled-block roster (kg/forms/roster_blocks.py): where its labels, page headers,
debris and headings stand, as events in text order; a heading naming a body ('DIRECTORS', 'II.  Executive
Officers who are not Directors') carries it to the blocks below."""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.forms import roster_types as rt
from kg.forms.roster_rules import rules
from kg.read.sections import lines_with_offsets


@dataclass
class Event:
    start: int
    end: int
    kind: str  # label | name | reset | debris
    field: str | None = None
    body: str | None = None


def structure_events(text: str, start: int, end: int, front: tuple[int, int]) -> list[Event]:
    r = rules()
    events = [Event(front[0], front[1], "reset")] if front[1] > front[0] else []
    title_end = front[1]
    for name, pattern in r.labels.items():
        events += [Event(_clause_letter_start(text, m.start()), m.end(), "label", name)
                   for m in pattern.finditer(text, start, end)]
    for pattern in r.page_headers:
        events += [Event(m.start(), m.end(), "reset") for m in pattern.finditer(text, start, end)]
    for pattern in r.debris:
        events += [Event(m.start(), m.end(), "debris") for m in pattern.finditer(text, start, end)]
    for line_start, line_end, line in lines_with_offsets(text, start, end):
        if line_start < title_end or not any(ch.isalpha() for ch in line):
            continue
        if (section := _section_heading(line)) is not None:
            events.append(Event(line_start, line_end, "reset", body=section))
            continue
        if line.upper() != line:
            if (titled := _titled_heading(text, line_end, line, end)) is not None:
                events.append(Event(line_start, line_end, "reset", body=titled))
            continue
        named = _NEGATION.sub("", line)  # ('EXECUTIVE OFFICERS WHO ARE NOT DIRECTORS': the officers)
        bodies = {body for pattern, body in r.body_headings if pattern.search(named)}
        if len(bodies) == 1:
            events.append(Event(line_start, line_end, "reset", body=bodies.pop()))
    events += [e for e in _repeated_headings(text, start, end) if e.start >= title_end]
    events.sort(key=lambda e: (e.start, -(e.end - e.start)))
    kept: list[Event] = []
    for event in events:
        if not kept or event.start >= kept[-1].end:
            kept.append(event)
    return kept


# 'II.  Executive Officers who are not Directors': an outline's section heading, a roman numeral before words that
# are no person's name and hold no label; the body it names is the one before a negation ('who are not', 'other than')
_SECTION = re.compile(r"[ \t]*(?:[IVX]{1,4})\.[ \t]+([A-Z][^:\n\d]{2,80}?)[ \t]*")
_NEGATION = re.compile(r"\b(?:who\s+are\s+not|which\s+are\s+not|not|other\s+than|except)\b.*", re.I | re.S)


def _section_heading(line: str) -> str | None:
    """The body an outline's section heading names ('' when it names none: 'III.  Other Persons'), or None
    when the line is no such heading."""
    found = _SECTION.fullmatch(line)
    if found is None or len(found.group(1).split()) > 10 or rt.is_person_name(found.group(1)):
        return None
    named = _NEGATION.sub("", found.group(1))
    bodies = {body for pattern, body in rules().body_headings if pattern.search(named)}
    return bodies.pop() if len(bodies) == 1 else ""


def _titled_heading(text: str, line_end: int, line: str, end: int) -> str | None:
    """The body a section heading not in capitals names ('Directors', 'Executive Officers (Who Are Not
    Directors)', a spanning section row of an HTML table): a line of nothing but the body's words (a negation after
    them), right over a person's name alone on its line (a blank line between at most) and that name's first label
    on the next; None for any other line (a value's last line, 'Directors', is followed by the next label, never by
    a name and a label)."""
    named = _BRACKETS.sub(" ", _NEGATION.sub("", line)).strip()
    bodies = {body for pattern, body in rules().body_headings if pattern.fullmatch(named)}
    if len(bodies) != 1:
        return None
    rest = text[text.find("\n", line_end, end) + 1 or end:end]
    below = [line for line in rest.split("\n", 3)[:3] if line.strip()][:2]  # (a blank line under it, or none)
    if len(below) < 2 or not rt.is_person_name(below[0].strip()):
        return None
    return bodies.pop() if rules().opens_label(below[1]) else None


_BRACKETS = re.compile(r"[()\[\]]")
_CLAUSE_LETTER = re.compile(r"[ \t]*\(?[a-z]\)[ \t]*")


def _clause_letter_start(text: str, label_start: int) -> int:
    """Where a label starts with the outline letter that heads its line ('(c) Present principal occupation:'):
    the letter is part of the label, never the end of the value above."""
    line_start = text.rfind("\n", 0, label_start) + 1
    return line_start if _CLAUSE_LETTER.fullmatch(text, line_start, label_start) else label_start


def _repeated_headings(text: str, start: int, end: int) -> list[Event]:
    """A line in capitals printed above the 'Name:' label of every block ('KKR PHOENIX AGGREGATOR
    L.P.'): a heading, never part of the value before it (a nationality is no heading)."""
    lines = [(s, e, line.strip()) for s, e, line in lines_with_offsets(text, start, end)]
    counts: dict[str, int] = {}
    for _s, _e, line in lines:
        counts[line] = counts.get(line, 0) + 1
    name_label = rules().labels["name"]
    return [Event(s, e, "reset") for index, (s, e, line) in enumerate(lines)
            if counts[line] >= 2 and line.upper() == line and re.search(r"[A-Z]{2}", line)
            and not re.search(r"\d|:", line) and not rt.is_nationality(line)
            and next((name_label.match(t) for _s, _e, t in lines[index + 1:] if t != "|"), None)]
