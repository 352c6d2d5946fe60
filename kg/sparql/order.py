"""ORDER BY of plain variables done in Python for the embedded store (kg.sparql.queries.run_query).

    result = ordered_result(answer, text)  # answer(text) -> pyoxigraph answer; a Result, in order
    result = unpacked(result, text)        # an endpoint's answer: packed rows unpacked, then ordered
    body, keys = split_order(text)         # keys: [("boards", True), ("person", False), ...] or None

Oxigraph compares two long strings (more than 15 bytes) or two IRIs by reading each from its
string table at every comparison, so sorting a few thousand rows costs more than finding them
(90 ms for 3,600 rows at 10M triples). The rows are the same terms either way: here they are
ordered once they are Python terms, with SPARQL's order for the kinds curated queries sort on
(unbound first, then IRIs by code point, simple literals by code point, numbers by value,
xsd:date by their ISO text), ties kept in the engine's order (SPARQL leaves them unordered). A
column that holds anything else (a language tag, a boolean, two kinds of terms) is ordered
by the engine: the query runs again as written. Packed rows (kg.sparql.rows) are unpacked
first, so that their values are ordered as the query says (`unpacked`: an answer the endpoint
gave, with the engine's ORDER BY over the packed column, which orders nothing).
"""
from __future__ import annotations

import re

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg.sparql.narrow import SKIP
from kg.sparql.results import Result
from kg.sparql.rows import PACKED, read_rows, unpack_rows

_KEY = r"(?:(?:ASC|DESC)\s*\(\s*\?\w+\s*\)|\?\w+)"
_ORDER = re.compile(rf"\bORDER\s+BY((?:\s*{_KEY})+)\s*$", re.IGNORECASE)
_NUMBERS = {str(XSD[name]) for name in ("integer", "decimal", "double", "float", "int", "long", "short",
                                        "nonNegativeInteger", "positiveInteger")}
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def split_order(text: str) -> tuple[str, list[tuple[str, bool]] | None]:
    """The query without a final `ORDER BY` of plain variables, and its keys (name, descending);
    the text as it is and None when it ends otherwise (an expression, LIMIT, OFFSET)."""
    masked = SKIP.sub(lambda m: " " * len(m.group(0)), text)
    match = _ORDER.search(masked)
    if match is None:
        return text, None
    keys = [(re.search(r"\w+", key[key.index("?") + 1:]).group(0), key.upper().startswith("DESC"))
            for key in re.findall(_KEY, match.group(1), re.IGNORECASE)]
    return text[:match.start()] + text[match.end():], keys


def _kind(term) -> tuple[str, object] | None:
    if isinstance(term, URIRef):
        return "iri", str(term)
    if not isinstance(term, Literal) or term.language:
        return None
    datatype = str(term.datatype) if term.datatype is not None else None
    if datatype is None or datatype == str(XSD.string):
        return "string", str(term)
    value = term.value
    if datatype in _NUMBERS and value is not None and not isinstance(value, bool) and value == value:  # not NaN
        return "number", value
    if datatype == str(XSD.date) and _DATE.fullmatch(str(term)):
        return "date", str(term)
    return None


def sorted_rows(columns: list[str], rows: list[list], keys: list[tuple[str, bool]]) -> list[list] | None:
    """The rows in the order of the keys, or None when a key column cannot be ordered here."""
    ordered = list(rows)
    for name, descending in reversed(keys):  # stable sorts, the last key first
        if name not in columns:
            return None
        index = columns.index(name)
        values, kinds = {}, set()
        for row in ordered:
            term = row[index]
            if term is not None and id(term) not in values:
                found = _kind(term)
                if found is None:
                    return None
                kinds.add(found[0])
                values[id(term)] = found[1]
        if len(kinds) > 1:
            return None
        ordered.sort(key=lambda row: (0, "") if row[index] is None else (1, values[id(row[index])]),
                     reverse=descending)
    return ordered


def ordered_result(answer, text: str) -> Result:
    """The answer of a query (`answer(text)`: a pyoxigraph answer) as a Result, its packed rows
    unpacked (kg.sparql.rows): its final ORDER BY of plain variables done here when the terms
    allow, else by the engine."""
    body, keys = split_order(text)
    return reordered(read_rows(answer(body)), keys, lambda: read_rows(answer(text)))


def unpacked(result: Result, text: str) -> Result:
    """An answer the engine gave for `text` (through an endpoint), its packed rows unpacked
    and put in the order of the query's final ORDER BY (the engine could not order by the
    values they hold)."""
    if result.triples is not None or PACKED not in result.columns:
        return result
    rows = unpack_rows(result)
    return reordered(rows, split_order(text)[1], lambda: rows)


def reordered(result: Result, keys, engine) -> Result:
    if keys is None:
        return result
    rows = None if result.triples is not None else sorted_rows(result.columns, result.rows, keys)
    return engine() if rows is None else Result(result.columns, rows)
