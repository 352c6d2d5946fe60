"""A labelled block whose titles are its lead alone: the lines under the name before its first label, with no
'Position:' label ('Pei-yuan Chia' / 'Director, X Inc.' / 'Retired Vice Chairman, Citicorp' / 'Business Address:
...'). Two lines or more there are items of one list that mixes titles held in the listed organisation with
occupations elsewhere: kg/forms/roster_layouts.py marks the entry's titles as mixed (`Entry.mixed_titles`), so
that, where a line names the listed organisation, a line naming none is an occupation held elsewhere, whole
(kg/forms/roster_entry.py, kg/forms/roster_mixed.py), where a line names an organisation after a comma ('<title>,
<Organisation>'; bare titles, 'Director' / 'President', are titles here); and it takes the items from `lead_titles`: a line that ends
with an organisation's name - a legal form ('..., Inc.'), or a name that ends two lead lines or more of the roster
('Director, Lor Finance' / 'Member, Lor Finance') - closes its item, whatever the next line starts with
('officer of Morgan Stanley & Co. Incorporated', 'Retired, former ...'); between such lines the labelled lines'
rule holds (kg/forms/roster_labels.items_by_line)."""
from __future__ import annotations

import re
from collections import Counter

from kg.forms.roster_labels import items_by_line
from kg.forms.roster_lead_address import lead_address
from kg.forms.roster_lead_breaks import on_purpose
from kg.forms.roster_lead_hang import lead_hangs, lead_lines, printed_lines
from kg.forms.roster_lead_unread import without_unread
from kg.forms.roster_own import LEGAL

NO_WRAP = 10_000  # the width of a lead whose wraps its hanging indent shows (kg.forms.roster_lead_hang)
MIN_TAIL_WORDS = 2  # an organisation's name closing a line: two words or more ('Lor Finance'), never 'Inc.' alone


def _lines(block) -> list[str]:
    return lead_lines(block.lead)  # (a hanging-indented wrap joined to its line: kg.forms.roster_lead_hang)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def lead_is_item_lines(block) -> bool:
    """True where the block's position is its lead of two lines or more and nothing labelled."""
    lines = _lines(block)
    return len(lines) > 1 and _words(block.value("position")) == _words(" ".join(lines))


def _tails(line: str) -> list[str]:
    return [line[m.end():] for m in re.finditer(r",\s+", line)]


def _leads(blocks: list) -> dict[int, list[str]]:
    """By block index, the lead lines of each block whose lead alone holds its titles (the address closing the
    lead apart: kg.forms.roster_lead_address)."""
    leads = {index: _lines(block) for index, block in enumerate(blocks) if lead_is_item_lines(block)}
    width = _width(blocks)
    leads = {index: lines[:cut[0]] if (cut := lead_address(lines, _wrap_width(blocks[index], width))) else lines
             for index, lines in leads.items()}
    return {index: _read_lines(lines, _wrap_width(blocks[index], width)) for index, lines in leads.items()
            if _names_organization(lines)}


def _names_organization(lines: list[str]) -> bool:
    """A line '<title>, <Organisation>' among `lines`."""
    return any(tail[:1].isupper() for line in lines for tail in _tails(line))


def _read_lines(lines: list[str], width: int) -> list[str]:
    """The lead's lines less those not certain what they are (kg.forms.roster_lead_unread); none where what is left
    names no organisation: the lead is not read as items then, nor whole (the lines left out are in it; precision
    first: no title is read from it)."""
    kept = without_unread(lines, width)
    return kept if _names_organization(kept) else []


def lead_addresses(blocks: list) -> dict[int, str]:
    """By block index, the address closing the lead of each block `lead_titles` reads (its lines apart by '\n')."""
    leads = {index for index in _leads(blocks)}
    width = _width(blocks)
    return {index: cut[1] for index, block in enumerate(blocks) if index in leads
            and (cut := lead_address(_lines(block), _wrap_width(block, width))) and cut[1] is not None}


def _width(blocks: list) -> int:
    return max((len(line) for block in blocks for line in printed_lines(block.lead)), default=0)


def _printed(block) -> set[str]:
    return set(printed_lines(block.lead))


def _wrap_width(block, width: int) -> int:
    """Where the block's lines may wrap: `width`; none where its lead hangs (its wraps are joined already)."""
    return NO_WRAP if lead_hangs(block.lead) else width


def lead_titles(blocks: list) -> dict[int, str]:
    """By block index, the titles of each block whose lead alone holds them, items apart by '; '."""
    leads, width = _leads(blocks), _width(blocks)
    counted = Counter(tail for index, lines in leads.items() for line in set(lines) & _printed(blocks[index])
                      for tail in set(_tails(line)))  # (a line joined with its hanging wrap is none of them)
    names = {tail for tail, n in counted.items() if n > 1 and len(tail.split()) >= MIN_TAIL_WORDS and tail[:1].isupper()}
    titles = {}
    for index, lines in leads.items():
        lines = _first_line_whole(lines, names, _wrap_width(blocks[index], width))
        groups: list[list[str]] = [[]]
        for line in lines:
            groups[-1].append(line)
            if LEGAL.search(line) or set(_tails(line)) & names:
                groups.append([])
        if lead_hangs(blocks[index].lead):  # (the hang shows each item's first line: kg.forms.roster_lead_hang)
            groups = [[line] for group in groups for line in group]
        titles[index] = "; ".join(items_by_line("\n".join(piece)) for group in groups if group
                                  for piece in on_purpose(group, width))
    return titles


def _first_line_whole(lines: list[str], names: set[str], width: int) -> list[str]:
    """The lead's first line (the titles in the listed organisation) joined to the second where the second's first
    word would not have fitted on the first within `width` and the two joined close on an organisation the roster's
    leads name that the first alone does not ('Director, Executive Officer, President and Co-Chief Executive' /
    'Officer, Power Corporation of Canada'; '..., Smith Barney' / 'Corporate Trust Company'): the first line wrapped
    there, inside its last title or the organisation's name ('Officer' is no title of its own)."""
    if len(lines) < 2 or LEGAL.search(lines[0]) or len(lines[0]) + 1 + len(lines[1].split()[0]) <= width:
        return lines
    joined = f"{lines[0]} {lines[1]}"
    return [joined, *lines[2:]] if (set(_tails(joined)) - set(_tails(lines[0]))) & names else lines
