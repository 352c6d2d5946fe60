"""The rule lines of kg/patterns/roster_rule_lines.yml, as pattern texts each roster reader compiles with its own flags.

`rule_line("solid")` is the text of that entry. The file is validated on load: a mapping of names to
patterns that compile; a name not in the file raises.
"""
from __future__ import annotations

import re
from functools import cache

from kg.errors import DataError
from kg.patterns import load_yaml

_FILE = "kg/patterns/roster_rule_lines.yml"


@cache
def _rule_lines() -> dict[str, str]:
    data = load_yaml("roster_rule_lines.yml")
    if not isinstance(data, dict) or not data or not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
        raise DataError(_FILE, "expected a mapping of names to patterns")
    for name, text in data.items():
        try:
            re.compile(text)
        except re.error as exc:
            raise DataError(_FILE, f"{name!r}: {exc}") from exc
    return data


def rule_line(name: str) -> str:
    """The pattern text of the entry `name`."""
    try:
        return _rule_lines()[name]
    except KeyError:
        raise DataError(_FILE, f"no rule line {name!r}") from None
