"""A roster's organisation found as the short name its preamble defines ('... OFFICERS OF AIG' over 'the directors
and executive officers of American International Group, Inc. ("AIG")'): the name spelt out, as the preamble prints
it, so that an employer cell printing the name in full ('American' / 'International Group,' / 'Inc.') reads as the
listed organisation's. Every reading starts from `_definitions`, the one reader of a definition ('X ("Term")'); the
three differ only in what name before it they accept."""
from __future__ import annotations

import re

from kg.lookups.abbreviations import abbreviation_alternatives
from kg.lookups.legal_forms import legal_forms

_JOINS = {"of", "and", "&", "de", "du", "des", "la", "le", "y", "et", "van", "der", "von", "di", "da", "the"}
_WORD = re.compile(r"[\w&.,'/-]+")
_ABBREVIATION = re.compile(r"(?:[A-Z]\.)+|(?i:" + abbreviation_alternatives("defined_term") + r")\.")  # ('N.A.', 'Inc.': no sentence's end)


def spelt_out(short: str | None, text: str) -> str | None:
    """The full name `text` defines `short` as ('American International Group, Inc. ("AIG")' for 'AIG'), when the
    capitalised words before the definition carry the short name's letters in order (its initials, 'AIG'; or its
    one word, 'Canopy' of 'Canopy Corp.'); None where no such definition is printed, or two definitions differ."""
    if not short or not re.fullmatch(r"[A-Za-z][\w&.-]{0,20}", short):
        return None
    found: set[str] = set()
    for term, before in _definitions(short, text, re.I):
        full = _name_before(before)  # (the term as the preamble prints it: 'SC', read 'Sc' above)
        if full and full != short and _abbreviates(term, full):
            found.add(full)
    return found.pop() if len(found) == 1 else None


def _definitions(term: str, text: str, flags: int = 0):
    """(the term as printed, the text before it) for each definition of `term` in `text`: '... Inc. ("AIG")',
    '... Inc. (the "Company")'; the text before is at most the 200 characters the name can fill."""
    flat = " ".join(text.split())
    for defined in re.finditer(r"\(\s*(?:the\s+)?[\"“](" + re.escape(term) + r")[\"”]\s*\)", flat, flags):
        yield defined.group(1), flat[max(0, defined.start() - 200):defined.start()]


def _name_before(text: str) -> str | None:
    """The capitalised words (and the small words joining them: 'Power Corporation of Canada') that end `text`."""
    words = _WORD.findall(text.rstrip())
    kept: list[str] = []
    for word in reversed(words):
        if kept and word.endswith(".") and not _ABBREVIATION.fullmatch(word):
            break  # (a sentence's full stop before the name)
        if word[0].isupper() or word[0].isdigit() or word.casefold() in _JOINS and kept:
            kept.append(word)
            continue
        break
    while kept and kept[-1].casefold() in _JOINS:
        kept.pop()  # (the name opens on a capitalised word: 'of', 'the' before it are the sentence's)
    name = " ".join(reversed(kept)).strip(" ,")
    return name or None


def _abbreviates(short: str, full: str) -> bool:
    """'AIG' of 'American International Group, Inc.' (its initials in order), 'Canopy' of 'Canopy Corp.'."""
    words = [w for w in re.findall(r"[A-Za-z][\w&'-]*", full)]
    if short.casefold() == words[0].casefold() if words else False:
        return True
    initials = "".join(w[0] for w in words if w[0].isupper())
    letters = iter(initials.upper())
    return short.isupper() and len(short) >= 2 and all(ch in letters for ch in short.upper()) and \
        initials.upper().startswith(short[0].upper())


_FORM = r"(?:,?\s+(?:" + legal_forms("name_ends") + r"\.?|" + legal_forms("name_ends_as_printed") + r"))"


def with_legal_form(short: str | None, text: str) -> str | None:
    """The full name a short name of several words is defined as, less its legal form ('Novo Holdings A/S ("Novo
    Holdings")', 'Southwestern Energy Company ("Southwestern Energy")'), where every definition of it prints the same
    one: the listed organisation's name (the short one is its alias), so that an employer cell printing it in full
    ('Southwestern' / 'Energy Company') reads as the listed organisation's; None where more than a legal form stands
    between them."""
    if not short or not re.fullmatch(r"[A-Z][\w&.'-]*(?:\s[A-Z][\w&.'-]*){1,4}", short):
        return None
    named = re.compile(r"(?<![\w&.'-])(" + re.escape(short) + _FORM + r"{1,2})\s*$")
    found = {m.group(1) for _term, before in _definitions(short, text) if (m := named.search(before))}
    return found.pop() if len(found) == 1 else None


_TERM = re.compile(r"[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,3}")  # ('Merger Sub', 'AIG': a term in capitals)
_NAME_ENDING = re.compile(r"(?<![\w&.'/-])((?:[A-Z][\w&.'/-]*,?\s+(?:(?:of|and|de)\s+)?){0,6}[A-Z][\w&.'/-]*)\s*$")


def term_named(found: str | None, text: str) -> str | None:
    """The name a defined term stands for, where the organisation read is that term: 'each director and executive
    officer of Merger Sub' under 'position with Ariel Capital Management, Inc. ("Merger Sub")' lists Ariel Capital
    Management, Inc.'s people (the term is one of its aliases, never a second organisation). `found` itself where
    it is no term the text defines, or the text defines it as two different names."""
    term = found.strip(" .,") if found else ""
    if not _TERM.fullmatch(term):
        return found
    names = {re.sub(r"['’]s$", "", m.group(1).strip(" ,")) for _term, before in _definitions(term, text)
             if (m := _NAME_ENDING.search(before))}  # ("Motorola's ("Motorola")": the name, no possessive)
    return names.pop() if len(names) == 1 else found
