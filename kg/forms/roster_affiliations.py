"""Organisations named in a person's other positions: `affiliations(text)`.

Three readings, tried in order, each checked; when none checks out nothing is returned
(a missing affiliation costs less than a wrong one):
1. an organisation printed before the title: "France Telecom Executive Manager for ...";
2. a role, a connector and a list of organisations: "member of the boards of ARM plc,
   Sendo plc and MEDEA+" (three); a unit inside one of them names its organisation after
   the unit: "Director of the Data Storage Systems Center at Carnegie Mellon University";
3. nothing: a phrase that is not a proper name ("the Western and Southwestern areas")
   is never an organisation.
"""
from __future__ import annotations

import re

from kg.forms.roster_rules import rules
from kg.lookups.legal_forms import legal_forms
from kg.read import clean
from kg.records import Affiliation

_LEGAL_TAIL = re.compile("^" + legal_forms("list_tail") + "$", re.I)
_TWO_INITIALS = re.compile(r"(?:[A-Z]\.){1,2}")
_LIST_SPLIT = re.compile(r",\s+(?:and\s+)?|(?<!\s)\s+and\s+(?=(?:the\s+)?[A-Z0-9])")
_WORD = re.compile(r"\([^()]*\)|\S+")


def affiliations(other_position: str) -> list[Affiliation]:
    text = clean.squash(other_position) or ""
    leading = _leading_organization(text)
    if leading:
        return [leading]
    for match in rules().affiliation_connectors.finditer(text):
        role, right = text[:match.start()].strip(" ,"), text[match.end():]
        if not role or rules().affiliation_not_org.match(right) or not re.match(r"(?:the\s+)?[A-Z0-9]", right):
            continue
        found = [_inner(role, piece) for piece in _split_list(right)]
        if found and all(organization for organization, _ in found):
            return [Affiliation(organization=organization, role=role) for organization, role in found]
        return []  # the first connector with a capitalised right side decides: no second guess
    return []


def is_organization_name(phrase: str) -> bool:
    """A proper name: every word capitalised (or a digit, an acronym, a joiner such as 'de',
    'of', 'and'), ending in a capitalised word, not a bare title word."""
    words = _WORD.findall(phrase)
    if not words or rules().organization_joiners.match(words[-1]) or rules().organization_joiners.match(words[0]):
        return False
    for word in words:
        core = word.strip(",.;:'\"")
        if not core or core.startswith("("):
            continue
        if rules().organization_joiners.match(core) or _LEGAL_TAIL.match(core):
            continue
        if not (core[0].isupper() or core[0].isdigit()):
            return False
    substantive = [w for w in words if not rules().organization_joiners.match(w) and not w.startswith("(")]
    return not all(rules().title_words.fullmatch(w.strip(",.")) for w in substantive)


def _leading_organization(text: str) -> Affiliation | None:
    """'France Telecom Executive Manager for the Western ... areas': a proper name of two or
    more words that are no title words, directly followed by a title word."""
    words = text.split()
    run = 0
    while run < len(words) and words[run][:1].isupper() and not rules().title_words.fullmatch(words[run].strip(",.")):
        run += 1
    if run < 2 or run >= len(words) or not rules().title_words.fullmatch(words[run].strip(",.")):
        return None
    organization = " ".join(words[:run])
    if not is_organization_name(organization) or organization.endswith(","):
        return None
    return Affiliation(organization=organization, role=" ".join(words[run:]))


def _split_list(text: str) -> list[str]:
    pieces = [_end_stop(p.strip(" ;")) for p in _LIST_SPLIT.split(text) if p.strip(" ;.")]
    merged: list[str] = []
    for piece in pieces:
        if merged and _LEGAL_TAIL.match(piece):
            merged[-1] = f"{merged[-1]}, {piece}"
        else:
            merged.append(piece)
    return [re.sub(r"^the\s+", "", piece) for piece in merged]


def _end_stop(piece: str) -> str:
    """A full stop that ends the sentence goes; one that ends an abbreviation ('S.p.A.', 'Inc.') stays."""
    last = piece.split()[-1] if piece.split() else ""
    if last.endswith(".") and "." not in last[:-1] and not _LEGAL_TAIL.match(last) and len(last) > 3:
        return piece[:-1]
    return piece


def _inner(role: str, piece: str) -> tuple[str | None, str]:
    """(organisation, role) of one listed piece: the organisation after the last unit
    connector when that part names an organisation ('... Center at Carnegie Mellon University'),
    else the piece itself when it is a proper name."""
    cuts = list(rules().unit_connectors.finditer(piece))
    for cut in reversed(cuts):
        tail = piece[cut.end():]
        if rules().organization_words.search(tail) and is_organization_name(tail):
            unit = piece[:cut.start()]
            return tail, f"{role} of the {unit}" if unit else role
    if _TWO_INITIALS.fullmatch(piece.strip()):
        return None, role  # ('INB National Bank, N.W.': a suffix after a comma, or a place, never an organisation)
    if clean.country_of(piece)[0]:
        return None, role  # 'Samsung Electronics, Korea': a place closing the name, no organisation of its own
    return (piece, role) if is_organization_name(piece) else (None, role)
