"""Biography paragraphs after a roster table, as proxy statements print them under their director table
('Name | Age | Position | Director Since'): one paragraph per person, opening with the person's name,
giving the present principal occupation, former employment, the business address and the citizenship.

A paragraph gives values only to the one listed person whose full name opens it (or opens it after 'The
principal occupation of': MSDW's notes after its name lists), and only when it names no other listed person (else
a `roster-ambiguous` finding and nothing from it). Of its sentences three kinds are read, each naming that person:
'<Name>'s present principal occupation is X' or 'The principal occupation of <Name> is X' (an occupation elsewhere;
'the position with <the organisation> stated above' adds nothing), 'The business address of <Name> is X', '<Name>
is a citizen of X'. Everything else is passed over: former employment ('From 1970 to 1978, <Name> was ...') is
never an occupation, and the positions come from the table. A value the table printed otherwise is left out
with both readings.
"""
from __future__ import annotations

import re

from kg.context import Context
from kg.forms import roster_fields as rf
from kg.forms.roster_affiliations import affiliations
from kg.forms.roster_own import title_in_own_organization
from kg.lookups.abbreviations import abbreviations
from kg.read import clean
from kg.records import Person

_PARAGRAPH = re.compile(r"\S(?:.|\n(?![ \t]*\n))*", re.M)  # text between blank lines
MAX_PARAGRAPH = 2_000
_ABBREVIATION = re.compile(r"(?:(?<![\w.])(?:[A-Za-z]{1,3}\.){2,}|\b" + abbreviations("sentence_end") + r"\.)$")
_STATED_ABOVE = re.compile(r"^the\s+positions?\b.*\b(?:stated|set\s+forth|listed)\s+above$", re.I)
_OCCUPATION_OF = r"The\s+(?:present\s+)?principal\s+occupation\s+of\s+"
_OTHER_OPENING = rf"(?:The\s+(?:business\s+)?address\s+of|{_OCCUPATION_OF}|From\s+\d{{4}}|Prior\s+to|Before\s+\d{{4}}|Since\s+\d{{4}})\b"


_QUOTES = "\"'‘’“”"


def _words(name: str) -> str:
    """A pattern of `name` as printed: any case ('MacDonald', recased later), any quote marks ('“Chip”')."""
    def word(text: str) -> str:
        return "".join(f"[{_QUOTES}]" if ch in _QUOTES else re.escape(ch) for ch in text)
    return "(?i:" + r"\s+".join(word(w) for w in name.split()) + ")"


