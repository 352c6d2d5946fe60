"""Names as the linker compares them: people's names parsed into parts, organisations'
names with their legal form rewritten to a canonical word.

    person_name("DESMARAIS, PAUL, JR.")        -> given 'paul', family 'desmarais', suffix 'jr'
    person_name("MALSON KELLY M")              -> given 'kelly', middle 'm', family 'malson'
    person_name('Sylvester "Chip" Johnson')    -> given 'sylvester', nickname 'chip'
    org_name("Icahn Enterprises L.P.")         -> base 'icahn enterprises', form 'lp'

Case and accents are folded (José -> jose); family-name particles stay part of the
family name (de Waard -> 'dewaard'); honorifics and credentials (kg/patterns/
name_affixes.yml) are dropped, generational suffixes (Jr., III) kept apart.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from nameparser import HumanName

from kg.forms.name_titles import as_printed, title_alternation, without_letters
from kg.link.vocab import form_key, legal_forms
from kg.patterns import load_yaml

_QUOTED = re.compile(r"[\"“”'‘’]([^\"“”'‘’]{2,20})[\"“”'‘’]|\(([A-Za-z]{2,20})\)")
_INITIAL = re.compile(r"^[A-Za-z]\.?$")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case, accents removed, punctuation other than word joins blanked (cached: a
    corpus prints the same names and titles again and again)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", ascii_text.lower()).split())


@dataclass(frozen=True)
class PersonName:
    given: str = ""          # first given name, or its initial
    given_alt: str = ""      # a nickname, or the middle name a person goes by ("C. Michael")
    middle: str = ""         # initials of the middle names ("jp" for "J. P.")
    family: str = ""         # family name, particles included, no spaces ("dewaard")
    suffix: str = ""         # jr, sr, ii, iii, iv

    @property
    def key(self) -> str:
        return " ".join(p for p in (self.given, self.middle, self.family, self.suffix) if p)

    @property
    def initial(self) -> str:
        return self.given[:1]


@lru_cache(maxsize=1)
def _affixes() -> tuple[re.Pattern, re.Pattern, frozenset[str]]:
    """(honorifics and academic titles at the front, credentials at the end, generational suffixes): the lookups
    the roster reader takes off a name (kg/forms/name_titles.py), so 'Dr.-Ing. Hans Weber' and 'Hans Weber' agree.
    Credentials and academic titles match as printed or in capitals ('John Obe' keeps his surname)."""
    data = load_yaml("name_affixes.yml")
    honorifics = "|".join(re.escape(w) for w in sorted(data["honorifics"], key=len, reverse=True))
    suffixes = frozenset(fold(s) for s in data["suffixes"])
    return (re.compile(rf"^(?:{title_alternation()}|(?i:{honorifics}))(?=\s)\s*"),
            re.compile(rf"(?:,\s*|\s+)(?:{as_printed(data['credentials'])})\s*$"), suffixes)


_PLAIN_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['-])*\.?$")


@lru_cache(maxsize=1)
def _reserved() -> frozenset[str]:
    """Words nameparser treats as more than a name part (titles, particles, suffixes,
    conjunctions): a name holding one goes through nameparser, never the fast path."""
    from nameparser.config import CONSTANTS as c

    words = set(c.titles) | set(c.prefixes) | set(c.suffix_acronyms) | set(c.suffix_not_acronyms) | set(c.conjunctions)
    return frozenset(w.lower().replace(".", "") for w in words)


def _plain_parts(text: str) -> tuple[str, list[str], str] | None:
    """(first, middle words, last) of a plain name, "Given M. Family" or "Family, Given M."
    (two to four words, letters only, none that nameparser reads as a title, particle,
    suffix or conjunction), or None: the fast path, checked against nameparser by the tests."""
    family_first = text.count(",") == 1
    if "," in text and not family_first:
        return None
    if family_first:
        last, _, rest = text.partition(",")
        words = rest.split() + [last.strip()]
        if " " in last.strip():
            return None
    else:
        words = text.split()
    if not 2 <= len(words) <= 4 or not all(_PLAIN_WORD.match(w) for w in words):
        return None
    reserved = _reserved()
    if any(w.lower().rstrip(".") in reserved for w in words) or words[-1].endswith("."):
        return None
    return words[0], words[1:-1], words[-1]


@lru_cache(maxsize=1_000_000)
def person_name(printed: str) -> PersonName:
    text = " ".join(printed.split())
    nickname = ""
    quoted = _QUOTED.search(text)
    if quoted:
        nickname = fold(quoted.group(1) or quoted.group(2))
        text = " ".join((text[:quoted.start()] + " " + text[quoted.end():]).split())
    honorific, credential, suffixes = _affixes()
    while (shorter := honorific.sub("", text, count=1)) != text:  # ('Prof. Dr.-Ing. Hans Weber')
        text = shorter
    text = without_letters(text, credential)  # ('Jane Smith CBE FRS': credentials, then post-nominal letters)
    text = _last_first_middle(text)
    bare, suffix = _trailing_suffix(text, suffixes)
    plain = _plain_parts(bare)
    if plain is not None:
        given_words = fold(plain[0]).split()
        middle_words, family = fold(" ".join(plain[1])).split(), fold(plain[2]).replace(" ", "")
    else:
        parsed = HumanName(text)
        suffix_words = [fold(w) for w in re.split(r"[,\s]+", parsed.suffix) if w]
        suffix = next((w for w in suffix_words if w in suffixes), "")
        given_words = fold(parsed.first).split()
        middle_words = fold(parsed.middle).split()
        family = fold(parsed.last).replace(" ", "")
        if not family and (stray := [w for w in re.split(r"[,\s]+", parsed.suffix) if w and w != w.upper()]):
            family = fold(stray[-1])  # ('John Obe': nameparser reads 'OBE' in any case; printed so, a surname)
    if not family and given_words:  # one word: take it as the family name
        family, given_words = given_words[-1], given_words[:-1]
    given = given_words[0] if given_words else ""
    middle_words = given_words[1:] + middle_words
    given_alt = nickname
    if len(given) == 1 and middle_words and not given_alt:
        given_alt = middle_words[0]
    middle = "".join(w[0] for w in middle_words)
    return PersonName(given=given, given_alt=given_alt, middle=middle, family=family, suffix=suffix)


_TRAILING = re.compile(r"(?:,\s*|\s+)([A-Za-z]{2,3})\.?$")


def _trailing_suffix(text: str, suffixes: frozenset[str]) -> tuple[str, str]:
    """A plain name's trailing generational suffix split off ("John A. Smith, Jr." -> "John A. Smith", "jr")."""
    found = _TRAILING.search(text)
    if found and fold(found.group(1)) in suffixes and text.count(",") <= 1 + ("," in found.group(0)):
        return text[:found.start()].rstrip(" ,"), fold(found.group(1))
    return text, ""


