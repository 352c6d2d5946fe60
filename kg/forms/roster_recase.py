"""A name printed in capitals (a roster's heading, a surname) re-cased word by word as the text prints it
in mixed case elsewhere."""
from __future__ import annotations

import re

from kg.forms.roster_surname_case import has_prefix_capital


def recase(name: str, text: str) -> str:
    """A name re-cased from capitals, word by word as the text prints the word in mixed case
    ('CONAGRA' -> 'ConAgra' where 'One ConAgra Drive' is printed; 'NOVO' -> 'Novo')."""
    def word(match: re.Match) -> str:
        guessed = match.group(0)
        if len(guessed) < 3 and not (len(guessed) == 2 and name[match.end():match.end() + 1] == "."):
            return guessed  # (a two-letter abbreviation is re-cased too: 'ST.' -> 'St.' where 'St. Paul' is printed)
        if re.fullmatch(r"[IVX]+", guessed):
            return guessed  # a name's suffix ('WALSH, Denis J., III'), not the marker '(iii)' printed elsewhere
        dot = r"\." if len(guessed) == 2 else ""
        for found in re.finditer(r"(?<![\w-])" + re.escape(guessed) + r"(?![\w-])" + dot, text, re.I):
            printed = found.group(0).rstrip(".")
            if match.start() == 0 and printed.islower():
                continue  # ('THE ST. PAUL ...': the name's first word is not the 'the' of 'are the name')
            if printed != printed.upper() and (printed[1:] != printed[1:].lower() or guessed.isupper()
                                               or has_prefix_capital(guessed)) \
                    and not (printed.islower() and not match.start()):  # ('THE ST. PAUL ...': no 'the' opens it)
                return printed  # an inner capital kg cannot guess, or a word kept in capitals as an acronym
        return guessed
    return re.sub(r"[A-Za-z][A-Za-z']+", word, name)


def recase_names(people: list, text: str) -> None:
    """People whose name was printed with a word in capitals: each word as the text prints it in
    mixed case elsewhere ('MACDONALD, Gavin L.' -> 'Gavin L. MacDonald' where that is printed)."""
    for person in people:
        if person.name and person.name_as_printed and re.search(r"\b[A-Z]{3,}\b", person.name_as_printed):
            person.name = recase(person.name, text)
