"""Rosters of directors, officers and board members: one entry, `read_rosters`.

Finds each roster (an annex/schedule/exhibit whose heading or title mentions directors,
officers, boards, partners or members), reads its title (the organisation and the bodies it
lists) and its preamble (default address and citizenship), then reads the entries with the
layout reader that fits, and turns them into `Person` records with evidence spans.
"""
from __future__ import annotations

import re

from kg import clean
from kg.context import Context
from kg.forms import roster_fields as rf
from kg.forms.roster_blocks import read_blocks
from kg.forms.roster_rules import rules
from kg.records import Filing, Person
from kg.sections import lines_with_offsets


def read_rosters(ctx: Context, filing: Filing, signature_end: int | None) -> None:
    for start, end in roster_regions(ctx, filing, signature_end):
        _read_region(ctx, filing, start, end)


def roster_regions(ctx: Context, filing: Filing, signature_end: int | None) -> list[tuple[int, int]]:
    """(start, end) of each roster; one that directly follows the signature starts where the
    signature's last block ended, so that names displaced above the heading are kept."""
    regions = []
    for index, section in enumerate(filing.sections):
        if section.name != "annex":
            continue
        head = ctx.text[section.start:min(section.end, section.start + 600)]
        if not rules().roster_heading.search(head):
            continue
        start = section.start
        previous = filing.sections[index - 1] if index else None
        if previous is not None and previous.name == "signature" and signature_end:
            start = max(signature_end, previous.start)
        regions.append((start, section.end))
    return regions


def _title(ctx: Context, start: int, end: int) -> tuple[int, str]:
    """The roster's heading and title lines (upper case), and where they end."""
    title_lines, title_end = [], start
    for line_start, line_end, line in lines_with_offsets(ctx.text, start, end):
        if line.upper() == line and any(ch.isalpha() for ch in line):
            title_lines.append(line)
            title_end = line_end
        elif title_lines:
            break
    return title_end, " ".join(title_lines)


def _preamble_end(text: str, start: int, end: int) -> int:
    """End of the prose paragraphs (sentences ending in a full stop) that follow the title."""
    position = start
    for match in re.finditer(r"\S[^\n]*(?:\n(?!\s*\n)[^\n]*)*", text[start:end]):
        paragraph = match.group(0).strip()
        if len(paragraph) < 120 or not paragraph.endswith((".", ":")) or any(
                label.search(paragraph) for label in rules().labels.values()):
            break
        position = start + match.end()
    return position


def _organization(title: str, filing: Filing) -> str | None:
    match = re.search(r"\bOF\s+(?!THE\s+(?:SUPERVISORY|MANAGING|BOARD))(.+?)\s*$", title)
    if not match:
        return None
    printed = match.group(1).strip(" .:")
    known = [p.name for p in filing.reporting_persons if p.name] + [filing.issuer.name or ""]
    for name in known:
        if name and clean.squash(name).casefold().rstrip(".") == printed.casefold().rstrip("."):
            return name
    return printed


def _listed_bodies(title: str) -> set[str]:
    return {body for pattern, body in rules().body_headings if pattern.search(title)}


def _read_region(ctx: Context, filing: Filing, start: int, end: int) -> None:
    title_end, title = _title(ctx, start, end)
    heading_at = re.search(r"(?m)^\s*(ANNEX|SCHEDULE|EXHIBIT|APPENDIX)\b", ctx.text[start:end])
    title_end = max(title_end, start + heading_at.start() if heading_at else start)
    organization = _organization(title, filing)
    listed = _listed_bodies(title)
    preamble = ctx.text[title_end:min(end, title_end + 1500)]
    default_address = rules().default_address.search(preamble)
    default_citizenship = rules().default_citizenship.search(preamble)
    front = (start + heading_at.start() if heading_at else title_end, _preamble_end(ctx.text, title_end, end))
    blocks, orphans = read_blocks(ctx.text, start, end, front, None)
    if not blocks:
        ctx.warn("unparsed-section", "a roster was found but its layout was not understood", span=(start, end))
        return
    for block in blocks:
        if block.name is None:
            ctx.warn("unparsed-section", "a roster entry has no name; no person is recorded for it",
                     span=(block.label_start, block.end))
            continue
        person = _person(ctx, block, organization, listed)
        if person.address is None and default_address:
            person.address, person.address_city, person.address_country = rf.parse_address(default_address.group(1))
        if person.citizenship is None and default_citizenship:
            person.citizenship = default_citizenship.group(1)
            person.country = clean.country_of(person.citizenship)[0]
        filing.people.append(person)
    for s, e in orphans:
        ctx.warn("unassigned-name", f"{ctx.text[s:e]!r} stands in the roster but belongs to no entry",
                 span=(s, e), name=ctx.text[s:e])


def _person(ctx: Context, block, organization: str | None, listed: set[str]) -> Person:
    name_start, name_end = block.name
    printed_name = ctx.text[name_start:name_end]
    position = clean.squash(block.value("position"))
    others = [clean.squash(p) for p in re.split(r";", block.value("other_positions")) if clean.squash(p)]
    address, city, country = rf.parse_address(block.value("address"))
    citizenship = clean.squash(block.value("citizenship"))
    person = Person(name=display_name(printed_name), organization=organization,
                    bodies=rf.bodies_of(position, block.body, listed),
                    positions=[position] if position else [], other_positions=others,
                    citizenship=citizenship, country=clean.country_of(citizenship)[0],
                    address=address, address_city=city, address_country=country,
                    evidence=(min(name_start, block.label_start), max(block.end, name_end)))
    person.affiliations = [a for other in others for a in rf.affiliations(other)]
    if person.name != printed_name:
        person.name_as_printed = printed_name
    person.trace("name", printed_name, (name_start, name_end))
    return person


def display_name(printed: str) -> str:
    """Given name first, as a person would write it: 'WHITE, ROBERT M.' -> 'Robert M. White'."""
    from nameparser import HumanName

    text = clean.squash(printed) or printed
    if "," not in text and text.upper() != text:
        return text
    name = HumanName(text)
    if text.upper() == text:
        name.capitalize(force=True)
    parts = [name.first, name.middle, name.last]
    shown = " ".join(p for p in parts if p)
    return f"{shown}, {name.suffix}" if name.suffix else shown