def _last_first_middle(text: str) -> str:
    """'MALSON KELLY M' (EDGAR's order: upper case, no comma, a trailing initial) -> 'KELLY M MALSON'."""
    words = text.split()
    if "," in text or len(words) < 3 or text.upper() != text:
        return text
    if _INITIAL.match(words[-1]) and not _INITIAL.match(words[0]):
        return " ".join(words[1:] + words[:1])
    return text


@lru_cache(maxsize=1)
def _variant_groups() -> dict[str, frozenset[str]]:
    groups: dict[str, frozenset[str]] = {}
    for group in load_yaml("name_variants.yml")["groups"]:
        members = frozenset(fold(name) for name in group)
        for name in members:
            if name in groups:
                from kg.errors import DataError
                raise DataError("kg/patterns/name_variants.yml", f"{name!r} is in two groups")
            groups[name] = members
    return groups


@lru_cache(maxsize=1)
def _nicknamer():
    from nicknames import NickNamer
    return NickNamer()


@lru_cache(maxsize=100_000)
def given_variants(given: str) -> tuple[str, ...]:
    """A given name with the names it may stand for or be written as: itself, its nicknames
    and the names it is a nickname of (the `nicknames` package: Bob, Robert), and other
    romanisations (kg/patterns/name_variants.yml: Sergei, Sergey). Sorted."""
    if len(given) < 2:
        return (given,) if given else ()
    nicknamer = _nicknamer()
    found = {given} | _variant_groups().get(given, frozenset())
    found |= {fold(n) for n in nicknamer.canonicals_of(given) | nicknamer.nicknames_of(given)}
    return tuple(sorted(found))


@lru_cache(maxsize=200_000)
def family_sound(family: str) -> str:
    """How a family name sounds (jellyfish's Metaphone; digits kept): Tchaikovsky and Chaikovski agree."""
    import jellyfish
    return (jellyfish.metaphone(family) + "".join(c for c in family if c.isdigit())) if family else ""


@dataclass(frozen=True)
class OrgName:
    base: str            # the name without its trailing legal form, canonical words
    forms: tuple[str, ...] = ()   # trailing legal forms, canonical ('co', 'ltd')

    @property
    def key(self) -> str:
        return " ".join([self.base, *self.forms]).strip()


_LEADING_THE = re.compile(r"^the\s+")


@lru_cache(maxsize=200_000)
def org_name(printed: str) -> OrgName:
    """Legal-form words rewritten to their notation (kg:LegalForms); trailing ones are the form."""
    table = legal_forms()
    words = re.sub(r"&", " and ", printed)
    words = re.sub(r"(?<=\b[A-Za-z])\.(?=[A-Za-z]\.)", ".", words)  # keep dotted initialisms whole
    tokens = [t for t in re.split(r"[\s,]+", words) if t and t not in {"-", "/"}]
    forms: list[str] = []
    while tokens:
        for width in (3, 2, 1):
            if len(tokens) > width and form_key(" ".join(tokens[-width:])) in table:
                forms.insert(0, table[form_key(" ".join(tokens[-width:]))])
                del tokens[-width:]
                break
        else:
            break
    base_words = [table.get(form_key(t), fold(t).replace(" ", "")) for t in tokens]
    base = _LEADING_THE.sub("", " ".join(w for w in base_words if w))
    return OrgName(base=base, forms=tuple(forms))


def looks_like_org(printed: str) -> bool:
    """A name that ends with a legal form (an agent of unknown kind that is a company)."""
    return bool(org_name(printed).forms)
