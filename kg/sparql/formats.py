"""A query's answer written out: for people (`kg query`) and for the SPARQL protocol.

    format_output(result, "table")    # aligned columns that fit the terminal, short IRIs
    format_output(result, "json")     # [{"column": value}]: numbers as numbers, dates as ISO text
    format_output(result, "csv")      # plain values (no ^^<datatype>); also "tsv", "jsonl"
    format_result(result, "json")     # the SPARQL 1.1 result formats: json, csv, tsv (and "table")

`format_output` is what the command line prints; `format_result` is what the endpoint
sends (SPARQL JSON with typed terms, TSV with RDF term syntax).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import shutil
from decimal import Decimal

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from kg.errors import KgError
from kg.graph.vocab import COUNTRY_BASE, INSTANCE_BASE, KG, OA, ORG, PROV, SCHEMA
from kg.sparql.results import Result

FORMATS = ("table", "csv", "json", "tsv")           # format_result: the SPARQL result formats
OUTPUT_FORMATS = ("table", "csv", "tsv", "json", "jsonl")  # format_output: plain values
PREFIXES = {"kg": KG.NS, "id": INSTANCE_BASE, "country": COUNTRY_BASE, "schema": SCHEMA.NS, "org": ORG.NS,
            "prov": PROV.NS, "oa": OA.NS, "owl": "http://www.w3.org/2002/07/owl#",
            "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"}
_INTEGERS = {str(XSD[name]) for name in ("integer", "int", "long", "short", "nonNegativeInteger",
                                         "positiveInteger", "negativeInteger", "nonPositiveInteger")}
_HASH = re.compile(r"\b([0-9a-f]{12})[0-9a-f]{52}\b")


class FormatError(KgError):
    """An output format that does not exist."""


def python_value(term):
    """An rdflib term as a plain value: str for IRIs and text, int, Decimal, float, date, bool."""
    if term is None:
        return None
    if not isinstance(term, Literal):
        return str(term)
    datatype = str(term.datatype) if term.datatype is not None else None
    try:
        if datatype in _INTEGERS:
            return int(str(term))
        if datatype == str(XSD.decimal):
            return Decimal(str(term))
        if datatype in (str(XSD.double), str(XSD.float)):
            return float(str(term))
        if datatype == str(XSD.date):
            return dt.date.fromisoformat(str(term)[:10])
        if datatype == str(XSD.boolean):
            return str(term) in ("true", "1")
    except ValueError:
        pass
    return str(term)


def json_default(value):
    """json.dumps `default`: decimals as numbers, dates as ISO text."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")


def _rows(result: Result) -> tuple[list[str], list[list]]:
    if result.triples is not None:
        return result.columns, [list(triple) for triple in result.triples]
    if result.boolean is not None:
        return ["boolean"], [[Literal(result.boolean)]]
    return result.columns, result.rows


def records(result: Result) -> list[dict]:
    """One flat object per row, unbound values left out."""
    columns, rows = _rows(result)
    return [{name: python_value(term) for name, term in zip(columns, row) if term is not None} for row in rows]


def format_output(result: Result, fmt: str, width: int | None = None) -> str:
    """What `kg query` prints: table, csv, tsv, json (an array of flat objects), jsonl."""
    if fmt not in OUTPUT_FORMATS:
        raise FormatError(None, f"unknown format {fmt!r}; choose one of {', '.join(OUTPUT_FORMATS)}")
    columns, rows = _rows(result)
    if fmt == "json":
        return json.dumps(records(result), indent=1, ensure_ascii=False, default=json_default) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False, default=json_default) + "\n" for r in records(result))
    if fmt in ("csv", "tsv"):
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n", **({"delimiter": "\t"} if fmt == "tsv" else {}))
        writer.writerow(columns)
        writer.writerows([["" if term is None else _cell_text(term) for term in row] for row in rows])
        return out.getvalue()
    return text_table(columns, rows, width)


def _cell_text(term) -> str:
    value = python_value(term)
    return value.isoformat() if isinstance(value, dt.date) else str(value)


# ---- the SPARQL 1.1 result formats (the endpoint) ------------------------------------
def term_json(term) -> dict:
    """A term in the SPARQL 1.1 Query Results JSON format."""
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype is not None and term.datatype != XSD.string:
        out["datatype"] = str(term.datatype)
    return out


