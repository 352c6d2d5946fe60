"""What a roster states AFTER its list, one reading for every layout (one entry, `read_postamble`; kg/forms/annex.py
calls it after the table readers and after the prose readers alike):

- the default address (and citizenship) of the paragraph that speaks of everyone listed ABOVE ('Unless otherwise
  noted below, the business address of each of the persons listed above is X, and each of them is a citizen of
  Y.'; 'Except as shown above, the business address of each of the above listed persons is: ...');
- one person's own address or citizenship, in a sentence naming them ('The business address of Marshall A. Cohen
  is ...'; 'Marshall A. Cohen is a citizen of Canada.'), which replaces the default (kg.forms.roster_after,
  kg.forms.roster_after_citizens); each person's in one paragraph, name by name ('The business addresses of the
  persons named above are: A, X; B, Y.': kg.forms.roster_address_list);
- one sentence giving everyone listed above a citizenship, with named exceptions ('Each of the above listed persons
  is a citizen of Canada, except Laurent Dassault, who is a citizen of France.'), or a second table joined by the
  name (kg.forms.roster_postscript).

The paragraph is read only AFTER the last entry: a default for the persons 'listed above' is theirs. An entry that
printed its own address or citizenship keeps it.
"""
from __future__ import annotations

import re

from kg.context import Context
from kg.forms.roster_address_follows import addresses_follow
from kg.forms.roster_address_list import listed_addresses
from kg.forms.roster_after import address_sentences, default_after
from kg.forms.roster_after_citizens import citizenship_sentences
from kg.forms.roster_entry import Roster
from kg.forms.roster_labelled_citizens import labelled_exceptions
from kg.forms.roster_letters import unletter_names
from kg.forms.roster_postscript import read_postscript
from kg.forms.roster_rules import rules
from kg.records import Person


def default_address_after(text: str, after: int, end: int, roster: Roster) -> str | None:
    """Take as the roster's default address the one the paragraph after the list (from `after`) gives everyone
    listed above, where the preamble gave none; that address, or None."""
    if roster.default_address is None and (said := default_after(text, after, end)) is not None:
        roster.default_address = said[1]
        return said[1]
    return None


_OWN_ADDRESS = re.compile(r"(?<=\.\s)(?=(?:The\s+)?(?:principal\s+)?(?:business\s+|office\s+)?address\s+of\s)", re.I)


def preamble_address_sentences(preamble: str, people: list[Person], default: str | None) -> None:
    """Give `people` the addresses the preamble's sentences state for one of them each, after the sentence that
    gives everyone theirs ('The business address of each such person is X, except as stated in the following
    sentences. The business address of Marshall A. Cohen is Y.'): read as the sentences after a list are, from the
    first address sentence on (one naming a person of the list, or whose address is not read for certain, replaces
    the default for that person only)."""
    if (first := _OWN_ADDRESS.search(preamble)) is not None:  # (as printed: a blank line ends the sentences)
        address_sentences(preamble, first.start(), len(preamble), people, default)


_KEPT = ("citizenship", "country", "address", "address_city", "address_country")


def read_postamble(ctx: Context, roster: Roster, people: list[Person], list_span: tuple[int, int], end: int,
                   preamble: str, fill_only: bool = False, default_after_list: str | None = None) -> None:
    """Give `people` (the entries read from ctx.text[list_span[0]:list_span[1]]) what the sentences after the list,
    up to `end`, state for them; `preamble`: the text above the list (its 'except as noted below' defers the default
    citizenship to the sentences after the list). `fill_only`: the sentences only fill what a person has none of
    (a prose reader's entries may have read their own sentences already, that text may run on after them), but the
    default address `default_after_list` the paragraph after the list gave, which a person's own sentence replaces."""
    first, after = list_span
    before = [{key: getattr(person, key) for key in _KEPT} for person in people]
    unletter_names(people, ctx.text)  # ('B. Marshall A. Cohen': the sentences below name 'Marshall A. Cohen')
    address_sentences(ctx.text, after, end, people, roster.default_address, first, ctx.raw or ctx.text)
    preamble_address_sentences(preamble, people, roster.default_address)
    if not addresses_follow(ctx, after, end, people):  # ('..., except as follows:' / 'A -- X' a line)
        listed_addresses(ctx, after, end, people, roster.default_address)  # ('The business addresses of the persons
        # named above are: A, X; B, Y.')
    deferred = roster.default_citizenship if rules().exceptions_after.search(" ".join(preamble.split())) else None
    citizenship_sentences(ctx, after, end, people, deferred)  # ('..., and each such person is a citizen of X.')
    labelled_exceptions(ctx, after, end, people, roster.default_citizenship)  # ('Citizenship: A, who is a ...')
    read_postscript(ctx, after, end, people)  # a second table joined by the name, a collective citizenship ('Each of
    # the above listed persons is a citizen of X, except A, who is a citizen of Y.')
    for person, kept in zip(people, before) if fill_only else ():
        for group, default in ((("citizenship", "country"), None),
                               (("address", "address_city", "address_country"), default_after_list)):
            if kept[group[0]] is not None and kept[group[0]] != default:  # (what the entry read stays as it was)
                for key in group:
                    setattr(person, key, kept[key])
