"""Whose roster a title names where its heading lines are joined into one: the words right before the bodies it
lists ('THE ST. PAUL TRAVELERS COMPANIES, INC. EXECUTIVE OFFICERS') or right after them, on a heading line of their
own ('EXECUTIVE OFFICERS AND DIRECTORS' over 'POWER CORPORATION OF CANADA': the organisation whole, not the 'OF
CANADA' inside its name)."""
from __future__ import annotations

import re

from kg.forms import roster_types as rt

LISTED_WORD = re.compile(r"(?i:directors?|officers?|trustees?|partners?|managers?|members?|persons?|executives?|"
                         r"board|information|details|particulars|identity|background|principals?|controlling|list|names?|employees?)")
SCHEDULE_HEAD = re.compile(r"^\s*(?:SCHEDULE|ANNEX|EXHIBIT|APPENDIX)\s+[A-Z0-9-]{1,5}\.?\s*[:.\u2013\u2014-]?\s*", re.I)


_TRAILING_BODIES = re.compile(r"(?:(?:\s+(?:and|&))?\s+(?:executive\s+)?(?:officers|directors|trustees|managers|partners))+\s*$",
                              re.I)  # (each body with its 'and': '... OF CANADA DIRECTORS AND EXECUTIVE OFFICERS')
LISTED_WORDS = re.compile(rf"\b{LISTED_WORD.pattern}\b")


def owner_before_bodies(title: str, text_after: str) -> str | None:
    """The organisation a title's last heading names before the bodies it lists ('INFORMATION CONCERNING THE
    DIRECTORS AND EXECUTIVE OFFICERS' over 'THE ST. PAUL TRAVELERS COMPANIES, INC. EXECUTIVE OFFICERS', the title's
    lines joined): the words between the title's last word of who is listed and those bodies, when they name an
    organisation or the text after the title says whose they are ('CANOPY EXECUTIVE OFFICERS', then '... each
    director of Canopy', or an entry's cell 'Director, Canopy')."""
    if not (bodies := _TRAILING_BODIES.search(title)):
        return None
    head = title[:bodies.start()]
    listed = list(LISTED_WORDS.finditer(head))
    owner = (head[listed[-1].end():] if listed else SCHEDULE_HEAD.sub("", head)).strip(" :,")
    if not owner or re.match(r"(?i:of|for)\s", owner):
        return None
    said = re.search(r"(?i:directors?|officers?|trustees?|partners?|managers?)(?:\s+of\s+(?:the\s+)?|,\s+)" + re.escape(owner)
                     + r"\b", " ".join(text_after.split()), re.I)
    return owner if rt.is_organization(owner) or said else None


def owner_after_bodies(title: str, of_at: int) -> str | None:
    """The organisation a title names whole right after the bodies it lists, the 'of' at `of_at` inside its name
    ('SCHEDULE A EXECUTIVE OFFICERS AND DIRECTORS POWER CORPORATION OF CANADA'), or with no 'of' at all (`of_at`
    the title's length: '... DIRECTORS AND OFFICERS ARIEL CAPITAL MANAGEMENT, INC.', a heading line of its own): the
    words after the title's last word of who is listed, when they open with no 'of' or 'for' and name an
    organisation."""
    listed = list(LISTED_WORDS.finditer(title))
    if not listed or not _TRAILING_BODIES.search(title[:listed[-1].end()]) or listed[-1].end() >= of_at:
        return None
    owner = title[listed[-1].end():].strip(" :,")
    if not owner or re.match(r"(?i:of|for|and|&)\s", owner) or LISTED_WORDS.search(owner):
        return None
    return owner if rt.is_organization(owner) else None
