"""Patterns and rules kept as data files beside this module, loaded and validated once."""
from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any, Callable, TypeVar

import yaml

from kg.errors import DataError

T = TypeVar("T")


def read_text(name: str) -> str:
    try:
        return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"kg/patterns/{name}", f"cannot read: {exc}") from exc


@cache
def load_yaml(name: str) -> Any:
    try:
        return yaml.safe_load(read_text(name))
    except yaml.YAMLError as exc:
        raise DataError(f"kg/patterns/{name}", f"invalid YAML: {exc}") from exc


def build(name: str, make: Callable[[Any], T]) -> T:
    """`make(data)` on the parsed file; any shape or regex error names the file."""
    import re
    try:
        return make(load_yaml(name))
    except DataError:
        raise
    except (KeyError, TypeError, AttributeError, ValueError, re.error) as exc:
        raise DataError(f"kg/patterns/{name}", f"invalid: {exc!r}") from exc
