"""Labelled-block rosters ("Position: ... Citizenship: ... Address: ..."), with layout repair.

Text converted from PDF or HTML moves names and values away from their labels. The reader
does not special-case any of it; it applies four general mechanisms:
1. A block starts at each label of the roster's first field; text between labels is that
   label's value; names found by the NER pipeline are taken out of the value text.
2. A name on the line of a block's first label, before it, is that block's name. Every
   other name is an orphan; orphans are aligned with the nameless blocks in document order.
3. Values are typed: a citizenship is a nationality word, an address ends at its country.
   Text that breaks the type moves to the field (or the next block) where it fits
   (kg/forms/roster_block_repair.py).
4. Text after a page header belongs to the next block, unless it ends the previous address.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from kg.forms import roster_types as rt
from kg.forms.roster_block_align import align, alone_on_line, entry_heads_between
from kg.forms.roster_block_events import Event, structure_events
from kg.forms.roster_block_leads import bare_gap, caption_row, head_names, name_alone, next_head, under_names
from kg.forms.roster_block_names import name_spans, with_row_names
from kg.forms.roster_block_opens import name_opens_entry
from kg.forms.roster_block_repair import repair
from kg.forms.roster_labels import under_themselves
from kg.forms.roster_pages import PAGE_MARK
from kg.read.sections import lines_with_offsets

NAME_ZONES = (None, "citizenship", "address")  # where a free-standing name may stand
LONGEST_NAME_LINE = 2_000  # a name and the label on its line are never further apart


@dataclass
class Block:
    label_start: int
    body: str | None
    lead: list[str] = field(default_factory=list)
    values: dict[str, list[str]] = field(default_factory=dict)
    name: tuple[int, int] | None = None
    end: int = 0
    doubt: tuple[tuple[int, int], ...] | None = None  # the names it could have (none of them taken)
    columns: dict[str, tuple[int, ...] | None] = field(default_factory=dict)  # field: roster_blocks._value_columns
    name_text: str | None = None  # the name's words, where it wraps over lines

    def value(self, name: str) -> str:
        return " ".join(self.values.get(name, [])).strip()

    def set(self, name: str, text: str) -> None:
        self.values[name] = [text.strip()] if text.strip() else []


def _zones(events: list[Event]) -> tuple[list[int], list[str | None]]:
    """The starts of the (sorted, not overlapping) structure events, and the zone after each."""
    starts, zones, zone = [], [], None
    for event in events:
        zone = event.field if event.kind == "label" else (None if event.kind == "reset" else zone)
        starts.append(event.start)
        zones.append(zone)
    return starts, zones


def _name_events(text: str, start: int, end: int, structure: list[Event], value_cells) -> list[Event]:
    starts, zones = _zones(structure)
    spans = name_spans(text, start, end, structure, starts, zones, NAME_ZONES)
    return [Event(s, e, "name") for s, e in with_row_names(text, structure, value_cells, spans)]


def read_blocks(text: str, start: int, end: int, front: tuple[int, int], body: str | None,
                value_cells: list[tuple[int, int]] = ()):
    """Blocks of a labelled roster, and the name spans no block could take.

    `front` is the span of the roster's heading, title and preamble: not entry text; `value_cells` the spans of
    values set in a table cell of their own (kg/forms/roster_labelcells.py): a name in one is part of the value."""
    structure = structure_events(text, start, end, front)
    labels = [e for e in structure if e.kind == "label"]
    if len(labels) < 2:
        return [], []
    first_field = labels[0].field
    named = first_field == "name"  # "Name: ..." labels: the name is a value, not found by NER
    names = [] if named else _name_events(text, start, end, structure, value_cells)
    address_labelled = any(e.kind == "label" and e.field == "address" for e in structure)
    names = names if address_labelled else sorted(under_names(text, names, labels)
                                                  + head_names(text, names, labels), key=lambda e: e.start)
    events = sorted(structure + names, key=lambda e: e.start)
    width = max((len(line.rstrip()) for _s, _e, line in lines_with_offsets(text, start, end)), default=0)
    blocks, pending, state, position = [], [], None, start
    leads = False  # (names on lines of their own, unlabelled lines under them: roster_block_leads)
    headed: set[int] = set()  # the blocks begun under a name heading (at a label of another field than the first)
    first_label = next((i for i, e in enumerate(events) if e.kind == "label"), None)
    headed_layout = bool(first_label) and _heads(text, events[first_label - 1], events[first_label])  # (the first
    # entry's name heads it: names are headings here, not displaced away from their blocks by a conversion)
    for index, event in enumerate(events):
        gap = _layout_only(text[position:event.start], event.kind == "name" or (named and event.field == "name"))
        if headed_layout and not blocks and event.kind == "name" and index + 1 == first_label:
            pending, gap = [], ""  # (above the first entry's heading: the preamble's text, no value of the entry)
        heading = headed_layout and event.kind == "label" and index > 0 and _heads(text, events[index - 1], event) \
            or name_opens_entry(text, events, index, first_field, bool(blocks))  # (a label printed under a name)
        if gap.strip():
            joins_lead = (event.kind == "label" and event.field == first_field and "\n" not in gap
                          and index > 0 and events[index - 1].kind == "name")
            if state is None or joins_lead or heading or not blocks or name_opens_entry(text, events, index, None, True):
                pending.append(gap)
            else:
                gap, head = next_head(gap) if leads and event.kind == "label" and event.field == first_field else (gap, "")
                blocks[-1].values.setdefault(state, []).append(gap)
                pending += [head] if head.strip() else []
        position = max(position, event.end)
        if event.kind == "label":
            if not blocks or heading and blocks[-1].label_start < events[index - 1].start or event.field == first_field \
                    and not (id(blocks[-1]) in headed and first_field not in blocks[-1].columns):
                blocks.append(Block(label_start=event.start, body=body, lead=pending))
                pending = []
                if heading:
                    headed.add(id(blocks[-1]))
            elif pending:
                blocks[-1].values.setdefault(event.field, []).extend(pending)
                pending = []
            state = event.field
            blocks[-1].columns[event.field] = _value_columns(text, event, width)
        elif event.kind == "name" and not address_labelled and name_alone(text, event):
            leads, pending = True, pending if blocks else []  # (above the first entry's name: the preamble's text)
            state = None  # a name on a line of its own, then unlabelled lines (the address): the next entry's lead
        elif event.kind == "reset":
            state, pending = None, []
            body = event.body or body
        if blocks and not (leads and state is None and event.kind == "name"):  # (a name in the next entry's head)
            blocks[-1].end = max(blocks[-1].end, event.end)
    tail = _layout_only(text[position:end], False)
    if blocks and state is not None and tail.strip():
        blocks[-1].values.setdefault(state, []).append(tail)
    _fix_bodies(blocks, structure)
    orphans = _name_values(text, blocks, structure) if named else _assign_names(text, blocks, names, headed_layout)
    repair(blocks, address_labelled, named, text)
    under_themselves(text, start, end, blocks)  # (values wrapping at their own column: that column's width)
    return blocks, orphans


def _heads(text: str, name: Event, label: Event) -> bool:
    """A name alone on its line heads the entry of the label below it: set apart above (a blank line, a rule; a
    value stacked under it, 'Director', may stand before the label) or left of that label on the next line. Its
    entry starts there, whichever field the entry prints first (an entry without the first entry's first field,
    'Principal Occupation:' where the others start at 'Title:'), and the lines between are the entry's."""
    between = text[name.end:label.start]
    stacked = [line.strip() for line in between.split("\n") if line.strip() and not PAGE_MARK.match(line)]
    if name.kind != "name" or between[:between.find("\n") + 1].strip() or between.count("\n") not in range(1, 12) \
            or len(stacked) > 3 and not all(rt.is_title(line) and len(line) < 60 for line in stacked):
        return False  # (not alone on its line; or more than the lines of a value stacked under it before the label,
        # a page break aside, unless each is a title: 'Director' / 'Executive Officer' / 'President' / ...)
    line_start = text.rfind("\n", 0, name.start) + 1
    if text[line_start:name.start].strip() and not _NUMBER_BEFORE_NAME.search("\n" + text[line_start:name.start]):
        return False
    above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)]
    label_line = text[text.rfind("\n", 0, label.start) + 1:label.start]
    indent = len(text[line_start:name.start]) - len(text[line_start:name.start].lstrip(" \t"))
    if not above.strip() or _RULE_LINE.fullmatch(above) or caption_row(above):
        return True  # (set apart above; the value stacked under it before the label)
    return between.count("\n") == 1 and not between.strip() and not label_line.strip() \
        and indent < len(label_line) - len(label_line.lstrip(" \t"))


