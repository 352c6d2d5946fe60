"""Name-and-title blocks: a person's name alone on a line, the titles held on the lines below it
(one a line; a long one wraps), a blank line between people; the list may be closed by a
postamble giving everyone's business address ('The business address of the above listed
persons is:' and the address lines). A rule between people ends a block as a blank line does.

    Peter G. Flynn
    Vice President, National Grid USA
    President, New England Power Company

A block is an entry only when its first line is a person's name (or a name, a comma and a
title: 'Paul J. Taglianetti, Manager, Billing') and its other lines are titles or their wraps;
a line of another kind (an address, a nationality, a number) means another layout: nothing is
read (so does a label: 'Present Principal Occupation:'). A line goes on with the title above only where that one is
full or ends mid-phrase, or it starts in lower case ('Director' / 'Portfolio Manager' are two items). Titles are typed as every roster's are (a title naming another organisation is an other
position). An organisation's name alone on the line just above the list names the
organisation the list is of.
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_block_notes import block_note, centred, held_of
from kg.forms.roster_entry import Entry
from kg.forms.roster_mixed import SEATS
from kg.forms.roster_nameblock_after import (
    citizenship_postamble,
    named_above,
    own_address,
    postamble_citizenship,
    reads_as_address,
    refuse_bare_elsewhere,
)
from kg.forms.roster_nameblock_except import postamble_exceptions
from kg.forms.roster_nameblock_flush import flush_address
from kg.forms.roster_nameblock_groups import apply_group_citizenship, group_block, headed_above
from kg.forms.roster_ocr import opens_label
from kg.forms.roster_rule_lines import rule_line
from kg.forms.roster_rules import rules

_BLOCK = re.compile(r"^[ \t]*\S[^\n]*(?:\n[ \t]*\S[^\n]*)*", re.M)  # lines with text, up to a blank line
_POSTAMBLE = re.compile(r"\baddress\s+(?:of|for)\s+(?:each\s+of\s+)?the\s+(?:above[-\s]+listed|above|persons\s+listed\s+above|"
                        r"listed)\s*(?:persons|individuals|officers|directors)?\s+is\s*:?\s*", re.I)
_RULE_LINE = re.compile(rule_line("solid_no_star"), re.M)
FEWEST = 3  # fewer blocks of this shape are no list
FEWEST_CLOSED = 2  # (a list closed by a sentence on the persons listed above: that sentence says what the list is)


_LAST_UNRULED: list[tuple[str, str]] = []  # (a text, it unruled): a document of many rosters is unruled once


def _unruled(text: str) -> str:
    """`text` with its rule lines blanked."""
    if _LAST_UNRULED and (_LAST_UNRULED[0][0] is text or _LAST_UNRULED[0][0] == text):
        return _LAST_UNRULED[0][1]
    _LAST_UNRULED[:] = [(text, _RULE_LINE.sub(lambda m: " " * len(m.group(0)), text))]
    return _LAST_UNRULED[0][1]


def read_name_blocks(text: str, start: int, end: int) -> list[Entry] | None:
    """The entries of a list of name-and-title blocks in text[start:end], or None. A block whose indented lines
    under the titles read as no address ('   Tennant Company') is read where another block's indented lines there
    do ('   2715 Farmington Heights'): that place holds each person's address."""
    if (entries := _read(text, start, end, False)) is not None:
        return entries
    entries = _read(text, start, end, True)
    tails = [e.fields["address"].split(", ") for e in entries or () if e.fields.get("address")]
    if not any(reads_as_address(tail) for tail in tails) or any(rt.is_nationality(x) for tail in tails for x in tail):
        return None
    return entries


