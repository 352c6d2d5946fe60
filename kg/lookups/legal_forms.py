"""The legal forms of kg/lookups/legal_forms.yml, as the pattern pieces each reader needs.

`legal_forms("own_ends")` is a non-capturing group of the forms that selection names
(`(?:Inc|Corp|...)`), `legal_alternatives(name)` the same alternatives without the group, and
`legal_spellings(name)` the spellings themselves (a `literal` selection). The file is validated on
load: a known style, and every spelling of a selection one of the forms.
"""
from __future__ import annotations

import re
from functools import cache

from kg.errors import DataError
from kg.lookups import load_yaml

_FILE = "kg/lookups/legal_forms.yml"
_SPELLING = re.compile(r"[A-Za-z][A-Za-z./&?]*")
_STYLES = {
    "exact": lambda spelling: spelling.replace(".", r"\."),
    "dots_optional": lambda spelling: spelling.replace(".", r"\.?"),
    "dots_spaced": lambda spelling: spelling.replace(".", r"\.\s?"),
    "capitals_dots_optional": lambda spelling: spelling.upper().replace(".", r"\.?"),
    "literal": lambda spelling: spelling,
    "bounded": lambda spelling: _bounded(spelling),
}


def _bounded(spelling: str) -> str:
    """'Inc.?' -> '\\bInc\\b\\.?', 'N.V.' -> '\\bN\\.V\\.': a whole word, its boundary after its last letter."""
    core, optional = (spelling[:-2], r"\.?") if spelling.endswith(".?") else (spelling, "")
    return r"\b" + core.replace(".", r"\.") + (r"\b" if core[-1].isalnum() else "") + optional


def _key(spelling: str) -> str:
    """'L.P.', 'LP', 'l.p' -> 'lp': the form a spelling names, whatever its dots and case."""
    return re.sub(r"[.?]", "", spelling).casefold()


def _selection(name: str, entry: object, known: set[str]) -> tuple[str, ...]:
    if not isinstance(entry, dict) or set(entry) != {"style", "forms"} or entry["style"] not in _STYLES:
        raise DataError(_FILE, f"selection {name!r}: expected a style ({', '.join(_STYLES)}) and forms")
    spellings = entry["forms"]
    if not isinstance(spellings, list) or not spellings:
        raise DataError(_FILE, f"selection {name!r}: expected a list of forms")
    for spelling in spellings:
        if not isinstance(spelling, str) or not _SPELLING.fullmatch(spelling) or _key(spelling) not in known:
            raise DataError(_FILE, f"selection {name!r}: {spelling!r} is not one of the forms")
        if "?" in spelling and entry["style"] != "exact" and not (entry["style"] == "bounded" and spelling.endswith(".?")
                                                                  and spelling.count("?") == 1):
            raise DataError(_FILE, f"selection {name!r}: '?' only in the exact style, or '.?' ending a bounded one ({spelling!r})")
    pieces = tuple(_STYLES[entry["style"]](spelling) for spelling in spellings)
    if entry["style"] != "literal":
        try:
            re.compile("|".join(pieces))
        except re.error as exc:
            raise DataError(_FILE, f"selection {name!r}: {exc}") from exc
    return pieces


@cache
def _selections() -> dict[str, tuple[str, ...]]:
    data = load_yaml("legal_forms.yml")
    if not isinstance(data, dict) or set(data) != {"forms", "selections"} or not isinstance(data["selections"], dict):
        raise DataError(_FILE, "expected `forms` and `selections`")
    forms = data["forms"]
    if not isinstance(forms, list) or not all(isinstance(f, str) and _SPELLING.fullmatch(f) for f in forms):
        raise DataError(_FILE, "`forms`: expected a list of spellings")
    known = {_key(form) for form in forms}
    if len(known) != len(forms):
        raise DataError(_FILE, "`forms`: a form is given twice")
    return {name: _selection(name, entry, known) for name, entry in data["selections"].items()}


def legal_spellings(name: str) -> tuple[str, ...]:
    """The pieces of the selection `name`, in its order (for a `literal` selection, the spellings)."""
    try:
        return _selections()[name]
    except KeyError:
        raise DataError(_FILE, f"no selection {name!r}") from None


def legal_alternatives(name: str) -> str:
    """'Inc|Corp|L\\.P': the selection `name` as a pattern's alternatives."""
    return "|".join(legal_spellings(name))


def legal_forms(name: str) -> str:
    """'(?:Inc|Corp|L\\.P)': the selection `name` as a non-capturing group."""
    return f"(?:{legal_alternatives(name)})"