_RULE_LINE = re.compile(r"^[ \t]*(?:[-=_*]{3,}|\|)[ \t]*$", re.M)  # (a lone '|': a cell border of HTML saved as text)
_LAYOUT_LINES = re.compile(r"[ \t]*\n(?:[ \t]*(?:(?:\||[-=_*]{3,})[ \t]*)?\n)+(?=[ \t]*[^\s|])")  # blank, '|' or rule
# lines (one way to read a line's spaces: two '[ \t]*' side by side backtracked quadratically on long runs of spaces)
_NEXT_LINE = re.compile(r"[ \t]*\n(?=[ \t]*[^\s|])")
_NUMBER_BEFORE_NAME = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,3}\.[ \t]+(?=\([a-h]\)))?\(?(?:\d{1,3}|[A-Za-z]|[IVX]{1,4}|[ivx]{1,5})[.)]\s*$")  # '2.', 'B.', '(b)', 'IV.', '2.  (a)'


def _value_columns(text: str, label: Event, width: int) -> tuple[int, int, int] | None:
    """The indentation of a label's line, the column where its value starts on that line (None: the value
    starts on a line below) and the roster's width (its longest line)."""
    line_start = text.rfind("\n", 0, label.start) + 1
    line = text[line_start:label.start]
    value = re.match(r"[ \t]*", text[label.end:label.end + 200]).end()
    if text[label.end + value:label.end + value + 1] in ("", "\n", "\r"):
        return None
    return len(line) - len(line.lstrip(" \t")), label.end + value - line_start, width


