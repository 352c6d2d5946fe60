"""Column captions in another language (issue 13, round 47x): 'NOMBRE / NAME', 'DOMICILIO / BUSINESS ADDRESS',
'CARGO EN <ORG> / POSITION WITH <ORG>' (Spanish then English in one cell, as Latin American filers print them), or a
caption in that language alone ('NACIONALIDAD'). A caption of halves joined by '/' is read by the half English
captions know, where every other half is a caption of another language; a caption of another language alone is read
as the English caption of the roles its words name (words: kg/patterns/roster_caption_languages.yml)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from kg.patterns import build

_HALVES = re.compile(r"\s+/\s*|\s*/\s+|^\s*/|/\s*$")  # ('NOMBRE / NAME', 'NOMBRE /'; never 'A/S' or 'State/Province')
_WORD = re.compile(r"[^\W\d_]+|\d+")


@dataclass(frozen=True)
class _Language:
    role_of: dict[str, str]         # a caption word -> the role it names
    known: frozenset[str]           # every word of a caption: role words, qualifiers, glue
    glue: frozenset[str]
    joins: tuple[tuple[str, ...], ...]  # the words joining a titles caption to its organisation ('en', 'au sein')


@cache
def _data() -> tuple[dict[str, str], tuple[_Language, ...]]:
    def make(data) -> tuple[dict[str, str], tuple[_Language, ...]]:
        from kg.forms.roster_rules import rules
        from kg.forms.roster_types import english_header
        english = {role: str(text) for role, text in data["english"].items()}
        if not english or set(english) - set(rules().column_roles):
            raise ValueError("english: roles must be column_roles keys of roster.yml")
        languages = []
        for name, spec in data["languages"].items():
            if set(spec["roles"]) - set(english) or not all(spec[key] for key in ("qualifiers", "glue", "with")):
                raise ValueError(f"{name}: a role without its English caption, or an empty list")
            role_of = {_fold(word): role for role, words in spec["roles"].items() for word in words}
            glue = frozenset(_fold(word) for word in spec["glue"])
            known = frozenset(role_of) | glue | {_fold(word) for word in spec["qualifiers"]}
            joins = tuple(tuple(_fold(word).split()) for word in spec["with"])
            if not all(re.fullmatch(r"[a-z]+", word) for word in known | {w for j in joins for w in j}):
                raise ValueError(f"{name}: a word that is not letters only")
            if english_read := [word for word in role_of if english_header(word)]:
                raise ValueError(f"{name}: {english_read} are English captions")
            languages.append(_Language(role_of, known, glue, joins))
        return english, tuple(languages)
    return build("roster_caption_languages.yml", make)


def _fold(text: str) -> str:
    """Lower case, accents dropped, one character for one ('Ocupación' -> 'ocupacion')."""
    return "".join(unicodedata.normalize("NFKD", c)[:1] for c in str(text)).lower()


def _reading(text: str) -> str | None:
    """The English caption of a caption printed in one of the languages, or None: its words all that language's and
    one naming a role ('OCUPACION PRINCIPAL' -> 'Principal Occupation'), or a titles caption joined to the
    organisation's name ('CARGO EN AMERICAN' -> 'Position with AMERICAN'; 'CARGO EN' -> 'Position with')."""
    folded = _fold(text)
    words = [(m.start(), m.group()) for m in _WORD.finditer(folded)]
    english, languages = _data()
    for language in languages if words else ():
        roles, at = [], 0
        while at < len(words) and words[at][1] in language.known:
            if (role := language.role_of.get(words[at][1])) and role not in roles:
                roles.append(role)
            at += 1
        if not roles:
            continue
        if at == len(words):
            return " and ".join(english[role] for role in roles) if _only_words(folded) else None
        if roles != ["position"] or (after := _joined(language, [w for _, w in words], at)) is None:
            continue
        while after < len(words) and words[after][1] in language.glue:
            after += 1
        organization = text[words[after][0]:].strip() if after < len(words) else ""
        if not organization[:1].islower() and _only_words(folded[:words[after][0]] if organization else folded):
            return f"{english['position']} with {organization}".strip()
    return None


def _only_words(folded: str) -> bool:
    """Words and the marks between captions' words English captions allow (',', '/', '(', ')', '|', ':'), no other
    ('Name;' of an OCR'd line is no caption)."""
    return not re.sub(r"[\s,/()|:]+", "", _WORD.sub("", folded))


def _joined(language: _Language, words: list[str], at: int) -> int | None:
    """The index after the joining words ('en', 'au sein') at `at`, or None."""
    for join in language.joins:
        if tuple(words[at:at + len(join)]) == join:
            return at + len(join)
    return None


@lru_cache(maxsize=8192)
def english_caption(cell: str) -> str:
    """The caption as English captions read it: `cell` itself where it is English or no caption of another
    language; its English half where its other halves are captions of another language; else the English of its
    first half in another language."""
    from kg.forms.roster_types import english_header
    halves = [half.strip() for half in _HALVES.split(cell.strip()) if half and half.strip()]
    if len(halves) == 1 and not _HALVES.search(cell.strip()):
        return cell if english_header(cell) else _reading(cell) or cell
    if not halves:
        return cell
    english = [half for half in halves if english_header(half)]
    foreign = [reading for half in halves if half not in english and (reading := _reading(half))]
    if not foreign or len(english) + len(foreign) != len(halves):
        return cell  # ('Officer / Director', 'State / Province': English halves; a half of no caption: no caption)
    return english[0] if english else foreign[0]


def foreign_caption(cell: str) -> bool:
    """A caption read through another language's words: `english_caption` gives another text, an English caption."""
    from kg.forms.roster_types import english_header
    read = english_caption(cell)
    return read != cell and english_header(read)
