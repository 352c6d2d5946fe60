"""The spaCy pipeline: `spacy.blank("en")` plus rule components whose patterns are data.

Entities: PERSON (name shapes: initials, particles such as de/van/di, hyphenated given
names, ALL CAPS, "Last, First"), NORP (nationality words, from kg/lookups/nationalities.csv),
ORG (names ending in a legal-form word such as N.V., S.p.A., plc, LLP, Inc.). A statistical
pipeline the user has installed can be named with `use_model`; its PERSON entities are then
an extra signal, never a replacement for the rules. Nothing is downloaded.
"""
from __future__ import annotations

import json
import re
from functools import cache

import pycountry
import spacy
from spacy.language import Language

from kg.errors import DataError, KgError
from kg.lookups import country_aliases, nationalities
from kg.patterns import read_text

_model_name: str | None = None
_ORG_SUFFIXES = ["N.V.", "B.V.", "S.p.A.", "S.A.", "plc", "PLC", "LLP", "L.L.P.", "LLC", "L.L.C.", "Inc.", "Inc",
                 "Corp.", "Corporation", "Ltd.", "Ltd", "Limited", "AG", "GmbH", "L.P.", "LP", "N.A.", "Co.", "SE"]


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
    return [{"label": "NORP", "pattern": [{"LOWER": part} for part in word.split()]} for word in nationalities()]


def _org_patterns() -> list[dict]:
    caps = {"TEXT": {"REGEX": r"^[A-Z0-9][\w&+.'-]*$"}}
    return [{"label": "ORG", "pattern": [caps, {"TEXT": {"REGEX": r"^(?:[A-Z0-9&][\w&+.'-]*|of|and|de|&)$"}, "OP": "*"},
                                          {"ORTH": ",", "OP": "?"}, {"ORTH": suffix}]} for suffix in _ORG_SUFFIXES]


@cache
def pipeline() -> Language:
    """The rule pipeline (blank English); built once per process."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"overwrite_ents": True})
    people = [dict(p, pattern=_guard(p["pattern"])) for p in _load_patterns("person_names.jsonl")]
    ruler.add_patterns(_org_patterns() + _norp_patterns() + people)
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


def entities(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of rule entities in `text`, character offsets."""
    doc = pipeline()(text)
    return [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]


_TOKEN = re.compile(r"[\w'’.-]+|,")


def person_names(text: str) -> list[tuple[int, int]]:
    """Spans of person-name candidates: rule PERSON entities trimmed of non-name words.

    With a statistical model in use, its PERSON entities that pass the same filter are added.
    """
    spans = [(s, e) for s, e, label in entities(text) if label == "PERSON"]
    model = _statistical()
    if model is not None:
        spans += [(ent.start_char, ent.end_char) for ent in model(text).ents if ent.label_ == "PERSON"]
    found = []
    for start, end in spans:
        trimmed = _trim(text, start, end)
        if trimmed and not any(trimmed[0] < e and s < trimmed[1] for s, e in found):
            found.append(trimmed)
    return sorted(found)


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
    if "\n\n" in text[tokens[0][0]:tokens[-1][1]]:
        return None
    return tokens[0][0], tokens[-1][1]
