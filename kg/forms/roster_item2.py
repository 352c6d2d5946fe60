"""A roster inside Item 2 (Identity and Background) of a Schedule 13D itself: no schedule heading, no title,
only the sentence that introduces the list ('The name, ... and citizenship of each director and executive officer
of the Reporting Person are set forth below.').

Where the list ends: at the Item's next lettered paragraph ('(d) During the last five years, ... any of the
persons named above ...') or the next Item, and before those at the last '</TABLE>' - the prose after it is no
line of the table. Whose people they are: the organisation the sentence names, spelt out where the text defines
it ('This statement is filed by Novo Holdings A/S (the "Reporting Person")'), else the filing's one reporting
person for 'the Reporting Person'; a name the text defines twice over, or no organisation told for certain, is
a `roster-ambiguous` finding and the people are recorded with no organisation (never a guess).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from kg.context import Context
from kg.forms.roster_org import aliases
from kg.forms.roster_rules import rules
from kg.lookups.abbreviations import abbreviations
from kg.patterns import regexes
from kg.read import clean
from kg.records import Filing


def _rx(name: str) -> re.Pattern:
    return regexes("roster_item2.yml")[name]


@dataclass
class Item2List:
    start: int                                  # right after the introducing sentence
    end: int                                    # where the list ends
    organization: str | None                    # whose people they are, when the text tells it for certain
    printed: str | None = None                  # the text that names it, and where
    span: tuple[int, int] | None = None
    doubt: str | None = None                    # why no organisation is told
    readings: list[str] = field(default_factory=list)
    bodies: set[str] = field(default_factory=set)  # the bodies the sentence lists ('each director and executive
    # officer': the board of directors and the executive officers)


def read_item2_lists(ctx: Context, filing: Filing, read: Callable[[int, int, Callable], None]) -> None:
    """Read each Item 2 list with `read(start, end, settle)` (settle(roster) gives the roster its organisation)."""
    for listed in item2_lists(ctx, filing):
        before = len(filing.people)
        read(listed.start, listed.end, lambda roster, listed=listed: _settle(ctx.text, roster, listed))
        people = filing.people[before:]
        for person in people:
            if listed.organization and person.organization == listed.organization:
                person.trace("organization", listed.printed, listed.span)
        if people and listed.organization is None:
            ctx.warn("roster-ambiguous", f"the people listed in Item 2 are recorded with no organisation: "
                     f"{listed.doubt}", span=listed.span or (listed.start, listed.end), readings=listed.readings)


def _settle(text: str, roster, listed: Item2List) -> None:
    roster.organization = listed.organization  # (None over any guess: the sentence names no one organisation)
    roster.aliases = aliases(listed.organization, text[:listed.start])
    roster.listed_bodies |= listed.bodies


def item2_lists(ctx: Context, filing: Filing) -> list[Item2List]:
    found = []
    for section in filing.sections:
        listed = _rx("listed_below").search(ctx.text, section.start, section.end) if section.name == "item2" else None
        if listed:
            found.append(one := _organization(ctx.text, filing, listed, _list_end(ctx.text, listed.end(), section.end)))
            plural = re.sub(r"\b(director|officer|partner|member|trustee)\b", r"\1s", listed.group(0), flags=re.I)
            one.bodies = {body for pattern, body in rules().body_headings if pattern.search(plural)}
    from kg.forms.roster_cover_note import cover_note_lists  # (a list in a cover page's footnote: the same reading)
    return found + cover_note_lists(ctx, filing)


def _list_end(text: str, start: int, end: int) -> int:
    if stop := _rx("list_end").search(text, start, end):
        end = stop.start()
    closes = list(_rx("table_end").finditer(text, start, end))
    return closes[-1].end() if closes else end


def _organization(text: str, filing: Filing, listed: re.Match, end: int) -> Item2List:
    said = _rx("listed_of").search(listed.group(0))
    if said is None:
        return Item2List(listed.end(), end, None, doubt="the sentence introducing them names no organisation")
    phrase = clean.squash(said.group("org")) or ""
    span = (listed.start() + said.start("org"), listed.start() + said.end("org"))
    term = re.sub(r"^the\s+", "", phrase, flags=re.I)
    defined = _definitions(text, term, listed.start())
    if len(defined) == 1:
        (name, where), = defined.items()
        return Item2List(listed.end(), end, name, text[where[0]:where[1]], where)
    if defined:
        return Item2List(listed.end(), end, None, span=span, readings=list(defined),
                         doubt=f"{phrase!r} is defined as more than one name")
    generic = bool(rules().generic_referent.match(phrase))
    filers = {p.name: p for p in filing.reporting_persons if p.name}
    if generic and len(filers) == 1 and re.fullmatch(r"(?:the\s+)?(?:reporting\s+person|filer)", phrase, re.I):
        (name, person), = filers.items()  # 'the Reporting Person' where the filing has one
        return Item2List(listed.end(), end, name, person.printed.get("name", name), person.spans.get("name"))
    if not generic and _proper_name(phrase):
        return Item2List(listed.end(), end, phrase, text[span[0]:span[1]], span)
    return Item2List(listed.end(), end, None, span=span, readings=[phrase],
                     doubt=f"the sentence introducing them names {phrase!r}, which the text does not spell out")


def _proper_name(phrase: str) -> bool:
    """'Novo Holdings A/S', 'Bank of America Corporation': capitalised words and the joiners of a name."""
    words = phrase.split()
    return bool(words) and words[0][0].isupper() and all(
        w[0].isupper() or w[0].isdigit() or rules().organization_joiners.match(w) for w in words)


def _definitions(text: str, term: str, before: int) -> dict[str, tuple[int, int]]:
    """Each name the text (up to `before`) defines as `term`, and where the first definition prints it."""
    if not term or not term[0].isupper():
        return {}
    pattern = re.compile(_rx("defined_as").pattern.replace("{term}", r"\s+".join(map(re.escape, term.split()))),
                         re.I)
    names: dict[str, tuple[int, int]] = {}
    for definition in pattern.finditer(text, 0, before):
        if (where := _name_before(text, definition.start())) is not None:
            names.setdefault(clean.squash(text[where[0]:where[1]]) or "", where)
    return {name: where for name, where in names.items() if name}


_SENTENCE_END = re.compile(r"[A-Za-z]*[a-z]{2,}\.")
_ABBREVIATION = re.compile(abbreviations("item2_word") + r"\.", re.I)


def _name_before(text: str, at: int) -> tuple[int, int] | None:
    """Where the name just before a definition's brackets is printed: capitalised words and the joiners of a
    name, back to the first word that is neither ('filed by Novo Holdings A/S'), an appositive left out
    ('X, a Danish company (the ...)')."""
    start = max(0, at - 300)
    head = text[start:at].rstrip()
    if appositive := _rx("appositive").search(head):
        head = head[:appositive.start()]
    words = list(re.finditer(r"\S+", head))
    taken: list[re.Match] = []
    for word in reversed(words):
        printed = word.group(0)
        capital = printed[0].isupper() or printed[0].isdigit()
        if taken and _SENTENCE_END.fullmatch(printed) and not _ABBREVIATION.fullmatch(printed):
            break  # the end of the sentence before
        if not capital and not (taken and rules().organization_joiners.match(printed)):
            break
        taken.insert(0, word)
    while taken and not (taken[0].group(0)[0].isupper() or taken[0].group(0)[0].isdigit()):
        taken.pop(0)
    if not taken:
        return None
    return start + taken[0].start(), start + len(taken[-1].group(0).rstrip(",")) + taken[-1].start()
