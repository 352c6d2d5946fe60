"""Business addresses given by a key letter: the table's address column prints only '(A)', and the addresses are
listed once each under the table, each after its letter, as a schedule may print a shared address once:

    Business Addresses:

         (A)   c/o 70 Pine Street
               New York, New York 10270

The list is the run of key lines ('(A)' then text) at one indentation, each followed by lines indented under its
text, that closes the roster's region, where the table above prints the same keys as cells ('...  (A)  ...').
It is no part of the table (no person reads it as their own lines); a line ending in ':' just above it is its
caption. A person whose address is a key takes the address listed for it when the list gives that letter once;
a key listed twice, or not at all, gives no address (a `roster-ambiguous` finding). An address that is a bare key
is never kept as printed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.forms import roster_fields as rf
from kg.read import clean

_KEY_LINE = re.compile(r"([ \t]*)\(([A-Z]{1,2})\)[ \t]+(\S.*)")
_BARE_KEY = re.compile(r"\(([A-Z]{1,2})\)")


@dataclass
class KeyList:
    start: int  # where the list (with its caption) begins: the table ends there
    addresses: dict[str, tuple[str, tuple[int, int]] | None] = field(default_factory=dict)  # None: listed twice


def _lines(text: str, start: int, end: int):
    at = start
    for line in text[start:end].split("\n"):
        yield at, line
        at += len(line) + 1


def key_list(text: str, start: int, end: int) -> KeyList | None:
    """The list of keyed addresses closing text[start:end], when the table above prints its keys as cells."""
    run: list[tuple[int, str, str, int]] = []  # (line start, letter, text, text column) per key line
    body: dict[int, list[tuple[int, str]]] = {}  # key line index -> its lines (start, stripped text)
    indent = None
    for at, line in _lines(text, start, end):
        if not line.strip():
            continue
        key = _KEY_LINE.fullmatch(line.rstrip())
        if key and (indent is None or len(key.group(1)) == indent) and not rf.COLUMN_GAP.search(key.group(3)):
            indent = len(key.group(1))
            run.append((at, key.group(2), key.group(3), key.start(3)))
            body[len(run) - 1] = [(at + key.start(3), key.group(3))]
            continue
        depth = len(line) - len(line.lstrip())
        if run and depth >= run[-1][3] - 1 and not rf.COLUMN_GAP.search(line.strip()):
            body[len(run) - 1].append((at + depth, line.strip()))
            continue
        run, body, indent = [], {}, None
    if not run:
        return None
    table = text[start:run[0][0]]
    if not any(re.search(r"\S {2,}\(" + letter + r"\)(?: {2,}\S|[ \t]*$)", table, re.M) for _a, letter, _t, _c in run):
        return None
    keys = KeyList(_caption_start(text, start, run[0][0]))
    for index, (_at, letter, _text, _column) in enumerate(run):
        lines = body[index]
        span = (lines[0][0], lines[-1][0] + len(lines[-1][1]))
        keys.addresses[letter] = None if letter in keys.addresses else ("\n".join(t for _s, t in lines), span)
    return keys


def _caption_start(text: str, start: int, first: int) -> int:
    """The start of a caption line ending in ':' just above the list ('Business Addresses:'), or `first`."""
    before = text[start:first].rstrip()
    line_start = before.rfind("\n") + 1
    caption = before[line_start:].strip()
    if caption.endswith(":") and not rf.COLUMN_GAP.search(caption) and len(caption.split()) <= 6:
        return start + line_start
    return first


def resolve_keys(ctx, people, keys: KeyList | None) -> None:
    """Give each person whose address is a bare key the address the list gives that letter once; else none."""
    for person in people:
        key = _BARE_KEY.fullmatch((person.address or "").strip())
        if not key:
            continue
        listed = keys.addresses.get(key.group(1)) if keys else None
        person.address = person.address_city = person.address_country = None
        if listed is None:
            ctx.warn("roster-ambiguous", f"the business address of {person.name!r} is the key {key.group()!r}, "
                     f"which no list under the table gives once; left out", span=person.evidence,
                     readings=["address", None])
            continue
        printed, span = listed
        address, city, country = rf.parse_address(printed)
        person.address, person.address_city, person.address_country = address, city, country
        person.trace("address", clean.squash(printed.replace("\n", " ")) or printed, span)
