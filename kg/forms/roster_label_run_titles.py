"""The unlabelled titles between a person's name and the first label of a paragraph of labelled sentences ('1. Paul
Hatch. Director of X; President of X. Principal occupation: ... Business address: ... Citizenship: ...'): where
kg.forms.roster_label_runs finds the text before the first label to be no name alone, the name is the longest run of
its sentences that reads as a person's name, and the sentences after it are taken only where each reads as titles
('; ' between them): title words, capitalised words and the small words of a title ('of', 'and', 'the'), no verb
('Mr. Hatch is a director of X': a sentence, no title), no figure, no name. They are printed as lines of their own
under the name, as the labelled blocks print titles under a name with no label (kg.forms.roster_lead_items).
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.lookups.abbreviations import abbreviations

# the small words a title holds in lower case ('Director of Managed Accounts', 'Member of the Board', 'Partner in
# Charge'); any other lower-case word makes the sentence no title ('is', 'a', 'since', 'director')
_TITLE_GLUE = frozenset({"of", "and", "the", "for", "in", "&", "de", "du", "des", "la", "le", "del", "von", "van", "y",
                         "et", "und"})
_WORD = re.compile(r"(?<![\w'’-])(?:[dl]['’](?=[A-Z]))?([^\W\d_][\w'’-]*|&)")  # ("d'Administration": 'A'; '-' no word)
_STOP = re.compile(r"\.[ \t]+(?=\S)")
_ABBREVIATION = re.compile(r"(?:\b" + abbreviations("label_title") + r"|(?<![\w/])[A-Z])$")


def name_then_titles(flat: str, first_label: int) -> list[int] | None:
    """The places in flat[:first_label] (a paragraph's words before its first label, its entry mark blanked) where
    the name ends and each title sentence after it starts: [the first title sentence's start, the next one's, ...];
    None where the text is no person's name then title sentences."""
    lead = flat[:first_label]
    stops = [m.end() for m in _STOP.finditer(lead)]  # (where a sentence may start: after '. ')
    for cut in reversed(stops):
        name = lead[:cut].strip()
        if not name.endswith(".") or not rt.is_person_name(name[:-1]):
            continue
        sentences = _sentences(lead, cut)
        if sentences is None:
            return None  # (the longest name's sentences are no titles: the paragraph is no such entry)
        return [start for start, _text in sentences]
    return None


def _sentences(lead: str, cut: int) -> list[tuple[int, str]] | None:
    """(start, text) of each sentence of lead[cut:], apart at full stops that end no abbreviation; None unless every
    sentence ends with its full stop and reads as titles."""
    starts = [cut] + [m.end() for m in _STOP.finditer(lead, cut) if not _ABBREVIATION.search(lead, 0, m.start())]
    sentences = [(a, lead[a:b].strip()) for a, b in zip(starts, starts[1:] + [len(lead)])]
    if not sentences or not all(text.endswith(".") and _titles(text[:-1]) for _a, text in sentences):
        return None
    return sentences


def _titles(sentence: str) -> bool:
    """Whether each '; '-piece of a sentence reads as a title: a title word, no figure, no person's name, and no
    lower-case word but a title's small words."""
    pieces = [piece.strip() for piece in sentence.split(";")]
    return all(piece and rt.is_title(piece) and not any(ch.isdigit() for ch in piece)
               and all(word[:1].isupper() or word.casefold() in _TITLE_GLUE for word in _WORD.findall(piece))
               and not rt.is_person_name(piece) for piece in pieces)
