"""The store from Python: curated questions or any SPARQL as pandas DataFrames.

    import kg
    with kg.Graph(".kg/store") as graph:              # a store folder, "memory", or a SPARQL endpoint URL
        graph.query("board-and-officers", organization_name="stmicro")    # a DataFrame
        graph.query("PREFIX schema: <http://schema.org/> SELECT ?s WHERE { ?s a schema:Person } LIMIT 5")
        graph.entities(kind="person", min_filings=2)  # people and organisations linked across filings

Values come back typed: IRIs and strings as strings, integers as nullable Int64, decimals
as decimals, dates as datetime64, booleans as nullable booleans. Parameters are bound as
RDF terms of the type the query's header declares (never pasted into the text); columns
that only echo a parameter are left out, as on the command line.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from rdflib import URIRef

from kg.sparql.formats import python_value
from kg.sparql.queries import Query, curated_queries, echo_columns, find_query, hide_columns, parse_params, run_query
from kg.sparql.results import Result


def column_kind(values: list) -> str:
    """The kg.tables column type that holds every value of a column."""
    kinds = {type(v) for v in values if v is not None}
    if not kinds:
        return "str"
    if kinds == {bool}:
        return "bool"
    if kinds == {int}:
        return "int"
    if kinds <= {int, Decimal}:
        return "decimal"
    if kinds == {dt.date}:
        return "date"
    return "str"


def result_frame(result: Result):
    """A query Result as a typed pandas DataFrame (CONSTRUCT: subject, predicate, object)."""
    from kg.tables import _arrow, to_pandas

    if result.boolean is not None:
        rows, columns = [[result.boolean]], ["boolean"]
    else:
        rows = [list(t) for t in result.triples] if result.triples is not None else result.rows
        columns = result.columns
    records = [{name: python_value(term) for name, term in zip(columns, row)} for row in rows]
    schema = {name: column_kind([record[name] for record in records]) for name in columns}
    return to_pandas(_arrow(records, schema))


class Graph:
    """A kg store to ask questions of: a folder built by `kg build`, "memory", or a SPARQL endpoint URL."""

    def __init__(self, store=".kg/store"):
        from kg.sparql.remote import is_remote

        self.location = store if isinstance(store, str | Path) else getattr(store, "location", "store")
        self._owned = False
        if isinstance(store, str | Path) and is_remote(str(store)):
            self.store = str(store)
        elif isinstance(store, str | Path):
            from kg.graph.store import open_store
            self.store, self._owned = open_store(store), True
        else:
            self.store = store

    def query(self, name_or_sparql: str, **params):
        """A curated query by name (see `queries()`), a .rq file, or SPARQL text; keyword
        arguments bind its parameters. Returns a DataFrame."""
        query = self._query(name_or_sparql)
        bindings = parse_params(query, [f"{key}={_text(value)}" for key, value in params.items()
                                        if value is not None])
        result = run_query(self.store, query, bindings)
        if query.params:
            result = hide_columns(result, echo_columns(query, bindings, result))
        return result_frame(result)

    def entities(self, kind: str | None = None, name: str | None = None, min_filings: int | None = None):
        """Canonical people and organisations (after `kg link` or `kg build`): entity IRI, kind,
        names, mentions, filings. `name` matches part of any of the entity's names."""
        return self.query("entities", kind=kind, entity_name=name, min_filings=min_filings)

    @staticmethod
    def queries():
        """The curated queries: name, question, parameters (a DataFrame)."""
        import pandas as pd
        return pd.DataFrame([{"name": q.name, "question": q.title,
                              "parameters": ", ".join(f"{p.name} ({p.type})" for p in q.params.values())}
                             for q in curated_queries()])

    @staticmethod
    def _query(text: str) -> Query:
        if "{" in text or "\n" in text:
            return Query(name="sparql", path=Path("<sparql>"), text=text)
        return find_query(text)

    def close(self) -> None:
        if self._owned:
            self.store.close()
            self._owned = False

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        if isinstance(self.store, str):
            return f"<kg.Graph endpoint {self.store}>"
        return f"<kg.Graph {self.location}: {len(self.store)} triples>"

    def _repr_html_(self) -> str:
        from html import escape
        return f"<code>{escape(repr(self))}</code>"


def _text(value) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, URIRef):
        return str(value)
    return str(value)
