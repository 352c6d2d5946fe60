"""Entries headed by a name on a line of its own with unlabelled lines under it (the address) before the labels
(kg/forms/roster_blocks.py): 'Ralph J. Yarro' / '333 South 520 West' / 'Lindon, Utah 84042' / 'Principal
Occupation:  ...'. There the text under the name is the entry's lead, and text after a blank line that ends a
block's last value, before the next entry's first label, is that next entry's head (its name and address), even
where no name was found in it: it never continues the last value of the entry above.
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_block_events import Event

_NUMBER = re.compile(r"\(?(?:\d{1,3}|[A-Za-z]|[IVX]{1,4}|[ivx]{1,5})[.)][ \t]*")  # '2.', '(3)', 'B.', 'IV.'
_DIGITS = re.compile(r"\(?(?:\d{1,3}|[IVX]{1,4}|[ivx]{1,5})[.)][ \t]*")  # '2.', '(3)', 'IV.'
_BLANK_LINES = re.compile(r"\n[ \t\r]*\n\s*")


def name_alone(text: str, name: Event) -> bool:
    """A name at the start of a line of its own, or after only its entry's number ('2. Edmund Martinez')."""
    line_start = text.rfind("\n", 0, name.start) + 1
    before = text[line_start:name.start]
    before = before.lstrip(" \t")  # (every line indented alike)
    after = len(text[name.end:name.end + 200]) - len(text[name.end:name.end + 200].lstrip(" \t"))  # (trailing spaces:
    return text[name.end + after:name.end + after + 1] in ("", "\n", "\r") and (  # a CRLF file's line ends are ' \n')
        not before or bool(_NUMBER.fullmatch(before)))


def next_head(gap: str) -> tuple[str, str]:
    """A gap of text between a block's last label and the next entry's first label, split at its last blank
    line: the last value's text, and the next entry's head ('' where no blank line parts them)."""
    found = None
    for found in _BLANK_LINES.finditer(gap.rstrip()):
        pass
    if found is None or not gap[:found.start()].strip():
        return gap, ""
    return gap[:found.start()], gap[found.start():]


def under_names(text: str, names: list[Event], labels: list[Event]) -> list[Event]:
    """The names, less each that stands in the lines under a name alone on its line, no blank line and no label
    between ('4. Ellen V. Futter' / 'American Museum of Natural History': a line of the entry's address)."""
    starts = sorted(label.start for label in labels)
    kept: list[Event] = []
    for name in names:
        above = kept[-1] if kept else None
        if above is not None and name_alone(text, above) and not _BLANK_LINES.search(text, above.end, name.start) \
                and not any(above.end <= s < name.start for s in starts):
            continue
        kept.append(name)
    return kept


def head_names(text: str, names: list[Event], labels: list[Event]) -> list[Event]:
    """Where entries are headed by a name alone on its line with address lines under it (at least one entry
    shows it: a name found there, lines under it, then the entry's first label), the names not found at the head
    of the others: the first line of the paragraph that ends at an entry's first label, set apart by a blank line
    above, when it reads as a person's name in a name column ('Sandra L. West', '1. Pei-yuan Chia')."""
    first = labels[0].field if labels else None
    heads = [label for label in labels if label.field == first]
    starts = sorted(label.start for label in labels)
    if not any(_heads_lead(text, name, heads, starts) for name in names):
        return []
    found = []
    for label in heads:
        line_start = text.rfind("\n", 0, label.start) + 1
        top = max(0, max((m.end() for m in _BLANK_LINES.finditer(text, 0, line_start)), default=0))
        if top == 0 or top >= line_start or any(top <= n.start < label.start for n in names) \
                or any(top <= s < label.start for s in starts):
            continue  # (no paragraph above the label; or a name already found in it)
        line = text[top:text.find("\n", top)]
        cut = _DIGITS.match(line)  # (a capital and a full stop may be an initial, 'H. Laurance Fuller': it stays;
        # kg.forms.roster_letters cuts the row letters where they run A, B, C)
        name = line[cut.end() if cut else 0:].rstrip()
        if name and not line[:1].isspace() and rt.is_person_name(name) and not rt.is_title(name):
            at = top + (cut.end() if cut else 0)
            found.append(Event(at, at + len(name), "name"))
    return found


def _heads_lead(text: str, name: Event, heads: list[Event], starts: list[int]) -> bool:
    """A name alone on its line, lines under it, then an entry's first label (no blank line, no other label)."""
    after = next((label for label in heads if label.start > name.end), None)
    return after is not None and name_alone(text, name) and not _BLANK_LINES.search(text, name.end, after.start) \
        and "\n" in text[name.end:after.start].strip() and not any(name.end <= s < after.start for s in starts)


def caption_row(line: str) -> bool:
    """A table's header row as kg reads HTML ('Name | Information': captions joined by ' | ', the first the names'
    column's): it sets the first entry's name apart from the preamble as a blank line does, never an entry's text."""
    from kg.forms.roster_table import DELIMITER, names_column  # (roster_table reads the tables this reader does not)
    cells = [cell.strip() for cell in line.split(DELIMITER)]
    return len(cells) > 1 and names_column(cells[0]) and not any(rt.is_person_name(cell) for cell in cells)


_CHUNKS = re.compile(r"\S+(?: \S+)*")  # (a line's chunks: words apart by one space; two or more part the chunks)
_CAPTION_LINE = re.compile(r"^[ \t]*Name\b[^\n]*$", re.M | re.I)
_OPENING_LEADER = re.compile(r"^[ \t]*\.{3,}(?=[ \t]+\S)")  # (right after the name on its line: 'Rohde .... Chairman')


def bare_gap(gap: str) -> str:
    """A gap between two events of a labelled roster without what only lays out a table printed in text: a caption
    row ('Name      Position, Occupation, Address and Citizenship' over its dashes, under each numbered section
    heading '1. Directors of X'), the names' caption first, then captions of the roster's fields only, no person's
    name among them (no entry's text: the first entry's titles would take it); and the dot leader that opens the gap,
    right after the event before it on its line (the name's: 'Bruce C. Rohde ..... Chairman of the Board', where the
    section holds one entry and kg.forms.roster_leaders reads none: the leader leads to the title, no value's text).
    A leader within a value stays (kg.forms.roster_guard.leaders_misread refuses the roster for it)."""
    gap = _OPENING_LEADER.sub(lambda m: " " * len(m.group(0)), gap, count=1)
    return _CAPTION_LINE.sub(lambda m: "" if _caption_chunks(m.group(0)) else m.group(0), gap)


def _caption_chunks(line: str) -> bool:
    from kg.forms.roster_table import names_column  # (roster_table reads the tables this reader does not)
    chunks = _CHUNKS.findall(line)
    return len(chunks) > 1 and names_column(chunks[0]) and rt.is_header(chunks[0]) \
        and all(rt.is_header(chunk) and not rt.is_person_name(chunk) for chunk in chunks[1:])
