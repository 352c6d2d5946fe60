"""Whether a title is held in the listed organisation or in another one: the organisation an
item names ('Vice-President, Power Corp.', '... of X'), whether that is the listed one (its
name, an abbreviation of it; not a parent whose name opens it: 'National Grid USA' of 'National
Grid USA Service Company, Inc.'), and whether it is a department, no organisation at all
('Manager, Treasury Services', 'Director, Internal Audit')."""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from kg.forms.roster_rules import rules
from kg.lookups.legal_forms import legal_forms

_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}|(?:[a-z]\.){2,3}")  # ('N.A.', 'p.l.c.': a legal form in initials)
LEGAL = re.compile(r",?\s+" + legal_forms("own_ends") + r"\.?$", re.I)
_FORM_ALONE = re.compile(legal_forms("own_alone") + r"\.?", re.I)


def is_department(phrase: str | None) -> bool:
    """'Treasury Services', 'Transmission Operations and Engineering': every word a function of a
    company (a department), so the title before it is held in the listed organisation."""
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", phrase or "") if w.casefold() not in ("and", "of", "the")]
    return bool(words) and all(rules().department_words.fullmatch(w) for w in words)


def org_phrase(item: str) -> tuple[str | None, bool]:
    """The organisation an item names, and whether it is appended (after a comma or on its
    own line: 'Vice-President, Power Corp.') rather than part of the title ('... of X')."""
    lines = item.splitlines()
    if len(lines) > 1 and "," not in lines[-1]:
        return lines[-1].strip(" ,."), True
    item = " ".join(lines)
    if "," in item:
        head, tail = item.rsplit(",", 1)
        if (LEGAL.fullmatch(f" {tail.strip()}") or _INITIALS.fullmatch(tail.strip())) and (named := org_phrase(head))[0]:
            return f"{named[0]}, {tail.strip(' .')}", named[1]  # ('Director of Lakeside Bank, N.A.': the bank's)
        return tail.strip(" ."), True
    match = re.search(r"\s(?:of|at|for|with)\s+(?:the\s+)?([A-Z].*)$", item)
    if not match:
        return None, False
    phrase = match.group(1).strip(" .")
    body = rules().body_of_org.match(phrase)  # ('of the Board of IDT Corporation': IDT Corporation)
    return (phrase[body.end():] if body else phrase), False


def names_org(phrase: str | None, org: str) -> bool:
    return bool(phrase and org and len(phrase) >= 4 and fuzz.partial_ratio(phrase.casefold(), org) >= 90
                and not _parent_of(phrase.casefold().strip(" ."), org)
                and not _FORM_ALONE.fullmatch(phrase.strip(" ,")))  # ('Limited': the tail of 'Harwood Investments,
    # Limited', no name of the listed 'Northgate Holdings Limited')


def _parent_of(phrase: str, org: str) -> bool:
    """'National Grid USA' of the listed 'National Grid USA Service Company, Inc.': the whole
    words that open the name, followed by more name words than a legal form: another
    organisation of the group (a parent), not the listed one ('Power Corp' abbreviates)."""
    if not org.startswith(phrase) or len(org) == len(phrase) or org[len(phrase)] != " ":
        return False  # (the name goes on after a space: 'National Grid USA Service ...')
    rest = LEGAL.sub("", org[len(phrase):]).strip(" ,.")
    return bool(rest) and not re.fullmatch(r"(?:the\s+)?(?:company|co|corporation|incorporated|limited|group|"
                                           r"(?:of|de|du|del)\s+.+)", rest)


_SHORT_FORMS = ((re.compile(r"\bcorp\.?(?=[\s,]|$)"), "corporation"), (re.compile(r"\bco\.?(?=[\s,]|$)"), "company"),
                (re.compile(r"\s&\s"), " and "))


def _spelt_out(name: str) -> str:
    """A name in lower case with a typist's short forms spelt out ('power corp. of canada'): the listed
    organisation however it is abbreviated."""
    for short, word in _SHORT_FORMS:
        name = short.sub(word, name)
    return name


_OWN_CONNECTOR = re.compile(r"(?:,|\s(?:of|at|for|with))\s+(?:the\s+)?", re.I)


def title_in_own_organization(flat: str, org: str) -> str | None:
    """'Director of American International Group, Inc.', 'Vice-President, Power Corp': the
    title, when what follows its last connector is the listed organisation itself."""
    if not org:
        return None
    org = _spelt_out(org)
    for match in _OWN_CONNECTOR.finditer(flat):
        tail = _spelt_out(flat[match.end():].strip(" .").casefold())
        bare = LEGAL.sub("", tail).strip(" ,.")  # 'Motorola, Inc.' for the listed 'Motorola'
        if tail and (fuzz.ratio(tail, org.strip(" .")) >= 90 or bare and bare == LEGAL.sub("", org).strip(" ,."))\
                and flat[:match.start()].strip(" ,"):
            return flat[:match.start()].strip(" ,")
    return None
