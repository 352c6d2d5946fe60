"""Typed repair of labelled blocks (kg/forms/roster_blocks.py): a citizenship is a nationality
word, an address ends at its country; text that breaks its field's type moves to the field (or
the next block) where it fits, and the text before a block's first label (its lead) joins its
first field, or its address when the lead reads as one and no address is labelled."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.forms import roster_fields as rf
from kg.forms import roster_types as rt
from kg.forms.roster_address_stack import address_stack
from kg.forms.roster_rules import rules
from kg.forms.roster_runin_lead import without_run_in_leads
from kg.read.clean import BLANK_LINE

if TYPE_CHECKING:
    from kg.forms.roster_blocks import Block


def repair(blocks: list[Block], address_labelled: bool = True, named: bool = False, text: str | None = None) -> None:
    """Typed repair: citizenship is a nationality word, an address ends at its country. Where every entry opens
    at a 'Name:' label, the text above the first entry's ('In this Exhibit, the "Company" means X.') is none of its;
    nor is the text above a run-in entry's name line ('Name: Position with X: ...'; `text` the blocks' text)."""
    if named and blocks:
        blocks[0].lead = []
    if text is not None:
        without_run_in_leads(text, blocks)
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        _repair_citizenship(block)
        cut = rf.address_cut(block.value("address"))
        if cut is not None and following is not None:
            rest = block.value("address")[cut:]
            block.set("address", block.value("address")[:cut])
            following.lead.insert(0, rest)
    for index, block in enumerate(blocks):
        block.lead = [part for part in block.lead if re.search(r"\w", part)]  # (': ' between a name and its run-in
        first = _first_field(block)  # label, 'Lars Green: Position with X: Chair', is no value)
        lead = " ".join(part.strip() for part in block.lead if part.strip())
        lines = [line.strip() for part in block.lead for line in part.split("\n") if line.strip()]
        if lead and not address_labelled and not block.value("address") and (
                _ADDRESS_LEAD.match(lead) or address_stack(lines) and not any(map(rt.is_title, lines))):
            block.set("address", "\n".join(lines))  # name, then address lines, then the labels: the address is the
            continue  # lead (one line a part: 'Smith Barney Consulting Group' / '388 Greenwich Street' / ...)
        if lead and not address_labelled and not block.value(first) and _SAID.match(block.value("occupation")) \
                and not any(map(rt.is_title, lines)):
            continue  # ('HPB/Blackrock' over 'Occupation:  X is a Director of Y.': the sentence says the titles; a
            # line above it that is no title and no address's may be the employer or the address: left out)
        block.set(first, f"{lead} {block.value(first)}")
        previous = blocks[index - 1] if index else None
        tail = rf.address_tail(block.value(first))
        if tail and previous is not None and not rf.find_country(previous.value("address")):
            previous.set("address", f"{previous.value('address')} {block.value(first)[:tail]}")
            block.set(first, block.value(first)[tail:].lstrip(" ,"))


_SAID = re.compile(r"\s*(?:[A-Z][\w'’.-]*\s+){1,4}(?:is|serves\s+as)\s")  # a sentence about the person
_ADDRESS_LEAD = re.compile(r"^(?:c/o\b|p\.?\s*o\.?\s+box\b|\d+[\w-]*\s+[A-Za-z0-9])", re.I)


def _first_field(block: Block) -> str:
    return "position" if "position" in rules().labels else next(iter(block.values), "position")


def _repair_citizenship(block: Block) -> None:
    _closing_citizen_line(block)
    value = block.value("citizenship")
    if rf.is_citizenships(" ".join(value.split())):  # (a country wrapped at the line's end: 'United' / 'States.')
        block.set("citizenship", " ".join(value.split()))  # "USA", "USA, Denmark" (a dual citizen): as printed
        return
    match = rf.find_nationality(value)
    if match and not value[:match.start()].strip():
        rest = value[match.end():]
        rest = "" if BLANK_LINE.match(rest.lstrip(" \t")) else rest.strip()  # (after the entry's end: a blank line or a
        block.set("citizenship", match.group(0))  # rule, 'Citizenship: U.S.' / '====' / the next entry; none of its own)
        if rest:
            block.set("address", f"{rest} {block.value('address')}")
        return
    if value:
        block.set("address", f"{value} {block.value('address')}")
        block.set("citizenship", "")
    for source in ("position", "address"):
        text = block.value(source)
        match = rf.find_nationality(text)
        if match and _standalone(text, match) and not (source == "address" and _part_of_address(text, match)):
            block.set("citizenship", match.group(0))
            before, after = text[:match.start()], text[match.end():]
            if source == "position":
                block.set("position", before)
                block.set("address", f"{after} {block.value('address')}")
            else:
                block.set("address", after)
                if not block.value("position"):
                    block.set("position", before)
            return


def _closing_citizen_line(block: Block) -> None:
    """An unlabelled last line of the block's last labelled value that only states a citizenship ('Business Address:
    One ConAgra Drive, Omaha, NE 68102' / '    Citizen of U.S.'; kg/patterns/roster.yml `cell_citizen_line`,
    countries only) is the person's citizenship, no line of that value; only where no citizenship is labelled."""
    if block.value("citizenship") or not block.values:
        return
    last = list(block.values)[-1]
    lines = block.value(last).rstrip().split("\n")
    if len(lines) < 2 or not rules().cell_citizen_line.match(lines[-1].strip()):
        return
    if (stated := rf.stated_citizenship(lines[-1])) is not None:
        block.set(last, "\n".join(lines[:-1]))
        block.set("citizenship", stated)


def _part_of_address(text: str, match) -> bool:
    """A country name that ends an address ('75008 Paris France') or names an organisation ('Power
    Corporation of Canada 751 Victoria Square') is the address's, no citizenship (a nationality
    adjective, 'French', is no part of an address)."""
    country = rf.find_country(match.group(0))
    named = bool(country) and country.group(0).casefold() == match.group(0).casefold()
    return named and (not text[match.end():].strip() or bool(re.search(r"\bof\s+(?:the\s+)?$", text[:match.start()])))


def _standalone(text: str, match) -> bool:
    """A nationality word standing alone: at an end, or just before an address ('c/o', a number)."""
    after = text[match.end():].lstrip()
    return not after or after.startswith(("c/o", "C/O")) or after[:1].isdigit()
