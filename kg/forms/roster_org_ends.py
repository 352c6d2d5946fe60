"""Where an organisation's name ends after a heading's last 'of' (moved from kg/forms/roster_org.py, which keeps
to about 300 lines)."""
from __future__ import annotations

import re

from kg.forms.roster_org_stop import item2_org
from kg.forms.roster_rules import rules
from kg.forms.roster_types import is_organization

_SENTENCE_GOES_ON = re.compile(r",\s+(?=[a-z])|\s+(?=(?:is|are|was|were|has|have)\b)")  # ('X, with the ...', 'X are')
_NAME_JOINS = {"of", "and", "the", "de", "du", "des", "la", "le", "y", "et", "van", "der", "von", "di", "da", "do", "e"}


def name_ends(after_of: str) -> str | None:
    """The organisation's name that opens the words after a heading's last 'of': up to where the sentence goes on
    ('IDT Corporation, with the business address ... of each. Each of them is ...': 'IDT Corporation'); None where
    the words left hold a word in lower case that joins no name's words (prose, no name)."""
    named = _SENTENCE_GOES_ON.split(after_of, maxsplit=1)[0].strip(" ,:")
    if any(word.isalpha() and word.islower() and word not in _NAME_JOINS for word in re.findall(r"[\w']+", named)):
        return None
    return named or None


_UNDERLINE = re.compile(r"\n[ \t]*(?:-{3,}|={3,}|_{3,})[ \t]*$")  # one unbroken run under a heading's line


def without_underline(paragraph: str) -> str:
    """A heading's paragraph without the rule that underlines it ('Directors and Executive Officers of Power
    Corporation of Canada' over '-----...'): a heading still, no table's row (a rule of several runs, or under a
    row of cells, is a table's: the gaps of the line above still tell it)."""
    return _UNDERLINE.sub("", paragraph)


def subject_organization(paragraphs: list[str]) -> str | None:
    """The organisation the first preamble paragraph naming one names as the listed persons', right before its
    sentence's verb ('Each of the undersigned directors and executive officers of Power Corporation of Canada agrees
    that ...': kg/patterns/roster.yml subject_organization); None where that name is no organisation's (a word such as
    'the Company', or a name kg types otherwise)."""
    for paragraph in paragraphs:
        if named := item2_org(paragraph):  # ('... directors of X and the information required by Item 2 ...')
            return named
        if said := rules().subject_organization.search(paragraph):
            name = said.group(1).rstrip(",")
            return name if is_organization(name) and not rules().generic_referent.match(name) else None
    return None
