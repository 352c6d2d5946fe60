"""What a list of name-and-title blocks (kg.forms.roster_nameblocks) states after it, and a person's own address
printed under their titles.

- An address printed under a person's titles, its lines indented under the name ('   Bombardier Aerospace' /
  '   Dorval H4S 1Y9'): the person's own (the postamble's 'Except as shown above, ...' gives everyone else theirs).
- The citizenship the paragraph after the postamble's address states for the persons listed above ('Each of the
  above listed persons is a citizen of Canada, except Laurent Dassault, who is a citizen of France.'): the default
  to every person but those named, each named person the citizenship the clause gives (kg.forms.roster_excepted).
  Where the exceptions cannot be read whole, or two paragraphs speak of a citizenship, nobody is given one.
- A title line that names no organisation, under a name whose own address opens with another employer: left out
  (undecided: a title in the listed organisation or an occupation there).
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_entry import Entry
from kg.forms.roster_excepted import citizenship_of, excepted, fold
from kg.forms.roster_mixed import employer_line, mixed_kind
from kg.forms.roster_rules import rules

_PARAGRAPH = re.compile(r"\S(?:.|\n(?![ \t]*\n))*")  # text between blank lines
_MENTION = re.compile(r"\b(?:[Cc]itizen(?:ship)?s?|[Nn]ationality|nationals?)\b")
_ABOVE = re.compile(r"\b(?:above[-\s]+listed|listed\s+above|named\s+above)\b", re.I)


def column(text: str, at: int) -> int:
    return at - (text.rfind("\n", 0, at) + 1)


def own_address(text: str, lines: list[tuple[int, str]], any_tail: bool = False) -> tuple[list[tuple[int, str]], str | None] | None:
    """(the block's lines less its closing address, the address) where the block's last lines are indented deeper
    than its first and one of them reads as an address ('Dorval H4S 1Y9'), or, `any_tail`, whatever they read as
    (where the list's other indented lines show that place holds the address: kg.forms.roster_nameblocks);
    (lines, None) where none is indented; None where indented lines are followed by one that is not."""
    indent = column(text, lines[0][0])
    deeper = [column(text, at) > indent + 1 for at, _line in lines]
    if not any(deeper):
        return lines, None
    first = deeper.index(True)
    if first < 2 or not all(deeper[first:]):
        return None  # (the name and a title line at least above it, and nothing after it)
    address = [line for _at, line in lines[first:]]
    if not any_tail and not reads_as_address(address):
        return None
    return lines[:first], ", ".join(address)


def reads_as_address(lines: list[str]) -> bool:
    """One of the lines reads as an address: a number, a street, a city line ('Dorval H4S 1Y9')."""
    return any(re.search(r"\d", line) or rt.is_address_line(line) or rt.is_city_line(line) for line in lines)


def postamble_citizenship(text: str, start: int, end: int, entries: list[Entry]) -> None:
    """Give `entries` the citizenship the paragraph in text[start:end] that speaks of the persons listed above
    states (nothing where two paragraphs speak of a citizenship, or the one that does is not read whole)."""
    said = [m.group(0) for m in _PARAGRAPH.finditer(text, start, end) if _MENTION.search(m.group(0))]
    if len(said) != 1 or not _ABOVE.search(said[0]):
        return
    sentence = " ".join(said[0].split())
    named = excepted(sentence)
    if named is False:
        return
    if named is None:
        found = rules().default_citizenship.search(sentence)
        stated = next((g for g in found.groups() if g), None) if found else None
        if not stated or re.search(r"\b(?:except|other\s+than|unless|save)\b", sentence, re.I):
            return
        named = (stated.strip(), {})
    default, exceptions = named
    listed = {fold(rt.strip_numbering(entry.name)[0]) for entry in entries}
    if any(key not in listed for key in exceptions):
        return  # (an exception printed as no listed name, 'Tomas Wirth' for 'Tomas B. Wirth': the default could be his)
    for entry in entries:
        value = citizenship_of(rt.strip_numbering(entry.name)[0], default, exceptions)  # ('4. Torsten Sløk')
        if value and not entry.fields.get("citizenship"):
            entry.fields["citizenship"] = value


def refuse_bare_elsewhere(entries: list[Entry], organization: str | None) -> None:
    """Leave out, from each entry whose own address opens with another employer ('Contigroup Companies Inc.'), the
    title lines that name no organisation and hold no board seat ('Chairman, President and CEO'): the listed
    organisation's titles or an occupation with that employer, the text does not say (kg.forms.roster_mixed)."""
    for entry in entries:
        address = entry.fields.get("address")
        if not address or "occupation" not in entry.fields or employer_line(address) is None:  # (titles of one org)
            continue
        kept, employer = [], employer_line(address)
        for line in entry.fields["occupation"].split("\n"):
            if not _names_employer(line, employer) and mixed_kind(line, [organization or ""], address) == "undecided":
                entry.undecided.append(line)
            else:
                kept.append(line)
        entry.fields["occupation"] = "\n".join(kept)


def _names_employer(line: str, employer: str) -> bool:
    """'officer of Morgan Stanley & Co. Incorporated' over that employer's address: the occupation there (round 56f)."""
    return bool(line[:1].islower() and " ".join(line.split()).casefold().endswith(" " + employer.casefold()))


def citizenship_postamble(block: str) -> bool:
    """A paragraph that states the citizenship of the persons listed above: it closes the list."""
    return bool(_MENTION.search(block) and _ABOVE.search(block))


def named_above(line: str, above: str) -> bool:
    """The line is the organisation the preamble above names after 'of', closing its sentence ('the directors and
    executive officers of Canopy:'; 'Lor Finance', a name's shape or not)."""
    return bool(line[:1].isupper() and re.search(rf"\bof\s+{re.escape(line)}\s*[:.]", " ".join(above.split())))
