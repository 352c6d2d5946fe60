"""Lookup tables shipped as data files, validated when loaded.

Every categorical value kg emits goes through one of these tables; a value not in a
table is reported (`unknown-code`), never mapped to a default.
"""
from __future__ import annotations

import csv
import re
from functools import cache
from importlib import resources
from typing import Any

import yaml

from kg.errors import DataError

_ISO2 = re.compile(r"^[A-Z]{2}$")


def _path(name: str):
    return resources.files("kg.lookups").joinpath(name)


@cache
def load_yaml(name: str) -> Any:
    try:
        return yaml.safe_load(_path(name).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataError(f"kg/lookups/{name}", f"cannot load: {exc}") from exc


@cache
def load_mapping(name: str) -> dict[str, str]:
    """A YAML file that must be a flat mapping of strings to strings."""
    data = load_yaml(name)
    if not isinstance(data, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
        raise DataError(f"kg/lookups/{name}", "expected a mapping of strings to strings")
    return data


@cache
def load_country_csv(name: str, key: str) -> dict[str, str]:
    """A two-column CSV (`key`, `country`) whose country column is ISO 3166-1 alpha-2."""
    table: dict[str, str] = {}
    with _path(name).open(encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != [key, "country"]:
            raise DataError(f"kg/lookups/{name}", f"expected columns {key},country")
        for line, row in enumerate(reader, start=2):
            word, code = row[key].strip().casefold(), row["country"].strip()
            if not word or not _ISO2.match(code):
                raise DataError(f"kg/lookups/{name}", f"line {line}: bad row {row!r}")
            if table.get(word, code) != code:
                raise DataError(f"kg/lookups/{name}", f"line {line}: {word!r} given twice")
            table[word] = code
    return table


WARNING_CODES: dict[str, str] = load_mapping("warnings.yml")
FORM_TYPES: dict[str, str] = load_mapping("form_types.yml")
TRANSACTION_CODES: dict[str, str] = load_mapping("transaction_codes.yml")
TRANSACTION_WORDS: dict[str, str] = load_mapping("transaction_words.yml")
TRADE_CATEGORIES: dict[str, str] = load_mapping("trade_categories.yml")
FILING_CHAINS: dict[str, str] = load_mapping("filing_chains.yml")


@cache
def cover_codes() -> dict[str, dict[str, str]]:
    data = load_yaml("codes.yml")
    for group in ("source_of_funds", "type_of_reporting_person"):
        if not isinstance(data.get(group), dict):
            raise DataError("kg/lookups/codes.yml", f"missing group {group}")
    return data


def nationalities() -> dict[str, str]:
    return load_country_csv("nationalities.csv", "word")


def country_aliases() -> dict[str, str]:
    return load_country_csv("country_aliases.csv", "name")


_EDGAR_CODE = re.compile(r"^[A-Z0-9]{2}$")
_REGION = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")


@cache
def edgar_codes() -> dict[str, tuple[str, str, str | None]]:
    """EDGAR state/country codes (`DE`, `X1`, `X0`, `L2`...) -> (name, ISO country, ISO region).

    From `edgar_codes.csv` (columns code,name,country,region), validated on load: a
    two-character code given once, an ISO 3166-1 alpha-2 country, and a region (US states,
    Canadian provinces) that is an ISO 3166-2 code of that country.
    """
    name = "edgar_codes.csv"
    table: dict[str, tuple[str, str, str | None]] = {}
    with _path(name).open(encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != ["code", "name", "country", "region"]:
            raise DataError(f"kg/lookups/{name}", "expected columns code,name,country,region")
        for line, row in enumerate(reader, start=2):
            code, label = row["code"].strip(), row["name"].strip()
            country, region = row["country"].strip(), row["region"].strip() or None
            if not _EDGAR_CODE.match(code) or not label or not _ISO2.match(country):
                raise DataError(f"kg/lookups/{name}", f"line {line}: bad row {row!r}")
            if region is not None and (not _REGION.match(region) or not region.startswith(country + "-")):
                raise DataError(f"kg/lookups/{name}", f"line {line}: region {region!r} is not in {country}")
            if code in table:
                raise DataError(f"kg/lookups/{name}", f"line {line}: code {code!r} given twice")
            table[code] = (label, country, region)
    return table


@cache
def entity_words() -> dict[str, re.Pattern]:
    """kg/lookups/entity_words.yml: for `entity` and `usual`, a pattern finding one of its words
    as a whole word (any case, optional trailing dot)."""
    data = load_yaml("entity_words.yml")
    if not isinstance(data, dict) or set(data) != {"entity", "usual"}:
        raise DataError("kg/lookups/entity_words.yml", "expected the lists `entity` and `usual`")
    patterns = {}
    for group, words in data.items():
        if not isinstance(words, list) or not words or not all(
                isinstance(w, str) and re.fullmatch(r"[A-Za-z][A-Za-z.]*", w) for w in words):
            raise DataError("kg/lookups/entity_words.yml", f"`{group}`: expected a list of words (letters, dots)")
        alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        patterns[group] = re.compile(rf"\b(?:{alternatives})\b\.?", re.IGNORECASE)
    return patterns