def _layout_only(gap: str, before_name: bool) -> str:
    """Text between events without what only lays it out: a line of dashes or a lone '|', the number of the
    entry whose name follows ('2.  BARNETTE, Curtis H.', 'B.  Marshall A. Cohen'), a caption row, a leader after the name."""
    gap = bare_gap(_RULE_LINE.sub("", gap))
    return _NUMBER_BEFORE_NAME.sub("\n", gap) if before_name else gap


def _fix_bodies(blocks: list[Block], structure: list[Event]) -> None:
    """Each block takes the body of the last heading before its first label."""
    headings = [e for e in structure if e.kind == "reset" and e.body is not None]
    starts = [h.start for h in headings]
    for block in blocks:
        before = bisect.bisect_left(starts, block.label_start)
        if before:
            block.body = headings[before - 1].body or None  # ('III.  Other Persons': no body)


def _name_values(text: str, blocks: list[Block], structure: list[Event]) -> list[tuple[int, int]]:
    """Each block's name is the first line of its 'Name:' value."""
    starts = [e for e in structure if e.kind == "label" and e.field == "name"]
    after = {id(e): f.start for e, f in zip(structure, structure[1:])}
    for block, label in zip(blocks, starts):
        begin = label.end
        if gap := _LAYOUT_LINES.match(text, begin, after.get(id(label), len(text))) or _NEXT_LINE.match(
                text, begin, after.get(id(label), len(text))):
            begin = gap.end()  # 'Name:' alone in its cell, the name in the next ('|' lines between), or alone on
            # its line, the name on the next ('NAME:' / '    1. Pei-yuan Chia')
        line_end = text.find("\n", begin, begin + LONGEST_NAME_LINE)  # a longer line is no name
        value = text[begin:line_end if line_end >= 0 else min(len(text), begin + LONGEST_NAME_LINE)]
        stripped = value.strip()
        if stripped:
            offset = begin + value.index(stripped)
            block.name = (offset, offset + len(stripped))
            _wrapped_name(text, block, after.get(id(label), len(text)))
        block.set("name", "")
    return []


_LINE_BREAK = re.compile(r"[ \t]*\n")
_NAME_WRAP = re.compile(r"[ \t]*([A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){0,2}),?[ \t]*")  # ('Narvekar', 'Cuss, Jr.')


