"""A numbered note made of sentences that name its person (issue 13): '(2) The business address of Marshall A. Cohen
is Cassels, Brock & Blackwell, 40 King Street West, ... Marshall A. Cohen's principal occupation is Counsel, ...
Marshall A. Cohen is a citizen of Canada.' (MSDW's 2001 Exhibit 3 printed with Trilogy 2008's footnotes).

One entry, `named_statements`, used by kg.forms.roster_notes.apply_notes. The note is read only where it is wholly
made of such sentences, each opening (at the note's start or after a full stop) with an opener of
kg/patterns/roster_note_sentences.yml naming the person in full (the name the note's mark is glued to: the mark,
never a row's number, keys the note). Any other text before the first opener, a field stated twice, or a value
that holds a sentence of its own (a lower-case word's full stop before a capital: 'Mr. Chia is ...' naming
someone by another form) gives None: the labelled reader and the refusals of kg.forms.roster_notes apply.
"""
from __future__ import annotations

import re
from functools import cache

from kg.lookups.abbreviations import abbreviations
from kg.patterns import build

_FIELDS = ("citizenship", "address", "occupation")
_SENTENCE_INSIDE = re.compile(r"[a-z0-9]{2}\.\s+[A-Z]")


@cache
def _openers() -> dict[str, str]:
    def make(data) -> dict[str, str]:
        if set(data) - set(_FIELDS) or any("{name}" not in rx for rx in data.values()):
            raise ValueError(f"fields must be {_FIELDS}, each opener naming {{name}}")
        for rx in data.values():
            re.compile(rx.replace("{name}", "X"))
        return dict(data)
    return build("roster_note_sentences.yml", make)


def named_statements(text: str, start: int, end: int, name: str) -> dict[str, tuple[str, tuple[int, int]]] | None:
    """field -> (printed value, span) of the note text[start:end] whose every sentence states a field of `name`."""
    words = re.findall(r"[^\s,]+", name)
    if len(words) < 2:
        return None
    printed_name = r",?\s+".join(re.escape(word) for word in words)
    note = text[start:end]
    openers = sorted((m.start(), m.end(), field) for field, rx in _openers().items()
                     for m in re.finditer(rx.replace("{name}", printed_name), note, re.I)
                     if not note[:m.start()].strip() or note[:m.start()].rstrip().endswith("."))
    if not openers or note[:openers[0][0]].strip():
        return None
    values: dict[str, tuple[str, tuple[int, int]]] = {}
    for index, (_s, opener_end, field) in enumerate(openers):
        value_end = openers[index + 1][0] if index + 1 < len(openers) else len(note.rstrip())
        printed = note[opener_end:value_end].rstrip()
        printed = (printed[:-1] if printed.endswith(".") and not _ABBREVIATED.search(printed) else printed).rstrip()
        if field in values or not printed or _SENTENCE_INSIDE.search(printed):
            return None
        values[field] = (printed, (start + opener_end, start + opener_end + len(printed)))
    return values


_ABBREVIATED = re.compile(r"(?:(?<![\w.])(?:[A-Za-z]{1,3}\.){2,}|\b" + abbreviations("sentence_end") + r"\.)$")


def names_another(text: str, start: int, end: int, name: str, names: list[str]) -> bool:
    """Whether the note text[start:end] names in full a listed person other than `name` ('(1) The business address of
    Tobias R. Mancuso is ...' under Odile P. Ferrand's mark): its values are never hers, nor surely his."""
    flat = " ".join(text[start:end].split()).casefold()
    return any(other != name and len(other.split()) > 1 and " ".join(other.split()).casefold() in flat
               for other in names)
