"""Patterns and rules kept as data files beside this module, loaded and validated once.

A pattern names the legal forms it takes by a selection of kg/lookups/legal_forms.yml: `{legal:NAME}` in any string
of a file is replaced on load by that selection's group (`(?:Inc|Corp|...)`), so no pattern keeps a list of its own.
"""
from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any, Callable, TypeVar

import yaml

from kg.errors import DataError
from kg.lookups.legal_forms import legal_forms

T = TypeVar("T")


def read_text(name: str) -> str:
    try:
        return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"kg/patterns/{name}", f"cannot read: {exc}") from exc


_LEGAL = re.compile(r"\{legal:(\w+)\}")


def _with_legal_forms(data: Any) -> Any:
    """`data` with every `{legal:NAME}` of its strings replaced by the selection NAME of legal_forms.yml."""
    if isinstance(data, str):
        return _LEGAL.sub(lambda found: legal_forms(found.group(1)), data)
    if isinstance(data, dict):
        return {key: _with_legal_forms(value) for key, value in data.items()}
    if isinstance(data, list):
        return [_with_legal_forms(value) for value in data]
    return data


@cache
def load_yaml(name: str) -> Any:
    try:
        return _with_legal_forms(yaml.safe_load(read_text(name)))
    except yaml.YAMLError as exc:
        raise DataError(f"kg/patterns/{name}", f"invalid YAML: {exc}") from exc


def build(name: str, make: Callable[[Any], T]) -> T:
    """`make(data)` on the parsed file; any shape or regex error names the file."""
    try:
        return make(load_yaml(name))
    except DataError:
        raise
    except (KeyError, TypeError, AttributeError, ValueError, re.error) as exc:
        raise DataError(f"kg/patterns/{name}", f"invalid: {exc!r}") from exc


@cache
def regexes(name: str) -> dict[str, re.Pattern]:
    """A YAML file of named regular expressions, compiled case-insensitively. A value may use
    `{date}` for a printed date; `_flags: [S]` adds DOTALL."""

    def make(data) -> dict[str, re.Pattern]:
        date = r"(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})"
        flags = re.IGNORECASE | (re.S if "S" in data.get("_flags", []) else 0)
        return {key: re.compile(value.replace("{date}", date), flags)
                for key, value in data.items() if not key.startswith("_")}
    return build(name, make)


def required_regexes(name: str, keys: tuple[str, ...]) -> dict[str, re.Pattern]:
    """`regexes(name)`, each of `keys` required (a file without one of them is refused on load)."""
    found = regexes(name)
    if missing := [key for key in keys if key not in found]:
        raise DataError(f"kg/patterns/{name}", f"missing {missing}")
    return found
