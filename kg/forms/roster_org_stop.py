"""An organisation's name never runs past a sentence's full stop (issue 13, precision first): the roster heading's
'... of X directors' read from a short paragraph ('The following is a list of all members of the Board of Directors
of Power Corporation of Canada. All directors are citizens of Canada ...') names no 'Canada. All'; where the words
between the 'of' and the bodies hold a sentence's stop, that reading is refused (kg/patterns/roster_org_stop.yml)."""
from __future__ import annotations

import re
from functools import cache

from kg.lookups.abbreviations import abbreviations
from kg.lookups.legal_forms import legal_forms
from kg.patterns import build


@cache
def _patterns() -> dict[str, re.Pattern]:
    keys = ("of_roster", "article", "board_sentence", "item2_sentence")
    return build("roster_org_stop.yml", lambda data: {key: re.compile(data[key]) for key in keys})


@cache
def _abbreviated() -> re.Pattern:
    """A word whose full stop is an abbreviation's, not a sentence's: 'Inc.', 'Bros.', 'N.V.', 'U.S.', 'J.'."""
    return re.compile(r"(?:.*\b)?(?:" + abbreviations("org_name") + "|" + legal_forms("org_abbreviated")
                      + r"|(?:[A-Z]\.)*[A-Z])\.", re.I)


def _stop_at(tokens: list[str]) -> int | None:
    """The index of the word whose full stop ends a sentence: it ends in '.' (no abbreviation, no initials) and a
    capitalised word follows it ('Canada. All')."""
    return next((i for i, (word, nxt) in enumerate(zip(tokens, tokens[1:])) if word.endswith(".") and nxt[:1].isupper()
                 and not _abbreviated().fullmatch(word)), None)


def runs_past_stop(words: str) -> bool:
    """`words` hold a sentence's full stop ('Power Corporation of Canada. All')."""
    return _stop_at(words.split()) is not None


def before_stop(words: str) -> str:
    """`words` up to the first sentence's full stop, without it ('MLINC and MetLife. MLINC': 'MLINC and MetLife'):
    for a name read from right after a body's 'of', where the sentence ends the name."""
    tokens = words.split()
    stop = _stop_at(tokens)
    return words if stop is None else " ".join(tokens[:stop + 1])[:-1]


JOINING_END = re.compile(r"\b(?:of|and|the|for|de|du|des|von|van|&)\s*[:,]?$", re.I)  # ('THE BOARD OF', 'Lor Finance
# and': words ending in a joining word name no organisation)


def names_nothing(words: str) -> bool:
    """`words` run past a sentence's stop ('Canada. All') or end in a joining word ('THE BOARD OF'): no name."""
    return runs_past_stop(words) or bool(JOINING_END.search(words))


def of_roster_org(paragraph: str) -> str | None:
    """'... OF BSCI'S DIRECTORS': BSCI; '... of Micron Technology, Inc. All directors are': the name up to its legal
    form's stop; None where no such words are printed, where they are an article ('OF THE DIRECTORS') or where they
    run past a sentence's stop ('of Canada. All directors')."""
    heading = _patterns()["of_roster"].search(paragraph)
    if not heading or _patterns()["article"].fullmatch(heading.group(1).strip()):
        return None
    found = re.sub(r"['’][sS]$", "", heading.group(1).strip(" .:,"))
    ended = re.match(r"(.*?\b" + legal_forms("heading_stop") + r"\.)\.?\s+[A-Z]", found)  # ('Inc.. All': the form's
    # stop and the sentence's)
    if ended:
        return None if runs_past_stop(ended.group(1)) else ended.group(1)
    if names_nothing(found):
        return None
    if re.search(r"\b" + legal_forms("stop_cut") + "$", found) and heading.group(1).strip(" :,").endswith("."):
        found += "."  # ('Group, Inc.': the legal form's full stop)
    return found


def board_sentence_org(text_after: str) -> str | None:
    """'... of the Board of Directors of Power Corporation of Canada. All directors are ...' (a paragraph of the
    first six under the title): the name after the bodies' 'of' up to the sentence's stop, where the text prints it
    again the same way outside that sentence (an entry's 'Director of Power Corporation of Canada'); else None."""
    flat = " ".join(text_after.split())
    for paragraph in re.split(r"\n\s*\n", text_after.strip())[:6]:
        for said in _patterns()["board_sentence"].finditer(" ".join(paragraph.split())):
            name = said.group(1)
            if names_nothing(name):
                continue
            if len(re.findall(r"(?<![\w&'-])" + re.escape(name) + r"(?![\w&'-])", flat)) >= 2:
                return name
    return None


def item2_org(paragraph: str) -> str | None:
    """'The executive officers and directors of Scout Capital Corp. and the information required by Item 2 of
    Schedule 13D are listed below': the name between the bodies' 'of' and the 'and the information required' that
    ends it (the sentence's own words, no defined term needed); None where none is printed or the words run past a
    sentence's stop or end in a joining word."""
    said = _patterns()["item2_sentence"].search(" ".join(paragraph.split()))
    if said is None or names_nothing(said.group(1)):
        return None
    return said.group(1)
