"""Names grouped under their titles, one 'Last, First M.' name a line, a mark after some names
explained by a footnote after the list:

    Each person listed below is a citizen of the United States unless marked.
    Director
    Chia, Pei-yuan
    Cohen, Marshall A. *
    Chief Executive Officer
    Feldstein, Martin S.
    * Citizen of Canada.

A title line (a title alone: kg.forms.roster_types.is_title) gives its title to every name under
it up to the next title line; a person listed under several titles holds them all (one entry).
A footnote ('*', '**', ...) gives its citizenship to the names it marks; a mark with no readable
footnote keeps the preamble's citizenship off that person. Every line of the region must be a
title, a name, a footnote, a rule or a page break, or the layout is not this one (None); so is a list
that opens on a name (`Smith, John P. / Director / ----`: names above their titles, not under them;
a name ending in an initial's stop is no preamble sentence).
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_entry import Entry
from kg.forms.roster_names import display_name
from kg.forms.roster_rules import rules
from kg.read.sections import lines_with_offsets

_NAME = re.compile(r"^(?:\d{1,3}\.\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+)*,\s+[A-Z][^*]*?)(?:\s+(?P<mark>\*+))?$")
_NOTE = re.compile(r"^(?P<mark>\*+)\s+(?P<text>\S.*)$")
_SKIP = re.compile(r"^(?:[-=_]{3,}|<PAGE>|-?\s*\d{1,3}\s*-?|(?:SCHEDULE|ANNEX|EXHIBIT|APPENDIX)\b.*)$", re.I)
_PREAMBLE_CITIZEN = re.compile(r"\bcitizens?\s+of\s+(?:the\s+)?(?P<value>[A-Z][\w.-]*(?:\s+(?:of\s+)?[A-Z][\w.-]*)*)")


def read_title_groups(text: str, start: int, end: int) -> list[Entry] | None:
    lines = [(s, e, line.strip()) for s, e, line in lines_with_offsets(text, start, end) if line.strip()]
    default, title, titles_seen = None, None, 0
    order: list[str] = []
    found: dict[str, tuple[Entry, list[str], str | None]] = {}
    notes: dict[str, str] = {}
    for s, _e, line in lines:
        if _SKIP.match(line):
            continue
        if (note := _NOTE.match(line)) and found:
            notes[note.group("mark")] = note.group("text")
        elif (named := _NAME.match(line)) and (rt.is_person_name(named.group("name"))
                                               or rt.is_person_name(display_name(named.group("name")))):
            if not title:
                return None  # a name before any title: the names stand above their titles
            name = named.group("name").strip()
            key = " ".join(name.casefold().split())
            offset = s + line_offset(text, s, name)
            entry, held, mark = found.get(key) or (Entry(name=name, name_span=(offset, offset + len(name)),
                                                         evidence=(offset, offset + len(line))), [], None)
            held.append(title)
            found[key] = (entry, held, mark or named.group("mark"))
            order += [key] if key not in order else []
        elif not found and not title and line.endswith(".") and len(line) < 300:
            default = (cited := _PREAMBLE_CITIZEN.search(line)) and _stop(cited.group("value"))
        elif rt.is_title(line) and not rt.is_person_name(line) and len(line) < 80 and not line.endswith("."):
            title, titles_seen = line, titles_seen + 1
        else:
            return None  # a line of another kind: not this layout
    if not titles_seen or not found:
        return None
    entries = []
    for key in order:
        entry, held, mark = found[key]
        entry.fields["position"] = "; ".join(dict.fromkeys(held))
        citizenship = _citizenship(notes[mark]) if mark and mark in notes else None
        if citizenship or not mark:
            entry.fields["citizenship"] = citizenship or default or ""
        else:
            entry.refused = {"citizenship"}  # marked, but the footnote says nothing kg reads
        entries.append(entry)
    return entries


def _stop(value: str) -> str:
    """'United States.' -> 'United States'; 'U.S.' stays."""
    return value if value.count(".") > 1 else value.rstrip(".")


def line_offset(text: str, line_start: int, name: str) -> int:
    return max(0, text.find(name, line_start) - line_start)


def _citizenship(note: str) -> str | None:
    said = rules().note_fields["citizenship"].search(note)
    value = note[said.end():].strip().rstrip(".") if said else ""
    return value if said and said.start() == 0 and value else None
