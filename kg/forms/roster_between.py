"""Citizenship sentences printed BETWEEN two sections of one roster table.

A roster in sections ('Directors', then 'Executive Officers', each with its own preamble and column header) may
close each section's table with one paragraph of sentences, one per person of that section ('The citizenship of
Pei-yuan Chia is United States. The citizenship of Marshall A. Cohen is Canada.'). After the last section that
paragraph is the roster's postamble (kg.forms.roster_postamble reads it); between two sections it reads as prose
that ends the table, so the second section's persons would be lost. Such a paragraph is found here: between
blank lines, every sentence of it one person's citizenship (kg/patterns/roster.yml `citizen_sentence`), a row of
columns above it and below it. It is blanked in the roster's text before its entries are read (offsets kept), and
each sentence then gives its citizenship to the one person read whose name has the same words (any order, case
aside): none where no person or two persons have them; a person who has another citizenship already (the
entry's, or a default) loses both: the text disagrees with itself.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.forms import roster_fields as rf
from kg.forms.roster_after import MAX_PROSE, SENTENCE_BREAK, name_key
from kg.forms.roster_rules import rules
from kg.read import clean
from kg.records import Person

_PARAGRAPH = re.compile(r"\S(?:.|\n(?![ \t]*\n))*", re.M)  # text between blank lines
_ABBREVIATED = re.compile(r"(?<=[A-Z]\.[A-Z])$")  # 'U.S': the abbreviation's last full stop closed the sentence


@dataclass(frozen=True)
class Stated:
    start: int  # the paragraph's span in the roster's text
    end: int
    who: str  # the name as the sentence prints it
    value: str  # the citizenship as printed


def citizen_paragraphs(text: str, start: int, end: int) -> list[Stated]:
    """The citizenship sentences of each paragraph of text[start:end] that stands between two rows of columns and
    holds nothing else."""
    stated: list[Stated] = []
    for paragraph in _PARAGRAPH.finditer(text, start, end):
        squashed = clean.squash(paragraph.group()) or ""
        if len(squashed) > MAX_PROSE or rf.COLUMN_GAP.search(paragraph.group().strip()):
            continue
        found = [rules().citizen_sentence.match(sentence) for sentence in SENTENCE_BREAK.split(squashed)]
        if not all(found) or not _columns(text, start, paragraph.start()) or not _columns(text, paragraph.end(), end):
            continue
        stated += [Stated(paragraph.start(), paragraph.end(), match.group("who"),
                          _ABBREVIATED.sub(r"\g<0>.", match.group("value").strip(" ,."))) for match in found]
    return stated


def _columns(text: str, start: int, end: int) -> bool:
    return any(rf.COLUMN_GAP.search(line.strip()) for line in text[start:end].split("\n"))


def apply_citizen_paragraphs(people: list[Person], stated: list[Stated]) -> None:
    """Give each person the one citizenship a sentence between the sections states for their name."""
    by_key: dict[tuple[str, ...], list[Person]] = {}
    for person in people:
        if person.name:
            by_key.setdefault(name_key(person.name), []).append(person)
    told: dict[int, list[Stated]] = {}
    for sentence in stated:
        holders = by_key.get(name_key(sentence.who), [])
        if len(holders) == 1 and rf.is_citizenships(sentence.value):
            told.setdefault(id(holders[0]), []).append(sentence)
    for person in people:
        sentences = told.get(id(person), [])
        if len(sentences) != 1:
            continue  # (two sentences on one person: neither is taken)
        value = sentences[0].value
        rf.settle(person, {"citizenship": value, "country": clean.country_of(value)[0]}, value,
                  (sentences[0].start, sentences[0].end), refused=person.citizenship not in (None, value))
