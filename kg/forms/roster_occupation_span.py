"""Runs the NER takes for a person's name in a labelled-block roster that are no name (issue 13, precision first):
the words of an occupation ('Private Investor', 'Independent Investor'), the first words of one the NER cut short
('Independent Petroleum' of 'Independent Petroleum Consultant'), the object of a phrase going on from the words
before it on its line ('Market for Educational Loans', a wrapped title's end) and a span of time ('Over Five'). The
words are roster_junk.yml's `occupation_words`, `occupation_nouns` and `name_organization_words`;
roster_occupation_span.yml has the connectors and the words of a count."""
from __future__ import annotations

import re

from kg.patterns import required_regexes


def no_name_run(text: str, start: int, end: int) -> bool:
    """text[start:end] (a run the NER took for a name) is an occupation's words, the head of an occupation whose noun
    follows it on its line, or a phrase's object after a lower-case connector on its line, ending it."""
    from kg.forms.roster_junk import junk_rules
    junk, own = junk_rules(), required_regexes("roster_occupation_span.yml", ("connector_before", "counted"))
    words = [w.strip(",.()") for w in text[start:end].split()]
    if any(own["counted"].fullmatch(w.casefold()) for w in words):
        return True  # ('Over Five' of 'FOR OVER FIVE YEARS': a span of time)
    if words and all(any(junk[key].fullmatch(w.casefold()) for key in _KEYS) for w in words):
        return True  # ('Private Investor': no word of it is a given name or a surname here)
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    after = text[end:line_end if line_end >= 0 else len(text)]
    if (noun := re.match(r" (\S+(?: \S+)?)\s*$", after)) and junk["occupation_nouns"].fullmatch(noun.group(1).casefold()):
        return True  # ('Independent Petroleum' + ' Consultant': the NER stopped before the occupation's noun)
    return not after.strip() and bool(own["connector_before"].search(text[line_start:start]))  # ('Market for
    # Educational Loans'; never a name displaced before its block's label: 'Member of the Board of Remy Dullieux Position:')


_KEYS = ("occupation_words", "occupation_nouns", "name_organization_words")
