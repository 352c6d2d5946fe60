"""Contacts of the first page: the person authorised to receive notices, and copies-to."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.context import Context
from kg.patterns import build
from kg.read import clean
from kg.records import Contact, Filing


@dataclass(frozen=True)
class ContactRules:
    copy_to: re.Pattern
    title: re.Pattern
    org: re.Pattern
    phone: re.Pattern
    person: re.Pattern
    end: re.Pattern


@cache
def rules() -> ContactRules:
    return build("front.yml", lambda d: ContactRules(
        copy_to=re.compile(d["copy_to"], re.I | re.M), title=re.compile(d["title_words"], re.I),
        org=re.compile(d["org_words"]), phone=re.compile(d["phone"], re.I), person=re.compile(d["person_line"]),
        end=re.compile(d["end_of_contacts"], re.I)))


def read_contacts(ctx: Context, filing: Filing, notice_span: tuple[int, int] | None, after: tuple[int, int]) -> None:
    """The notice block just above its caption (which may itself hold a 'copy to'), and a
    'Copies to:' block after the caption."""
    if notice_span is not None:
        start, end = notice_span
        cut = _copy_to(ctx.text, start, end)
        _add_blocks(ctx, filing, "notices", start, cut[0] if cut else end)
        if cut:
            _add_blocks(ctx, filing, "copy-to", cut[1], end)
    cut = _copy_to(ctx.text, *after)
    if cut:
        _add_blocks(ctx, filing, "copy-to", cut[1], _block_end(ctx.text, cut[1], after[1]))


def _copy_to(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Start and end of the first 'copy to' caption. A caption on a line of its own takes in
    the blank lines above it (the pattern looks at one line start, not at every line start
    of a run of blank lines, which costs the square of the run)."""
    found = rules().copy_to.search(text, start, end)
    if found is None:
        return None
    begin = found.start()
    alone = found.end() >= len(text) or text[found.end()] == "\n"  # the pattern's first branch: a line of its own
    if alone and begin > start and text[begin - 1] == "\n":
        back = begin
        while back > start and text[back - 1] in " \t\n":
            back -= 1
        if back == start and (start == 0 or text[start - 1] == "\n"):
            begin = start
        else:
            first = text.find("\n", back, begin)
            begin = first + 1 if first >= 0 else begin
    return begin, found.end()


def _block_end(text: str, start: int, end: int) -> int:
    position = start
    for match in re.finditer(r"[^\n]*\n?", text[start:end]):
        line = match.group(0).strip()
        if line and rules().end.search(line):
            return start + match.start()
        position = start + match.end()
    return position


def _add_blocks(ctx: Context, filing: Filing, role: str, start: int, end: int) -> None:
    """Blocks are separated by blank lines or a lone 'and'; a block may name several people."""
    offset = start
    for block in re.split(r"\n\s*(?:and\s*)?\n", ctx.text[start:end]):
        lines = [clean.squash(line) for line in block.splitlines()]
        lines = [line for line in lines if line]
        block_start = ctx.text.find(block, offset)
        offset = block_start + len(block)
        if lines:
            for contact in _contacts(lines, role, (block_start, offset)):
                filing.contacts.append(contact)


def _contacts(lines: list[str], role: str, span: tuple[int, int]) -> list[Contact]:
    names = [lines[0]]
    for line in lines[1:]:
        if rules().person.match(line) and not rules().org.search(line) and not rules().title.search(line):
            names.append(line)
        else:
            break
    shared = Contact(role=role, evidence=span)
    address: list[str] = []
    for line in lines[len(names):]:
        if rules().phone.search(line):
            shared.phone = re.sub(r"^(?:tel(?:ephone)?|phone)\s*:?\s*", "", line, flags=re.I)
        elif shared.organization is None and rules().org.search(line) and not address:
            shared.organization = line
        elif shared.title is None and shared.organization is None and len(names) == 1 and rules().title.search(line):
            shared.title = line
        else:
            address.append(line)
    shared.address = ", ".join(address) or None
    found = []
    for name in names:
        contact = Contact(role=role, name=re.sub(r",?\s*Esq\.?$", "", name).strip(), title=shared.title,
                          organization=shared.organization, address=shared.address, phone=shared.phone,
                          evidence=span)
        contact.trace("name", name, None)
        found.append(contact)
    return found
