"""Centred name headings over unlabelled lines indented at the margin's side: each name centred on a line of its
own, under it lines indented less than the name (the titles, the outside occupations), their wraps indented a
little deeper, and the address lines indented deeper still, to the block's end.

                                Pei-yuan Chia
        Director, American International Group, Inc.
        Retired Vice Chairman, Citicorp and Citibank, N.A.
            c/o 70 Pine Street
            New York, New York 10270

The text shows the layout: two or more such blocks whose name lines share one midpoint, each name line set to the
right of every line under it. The lines at the shallowest indent are items (read as the other readers read an
occupation item); the run of lines at the deepest indent that closes the block is the address where it opens with
an address line or closes with a city line and no line above it is set that deep; a line between the two indents
continues the item above. A block with no name whose lines sit at an entry's indents, right after that entry (a
page break in it), continues it; any other block between the first entry and the last, or a block whose lines
could be either an item's wrap or the address (both at one indent), leaves the whole list unread.
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_block_notes import CENTRE_SLACK, centred_rows
from kg.forms.roster_entry import Entry
from kg.forms.roster_headed_titles import _SEPARATOR as _BREAK
from kg.forms.roster_rule_lines import rule_line
from kg.forms.roster_rules import rules
from kg.forms.roster_title_lines import _DEBRIS

FEWEST = 2
_MARK = re.compile(r"\d{1,3}\.\s+")
_CUT = re.compile(r"(?:[,&/-]|\b(?:of|and|the|for|in|at|to))[ \t]*$", re.I)  # (a line that runs on below)
_SEPARATOR = re.compile(rule_line("spaced_marks"))

Line = tuple[int, str]


def read_centred_heads(text: str, start: int, end: int) -> list[Entry] | None:
    """The entries of a list of centred name headings, or None unless every block from the first to the last is one
    (or a page break's rest of one)."""
    blocks = _blocks(text, start, end)
    heads = [i for i, block in enumerate(blocks) if _head(block) is not None]
    if len(heads) < FEWEST or not _one_column([blocks[i][0][1] for i in heads]):
        return None
    marks = [_MARK.match(blocks[i][0][1].strip()) for i in heads]
    numbered = all(marks) and [m.group(0).strip() for m in marks] == [f"{n + 1}." for n in range(len(heads))]
    if any(marks) and not numbered:
        return None
    entries: list[Entry] = []
    steps: set[int] = set()  # (how much deeper than its items each entry sets its address)
    addressed = False
    for at, after in zip(heads, heads[1:] + [None]):
        lines = list(blocks[at])
        for block in blocks[at + 1:after] if after is not None else []:
            if not _continues(lines, block):
                return None
            lines += block
        read = _entry(lines)
        if read is None:
            return None
        entries.append(read[0])
        steps.add(read[1])
        addressed = addressed or any(map(_address_part, read[0].fields["address"].split("\n")))
    return entries if len(steps) == 1 and addressed else None  # (one step for every entry, and a street or city
    # line in one address at least: else the lines set deepest could be wraps)


def _blocks(text: str, start: int, end: int) -> list[list[Line]]:
    """The runs of lines between blank lines and rules, each line with its offset; a page number or '<PAGE>' left
    out at a run's edge only (inside a run a number alone is an address's line: '400' / '521 - 3rd Avenue S.W.')."""
    blocks: list[list[Line]] = [[]]
    at = start
    for line in text[start:end].split("\n"):
        if _BREAK.fullmatch(line):
            blocks.append([])
        else:
            blocks[-1].append((at, line))
        at += len(line) + 1
    for block in blocks:
        while block and _DEBRIS.fullmatch(block[0][1].strip()):
            del block[0]
        while block and _DEBRIS.fullmatch(block[-1][1].strip()):
            del block[-1]
    return [block for block in blocks if block]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _head(block: list[Line]) -> str | None:
    """The name of a block whose first line is a name alone set to the right of every line under it."""
    head = block[0][1]
    name = _MARK.sub("", head.strip(), count=1)
    if len(block) < 2 or re.search(r"\S {3,}\S", head) or not rt.is_person_name(name):
        return None
    return name if all(_indent(line) < _indent(head) for _at, line in block[1:]) else None


def _one_column(heads: list[str]) -> bool:
    """The name lines share one midpoint (centred) or one first column (indented)."""
    middles = [_indent(head) + len(head.strip()) / 2 for head in heads]
    return len({_indent(head) for head in heads}) == 1 or max(middles) - min(middles) <= 2 * CENTRE_SLACK


def _continues(lines: list[Line], block: list[Line]) -> bool:
    """A block without a name after an entry's block, every line at one of the entry's indents (its lines after a
    page break)."""
    indents = {_indent(line) for _at, line in lines[1:]}
    return not _SEPARATOR.fullmatch(block[0][1].strip()) and all(_indent(line) in indents for _at, line in block) \
        and _head(block) is None


def _entry(lines: list[Line]) -> tuple[Entry, int] | None:
    (at, head), rest = lines[0], lines[1:]
    texts = [line for _at, line in rest]
    if any(pattern.search(line) for line in texts for pattern in rules().labels.values()) \
            or any(re.search(r"\S {3,}\S", line) for line in texts) or centred_rows([head] + texts):
        return None  # labelled lines, table gaps, lines centred under the name: other layouts'
    base, deepest = min(map(_indent, texts)), _indent(texts[-1])
    address_at = len(texts)
    while address_at and _indent(texts[address_at - 1]) == deepest:
        address_at -= 1
    address = [line.strip() for line in texts[address_at:]]
    if deepest == base or not address_at or any(_indent(line) >= deepest for line in texts[:address_at]) \
            or _CUT.search(texts[address_at - 1]) or address[0][:1].islower() and not rt.starts_value(address[0]):
        return None  # no address set apart by its indent, a wrap set as deep as it, a line running on into it
    items: list[str] = []
    for line in texts[:address_at]:
        if items and _indent(line) > base:
            items[-1] = f"{items[-1]} {line.strip()}"  # (a wrapped item)
        elif _indent(line) > base:
            return None
        else:
            items.append(line.strip())
    name = _head(lines)
    name_at = at + _indent(head) + (len(head.strip()) - len(name))
    last_at, last = lines[-1]
    return Entry(name=name, name_span=(name_at, name_at + len(name)), evidence=(at, last_at + len(last)),
                 fields={"citizenship": "", "occupation": "; ".join(items), "address": "\n".join(address)}), \
        deepest - base


def _address_part(line: str) -> bool:
    """A street, c/o, box or city line, or a line with a number and no title word in it."""
    return bool(rt.starts_value(line) or rt.is_city_line(line) or not rt.is_title(line)
                and (rt.is_address_line(line) or re.search(r"\d", line)))
