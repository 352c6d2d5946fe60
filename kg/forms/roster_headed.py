"""Name headings with unlabelled lines: the person's name on a line of its own, then indented
lines typed by what they say.

    MARSHALL A. COHEN
         Director, American International Group, Inc.
         Counsel, Cassels, Brock & Blackwell
         Cassels, Brock & Blackwell
         40 King Street West, 20th Floor
         Toronto, Ontario M5H 3C2
         Citizen of Canada

A block is an entry only when its first line is nothing but a person's name and every other
line is indented deeper; a line indented deeper still continues the line above. 'Citizen of
X' (or a nationality alone) is the citizenship; the address runs from its first street, c/o
or city line (with an employer line just above it) to the end; the lines before it are
occupations, each read as the other readers read an occupation item. Blocks with labels or
table gaps are other layouts'.
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_block_notes import centred_rows
from kg.forms.roster_bullets import bullet_rules
from kg.forms.roster_centred_heads import read_centred_heads
from kg.forms.roster_entry import Entry
from kg.forms.roster_headed_titles import read_headed_titles
from kg.forms.roster_rules import rules

_BLOCK = re.compile(r"^[ \t]*\S[^\n]*(?:\n[ \t]*\S[^\n]*)*", re.M)
_HEADING_THEN_INDENT = re.compile(r"^([ \t]*)(?:\d{1,3}[.)][ \t]+)?[A-Z][^\n]{2,60}\n\1[ \t]+\S", re.M)  # ('1. Name')
_CITIZEN = re.compile(r"^(?:a\s+)?citizen\s+of\s+(?:the\s+)?(?P<value>.+?)\.?$", re.I)


def read_headed(text: str, start: int, end: int) -> list[Entry] | None:
    """Entries, or None unless at least two blocks (and most blocks after the first entry) fit."""
    typed = _read_typed(text, start, end) if len(_HEADING_THEN_INDENT.findall(text, start, end)) >= 2 else None
    titles = read_headed_titles(text, start, end)  # (a cheap test first: a short line, then a line indented deeper)
    if not typed and not titles:
        return read_centred_heads(text, start, end)  # (names centred over lines set nearer the margin)
    return titles if titles and len(titles) > len(typed or ()) else typed  # (titles alone under every name: the
    # typed reading that passes over the one-line blocks reads fewer)


def _read_typed(text: str, start: int, end: int) -> list[Entry] | None:
    entries, after_first = [], 0
    for match in _BLOCK.finditer(_rules_blanked(text, start, end), start, end):
        if entries:
            after_first += 1
        entry = _block(match.start(), match.group(0))
        if entry is not None:
            entries.append(entry)
    if len(entries) < 2 or len(entries) - 1 < 0.6 * after_first:
        return None
    return entries


def _rules_blanked(text: str, start: int, end: int) -> str:
    """The text with each rule line between entries ('_____', '_ _ _ _ _') blanked, offsets kept: a rule
    sets two blocks apart as a blank line does."""
    rule = bullet_rules()["rule"]
    lines = text[start:end].split("\n")
    if not any(rule.match(line) for line in lines):
        return text
    kept = "\n".join(" " * len(line) if rule.match(line) else line for line in lines)
    return text[:start] + kept + text[end:]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _block(offset: int, block: str) -> Entry | None:
    lines = block.split("\n")
    head, rest = lines[0], lines[1:]
    name, cut = rt.strip_numbering(head.strip())  # ('1. Pei-yuan Chia': the row's number no part of the name)
    if len(rest) < 2 or re.search(r"\S {3,}\S", block) or not rt.is_person_name(name) \
            or any(_indent(line) <= _indent(head) for line in rest) or centred_rows(lines):
        return None  # (lines centred under a centred name are set by their length, not indented under it)
    if any(pattern.search(line) for line in rest for pattern in rules().labels.values()):
        return None  # labelled lines: the labelled-block reader's
    items: list[str] = []
    base = min(_indent(line) for line in rest)
    for line in rest:
        if items and _indent(line) > base:
            items[-1] = f"{items[-1]} {line.strip()}"  # a wrapped line
        else:
            items.append(line.strip())
    stated = [i for i, item in enumerate(items) if _CITIZEN.match(item)]
    if len(stated) > 1:
        return None  # two citizenships: two people's text, not one entry
    if not stated and rt.is_nationality(items[-1]) and not rt.is_city_line(items[-2]):
        stated = [len(items) - 1]  # a nationality alone on the last line (a country after a city is the address's)
    fields = {"citizenship": ""}
    if stated:
        citizen = _CITIZEN.match(items[stated[0]])
        fields["citizenship"] = citizen.group("value") if citizen else items[stated[0]]
    kept = [item for i, item in enumerate(items) if i not in stated]
    address_at = next((i for i, item in enumerate(kept) if i and _address_part(item)), len(kept))
    while 1 < address_at < len(kept) and not rt.is_title(kept[address_at - 1]) and ";" not in kept[address_at - 1]:
        address_at -= 1  # employer lines above the street line (no title word in them) are the address's
    fields["occupation"] = "; ".join(kept[:address_at])
    fields["address"] = "\n".join(kept[address_at:])
    start = offset + _indent(head) + cut
    return Entry(name=name, name_span=(start, start + len(name)), evidence=(offset, offset + len(block)),
                 fields=fields)


def _address_part(line: str) -> bool:
    """A street, c/o, box or city line, or any line with a number and no title word in it."""
    return bool(rt.starts_value(line) or rt.is_city_line(line) or not rt.is_title(line)
                and (rt.is_address_line(line) or re.search(r"\d", line)))
