"""The spaCy pipeline: `spacy.blank("en")` plus rule components whose patterns are data.

Entities: PERSON (name shapes: initials, particles such as de/van/di, hyphenated given
names, ALL CAPS, "Last, First"), NORP (nationality words, from kg/lookups/nationalities.csv),
ORG (names ending in a legal-form word such as N.V., S.p.A., plc, LLP, Inc.). A statistical
pipeline the user has installed can be named with `use_model`; its PERSON entities are then
an extra signal, never a replacement for the rules. Nothing is downloaded.
"""
from __future__ import annotations

import bisect
import json
import re
from functools import cache, lru_cache

import numpy
import pycountry
import spacy
from spacy.language import Language

from kg.errors import DataError, KgError
from kg.forms.name_budget import BUDGET as _BUDGET
from kg.forms.name_budget import NAMES_PER_DOCUMENT, NameBudget, name_budget  # noqa: F401 (kg.forms.nlp's names)
from kg.lookups import country_aliases, nationalities
from kg.lookups.legal_forms import legal_spellings
from kg.patterns import read_text
from kg.read import clean

_model_name: str | None = None
_ORG_SUFFIXES = list(legal_spellings("nlp_suffixes"))


def _load_patterns(name: str) -> list[dict]:
    patterns = []
    for number, line in enumerate(read_text(name).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataError(f"kg/patterns/{name}", f"line {number}: {exc}") from exc
        if not isinstance(item, dict) or not {"label", "pattern"} <= item.keys() or not isinstance(item["pattern"], list):
            raise DataError(f"kg/patterns/{name}", f"line {number}: needs 'label' and a token 'pattern' list")
        patterns.append(item)
    return patterns


@cache
def stopwords() -> frozenset[str]:
    """Words that never stand in a person's name: the data file, nationality words, and
    one-word country names."""
    words = {line.strip().casefold() for line in read_text("name_stopwords.txt").splitlines()
             if line.strip() and not line.startswith("#")}
    countries = {name.casefold() for country in pycountry.countries
                 for name in (country.name, getattr(country, "common_name", "")) if name and " " not in name}
    return frozenset(words | set(nationalities()) | countries | set(country_aliases()))


def _guard(pattern: list[dict]) -> list[dict]:
    """Name tokens (those with a TEXT regex) may not be stopwords."""
    stop = sorted(stopwords())
    return [dict(tok, LOWER={"NOT_IN": stop}) if "TEXT" in tok and "LOWER" not in tok else tok for tok in pattern]


def _norp_patterns() -> list[dict]:
    """Nationality words as phrase patterns (the PhraseMatcher on lower case: one lookup per
    token, where a token pattern per word would be tried at every token)."""
    return [{"label": "NORP", "pattern": " ".join(word.split())} for word in nationalities()]


# ORG: a capitalised word, then capitalised words or of/and/de/&, an optional comma, and a
# legal-form word. Found from each legal-form word leftwards over at most ORG_WORDS words
# (as a Matcher pattern with `*` its partial matches grow with the square of a run of capitals).
ORG_WORDS = 12
_ORG_FIRST = re.compile(r"[A-Z0-9][\w&+.'-]*")
_ORG_WORD = re.compile(r"(?:[A-Z0-9&][\w&+.'-]*|of|and|de|&)")


@Language.component("kg_org_names")
def _org_names(doc):
    """Add ORG spans ending at a legal-form word; overlaps keep the longest span (as the ruler does)."""
    from spacy.attrs import ORTH
    from spacy.tokens import Span
    from spacy.util import filter_spans

    strings = doc.vocab.strings
    suffixes = [strings.add(suffix) for suffix in _ORG_SUFFIXES]
    found = []
    # the legal-form words from the token array (a Token object per token costs more than the rest)
    for end in numpy.flatnonzero(numpy.isin(doc.to_array(ORTH), suffixes)).tolist():
        last = end - 2 if end >= 1 and doc[end - 1].text == "," else end - 1
        start, index = None, last
        while index >= 0 and last - index < ORG_WORDS and _ORG_WORD.fullmatch(doc[index].text):
            if _ORG_FIRST.fullmatch(doc[index].text):
                start = index
            index -= 1
        if start is not None:
            found.append(Span(doc, start, end + 1, label="ORG"))
    if found:
        doc.ents = filter_spans(list(doc.ents) + found)
    return doc


@cache
def pipeline() -> Language:
    """The rule pipeline (blank English); built once per process."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"overwrite_ents": True, "phrase_matcher_attr": "LOWER"})
    people = [dict(p, pattern=_guard(p["pattern"])) for p in _load_patterns("person_names.jsonl")]
    ruler.add_patterns(_norp_patterns() + people)
    nlp.add_pipe("kg_org_names")
    return nlp


def use_model(name: str) -> None:
    """Use an installed spaCy pipeline as an extra signal for person names."""
    global _model_name
    try:
        spacy.load(name)
    except OSError as exc:
        raise KgError(None, f"spaCy pipeline {name!r} is not installed ({exc}); kg never downloads models") from exc
    _model_name = name
    _statistical.cache_clear()


@cache
def _statistical() -> Language | None:
    return spacy.load(name, exclude=["lemmatizer"]) if (name := _model_name) else None


# spaCy reads bounded pieces: at most CHUNK characters at once (cut at a blank line, a line
# end or a space), and a run of more than LONG_WORD non-space characters is read as one plain
# word (no name is that long; its brackets and dots would make the tokenizer quadratic).
CHUNK = 4_000
LONG_WORD = 64
_LONG_WORD = re.compile(r"\S{%d,}" % (LONG_WORD + 1))


def chunks(text: str, size: int = CHUNK) -> list[tuple[int, int]]:
    """[start, end) pieces of at most `size` characters covering `text`, cut where names do not run."""
    pieces, start = [], 0
    while len(text) - start > size:
        cut = -1
        for mark in ("\n\n", "\n", " "):
            cut = text.rfind(mark, start + size // 2, start + size)
            if cut > start:
                cut += len(mark)
                break
        cut = cut if cut > start else start + size
        pieces.append((start, cut))
        start = cut
    if start < len(text) or not pieces:
        pieces.append((start, len(text)))
    return pieces


def _plain(piece: str) -> str:
    return _LONG_WORD.sub(lambda m: "x" * len(m.group(0)), piece)


def entities(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of rule entities in `text`, character offsets."""
    budget = _BUDGET.get()
    if len(text) <= SHORT:
        if budget is not None:
            budget.asked += len(text)
            if budget.exhausted:
                return []
        return list(_short_entities(text))
    found = []
    for start, end in chunks(text):  # the pieces the budget allows, in order
        if budget is not None:
            budget.asked += end - start
            if budget.exhausted:
                budget.asked += len(text) - end
                break
        doc = pipeline()(_plain(text[start:end]))
        found += [(start + ent.start_char, start + ent.end_char, ent.label_) for ent in doc.ents]
    return found


SHORT = 256  # a cell or a line: read once however often a roster repeats it


@lru_cache(maxsize=16384)
def _short_entities(text: str) -> tuple[tuple[int, int, str], ...]:
    doc = pipeline()(_plain(text))
    return tuple((ent.start_char, ent.end_char, ent.label_) for ent in doc.ents)


def organizations(text: str) -> list[tuple[int, int]]:
    """Spans of ORG entities of a cell or line. An ORG entity ends in a legal-form word
    (kg_org_names), so a text without one has none: the pipeline is not run (the budget is
    charged as entities() charges it)."""
    budget = _BUDGET.get()
    if len(text) <= SHORT and not any(suffix in text for suffix in _ORG_SUFFIXES):
        if budget is not None:
            budget.asked += len(text)
        return []
    return [(start, end) for start, end, label in entities(text) if label == "ORG"]


_TOKEN = re.compile(r"[\w'’.-]+|,")


def person_names(text: str) -> list[tuple[int, int]]:
    """Spans of person-name candidates: rule PERSON entities trimmed of non-name words.

    With a statistical model in use, its PERSON entities that pass the same filter are added.
    """
    spans = [(s, e) for s, e, label in entities(text) if label == "PERSON"]
    model = _statistical()
    if model is not None:
        for start, end in chunks(text):
            spans += [(start + ent.start_char, start + ent.end_char)
                      for ent in model(_plain(text[start:end])).ents if ent.label_ == "PERSON"]
    found: list[tuple[int, int]] = []  # sorted, not overlapping: the first span found wins
    for start, end in spans:
        trimmed = _trim(text, *_whole_words(text, start, end))
        if trimmed is None or text[trimmed[1] - 1] == "-":
            continue  # ('Tarek F. Abdel-' / 'Meguid': a name cut at a wrap is no name)
        at = bisect.bisect_left(found, trimmed)
        if (at > 0 and found[at - 1][1] > trimmed[0]) or (at < len(found) and found[at][0] < trimmed[1]):
            continue
        found.insert(at, trimmed)
    return found


def _joined(text: str, at: int) -> bool:
    """text[at] continues the word before it: a letter, or a hyphen or apostrophe between two letters."""
    return 0 < at < len(text) and (text[at].isalnum() and text[at - 1].isalnum()
                                   or text[at] in "-'’" and text[at - 1].isalnum() and at + 1 < len(text)
                                   and text[at + 1].isalnum())


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A span widened to the whole words it cuts: 'ABDEL-MEGUID, Tarek F.', 'SAILLARD, Jean-Paul', never
    'MEGUID, Tarek F.' nor 'SAILLARD, Jean-' (the rule patterns see a hyphenated word as three tokens)."""
    while start > 0 and (_joined(text, start) or _joined(text, start - 1) and text[start - 1] in "-'’"):
        start -= 1
    while end < len(text) and (_joined(text, end) or text[end - 1] in "-'’" and _joined(text, end - 1)):
        end += 1
    return start, end


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop stopwords at the ends; reject a span with one inside or fewer than two name words."""
    tokens = [(start + m.start(), start + m.end(), m.group(0)) for m in _TOKEN.finditer(text[start:end])]
    stop = stopwords()
    is_stop = [t[2].strip(".,").casefold() in stop for t in tokens]
    particles = {"de", "van", "von", "der", "den", "di", "da", "del", "della", "la", "le", "du", "des"}
    while tokens and (is_stop[0] or tokens[0][2] == "," or tokens[0][2].casefold() in particles):
        tokens, is_stop = tokens[1:], is_stop[1:]
    while tokens and (is_stop[-1] or tokens[-1][2] == ","):
        tokens, is_stop = tokens[:-1], is_stop[:-1]
    if any(is_stop) or len([t for t in tokens if len(t[2].strip(".")) > 1]) < 2:
        return None
    if clean.BLANK_LINE.search(text, tokens[0][0], tokens[-1][1]):  # (a blank line, its spaces too: CRLF reads ' \n \n')
        return None
    return tokens[0][0], tokens[-1][1]
