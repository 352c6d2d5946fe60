"""Academic titles before a person's name and post-nominal letters after it, as data (kg/patterns/name_affixes.yml
`academic_titles`, `post_nominals`): 'Dr.-Ing. Hans Weber', 'WEBER, Dr. rer. nat. Hans' -> the name without the
title; 'Jane Smith CBE FRS', 'SMITH, Jane, FREng' -> the name without the letters.

Both are matched only as the lookup prints them or in capitals ('FRENG'), never in another case: 'Frs' or 'Ing' is
no title. A title is a whole token (or run of tokens) at the front of the name, followed by a space; letters stand at
the end of the name after a comma or a space, and only where a name of two words or more, or a comma, stands before
them (the letters follow a surname: 'Jane FRS' keeps its last word)."""
from __future__ import annotations

import re
from functools import cache

from kg.patterns import build, load_yaml

_TITLE = re.compile(r"[^\W\d_][\w.-]*\.(?: [^\W\d_][\w.-]*\.)*")  # 'Dr.-Ing.', 'Dr. rer. nat.', 'Mag.'
_LETTERS = re.compile(r"[A-Z][A-Za-z]+")  # 'FRS', 'FREng', 'FMedSci'


def as_printed(words: list[str]) -> str:
    """A regex alternation of `words` as the lookup prints them or in capitals ('Ph.D.', 'PH.D.'; never 'Obe' for
    'OBE': a surname), longest first."""
    forms = {form for word in words for form in (word, word.upper())}
    return "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))


@cache
def _lookups() -> tuple[str, re.Pattern]:
    """(the academic titles as one regex alternation, the post-nominal letters ending a name)."""
    def make(data) -> tuple[str, re.Pattern]:
        titles, letters = data["academic_titles"], data["post_nominals"]
        for kind, words, shape in (("academic_titles", titles, _TITLE), ("post_nominals", letters, _LETTERS)):
            if not isinstance(words, list) or not words:
                raise ValueError(f"{kind} must be a list of words")
            for word in words:
                if not isinstance(word, str) or not shape.fullmatch(word) or words.count(word) > 1:
                    raise ValueError(f"{kind}: {word!r} is not of the expected shape, or is listed twice")
        taken = {word.casefold() for key in ("honorifics", "credentials", "suffixes") for word in data[key]}
        if clash := [word for word in titles + letters if word.casefold() in taken]:
            raise ValueError(f"already honorifics, credentials or suffixes: {clash!r}")
        return as_printed(titles), re.compile(rf"(?:,\s*|\s+)(?:{as_printed(letters)})\s*$")
    return build("name_affixes.yml", make)


def title_alternation() -> str:
    """'Dr\\.\\-Ing\\.|...': the academic titles (as printed or in capitals), longest first, for a name's front."""
    return _lookups()[0]


def letters_alternation() -> str:
    """'(?:FREng|FRENG|FRS|CBE|...)': the post-nominal letters and the credentials (as printed or in capitals), longest
    first: what may follow 'SURNAME, Given, ' in a name ('CHIA, Pei-yuan, FRS' is no firm's 'Skadden, Arps, Slate')."""
    data = load_yaml("name_affixes.yml")
    _lookups()  # (validated)
    return f"(?:{as_printed(data['post_nominals'] + data['credentials'])})"


def without_letters(text: str, credential: re.Pattern) -> str:
    """`text` without the credentials (`credential`: kg/forms/roster_names) and post-nominal letters at its end."""
    letters = _lookups()[1]
    while True:
        if credential.search(text):
            text = credential.sub("", text).rstrip(" ,")
        elif (found := letters.search(text)) and (len(text[:found.start()].split()) >= 2 or "," in text[:found.start()]):
            text = text[:found.start()].rstrip(" ,")
        else:
            return text


def only_letters(part: str, credential: re.Pattern) -> bool:
    """'CBE FRSE', 'FREng': credentials and post-nominal letters only (the end of a name wrapped in its column)."""
    words = part.split()
    return bool(words) and all(_lookups()[1].fullmatch(f" {word}") or credential.fullmatch(f" {word}")
                               for word in words)
