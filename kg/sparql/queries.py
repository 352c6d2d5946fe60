"""Curated SPARQL queries (`queries/*.rq`): find, bind parameters safely, run, format.

    query = find_query("board-and-officers")          # a curated query by name, or any .rq path
    result = run_query(store, query, {"organization_name": "stmicro"})
    print(format_result(result, "table"))

A curated file starts with a comment header (see queries/README.md):

    # Title line.
    # Question: ...
    # Parameters:
    #   ?organization_name  string  what it means
    # Example: kg query board-and-officers --param organization_name=stmicro

Parameters are SPARQL variables bound from outside, never spliced into the text: the
embedded store gets pyoxigraph `substitutions`; a remote endpoint gets a VALUES block of
escaped RDF terms (rdflib `Literal.n3()`) placed at the start of the outer WHERE group
(`bind_values`). Queries therefore test parameters in filters of that outer group, with
`COALESCE(test, true)` so that an unbound parameter means "any". Parameter columns (the
variables echo the bound value) are left out of the printed result.

Indexed look-ups (`prepare`): a parameter of type `name` also binds `?<param>_key`, the
longest search key of its longest word (kg.graph.search.query_key), which a query matches against
`kg:nameKey` (written beside every name) before testing the name itself; one of type
`country` (an alpha-3 code, any case) binds `?<param>_iri`, the country's IRI. A comment line
`# if ?var: pattern` becomes the pattern when ?var is bound, so that a bound parameter
starts the query from an index look-up, while the query as written (unbound) has no such
join and gives every answer; lines between `# unless ?var {` and `# }` are left out when ?var
is bound (kg.sparql.directives). `?board_counts` is bound on a store whose filings have their
summary graphs (kg.graph.summary), `?board_rows` on one whose summaries hold the board rows,
which come back packed (kg.sparql.binding, kg.sparql.rows). The embedded store's final ORDER
BY is done in Python when its terms allow (kg.sparql.order).
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg.errors import KgError
from kg.graph.search import KEY_LENGTHS
from kg.sparql.binding import BOARD_COUNTS, BOARD_ROWS, DERIVED, derived_names, prepare  # noqa: F401 (public here)
from kg.sparql.formats import FORMATS, PREFIXES, format_result, plain, term_json, text_table  # noqa: F401
from kg.sparql.guard import check_query, run_deep
from kg.sparql.narrow import CONCAT, lateral, narrowed_graphs
from kg.sparql.narrow import SKIP as _SKIP  # also for WHERE and {
from kg.sparql.order import ordered_result
from kg.sparql.results import Result, from_oxigraph, oxigraph_result, to_oxigraph  # noqa: F401 (public here too)

# The curated queries: $KG_QUERIES_DIR, else the copy packaged with kg (kg/rq, a link to the
# repository's queries/ folder that wheels resolve), else the repository's folder.
QUERY_DIR = Path(os.environ.get("KG_QUERIES_DIR") or next(
    (p for p in (Path(__file__).resolve().parents[1] / "rq", Path(__file__).resolve().parents[2] / "queries")
     if p.is_dir()), Path(__file__).resolve().parents[2] / "queries"))
PARAM_TYPES = {"string": None, "name": None, "country": None, "date": XSD.date, "integer": XSD.integer,
               "decimal": XSD.decimal, "iri": None}
_PARAM_LINE = re.compile(r"^#\s+\?(\w+)\s+(\w+)\s+(.*)$")


# The lexical forms a typed parameter may take (checked here, so that rdflib never meets an
# ill-typed literal: it would log a traceback).
_LEXICAL = {"integer": re.compile(r"[+-]?[0-9]{1,30}"),
            "decimal": re.compile(r"[+-]?(?:[0-9]{1,30}(?:\.[0-9]{0,30})?|\.[0-9]{1,30})"),
            "date": re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")}


def _valid_date(kind: str, value: str) -> bool:
    if kind != "date":
        return True
    from datetime import date
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


class QueryError(KgError):
    """A query that cannot be found, bound or run."""


@dataclass
class Param:
    name: str
    type: str
    description: str


@dataclass
class Query:
    name: str
    path: Path
    text: str
    title: str = ""
    question: str = ""
    params: dict[str, Param] = field(default_factory=dict)
    example: str = ""
    narrow: list[str] = field(default_factory=list)  # `# Narrowed by: ?param ...` (see run_query)

    def to_term(self, name: str, value: str):
        """The RDF term (rdflib) of a parameter value given as text, by its declared type."""
        declared = self.params.get(name)
        kind = declared.type if declared else "string"
        if kind == "iri":
            if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:[^<>\"{}|^`\\\s]*$", value):
                raise QueryError(str(self.path), f"parameter {name}: {value!r} is not an IRI")
            return URIRef(value)
        lexical = _LEXICAL.get(kind)  # `name`, `country`, `string`: plain strings
        if lexical is not None and not (lexical.fullmatch(value) and _valid_date(kind, value)):
            raise QueryError(str(self.path), f"parameter {name}: {value!r} is not a valid {kind}")
        return Literal(value, datatype=PARAM_TYPES[kind])



# ---- finding and reading queries ------------------------------------------------
def curated_queries() -> list[Query]:
    return [read_query(path) for path in sorted(QUERY_DIR.glob("*.rq"))]


def find_query(name_or_path: str) -> Query:
    """A curated query by name (`board-and-officers`), or any .rq file by path."""
    path = Path(name_or_path)
    if path.suffix == ".rq" and path.is_file():
        return read_query(path)
    curated = QUERY_DIR / f"{name_or_path}.rq"
    if curated.is_file():
        return read_query(curated)
    names = ", ".join(query.name for query in curated_queries())
    raise QueryError(name_or_path, f"no such query file or curated query; curated: {names}")


def read_query(path: Path) -> Query:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(str(path), f"cannot read the query: {exc}") from exc
    query = Query(name=path.stem, path=path, text=text)
    header = [line.rstrip() for line in text.splitlines() if line.startswith("#")]
    in_params = in_question = False
    for line in header:
        body = line[1:].strip()
        if not query.title and body:
            query.title = body
        if in_question and line.startswith("#   ") and body:  # the question goes on, indented
            query.question += " " + body
            continue
        in_question = body.startswith("Question:")
        if in_question:
            query.question = body[len("Question:"):].strip()
        elif body.startswith("Example:") and not query.example:
            query.example = body[len("Example:"):].strip()
        elif body.startswith("Narrowed by:"):
            query.narrow = [word.lstrip("?") for word in body[len("Narrowed by:"):].split()]
        in_params = body.startswith("Parameters:") or (in_params and bool(_PARAM_LINE.match(line)))
        match = _PARAM_LINE.match(line) if in_params else None
        if match:
            name, kind, description = match.groups()
            if kind not in PARAM_TYPES:
                raise QueryError(str(path), f"parameter ?{name} has unknown type {kind!r}; "
                                 f"use one of {sorted(PARAM_TYPES)}")
            query.params[name] = Param(name, kind, description.strip())
    return query


def parse_params(query: Query, pairs: list[str] | tuple[str, ...]) -> dict:
    """`key=value` strings -> {name: rdflib term}; a name the query does not declare is refused."""
    bound = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = key.strip().lstrip("?")
        if not sep or not re.fullmatch(r"\w+", key):
            raise QueryError(query.name, f"parameter {pair!r} is not key=value")
        if query.params and key not in query.params:
            raise QueryError(query.name, f"unknown parameter {key!r}; this query takes: "
                             + ", ".join(sorted(query.params)))
        bound[key] = query.to_term(key, value)
    return bound


# ---- binding -----------------------------------------------------------------------
def where_brace(text: str) -> int:
    """Offset of the `{` that opens the outer WHERE group (comments, strings and IRIs skipped)."""
    masked = _SKIP.sub(lambda m: " " * len(m.group(0)), text)
    where = re.search(r"\bWHERE\s*\{", masked, re.IGNORECASE)
    if where:
        return where.end() - 1
    brace = masked.find("{")  # SELECT * { ... } or ASK { ... }
    if brace < 0:
        raise QueryError(None, "the query has no WHERE group to bind parameters in")
    return brace


def bind_values(text: str, bindings: dict) -> str:
    """The query with `VALUES (?a ?b) { (term term) }` first in its outer WHERE group.
    Terms are written by rdflib (`n3()`), which escapes them: no input reaches the text raw."""
    if not bindings:
        return text
    for name in bindings:
        if not re.fullmatch(r"\w+", name):
            raise QueryError(None, f"{name!r} is not a variable name")
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(term.n3() for term in bindings.values())
    at = where_brace(text) + 1
    return f"{text[:at]}\n  VALUES ({names}) {{ ({values}) }}\n{text[at:]}"


# ---- running -----------------------------------------------------------------------
def run_query(store, query: Query | str, bindings: dict | None = None) -> Result:
    """Run on an open kg store (kg.graph.store.GraphStore), a pyoxigraph Store, or a remote
    endpoint URL (kg.sparql.remote). Bindings: {name: rdflib term}."""
    key_lengths = getattr(store, "key_lengths", KEY_LENGTHS)  # a kg store says which keys it has
    if isinstance(store, str):
        from kg.sparql.remote import remote_query
        return remote_query(store, bind_values(*prepare(query, bindings or {}, key_lengths)))
    oxigraph = getattr(store, "oxigraph", store)
    graphs = narrowed_graphs(oxigraph, query, bindings or {}, key_lengths)
    # the filings' summary graphs, when the store has them and a query file runs on every graph
    counts = getattr(store, "board_counts", False) and graphs is None and isinstance(query, Query)
    text, bindings = prepare(query, bindings or {}, key_lengths, counts, counts and getattr(store, "board_rows", False))
    name = getattr(query, "name", None)
    check_query(text, services=None, source=name)  # nesting that would crash the engine is refused
    substitutions = {ox.Variable(key): to_oxigraph(term) for key, term in bindings.items()}
    if bindings and graphs is None and not CONCAT.search(text):
        text = lateral(text)

    def answer(text: str):
        if graphs is not None:  # on the graphs that can hold its rows
            return oxigraph.query(text, default_graph=graphs, named_graphs=graphs, substitutions=substitutions)
        return oxigraph.query(text, use_default_graph_as_union=True, substitutions=substitutions)

    try:  # on a thread with room for the engine's recursion; the answer is read where it was made
        return run_deep(lambda: ordered_result(answer, text))  # ORDER BY sorted here (kg.sparql.order)
    except SyntaxError as exc:
        raise QueryError(name, f"SPARQL syntax error: {exc}") from exc
    except RuntimeError as exc:  # e.g. a bound parameter that the query does not project
        raise QueryError(name, str(exc)) from exc


def echo_columns(query: Query, bindings: dict, result: Result) -> list[str]:
    """Parameter columns that only echo the input: bound by the caller, or empty in every row."""
    def empty(column: str) -> bool:
        index = result.columns.index(column)
        return all(row[index] is None for row in result.rows)
    derived = derived_names(query)
    return [name for name in [*query.params, *derived]
            if name in result.columns and (name in bindings or name in derived or empty(name))]


def hide_columns(result: Result, names) -> Result:
    keep = [i for i, column in enumerate(result.columns) if column not in set(names)]
    return Result([result.columns[i] for i in keep], [[row[i] for i in keep] for row in result.rows],
                  result.boolean, result.triples)
