"""Citizenships a roster states after its table, one entry `citizenship_sentences` (kg/forms/annex.py calls it
after the address sentences):

- the default, in the paragraph that gives everyone listed above a business address ('Except as set forth below,
  the business address of each person named above is X, and each such person is a citizen of the United States.');
- one person's own, in a sentence naming them ('Marshall A. Cohen is a citizen of Canada.'), alone or closing that
  person's address paragraph.

A sentence gives its citizenship to the one person of the table whose name has the same words (any order, case
aside); naming nobody, or a name two persons share, it gives nothing and is reported. The default goes to every
person with no citizenship and no sentence of their own, and only where every other sentence after the table that
speaks of a citizenship or nationality was read: one that was not could be an exception, so then no default is
given (a `roster-ambiguous` finding says why); two sentences on one person give them nothing. A person whose row printed another citizenship than a sentence
states loses both (reported): the text disagrees with itself.
"""
from __future__ import annotations

import re

from kg.context import Context
from kg.forms import roster_fields as rf
from kg.forms.roster_after import MAX_PARAGRAPH, MAX_PROSE, SENTENCE_BREAK, name_key
from kg.forms.roster_rules import rules
from kg.read import clean
from kg.records import Person

_PARAGRAPH = re.compile(r"\S(?:.|\n(?![ \t]*\n))*", re.M)  # text between blank lines
_MENTION = re.compile(r"\b(?:[Cc]itizen(?:ship)?s?|[Nn]ationality|nationals?)\b")  # (not "National Bureau")
_ABBREVIATED = re.compile(r"(?<=[A-Z]\.[A-Z])$")  # a country's abbreviation whose last full stop closed the sentence
_ABOVE = re.compile(r"\b(?:named|listed|set\s+forth)\s+above\b", re.I)


def citizenship_sentences(ctx: Context, start: int, end: int, people: list[Person], deferred: str | None = None) -> None:
    """Apply to `people` (read from the table ending at `start`) the citizenships text[start:end] states. `deferred`:
    the preamble's default citizenship where the preamble says its exceptions are stated after the list ('..., except
    as noted after the list below'); a person's own sentence replaces that default."""
    by_key: dict[tuple[str, ...], list[Person]] = {}
    for person in people:
        if person.name:
            by_key.setdefault(name_key(person.name), []).append(person)
    defaults, own, doubts, twice = [], {}, [], set()
    for paragraph in _PARAGRAPH.finditer(ctx.text, start, end):
        squashed = clean.squash(paragraph.group()) or ""
        span = (paragraph.start(), paragraph.end())
        if len(squashed) > MAX_PARAGRAPH and not _citizen_sentences_only(squashed) or not _MENTION.search(squashed):
            continue  # (a long paragraph is read only where it is one person's citizenship sentence after another)
        said = rules().default_citizenship.search(squashed)
        if said and rules().default_address.search(squashed) and _ABOVE.search(squashed[:said.end()]):
            defaults.append((said.group(1) or said.group(2), squashed, span))
            continue
        for sentence in SENTENCE_BREAK.split(squashed):
            if not _MENTION.search(sentence):
                continue
            found = rules().citizen_sentence.match(sentence)
            holders = by_key.get(name_key(found.group("who")), []) if found else []
            value = _ABBREVIATED.sub(r"\g<0>.", found.group("value").strip(" ,.")) if found else ""  # ('U.S.' kept)
            if len(holders) == 1 and id(holders[0]) in own:
                twice.add(id(holders[0]))  # (a second sentence on the same person: neither is taken)
            if len(holders) != 1 or id(holders[0]) in own or not rf.is_citizenships(value):
                doubts.append(sentence)
                continue
            own[id(holders[0])] = (value, sentence, span)
    for person in (p for p in people if id(p) in twice):
        ctx.warn("roster-ambiguous", f"{person.name!r}: two sentences after the roster state a citizenship; neither "
                 "is taken", span=own.pop(id(person))[2], readings=[person.name, None], field="citizenship")
    if not defaults and not own:
        return
    default = defaults[0] if len(defaults) == 1 and rf.is_citizenships(defaults[0][0]) and not doubts else None
    if defaults and default is None:
        ctx.warn("roster-ambiguous", "a default citizenship after the roster is not applied: "
                 + (f"{doubts[0][:120]!r} after it could be an exception not read" if doubts else
                    "two defaults, or one that is no citizenship"),
                 span=defaults[0][2], readings=["default citizenship", None], field="citizenship")
    for person in people:
        value, printed, span = own.get(id(person)) or default or (None, None, None)
        if value is None:
            continue
        if person.citizenship is None or (id(person) in own and deferred and person.citizenship == deferred):
            person.citizenship, person.country = value, clean.country_of(value)[0]
            person.trace("citizenship", printed, span)
        elif person.citizenship != value and id(person) in own:
            ctx.warn("roster-ambiguous", f"{person.name!r}: the roster gives the citizenship {person.citizenship!r}, "
                     f"the text after it {value!r}; it is left out", span=span,
                     readings=[person.citizenship, value], field="citizenship")
            person.citizenship = person.country = None


def _citizen_sentences_only(squashed: str) -> bool:
    """A paragraph of at most MAX_PROSE characters whose every sentence states one person's citizenship ('The
    citizenship of A is Canada. The citizenship of B is U.S.'): read however many persons it names."""
    return len(squashed) <= MAX_PROSE and all(rules().citizen_sentence.match(sentence)
                                              for sentence in SENTENCE_BREAK.split(squashed))