def format_result(result: Result, fmt: str) -> str:
    """table (readable), csv and tsv (SPARQL 1.1 CSV/TSV results), json (SPARQL 1.1 JSON results)."""
    if fmt not in FORMATS:
        raise FormatError(None, f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if result.boolean is not None and result.triples is None:
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": result.boolean}, indent=1)
        return "true" if result.boolean else "false"
    columns, rows = _rows(result)
    if fmt == "json":
        bindings = [{name: term_json(term) for name, term in zip(columns, row) if term is not None}
                    for row in rows]
        return json.dumps({"head": {"vars": columns}, "results": {"bindings": bindings}}, indent=1,
                          ensure_ascii=False)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(columns)
        writer.writerows([["" if term is None else str(term) for term in row] for row in rows])
        return out.getvalue()
    if fmt == "tsv":
        lines = ["\t".join(f"?{name}" for name in columns)]
        lines += ["\t".join("" if term is None else term.n3() for term in row) for row in rows]
        return "\n".join(lines) + "\n"
    return text_table(columns, rows)


# ---- a table for people -----------------------------------------------------------------
def plain(term) -> str:
    """A term as a person reads it: prefixed IRIs, 64-character hashes cut to 12, one line."""
    if term is None:
        return ""
    text = str(term)
    if isinstance(term, URIRef):
        for prefix, base in PREFIXES.items():
            if text.startswith(base):
                text = f"{prefix}:{text[len(base):]}"
                break
        return _HASH.sub(lambda m: m.group(1) + "…", text)
    return " ".join(text.split())


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[:max(width - 1, 0)] + "…"


def _numeric(cells: list[str]) -> bool:
    return all(re.fullmatch(r"-?[\d,.]+%?|\d{4}-\d{2}-\d{2}|", cell) for cell in cells)


def column_widths(columns: list[str], cells: list[list[str]], width: int | None) -> list[int]:
    """Each column's width: its longest cell, text columns shrunk (widest first) to fit `width`;
    numbers and dates are never cut."""
    widths = [max([len(name)] + [len(row[i]) for row in cells]) for i, name in enumerate(columns)]
    if not width:
        return widths
    fixed = [_numeric([row[i] for row in cells]) for i in range(len(columns))]
    floor = [widths[i] if fixed[i] else min(widths[i], 6) for i in range(len(columns))]
    excess = sum(widths) + 2 * (len(widths) - 1) - width
    while excess > 0:
        shrinkable = [i for i in range(len(widths)) if widths[i] > floor[i]]
        if not shrinkable:
            break
        widest = max(shrinkable, key=lambda i: widths[i])
        others = [widths[i] for i in shrinkable if i != widest]
        step = min(excess, widths[widest] - floor[widest], max(1, widths[widest] - max(others, default=0)))
        widths[widest] -= step
        excess -= step
    return widths


def terminal_width() -> int:
    """The terminal's width (COLUMNS honoured); 200 when the output is not a terminal."""
    return shutil.get_terminal_size((200, 24)).columns


def text_table(columns: list[str], rows: list[list], width: int | None = None) -> str:
    """Aligned columns, one line per row, fitted to `width` (default: the terminal), and a count.
    When the columns cannot fit even shortened, each row is printed as a block of `column  value`
    lines instead (numbers and dates are never cut)."""
    cells = [[plain(term) for term in row] for row in rows]
    width = width if width is not None else terminal_width()
    widths = column_widths(columns, cells, width)
    count = f"({len(rows)} row{'s' if len(rows) != 1 else ''})"
    if width and sum(widths) + 2 * (len(widths) - 1) > width:
        return _blocks(columns, cells, width) + count + "\n"
    line = lambda values: "  ".join(_clip(v, w).ljust(w) for v, w in zip(values, widths)).rstrip()
    out = [line(columns), line(["-" * w for w in widths])] + [line(row) for row in cells] + [count]
    return "\n".join(out) + "\n"


def _blocks(columns: list[str], cells: list[list[str]], width: int) -> str:
    label = max(len(name) for name in columns)
    room = max(width - label - 2, 10)
    out = []
    for index, row in enumerate(cells, 1):
        out.append((f"-[ row {index} ]" + "-" * width)[:min(width, label + 30)])
        out += [f"{name.ljust(label)}  {value if _numeric([value]) else _clip(value, room)}".rstrip()
                for name, value in zip(columns, row)]
    return "\n".join(out) + "\n"
