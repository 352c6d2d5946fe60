"""Entries whose positions are printed employer first, one line per organisation, under the name:

    Marshall A. Cohen
         AMERICAN INTERNATIONAL GROUP, INC. -- Director
         CASSELS, BROCK & BLACKWELL -- Counsel
         Business Address: Cassels, Brock & Blackwell, 40 King Street West, 20th
                           Floor, Toronto, Ontario M5H 3C2
         Citizenship: Canada

The name stands at the margin; every line of the entry is indented under it, and a line indented
deeper goes on with the line above it. An item line 'ORGANISATION -- Title; Title' (the organisation
in capitals; '--' or a dash) gives the titles held there: positions where it names the listed
organisation, else one other position per title, read 'Title, ORGANISATION' as other rosters print
it; an item line with no organisation ('Chief Executive') is an other position as printed; the
labelled lines give the address and citizenship. The layout is read only when at least two entries
have an organisation line and every line at the margin after the first name is an entry's name (the
lines above it are the title and preamble); a line it does not know (another label) leaves the
roster to the other readers.
"""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from kg.forms import roster_types as rt
from kg.forms.roster_entry import Entry, Roster
from kg.forms.roster_own import LEGAL
from kg.read import clean

_EMPLOYER_FIRST = re.compile(r"(?P<org>[A-Z0-9][^a-z\n]*?[A-Z][^a-z\n]*?)\s+(?:--|\u2014|\u2013)\s+(?P<titles>\S.*)")
_INDENTED_ITEM = re.compile(r"^[ \t]+[A-Z0-9][^a-z\n]*?[A-Z][^a-z\n]*?\s(?:--|\u2014|\u2013)\s+\S", re.M)
_LABELS = {"address": re.compile(r"(?:business\s+|residence\s+)?address\s*:\s*(?P<value>.*)", re.I),
           "citizenship": re.compile(r"citizenship\s*:\s*(?P<value>.*)", re.I)}
_PAGE_DEBRIS = re.compile(r"<PAGE>|-?\s*[0-9ivxIVX]{1,4}\s*-?|[-_=]{3,}", re.I)
_UNKNOWN_LABEL = re.compile(r"[A-Za-z][\w ]{0,30}:\s")


def read_employer_first(text: str, start: int, end: int, roster: Roster) -> list[Entry] | None:
    """Entries, or None unless the region is this layout throughout (see the module's text)."""
    if len(_INDENTED_ITEM.findall(text, start, end)) < 2:
        return None  # (a cheap test first: two indented 'ORGANISATION -- ' lines)
    blocks = _blocks(text, start, end)
    if blocks is None or len(blocks) < 2:
        return None
    own = roster.organization or _common_first_org(blocks)
    entries = []
    for name_span, items, (last,) in blocks:
        entry = _entry(text, name_span, items, own, last)
        if entry is None:
            return None
        entries.append(entry)
    if sum(1 for _span, items, _end in blocks if any(_EMPLOYER_FIRST.fullmatch(t) for _s, t in items)) < 2:
        return None
    return entries


def _blocks(text: str, start: int, end: int) -> list | None:
    """(name span, [(item start, item text with its continuations)], [end of its last line]) per entry. An entry
    opens at a person's name with the next line indented deeper; the lines above the first name are the title and
    preamble, a line back at the name's margin after an entry ends the roster (a paragraph after it). None when an
    entry has no line under its name, a line stands left of its entry's items, or more entry lines follow the
    roster's end: not this layout throughout."""
    lines = [line for line in _lines(text, start, end) if not _PAGE_DEBRIS.fullmatch(line[2])]
    blocks: list = []
    name_lead = item_lead = 0
    ended = False
    for index, (line_start, line_end, line) in enumerate(lines):
        lead = line_start - text.rfind("\n", 0, line_start) - 1
        below = lines[index + 1][0] - text.rfind("\n", 0, lines[index + 1][0]) - 1 if index + 1 < len(lines) else -1
        apart = not blocks or lead <= name_lead + 1 or bool(clean.BLANK_LINE.search(text, lines[index - 1][1], line_start))
        # (a blank line above, a rule or a page number aside: a new page's margins)
        if below >= lead + 2 and apart and rt.is_person_name(line) and not _item(line):
            if ended:
                return None
            blocks.append(((line_start, line_end), [], [line_end]))
            name_lead, item_lead = lead, below
            continue
        if not blocks or ended:
            if ended and _item(line):
                return None  # (an entry's line after the end: more than a paragraph after the roster)
            continue
        if lead <= name_lead + 1:
            ended = True
            continue
        items = blocks[-1][1]
        blocks[-1][2][0] = line_end
        if lead < item_lead - 1:
            return None
        shifted = abs(below - lead) <= 1 and _item(lines[index + 1][2])  # (the next item at this margin too)
        if items and lead > item_lead + 1 and not _item(line) and not shifted:
            items[-1] = (items[-1][0], f"{items[-1][1]} {line}")  # a wrapped line
        else:
            items.append((line_start, line))
            item_lead = lead  # (a new page with other margins moves the items too)
    return blocks if blocks and all(items for _span, items, _end in blocks) else None


def _item(line: str) -> bool:
    """An 'ORGANISATION -- titles' line or a labelled line: never a name, nor a wrapped line."""
    return bool(_EMPLOYER_FIRST.fullmatch(line) or any(p.fullmatch(line) for p in _LABELS.values()))


def _lines(text: str, start: int, end: int):
    at = start
    for raw in text[start:end].split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            yield at + lead, at + lead + len(stripped), stripped
        at += len(raw) + 1


def _entry(text: str, name_span: tuple[int, int], items: list[tuple[int, str]], own: str | None,
           last: int) -> Entry | None:
    positions, others, fields = [], [], {}
    for _at, item in items:
        label = next(((field, m.group("value")) for field, p in _LABELS.items() if (m := p.fullmatch(item))), None)
        if label:
            if label[0] in fields:
                return None
            fields[label[0]] = label[1].strip()
            continue
        if _UNKNOWN_LABEL.match(item):
            return None  # a label this layout does not know: another layout
        if found := _EMPLOYER_FIRST.fullmatch(item):
            org = found.group("org").strip(" ,")
            titles = [t.strip() for t in found.group("titles").split(";") if t.strip()]
            if own and _same_org(org, own):
                positions += titles
            elif own:
                others += [f"{title}, {org}" for title in titles]
            else:
                return None  # (which organisation is the listed one is not known: no guess)
            continue
        others.append(item)
    if positions:
        fields["position"] = "; ".join(positions)
    if others:
        fields["other_positions"] = "; ".join(others)
    return Entry(name=text[name_span[0]:name_span[1]], name_span=name_span, evidence=(name_span[0], last),
                 fields=fields, title_column=True)


def _same_org(printed: str, org: str) -> bool:
    def bare(name: str) -> str:
        return " ".join(LEGAL.sub("", name.casefold().strip(" .,")).replace(",", " ").split())
    return bare(printed) == bare(org) or fuzz.ratio(bare(printed), bare(org)) >= 95


def _common_first_org(blocks) -> str | None:
    """The organisation every entry's first organisation line names (the listed one, printed first)."""
    firsts = set()
    for _span, items, _end in blocks:
        found = next((m for _s, t in items if (m := _EMPLOYER_FIRST.fullmatch(t))), None)
        firsts.add(found.group("org").strip(" ,").casefold() if found else None)
    return firsts.pop() if len(firsts) == 1 and None not in firsts else None
