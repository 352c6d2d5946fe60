"""A title or occupation cell that runs on into an address ('...; Director of X. Caplin & Drysdale, One Thomas Circle
NW, Suite 1100, Washington, DC 20005'): the entry prints an address of its own, which a preamble's 'unless otherwise
indicated, the business address of each ... is X' defers to. Whether or not that address is cut out of the cell, X
is not given the person (kg.forms.roster_entry: refused with a `roster-ambiguous` finding, never guessed). A street
address or a 'City, 12345' is kg/patterns/roster.yml `address_in_title`.

The address is cut out where one sentence break only can open it: the cell's last sentence, after a full stop, holds
a street address, ends with a ZIP code and no ';'. Where two breaks could ('... N.W. Wabash National Corp. 1000
Sagamore Parkway South, ...': the addressee 'Wabash National Corp.' or the street?), nothing is cut."""
from __future__ import annotations

import re

from kg.forms.roster_rules import rules
from kg.read import clean

_TITLE_FIELDS = ("position", "occupation", "title")  # (the cells a title or an occupation is read from)
_BREAK = re.compile(r"\.\s+(?=[A-Z0-9])")  # a full stop, then a capital or a street number
_ZIP_END = re.compile(r"\b\d{5}(?:-\d{4})?$")


def prints_own_address(fields: dict[str, str]) -> bool:
    """One of the entry's title or occupation cells holds a street address or a postal code after a city."""
    return any(rules().address_in_title.search(clean.squash(fields[key].replace("\n", " ")) or "")
               for key in _TITLE_FIELDS if fields.get(key))


def address_closing(cell: str) -> tuple[str, str] | None:
    """(the cell without it, the address) where the cell's last sentence is an address that only one sentence
    break can open, inside a line (a wrapped paragraph: an address on lines of its own is read by line); else None."""
    cell = re.sub(r"(?<=\d)\.\s*$", "", cell)  # (the address's own closing full stop, after its ZIP code)
    opens = [m for m in _BREAK.finditer(cell) if ";" not in cell[m.end():] and _ZIP_END.search(cell[m.end():].rstrip())
             and rules().address_in_title.search(clean.squash(cell[m.end():].replace("\n", " ")) or "")]
    if len(opens) == 2 and _named_before(cell[opens[0].end():opens[1].start() + 1], cell[:opens[0].start()]):
        opens = opens[:1]  # ('of Wabash National Corp. ...; Director of INB National Bank, N.W. Wabash National Corp.
        # 1000 Sagamore ...': the sentence between the two breaks is the employer named before, the address's addressee)
    if len(opens) != 1 or "\n" in opens[0].group(0) or not cell[:opens[0].start()].strip(" .\n"):
        return None
    head = clean.squash(cell[:opens[0].start() + 1].replace("\n", " ")) or ""
    head = re.sub(r"(?<=[a-z]{3})(?<!\bInc)(?<!\bCorp)(?<!\bLtd)\.$", "", head)  # (the sentence's full stop, not an
    head = re.sub(r"(\s[A-Z]{2,5})\.$", r"\1", head)  # abbreviation's; after capitals: 'President and CEO.', '... LLP.')
    return head, clean.squash(cell[opens[0].end():].replace("\n", " ")) or ""


_ORG_SENTENCE = re.compile(r"[A-Z][\w&'.-]*(?:,?\s+(?:[A-Z&][\w&'.-]*|of|and|the|for))+")  # (capitalised words, no number)


def _named_before(between: str, before: str) -> bool:
    """The sentence between two breaks that could open the address is an organisation the cell named before it, word
    for word ('... of Wabash National Corp. for over five years; ... N.W. Wabash National Corp. 1000 ...')."""
    words = " ".join(between.split())
    return _ORG_SENTENCE.fullmatch(words) is not None and re.search(
        r"(?<![\w&])" + re.escape(words.rstrip(".")) + r"(?![\w&])", " ".join(before.split())) is not None