def _read(text: str, start: int, end: int, any_tail: bool) -> list[Entry] | None:
    entries: list[Entry] = []
    address = heading = None
    closed = False  # (a postamble closes the list)
    groups: list[tuple[int, str]] = []  # (a group's first entry, its preamble)
    text = _unruled(text)  # a rule between people ends a block as a blank line does
    for block in _BLOCK.finditer(text, start, end):
        lines = [(m.start() + block.start(), m.group(0)) for m in re.finditer(r"\S[^\n]*\S|\S", block.group(0))]
        if entries and (said := _POSTAMBLE.search(block.group(0))):
            address = postamble_exceptions(text, block.start() + said.end(), end, entries, _address(  # ('except:'
                block.group(0)[said.end():], text[block.end():end]))  # and the others' own addresses, by name)
            postamble_citizenship(text, block.end(), end, entries)  # ('Each of the above listed persons is ...')
            closed = True
            break
        if entries and citizenship_postamble(block.group(0)):  # (no shared address: the citizenship closes it)
            postamble_citizenship(text, block.start(), end, entries)
            closed = True
            break
        if group_block(text, lines, groups, len(entries), lambda: _entry(text, lines, any_tail) is not None):
            continue  # (a group's heading centred over its preamble: round 56f)
        if not entries and len(lines) > 1 and all(rt.is_header(line) for _at, line in lines):
            return None  # ('Full Name' / 'Position': a caption a line, of a table saved one cell a line)
        if not entries and len(lines) == 1 and named_above(lines[0][1].strip(), text[max(0, block.start() - 400):block.start()]):
            heading = lines[0][1].strip()  # ('... officers of Lor Finance:' over 'Lor Finance': no person)
            continue
        if entries and (note := block_note(block.group(0), entries[-1].name)) is not None \
                and not set(note) & set(entries[-1].fields):  # (a paragraph under a block, about its person)
            entries[-1].fields.update(note)
            entries[-1].evidence = (entries[-1].evidence[0], block.end())
            continue
        entry = _entry(text, lines, any_tail)
        if entry is None and (entries or rt.is_person_name(lines[0][1])):
            return None  # a block of another kind inside the list (or opening it)
        if entry is None:  # before the list: an organisation's name alone heads it
            heading = lines[0][1] if len(lines) == 1 and rt.is_organization(lines[0][1]) else None
        if entry is not None:
            entries.append(entry)
    closed = closed or bool(entries) and all(e.fields.get("organization") == entries[0].fields.get("organization")
                                             for e in entries) and "organization" in entries[0].fields  # (one Org's)
    closed = closed or bool(groups) or headed_above(text, start)  # (group headings say what the list is)
    if len(entries) < (FEWEST_CLOSED if closed else FEWEST) or sum(_starts_title(e.fields.get("occupation") or e.fields.get("position", "")) for e in entries) < 0.6 * len(entries):
        return None  # (most titles start with a title word: 'Legal Consultant' may not)
    apply_group_citizenship(groups, entries)  # (each group's preamble: its persons' citizenship)
    for entry in entries:
        _work_elsewhere(entry, heading)  # ('Director' / 'Portfolio Manager': the second line the person's work)
    refuse_bare_elsewhere(entries, heading)  # (before the postamble's address fills the others')
    for entry in entries:
        entry.fields.update({"address": address} if address and not entry.fields.get("address")
                            and "address" not in entry.refused else {})
        entry.fields.update({"organization": heading} if heading else {})
    return entries


def _entry(text: str, lines: list[tuple[int, str]], any_tail: bool) -> Entry | None:
    at, first = lines[0]
    block_end = lines[-1][0] + len(lines[-1][1])
    split = (lines, None) if centred(text, lines) else own_address(text, lines, any_tail)
    flush = None if split is not None and (split[1] or centred(text, lines)) else flush_address(text, lines, _starts_title)
    if flush is None and split is None:
        return None
    (lines, address), left_out = (flush[:2], flush[2]) if flush else (split, [])  # (an address at the margin: round 56f)
    if re.search(r"\S {3,}\S", first):
        return None  # a row of a table ('(1) BRUCE C. ROHDE          U.S.'): its cells are no name
    name, title = first, ""
    if rt.is_person_name(first) and centred(text, lines) and (held := held_of([x for _a, x in lines[1:]], _starts_title)):
        return Entry(name=name, name_span=(at, at + len(name)), evidence=(at, lines[-1][0] + len(lines[-1][1])),
                     fields=held)
    if not rt.is_person_name(first):
        head, comma, rest = first.partition(", ")
        if not comma or not rt.is_person_name(head) or not _starts_title(rest):
            return None
        name, title = head, rest
    titles = [title] if title else []
    above = first
    for (_at, line), above in zip(lines[1:], [line for _at, line in lines]):
        if titles and not flush and _wraps(above, line) and _completes_employer(above, line, address):
            titles[-1] = f"{titles[-1]} {line}"  # '..., Smith Barney' / 'Consulting Group': the employer the address
            continue  # under it opens with, wrapped (its last words no person's name)
        if re.search(r"\d|\S {3,}\S|:$", line) or rt.is_nationality(line) or rt.is_person_name(line) \
                or rt.is_address_line(line) or rt.is_city_line(line) or opens_label(line):  # ('Address: c/o X')
            return None
        if titles and not flush and not _starts_title(line) and _wraps(above, line):  # (flush: wraps joined)
            titles[-1] = f"{titles[-1]} {line}"  # a wrapped title: '..., New England Power' / 'Company'
        else:
            titles.append(line)
    if not titles:
        return None
    return Entry(name=name, name_span=(at, at + len(name)), evidence=(at, block_end if flush else lines[-1][0] + len(lines[-1][1])),
                 fields={"occupation": "\n".join(titles)} | ({"address": address} if address else {}),
                 lines_are_items=True, undecided=left_out)


