"""The others' own addresses, by name, after a name-block list's shared address (National Grid's postamble):

    The business address of the above listed persons is:

       25 Research Drive
       Westborough, MA 01582

    except:

       Francesco Caio
          Via Caldera 21
          20153 Milano, Italy

Each block after 'except:' is a person's name on a line of its own and his address on the lines indented under it.
An address goes only to the one entry whose name has the same words (kg.forms.roster_after.name_key: 'CAIO,
Francesco' is 'Francesco Caio'); a name that is two entries' gives neither that address (a doubt: `roster-ambiguous`),
a name that is no entry's gives it no one. An entry sharing the surname of a name no entry has takes no address (the
postamble may print him otherwise). The shared address goes to the others. Where the exceptions do not read whole
(a block after 'except:' that is no name over address lines, before the closing sentences), the shared address goes
to no one: who is excepted is not known.
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_after import name_key
from kg.forms.roster_entry import Entry

_BLOCK = re.compile(r"^[ \t]*\S[^\n]*(?:\n[ \t]*\S[^\n]*)*", re.M)  # lines with text, up to a blank line
_BLANK = re.compile(r"\n[ \t]*\n")
_EXCEPT = re.compile(r"[ \t]*except\s*:?[ \t]*", re.I)
MAX_ADDRESS_LINES = 6


def postamble_exceptions(text: str, at: int, end: int, entries: list[Entry], shared: str | None) -> str | None:
    """Give `entries` the addresses the postamble names them with after 'except:' in text[at:end] (`at`: the end of
    the postamble's sentence, the shared address printed after it in its block or in the next one); the shared
    address the others take: `shared`, or None where the exceptions do not read whole."""
    block_end = blank.start() if (blank := _BLANK.search(text, at, end)) else end
    blocks = list(_BLOCK.finditer(text[block_end:end]))[0 if text[at:block_end].strip() else 1:]
    if not blocks or not _EXCEPT.fullmatch(blocks[0].group(0)):
        return shared
    named: list[tuple[str, str]] = []
    for block in blocks[1:]:
        if (said := _named_address(block.group(0))) is None:
            if any(rt.is_person_name(line.strip()) for line in block.group(0).splitlines()):
                return None  # (a name in a block not read: which person it excepts is not known)
            break
        named.append(said)
    if not named:
        return None
    _give(entries, named)
    return shared


def _named_address(block: str) -> tuple[str, str] | None:
    """(the name, the address) of a block of a name over its address lines indented deeper; None otherwise."""
    first, *rest = block.splitlines()
    depth = len(first) - len(first.lstrip())
    if not rest or len(rest) > MAX_ADDRESS_LINES or not rt.is_person_name(first.strip()) \
            or any(len(line) - len(line.lstrip()) <= depth for line in rest):
        return None
    return first.strip(), ", ".join(line.strip() for line in rest)


def _give(entries: list[Entry], named: list[tuple[str, str]]) -> None:
    by_key: dict[tuple[str, ...], list[Entry]] = {}
    for entry in entries:
        by_key.setdefault(_key(entry.name), []).append(entry)
    for name, address in named:
        holders = by_key.get(name_key(name), [])
        for entry in holders if len(holders) > 1 else ():  # (two entries of that name: neither's)
            entry.refused.add("address")
            entry.doubts.append(address)
        if len(holders) == 1 and not holders[0].fields.get("address"):
            holders[0].fields["address"] = address
    keys = {name_key(name) for name, _address in named}
    surnames = {_surname(name) for name, _address in named if name_key(name) not in by_key}
    for entry in entries:  # (named otherwise in the postamble, perhaps: no address)
        if _key(entry.name) not in keys and surnames & set(_key(entry.name)):
            entry.refused.add("address")


def _surname(name: str) -> str:
    words = [w for w in re.sub(r"[^\w\s]", " ", name).casefold().split() if w not in ("jr", "sr", "ii", "iii")]
    return words[-1] if words else ""


def _key(name: str) -> tuple[str, ...]:
    rest, cut = rt.strip_numbering(name)  # ('1. Francesco Caio')
    return name_key(rest if cut and rest.strip() else name)
