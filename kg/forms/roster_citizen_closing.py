"""A cell that closes on the person's own facts as sentences with no subject ('Vice Chair of the Board, X A/S. Chief
Executive Officer, Ambu A/S. Tuborg Havnevej 19, 2900 Hellerup, Denmark. Citizen of Denmark.'): the last sentence
states a citizenship and nothing else (kg/patterns/roster.yml `cell_citizen_line`, countries only): the person's own.

The sentence right before it is the person's own address where exactly one sentence break can open an address there:
what follows the break up to the citizenship holds a number, names a city or a country (kg.forms.roster_fields
.parse_address), and no ';' and no title in any of its comma pieces; a stop after a word that opens no sentence after
it ('St. Paul', kg/lookups/abbreviations.yml `inner_stop`) or after an initial ('N.W.') is no break. Where two breaks
could open one ('Foo Inc. 12 Main Street, ...': the addressee or the street?), the address is refused (None: never
the preamble's default either); where none can, the cell is left as it is."""
from __future__ import annotations

import re

from kg.forms import roster_fields as rf
from kg.forms import roster_types as rt
from kg.forms.roster_rules import rules
from kg.forms.roster_wrap import LEGAL_FORM
from kg.lookups.abbreviations import abbreviations

_CITIZEN = re.compile(r"(?<=\.)\s+(?=[Cc]itizens?\s+of\s)")
_BREAK = re.compile(r"\.\s+(?=[A-Z0-9]|c/o\b)")
_KEPT_STOP = re.compile(r"(?:\b" + abbreviations("sentence_end") + r"|(?<![\w/])[A-Z])\.$")  # ('& Co.', 'U.S.')
_INITIAL_BREAK = re.compile(r"(?<![\w/])[A-Z]\.\s+[A-Z]")  # (a stop after an initial, a capital after it)
_SPEAKS_OF_ADDRESS = re.compile(r"\baddress(?:es)?\b|:", re.I)  # (a sentence that says what it gives)
_INNER = re.compile(r"(?:\b" + abbreviations("inner_stop") + r"|(?<![\w/])[A-Z])$")  # ('St. Paul', 'N.W.', 'J.')


def citizen_closing(flat: str) -> tuple[str, dict[str, str | None]] | None:
    """(the cell without its closing sentences, the person's own citizenship and address) where the squashed cell
    `flat` closes on a sentence stating a citizenship alone; None where it does not."""
    found = [m for m in _CITIZEN.finditer(flat)]
    if not found or not (citizenship := rf.stated_citizenship(flat[found[-1].end():])):
        return None
    head = flat[:found[-1].start()].rstrip()
    if not _KEPT_STOP.search(head):
        head = head[:-1].rstrip()  # (the full stop closing the sentence before it, not an abbreviation's: '& Co.')
    if re.search(r"(?<![\w.])(?:[A-Z]\.)+[A-Z]$", citizenship) and flat.endswith(f"{citizenship}."):
        citizenship += "."  # ('Citizen of U.S.': the abbreviation's stop)
    own: dict[str, str | None] = {"citizenship": citizenship}
    return _address_off(head, own)


def address_closing(flat: str) -> tuple[str, dict[str, str | None]] | None:
    """(the cell without its closing address, {'address': it}) where the squashed cell `flat` closes, its full stop
    kept, on an address sentence that exactly one break can open and that closes as an address itself (a ZIP or
    postal code, or a country after a number: kg.forms.roster_leader_stop.ends_as_address): '... President of MT.
    8000 South Federal Way, Boise, ID 83716-9632.'. None where it does not, or where two breaks could open it or an
    initial's stop may (refused with the address None, never the preamble's default)."""
    from kg.forms.roster_leader_stop import ends_as_address
    head = flat.rstrip()
    if not head.endswith(".") or _KEPT_STOP.search(head) or not ends_as_address(head[:-1].rstrip()):
        return None  # ('..., D.C.': an abbreviation's stop; where the address closes is not certain)
    head = head[:-1].rstrip()
    opens = [m for m in _BREAK.finditer(head) if _opens(head, m) and _reads_as_address(head[m.end():])]
    if not opens or _SPEAKS_OF_ADDRESS.search(head):
        return None  # ('His business address is: ...': a cell that speaks of the address, kg.forms.roster_phrases reads it)
    return _address_off(head, {}, closing_only=True)


def _address_off(head: str, own: dict[str, str | None], closing_only: bool = False) -> tuple[str, dict[str, str | None]]:
    """`head` without the address sentence that closes it, and `own` with that address (None where it is not
    certain which break opens it); `closing_only`: no short address left out where none reads (the cell as it is)."""
    opens = [m for m in _BREAK.finditer(head) if _opens(head, m) and _reads_as_address(head[m.end():])]
    if len(opens) == 1 and _addressee_after_initials(head, opens[0].start()):
        head, own["address"] = head[:opens[0].start() + 1].rstrip(), None  # ('... INB National Bank, N.W. Wabash
        # National Corp. 1000 Sagamore Parkway South, ...': the addressee may open it after the initials' stop, or the
        # street: the address is not read, the street left out)
    elif len(opens) == 1:
        head, own["address"] = head[:opens[0].start() + 1].rstrip(), head[opens[0].end():]
    elif len(opens) > 1:
        own["address"] = None  # (two sentences could open it: neither read, no default given)
    elif not closing_only and (last := _last_sentence(head)) is not None and re.search(r"\d", head[last:]) \
            and not rules().title_words.search(head[last:]):
        head, own["address"] = head[:last].rstrip(), None  # ('Retired Chairman. 2715 Farmington Heights': an address
        # too short to read, no occupation's: left out)
    return head, own


def _addressee_after_initials(head: str, at: int) -> bool:
    """A stop after an initial, in the sentence that ends at `at`, may open the address too: what follows it up to
    `at` names no title ('N.W. Wabash National Corp.': the addressee; never 'L.P. General partner of X & Co.')."""
    start = _last_sentence(head[:at]) or 0
    return any(not rules().title_words.search(head[m.end() - 1:at]) for m in _INITIAL_BREAK.finditer(head, start, at))


def _last_sentence(head: str) -> int | None:
    """Where the last sentence of `head` opens, after a full stop that may end a sentence; None where none does."""
    stops = [m for m in _BREAK.finditer(head) if _opens(head, m)]
    return stops[-1].end() if stops else None


def _opens(head: str, stop: re.Match) -> bool:
    """The full stop at `stop` may end a sentence: it follows no word that opens no sentence after it and no initial
    ('N.W. Wabash'; an initial's may where a number or 'c/o' follows: 'Citibank, N.A. c/o 70 Pine Street'), and what
    follows it is not a legal form continuing the name before it ('Morgan Stanley & Co. Incorporated')."""
    after = head[stop.end():]
    if _INNER.search(head, 0, stop.start()) and not re.match(r"\d|c/o\b", after):
        return False
    return not LEGAL_FORM.match(after.split(",")[0].split()[0])


def _reads_as_address(text: str) -> bool:
    """A number, a city or a country the address parser finds, and no ';' and no title or title's word in any comma
    piece ('Retired Vice Chairman, Citicorp and Citibank, N.A. c/o 70 Pine Street, ...': no address)."""
    if ";" in text or not re.search(r"\d", text) or rules().cell_citizen_line.match(text):
        return False
    _text, city, country = rf.parse_address(text)
    return bool(city or country) and not any(rt.is_title(piece) or rules().title_words.search(piece)
                                             for piece in text.split(", "))