FULL_LINE = 55  # (a line this long may be full: the next word wrapped onto the line under it)
_OPEN_END = re.compile(r"(?:\b(?:and|of|the|for|at|in|to|with)|[,&-])$", re.I)


def _wraps(above: str, line: str) -> bool:
    """A line goes on with the one above: that one is long (full) or ends mid-phrase, or this one starts in lower
    case after one that does not end a whole title ('Director' / 'Portfolio Manager' and 'Director' / 'formerly
    Co-Chairman of X' are two items)."""
    return len(above.strip()) >= FULL_LINE or bool(_OPEN_END.search(above.strip())) or line[:1].islower() \
        and not rules().title_end.search(above.strip())


def _work_elsewhere(entry: Entry, organization: str | None) -> None:
    """Below the first title line, a line that names a person by their work ('Portfolio Manager', 'Retired
    Chairman', 'Professional Board Director') or names another company than the listed organisation ('Chief
    Economist of Apollo Global Management') is an occupation elsewhere, no title held in the organisation."""
    from kg.forms.roster_joined_titles import names_company as _names_company
    from kg.forms.roster_junk import junk_rules  # (roster_junk imports the guard that imports the readers)
    first, *rest = entry.fields.get("occupation", "").split("\n")
    own = {w.casefold() for w in re.findall(r"[A-Za-z]{3,}", organization or "")} - {"the", "and", "inc", "corp"}
    elsewhere = [line for line in rest if junk_rules()["occupation_nouns"].search(line) or organization and
                 _names_company(line) and not own & {w.casefold() for w in re.findall(r"[A-Za-z]{3,}", line)}]
    if elsewhere:
        entry.fields["occupation"] = "\n".join([first] + [line for line in rest if line not in elsewhere])
        entry.fields["other_positions"] = ";".join(elsewhere)


def _completes_employer(above: str, line: str, address: str | None) -> bool:
    """The line ends the name of the employer the person's own address opens with, its first words closing the line
    above ('Managing Director, Smith Barney' / 'Consulting Group' over 'Smith Barney Consulting Group, 388 ...')."""
    employer = address.split(", ")[0] if address else ""
    return len(employer.split()) > len(line.split()) and " ".join(f"{above} {line}".split()).endswith(employer)


def _starts_title(line: str) -> bool:
    first = re.match(r"[A-Za-z][\w']*", line)  # ('Vice-President': its first word)
    return bool(first) and bool(rules().title_words.fullmatch(first.group(0))) or bool(SEATS.match(line))
    # ('Chair of the Board', 'Board Director': a board seat)


def _address(rest_of_block: str, after: str) -> str | None:
    """The postamble's address: the rest of its block, or the next block when the sentence ends there."""
    printed = rest_of_block.strip() or next((m.group(0) for m in _BLOCK.finditer(after)), "")
    lines = [line.strip() for line in printed.splitlines() if line.strip()]
    return ", ".join(lines) if lines and len(lines) <= 4 and re.search(r"\d", printed) else None