def _wrapped_name(text: str, block: Block, stop: int) -> None:
    """A 'Name:' value that wraps: the lines below it, before the next label, that start at its column and
    hold only capitalised words ('Nirmal Prabhakar' / 'Narvekar') continue the name."""
    start, end = block.name
    column = start - (text.rfind("\n", 0, start) + 1)
    words = [text[start:end]]
    while (newline := _LINE_BREAK.match(text, end, stop)) is not None:
        line_end = text.find("\n", newline.end(), stop)
        line = text[newline.end():line_end if line_end >= 0 else stop]
        if len(line) - len(line.lstrip(" \t")) != column or not _NAME_WRAP.fullmatch(line.rstrip()):
            break
        words.append(line.strip())
        end = newline.end() + len(line.rstrip())
    if len(words) > 1:
        block.name, block.name_text = (start, end), " ".join(words)


def _assign_names(text: str, blocks: list[Block], names: list[Event], headed: bool = False) -> list[tuple[int, int]]:
    """Each block's name: the name on its first label's line, else an orphan name aligned with it. Where names head
    their entries (`headed`) and the orphans and the nameless blocks do not pair off, or a name stands inside a
    value, only a block's heading is its name (no alignment that could shift a name onto the next entry's
    values)."""
    taken = set()
    ends = [name.end for name in names]  # names are in document order and do not overlap
    for block in blocks:
        last = bisect.bisect_right(ends, block.label_start) - 1  # the last name before the label
        if last >= 0 and id(names[last]) not in taken:
            name = names[last]
            if block.label_start - name.end < LONGEST_NAME_LINE and text.find("\n", name.end, block.label_start) < 0:
                block.name = (name.start, name.end)
                taken.add(id(name))
    orphans = [n for n in names if id(n) not in taken]
    nameless = [b for b in blocks if b.name is None]
    if headed and len(orphans) != len(nameless) or headed and any(not _heading_of(names, blocks, n) for n in orphans):
        return _heading_names(text, names, blocks, nameless, taken)  # a name missed or one too many, or a name inside
        # a value, where names head their entries: aligning would shift every later entry's values; only a heading
        # is certain
    apart = entry_heads_between(text, min([n.start for n in orphans] + [b.label_start for b in nameless], default=0),
                   max([n.end for n in orphans] + [b.label_start for b in nameless], default=0))
    free = align(orphans, nameless, apart=apart)
    headed = align(orphans, nameless, before=True, apart=apart)  # the other reading: each name heads the next block
    # more names than blocks: which names are left over is a choice the nearest pairing guesses
    surplus = len(orphans) > len(nameless)
    differ = (len(headed) == len(free) or surplus) and {id(b): id(n) for n, b in headed} != {id(b): id(n) for n, b in free}
    heading_names = {id(b): id(n) for n, b in headed}
    for name, block in free:
        if differ and heading_names.get(id(block)) != id(name) and (surplus or alone_on_line(text, name)):
            other = [(n.start, n.end) for n, b in headed if b is block]
            block.doubt = ((name.start, name.end), *other)  # two readings (or none): neither is taken
            continue
        block.name = (name.start, name.end)
        taken.add(id(name))
    return [(n.start, n.end) for n in names if id(n) not in taken]


def _heading_of(names: list[Event], blocks: list[Block], name: Event) -> bool:
    """The name is the last before a block's first label, no block starting between."""
    later = [b.label_start for b in blocks if b.label_start >= name.end]
    return bool(later) and not any(name.end <= n.start < min(later) for n in names if n is not name)


def _heading_names(text: str, names: list[Event], blocks: list[Block], nameless: list[Block], taken: set[int]):
    """Where the orphan names and the nameless blocks do not pair off: each nameless block takes the name just
    before its first label, no other name or block between (its heading); the other blocks stay nameless (reported)
    and the other names orphans. A block's lead is then only the text below its name (above it stand the entries
    whose names no block took)."""
    starts = sorted(b.label_start for b in blocks)
    for block in nameless:
        before = [n for n in names if n.end <= block.label_start]
        if not before or id(before[-1]) in taken:
            continue
        name = before[-1]
        at = bisect.bisect_right(starts, name.end)
        if at < len(starts) and starts[at] == block.label_start:
            block.name = (name.start, name.end)
            block.lead = [_layout_only(text[name.end:block.label_start], False)]
            taken.add(id(name))
    return [(n.start, n.end) for n in names if id(n) not in taken]