def read_biographies(ctx: Context, text: str, start: int, end: int, people: list[Person],
                     default_address: str | None = None) -> None:
    """Give `people` (the table read above `start`) what the biography paragraphs of text[start:end] state."""
    named = [p for p in people if p.name and len(p.name.split()) >= 2]
    patterns = {id(p): re.compile(_words(p.name) + r"(?![\w-])") for p in named}
    openings = {id(p): re.compile(f"(?:{_OCCUPATION_OF})?" + _words(p.name) + r"(?![\w-])") for p in named}
    for p_start, p_end in _paragraphs(text, start, end):
        if p_end - p_start > MAX_PARAGRAPH:
            continue
        openers = [p for p in named if openings[id(p)].match(text, p_start)]
        if not openers:
            continue
        person = max(openers, key=lambda p: len(p.name))
        others = [p.name for p in named if p is not person and p.name != person.name
                  and patterns[id(p)].search(text, p_start, p_end)]
        if others or sum(p.name == person.name for p in named) > 1:
            ctx.warn("roster-ambiguous", f"a biography paragraph opening with {person.name!r} names "
                     f"{', '.join(map(repr, others)) or 'a name two people share'}; nothing is read from it",
                     span=(p_start, p_end), readings=[person.name, *others])
            continue
        for kind, printed, span in _statements(text, p_start, p_end, person.name):
            _give(ctx, person, kind, printed, span, default_address)


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of text[start:end]; a paragraph that ends in no full stop, or whose next
    one starts in lower case, runs on into that next one when it starts no further right than the paragraph's
    last line (a page broke it: its debris is blank)."""
    out: list[tuple[int, int]] = []
    for match in _PARAGRAPH.finditer(text, start, end):
        if out and _runs_on(text, out[-1], match):
            out[-1] = (out[-1][0], match.end())
        else:
            out.append(match.span())
    return out


def _runs_on(text: str, before: tuple[int, int], match: re.Match) -> bool:
    ended = text[before[0]:before[1]].rstrip().endswith(".") and not match.group()[:1].islower()
    last_line = text.rfind("\n", 0, before[1]) + 1
    last_depth = len(text[last_line:before[1]]) - len(text[last_line:before[1]].lstrip())
    return not ended and match.start() - (text.rfind("\n", 0, match.start()) + 1) <= last_depth


def _statements(text: str, start: int, end: int, name: str) -> list[tuple[str, str, tuple[int, int]]]:
    """(kind, printed value, span) of the sentences of text[start:end] that state a value of `name`."""
    who = _words(name)
    opening = re.compile(rf"(?<=\.)\s+(?={who}(?![\w-])|{_OTHER_OPENING})")
    cuts = [start] + [m.end() for m in opening.finditer(text, start, end)] + [end]
    kinds = {"occupation": re.compile(rf"(?:{who}(?:'s|’s)\s+(?:present\s+)?principal\s+occupation|{_OCCUPATION_OF}{who})"
                                      r"\s+is\s+(?P<v>.+)", re.S),
             "address": re.compile(rf"The\s+(?:business\s+)?address\s+of\s+{who}\s+is\s+(?P<v>.+)", re.S),
             "citizenship": re.compile(rf"{who}\s+is\s+a\s+citizen\s+of\s+(?:the\s+)?(?P<v>.+)", re.S)}
    found = []
    for s, e in zip(cuts[:-1], cuts[1:]):
        for kind, pattern in kinds.items():
            if match := pattern.fullmatch(text[s:e].rstrip()):
                printed = match.group("v")
                printed = printed[:-1] if printed.endswith(".") and not _ABBREVIATION.search(printed) else printed
                if re.search(r"[a-z]{2}\.\s+[A-Z]", printed):  # a sentence of another kind run into it
                    continue
                found.append((kind, printed, (s + match.start("v"), s + match.start("v") + len(printed))))
    return found


def _give(ctx: Context, person: Person, kind: str, printed: str, span: tuple[int, int],
          default_address: str | None) -> None:
    value = clean.squash(printed.replace("\n", " ")) or ""
    if kind == "occupation":
        if _STATED_ABOVE.match(value):
            return
        org = (person.organization or "").casefold()
        items = [item for item in (clean.squash(i) for i in value.split(";")) if item
                 and title_in_own_organization(item, org) is None]
        if person.other_positions and person.other_positions != items:
            _refuse(ctx, person, "other_positions", person.other_positions, items, span)
            person.other_positions, person.affiliations = [], []
            return
        person.other_positions = items
        person.affiliations = [a for item in items for a in affiliations(item)]
        for item in items:
            person.trace(f"other_positions:{item}", item, span)
        return
    if kind == "citizenship":
        if not rf.is_citizenships(value):
            return
        new = {"citizenship": value, "country": clean.country_of(value)[0]}
    else:
        address, city, country = rf.parse_address(value)
        if not address:
            return
        new = {"address": address, "address_city": city, "address_country": country}
    key = next(iter(new))
    had = getattr(person, key)
    if had and had != new[key] and not (key == "address" and default_address
                                          and had == rf.parse_address(default_address)[0]):
        _refuse(ctx, person, key, had, new[key], span)
        rf.settle(person, new, printed, span, refused=True)
        return
    rf.settle(person, new, printed, span, refused=False)


def _refuse(ctx: Context, person: Person, key: str, had, new, span: tuple[int, int]) -> None:
    ctx.warn("roster-ambiguous", f"{person.name!r}: the {key} {had!r} is read already, a biography sentence "
             f"gives {new!r}; it is left out", span=span, readings=[had, new], field=key)
